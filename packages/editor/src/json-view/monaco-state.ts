/**
 * Whether Monaco has been loaded in this page. Kept apart from the loader so that asking
 * does not load it: the JSON view and the tests read it, the loader sets it.
 */
let loaded = false;

/** True once the Monaco loader module has run. */
export function isMonacoLoaded(): boolean {
  return loaded;
}

/** Called by monaco-loader.ts when it runs. */
export function monacoLoaded(): void {
  loaded = true;
}
