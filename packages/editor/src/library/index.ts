/** The pathway library: several pathways kept on this computer, side by side. */
export { PathwayLibrary } from './pathway-library.js';
export type { ImportReport, LibraryOpenEvent, LibrarySeed } from './pathway-library.js';
export { newLibraryKey, openLibraryStore } from './library-store.js';
export type { LibraryStore, PublishedRecord, PublishedVersion } from './library-store.js';
