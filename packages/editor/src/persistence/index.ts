/** Nothing is lost: autosave to IndexedDB, a second tab noticed, a full quota reported. */
export { AutosaveController, messageFor } from './autosave-controller.js';
export { AutosaveStatus } from './autosave-status.js';
export type {
  AutosaveChangeEvent,
  AutosaveNotice,
  AutosaveOptions,
  AutosaveState,
  SaveStatus,
  StorageStatus,
  TabStatus,
  UnavailableReason,
} from './autosave-controller.js';
export { DRAFTS_STORE, EDITOR_DATABASE, EDITOR_DATABASE_VERSION, SET_ASIDE_STORE, openDraftDatabase } from './draft-database.js';
export type { DraftDatabase, SetAsideDraft } from './draft-database.js';
export { SAVED_DRAFT_FORMAT, historyToSave, readSavedDraft } from './saved-draft.js';
export type { ReadResult, SavedDraft } from './saved-draft.js';
