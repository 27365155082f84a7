/**
 * Modeling: every change to the draft is a command on one undo stack, whether it comes from a
 * form (a JSON Patch, applied to the value) or from the JSON view (the new text). Commands
 * keep their inverse, so undo and redo restore every kind of edit exactly; behaviours
 * (./behaviours.ts) add the operations that keep the document whole, such as updating every
 * reference when an id is renamed, inside the same command so one undo reverts it all.
 *
 * No DOM here: this runs in Node tests as it runs in the browser.
 */
import { applyEdit, valueAt } from './patch.js';
import type { EditOperation } from './patch.js';
import { formatJson, readDraft } from './draft.js';
import type { DraftState } from './draft.js';
import { referencesFollowingRename } from './behaviours.js';

/** One step on the undo stack. */
export type Command =
  | { kind: 'patch'; label: string; forward: EditOperation[]; backward: EditOperation[]; mergeKey?: string; at: number }
  | { kind: 'text'; label: string; before: string; after: string; mergeKey?: string; at: number };

export interface EditOptions {
  /** What the undo button says: "Undo rename stage". */
  label?: string;
  /**
   * Consecutive edits with the same key within `mergeWindowMs` become one undo step, so typing
   * a title is undone as a whole, not a letter at a time.
   */
  mergeKey?: string;
}

export interface ModelingOptions {
  /** Longest undo history kept; the oldest steps go first. */
  historyLimit?: number;
  /**
   * Most text the undo history keeps in JSON-view steps (which hold whole texts), in characters;
   * past it the oldest steps go first, so typing in a large file cannot fill the memory.
   */
  historyTextLimit?: number;
  mergeWindowMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

/** The undo history as plain data, to be saved with the draft and restored after a reload. */
export interface History {
  undo: Command[];
  redo: Command[];
}

export type ModelingListener = (state: DraftState) => void;

export class EditRejected extends Error {}

export class Modeling {
  private current: DraftState;
  private undoStack: Command[] = [];
  private redoStack: Command[] = [];
  private readonly listeners = new Set<ModelingListener>();
  private readonly historyLimit: number;
  private readonly historyTextLimit: number;
  private readonly mergeWindowMs: number;
  private readonly now: () => number;

  constructor(text: string, options: ModelingOptions = {}) {
    this.current = readDraft(text, 0);
    this.historyLimit = options.historyLimit ?? 500;
    this.historyTextLimit = options.historyTextLimit ?? 50_000_000;
    this.mergeWindowMs = options.mergeWindowMs ?? 1500;
    this.now = options.now ?? (() => Date.now());
  }

  get state(): DraftState {
    return this.current;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The label of the step undo would revert, e.g. "rename stage". */
  get undoLabel(): string | undefined {
    return this.undoStack.at(-1)?.label;
  }

  get redoLabel(): string | undefined {
    return this.redoStack.at(-1)?.label;
  }

  subscribe(listener: ModelingListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies JSON Patch operations as one command. Throws EditRejected while the JSON is invalid or an operation cannot apply. */
  patch(operations: EditOperation[], options: EditOptions = {}): void {
    if (this.current.value === undefined) throw new EditRejected('The JSON must be fixed before the forms can change it.');
    const forward = [...operations, ...referencesFollowingRename(this.current.value, operations)];
    let applied;
    try {
      applied = applyEdit(this.current.value, forward);
    } catch (error) {
      throw new EditRejected(`That change cannot be made: ${(error as Error).message.split('\n')[0]}`);
    }
    const command: Command = { kind: 'patch', label: options.label ?? 'change', forward, backward: applied.inverse, at: this.now() };
    if (options.mergeKey !== undefined) command.mergeKey = options.mergeKey;
    this.push(command);
    this.commit(formatJson(applied.document), applied.document);
  }

  /** Sets the value at a pointer (adds the property when it is missing). */
  set(pointer: string, value: unknown, options: EditOptions = {}): void {
    const exists = valueAt(this.current.value, pointer) !== undefined;
    if (value === undefined) {
      if (exists) this.patch([{ op: 'remove', path: pointer }], options);
      return;
    }
    this.patch([{ op: exists ? 'replace' : 'add', path: pointer, value }], options);
  }

  /** Inserts into the list at `listPointer` (made if missing) at `index` (the end when omitted). */
  insert(listPointer: string, value: unknown, index?: number, options: EditOptions = {}): void {
    const list = valueAt(this.current.value, listPointer);
    if (list === undefined) {
      this.patch([{ op: 'add', path: listPointer, value: [value] }], options);
      return;
    }
    if (!Array.isArray(list)) throw new EditRejected('That is not a list.');
    const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
    this.patch([{ op: 'add', path: `${listPointer}/${at}`, value }], options);
  }

  remove(pointer: string, options: EditOptions = {}): void {
    this.patch([{ op: 'remove', path: pointer }], options);
  }

  /** Moves a list item from one index to another within its list. */
  move(listPointer: string, from: number, to: number, options: EditOptions = {}): void {
    const list = valueAt(this.current.value, listPointer);
    if (!Array.isArray(list) || from === to || to < 0 || to >= list.length || from < 0 || from >= list.length) return;
    this.patch([{ op: 'move', from: `${listPointer}/${from}`, path: `${listPointer}/${to}` }], options);
  }

  /** Replaces the whole text (an edit in the JSON view). Kept exactly as given, valid or not. */
  setText(text: string, options: EditOptions = {}): void {
    if (text === this.current.text) return;
    const command: Command = { kind: 'text', label: options.label ?? 'edit JSON', before: this.current.text, after: text, at: this.now() };
    if (options.mergeKey !== undefined) command.mergeKey = options.mergeKey;
    this.push(command);
    this.commit(text);
  }

  undo(): void {
    const command = this.undoStack.pop();
    if (command === undefined) return;
    this.redoStack.push(command);
    this.replay(command, 'backward');
  }

  redo(): void {
    const command = this.redoStack.pop();
    if (command === undefined) return;
    this.undoStack.push(command);
    this.replay(command, 'forward');
  }

  /** The history, to save beside the draft. */
  history(): History {
    return { undo: [...this.undoStack], redo: [...this.redoStack] };
  }

  /** Restores a saved history. Steps that no longer fit the text are dropped rather than trusted. */
  restoreHistory(history: History | undefined): void {
    if (history === undefined || !Array.isArray(history.undo) || !Array.isArray(history.redo)) return;
    this.undoStack = history.undo.filter(isCommand).slice(-this.historyLimit);
    this.redoStack = history.redo.filter(isCommand).slice(-this.historyLimit);
  }

  private replay(command: Command, direction: 'forward' | 'backward'): void {
    if (command.kind === 'text') {
      this.commit(direction === 'forward' ? command.after : command.before);
      return;
    }
    // A patch step always meets the value it was made on: text steps in between are undone first.
    const base = this.current.value;
    try {
      const applied = applyEdit(base, direction === 'forward' ? command.forward : command.backward);
      this.commit(formatJson(applied.document), applied.document);
    } catch {
      // The history no longer fits the document (e.g. restored after an outside change): drop it rather than corrupt the draft.
      this.undoStack = [];
      this.redoStack = [];
      this.notify();
    }
  }

  private push(command: Command): void {
    this.redoStack = [];
    const last = this.undoStack.at(-1);
    if (last !== undefined && canMerge(last, command, this.mergeWindowMs)) {
      this.undoStack[this.undoStack.length - 1] = merge(last, command);
      return;
    }
    this.undoStack.push(command);
    if (this.undoStack.length > this.historyLimit) this.undoStack.shift();
    let text = 0;
    for (const step of this.undoStack) if (step.kind === 'text') text += step.before.length + step.after.length;
    while (text > this.historyTextLimit && this.undoStack.length > 1) {
      const dropped = this.undoStack.shift() as Command;
      if (dropped.kind === 'text') text -= dropped.before.length + dropped.after.length;
    }
  }

  private commit(text: string, value?: unknown): void {
    const revision = this.current.revision + 1;
    this.current = value === undefined ? readDraft(text, revision) : { text, value, revision };
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.current);
  }
}

function canMerge(last: Command, next: Command, windowMs: number): boolean {
  return last.mergeKey !== undefined && last.mergeKey === next.mergeKey && last.kind === next.kind && next.at - last.at <= windowMs;
}

function merge(last: Command, next: Command): Command {
  if (last.kind === 'text' && next.kind === 'text') return { ...last, after: next.after, at: next.at };
  if (last.kind === 'patch' && next.kind === 'patch') {
    return { ...last, forward: [...last.forward, ...next.forward], backward: [...next.backward, ...last.backward], at: next.at };
  }
  return next;
}

function isCommand(value: unknown): value is Command {
  if (typeof value !== 'object' || value === null) return false;
  const command = value as Record<string, unknown>;
  if (command.kind === 'text') return typeof command.before === 'string' && typeof command.after === 'string';
  if (command.kind === 'patch') return Array.isArray(command.forward) && Array.isArray(command.backward);
  return false;
}
