/**
 * How a form's fields become the pathway's JSON: every write goes through the context's
 * `Modeling` with one merge key per field (typing a title is one undo step); a named thing's
 * short name follows its title while the editor made it up; a number is written only once it
 * reads as one (what is typed meanwhile is kept, with its error); a short name is written when
 * its field is left, or when the page is hidden, reloaded or closed with it still focused.
 *
 * A reactive controller of `<pe-object-form>` (object-form.ts), which draws the fields.
 */
import { midSentence } from '@pathway/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { childPointer } from '@pathway/schema';
import type { EditorContext } from '../../context.js';
import { valueAt } from '../../modeling/index.js';
import type { DefinitionMeta, FieldMeta } from '../../metadata/index.js';
import { authorChoseId, idFollowingTitle } from '../new-item.js';
import { tryEdit } from './list-editing.js';
import { labelFollowingBound, relabelledNotice } from '../../editors/band-relabel.js';

type Json = Record<string, unknown>;


/** Text typed in a number field that is not yet a number, and what it was typed over. */
export interface PendingNumber {
  text: string;
  error: string;
  base: unknown;
}

export interface FieldWritingHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The object the form edits, as a JSON pointer. */
  readonly pointer: string;
}

export class FieldWriting implements ReactiveController {
  /** Text typed that is not yet a value (a number being written), by pointer. */
  private readonly pending = new Map<string, PendingNumber>();
  /** The stored short name each short-name control was last drawn with, by control id. */
  private readonly shownNames = new Map<string, string>();
  /** A short name that followed the name being typed, by the short name's pointer: told once the name is left. */
  private readonly followed = new Map<string, string>();
  /** What the short name's status line says, by the short name's pointer ("Short name changed to …"). */
  private readonly notices = new Map<string, string>();
  /** Notices waiting for the mouse button to come up (see `nameLeft`). */
  private readonly held = new Map<string, string>();
  /** Whether a mouse, pen or finger is pressed on the page now. */
  private pressed = false;

  constructor(
    private readonly host: FieldWritingHost,
    private readonly context: () => EditorContext | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capture: at the window these run before autosave's own listeners, so what they save includes the short name.
    window.addEventListener('beforeunload', this.commitTyping, true);
    window.addEventListener('pagehide', this.commitTyping, true);
    document.addEventListener('visibilitychange', this.commitTyping, true);
    // Capture: the press is known before it takes focus from the name (and so before `nameLeft`).
    window.addEventListener('pointerdown', this.press, true);
    window.addEventListener('pointerup', this.release, true);
    window.addEventListener('pointercancel', this.release, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.commitTyping, true);
    window.removeEventListener('pagehide', this.commitTyping, true);
    document.removeEventListener('visibilitychange', this.commitTyping, true);
    window.removeEventListener('pointerdown', this.press, true);
    window.removeEventListener('pointerup', this.release, true);
    window.removeEventListener('pointercancel', this.release, true);
  }

  private readonly press = (): void => {
    this.pressed = true;
  };

  /** The button is up: held notices are shown once the click it made has landed (the next task). */
  private readonly release = (): void => {
    this.pressed = false;
    if (this.held.size === 0) return;
    setTimeout(() => {
      for (const [pointer, notice] of this.held) this.notices.set(pointer, notice);
      this.held.clear();
      this.host.requestUpdate();
    });
  };

  private get modeling() {
    return this.context()!.modeling;
  }

  private get document(): unknown {
    return this.context()?.draft.value;
  }

  /** A short name typed in a field still focused when the page is hidden, reloaded or closed is written now. */
  private readonly commitTyping = (event: Event): void => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    if (active instanceof HTMLInputElement && active.dataset.shortName !== undefined) active.dispatchEvent(new Event('change'));
  };

  /** Sets a field, or takes it out when it is optional and empty or at its default. */
  write(field: FieldMeta, pointer: string, value: unknown, merge = true): void {
    const omit = value === undefined || (!field.required && (value === '' || (field.default !== undefined && value === field.default)));
    tryEdit(() =>
      this.modeling.set(pointer, omit ? undefined : value, { label: `change ${midSentence(field.title)}`, ...(merge ? { mergeKey: pointer } : {}) }),
    );
  }

  /**
   * Writes a named thing's title (or name); while its short name is one the editor made up,
   * the short name is made from the title in the same step, so new items never share "route".
   */
  writeName(field: FieldMeta, pointer: string, text: string, owner: Json, definition: DefinitionMeta): void {
    // A named thing's id (the pathway's own too) follows its title, name or text; an option's value (an id-like code) its label.
    const idKey = definition.entity !== undefined || this.host.pointer === '' ? (['title', 'name', 'text'].includes(field.key) ? 'id' : undefined) : field.key === 'label' && definition.fields.some((f) => f.key === 'value' && f.pattern !== undefined) ? 'value' : undefined;
    const id = idKey === undefined ? undefined : owner[idKey];
    const fresh = typeof id === 'string' ? idFollowingTitle(this.modeling, this.document, id, text) : undefined;
    if (fresh === undefined) {
      this.write(field, pointer, text);
      return;
    }
    const idPointer = childPointer(this.host.pointer, idKey!);
    tryEdit(() =>
      this.modeling.patch(
        [
          { op: valueAt(this.document, pointer) === undefined ? 'add' : 'replace', path: pointer, value: text },
          { op: 'replace', path: idPointer, value: fresh },
        ],
        { label: `change ${midSentence(field.title)}`, mergeKey: pointer },
      ),
    );
    this.followed.set(idPointer, fresh);
  }

  /**
   * The name field at `pointer` was left: a short name that followed it is said in its status
   * line (a polite live region), once per name written rather than at every key. Left by a click
   * elsewhere, the line waits for the button to come up: appearing between the press and the
   * release, it would push what was clicked (anything below it) from under the pointer, and the
   * click would be lost.
   */
  nameLeft(pointer: string): void {
    const parent = pointer.slice(0, pointer.lastIndexOf('/'));
    for (const [idPointer, fresh] of this.followed) {
      if (idPointer.slice(0, idPointer.lastIndexOf('/')) !== parent) continue;
      this.followed.delete(idPointer);
      if (valueAt(this.document, idPointer) !== fresh) continue; // undone meanwhile
      (this.pressed ? this.held : this.notices).set(idPointer, `Short name changed to "${fresh}" to match.`);
      if (!this.pressed) this.host.requestUpdate();
    }
  }

  /** What the status line of the short name at `pointer` says now ('' when nothing changed it). */
  followNotice(pointer: string, value: unknown): string {
    const notice = this.notices.get(pointer);
    // Said of the short name it names: an undo, or the author's own short name, ends it.
    if (notice !== undefined && !notice.includes(`"${String(value)}"`)) this.notices.delete(pointer);
    return this.notices.get(pointer) ?? '';
  }

  /** Writes a number once what is typed reads as one; until then it is kept, with its error. */
  writeNumber(field: FieldMeta, pointer: string, text: string): void {
    const trimmed = text.trim();
    const number = /^-?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    let error: string | undefined;
    if (trimmed === '') {
      if (field.required) error = `Enter ${midSentence(field.title)} as a number`;
    } else if (!Number.isFinite(number) || (field.integer && !Number.isInteger(number))) {
      error = `Enter ${midSentence(field.title)} as ${field.integer ? 'a whole number' : 'a number'}, like 12 or 90.5`;
    }
    if (error === undefined) this.pending.delete(pointer);
    // Kept only while the value it was typed over is still there (an undo or a JSON edit replaces it).
    else this.pending.set(pointer, { text, error, base: valueAt(this.document, pointer) });
    this.host.requestUpdate();
    if (error !== undefined) return;
    const value = trimmed === '' ? undefined : number;
    // A band's label stating the bound's old figure changes with it, in the same step (band-relabel.ts).
    const relabel = labelFollowingBound(this.document, pointer, value);
    if (relabel === undefined) {
      this.write(field, pointer, value);
      return;
    }
    tryEdit(() =>
      this.modeling.patch(
        [
          { op: 'replace', path: pointer, value },
          { op: 'replace', path: relabel.pointer, value: relabel.label },
        ],
        { label: `change ${midSentence(field.title)}`, mergeKey: pointer },
      ),
    );
    this.notices.set(pointer, relabelledNotice(relabel.label));
  }

  /** What the status line under a band's bound says: its label changed with it ('' when it did not). */
  boundNotice(pointer: string): string {
    return this.notices.get(pointer) ?? '';
  }

  /** What is typed in the number field at `pointer` and not yet written, while `value` is still the one it was typed over. */
  pendingNumber(pointer: string, value: unknown): PendingNumber | undefined {
    const typed = this.pending.get(pointer);
    return typed !== undefined && typed.base === value ? typed : undefined;
  }

  /**
   * Whether the author is typing in the control with this id, over an unchanged stored name: a short name is written only when
   * the field is left, so a redraw meanwhile (problems checked after an earlier edit) must not
   * put the stored name back over what is being typed.
   */
  typingIn(id: string, stored: string): boolean {
    const previous = this.shownNames.get(id);
    this.shownNames.set(id, stored);
    // A stored name that changed meanwhile (an undo, a rename elsewhere) is shown all the same.
    return previous === stored && (this.host.renderRoot as ShadowRoot).activeElement?.id === id;
  }

  /** A short name is written when the field is left, so references follow the whole new name in one step. */
  rename(field: FieldMeta, pointer: string, text: string): void {
    const value = text.trim();
    if (value === valueAt(this.document, pointer)) return;
    authorChoseId(this.modeling, value);
    if (value === '') {
      if (!field.required) tryEdit(() => this.modeling.set(pointer, undefined, { label: 'remove short name' }));
      else this.host.requestUpdate(); // a required short name cannot be emptied: the field shows it again
      return;
    }
    tryEdit(() => this.modeling.set(pointer, value, { label: 'rename' }));
  }
}
