/**
 * The JSON view. Importing this loads no Monaco: `<pe-json-view>` fetches it when first shown.
 */
export { JsonView } from './json-view.js';
export type { JsonViewStatus } from './json-view.js';
export { isMonacoLoaded } from './monaco-state.js';
export { markerRangeOfPointer, parseText, pointerAtOffset, rangeOfPointer } from './pointer-ranges.js';
export type { ParsedText, PointerRange, TextRange } from './pointer-ranges.js';
