/**
 * What every panel of the editor shares, carried by @lit/context from `<pathway-editor>` to
 * its panels (`@consume({ context: editorContext, subscribe: true })`). Panels read the draft
 * and the selection from here and make every change through `modeling`, never directly.
 */
import { createContext } from '@lit/context';
import type { Problem } from '@pathway/schema';
import type { Outline } from '@pathway/core';
import type { DraftState, Modeling } from './modeling/index.js';

export interface Selection {
  /** JSON pointer of what is selected: a stage ("/stages/2"), a field ("/stages/2/title"), or "" for the pathway. */
  pointer: string;
  /**
   * Set when the selection asked for focus (from the problems panel or the outline's Enter):
   * the panel showing `pointer` moves keyboard focus to its field, once per new `token`.
   */
  focus?: boolean;
  /** Increases with every selection, so a panel can tell a new request from one it handled. */
  token?: number;
}

export interface EditorContext {
  readonly modeling: Modeling;
  readonly draft: DraftState;
  /** Core's outline of the current value (empty while the JSON is invalid). */
  readonly outline: Outline | undefined;
  /** Schema errors and lint findings for the current value, in plain English, with pointers. */
  readonly problems: readonly Problem[];
  readonly selection: Selection;
  /**
   * Selects something by pointer; with `focus`, the panel showing it moves keyboard focus to
   * its field (the problems panel and the outline use this).
   */
  select(pointer: string, options?: { focus?: boolean }): void;
}

export const editorContext = createContext<EditorContext>(Symbol('pathway-editor'));
