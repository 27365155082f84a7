/**
 * What is saved for a pathway: the text exactly as the author has it (valid JSON or not), the
 * undo history, and what was selected. Reading one back trusts nothing: a record that is not
 * this shape is reported as unreadable, never half-used.
 */
import type { Command, History } from '../modeling/index.js';

export const SAVED_DRAFT_FORMAT = 1;

export interface SavedDraft {
  format: typeof SAVED_DRAFT_FORMAT;
  /** The pathway key it belongs to. */
  key: string;
  /** The JSON text exactly as the author had it. */
  text: string;
  history: History;
  /** The selected pointer, when there was one. */
  selection?: string;
  /**
   * The text the pathway started from (a seed or an imported file, as first opened): what its
   * first publication is compared with.
   */
  origin?: string;
  /** When it was saved (ISO 8601). */
  savedAt: string;
}

export type ReadResult = { ok: true; draft: SavedDraft } | { ok: false; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a stored value; says in plain English why it cannot be used when it cannot. */
export function readSavedDraft(value: unknown, key: string): ReadResult {
  if (!isRecord(value)) return { ok: false, reason: 'it is not a saved draft' };
  if (value.format !== SAVED_DRAFT_FORMAT) return { ok: false, reason: 'it was saved in a form this editor does not know' };
  if (value.key !== key) return { ok: false, reason: 'it belongs to a different pathway' };
  if (typeof value.text !== 'string') return { ok: false, reason: 'its text is missing' };
  if (typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt))) return { ok: false, reason: 'it has no time of saving' };
  const history = isRecord(value.history) && Array.isArray(value.history.undo) && Array.isArray(value.history.redo) ? (value.history as unknown as History) : { undo: [], redo: [] };
  const draft: SavedDraft = { format: SAVED_DRAFT_FORMAT, key, text: value.text, history, savedAt: value.savedAt };
  if (typeof value.selection === 'string') draft.selection = value.selection;
  if (typeof value.origin === 'string') draft.origin = value.origin;
  return { ok: true, draft };
}

const sizes = new WeakMap<Command, number>();

/** About how many characters a command takes when saved (remembered: commands do not change). */
function sizeOf(command: Command): number {
  let size = sizes.get(command);
  if (size === undefined) {
    size = command.kind === 'text' ? command.before.length + command.after.length + 64 : JSON.stringify(command).length;
    sizes.set(command, size);
  }
  return size;
}

/**
 * The history to save: the newest steps that fit in `budget` characters (undo first, then
 * redo), so a long session of typing in the JSON view, whose steps each hold the whole text,
 * cannot make every save slower and slower. The oldest steps go first.
 */
export function historyToSave(history: History, budget: number): History {
  let left = budget;
  const undo: Command[] = [];
  for (let i = history.undo.length - 1; i >= 0; i--) {
    const command = history.undo[i]!;
    left -= sizeOf(command);
    if (left < 0) break;
    undo.unshift(command);
  }
  const redo: Command[] = [];
  // The redo stack's next step is its last; older redo steps are kept only with the newer ones.
  for (let i = history.redo.length - 1; i >= 0 && left >= 0; i--) {
    const command = history.redo[i]!;
    left -= sizeOf(command);
    if (left < 0) break;
    redo.unshift(command);
  }
  return { undo, redo };
}
