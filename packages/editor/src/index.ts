/**
 * @pathway/editor: the pathway designer. `<pathway-editor>` and its parts; importing this
 * module defines no elements (see embed.ts).
 */
export * from './modeling/index.js';
