/**
 * Editing the lists of an object form: which items are open, the palette showing, add (from a
 * palette where there is a type to choose), duplicate, move up / down, remove with a notice that
 * says what still refers to the removed thing and offers Undo. Focus follows each action, so a
 * keyboard user is never left on a button that now does something else.
 */
import { midSentence } from '@pathway/core';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { childPointer as join, describeLocation } from '@pathway/schema';
import type { EditorContext } from '../../context.js';
import { EditRejected, removalOf, valueAt } from '../../modeling/index.js';
import { formMetadata } from '../../metadata/index.js';
import type { FieldMeta } from '../../metadata/index.js';
import { ItemFactory } from '../new-item.js';
import { placeLink, referencePointer } from './used-by.js';
import { quietPart } from './quiet-parts.js';
import type { Use } from './used-by.js';

export interface RemovalNotice {
  list: string;
  text: string;
  /** What still refers to the removed thing: each a link to its place (as it is after the removal). */
  remaining: Use[];
  revision: number;
}

/** The form the controller serves. */
export interface ListHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const clip = (text: string, length = 80) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How an item names itself in a list: its title, name, label or text. */
export function itemName(value: unknown): string {
  if (!isRecord(value)) return '';
  for (const key of ['title', 'name', 'label', 'heading', 'text']) {
    if (typeof value[key] === 'string' && value[key] !== '') return value[key] as string;
  }
  return '';
}

/** What one entry of a list of texts is called: "Paragraph 2", "Answer 1". */
export const textItemName = (field: FieldMeta) => (field.kind === 'answerList' ? 'Answer' : field.long ? 'Paragraph' : 'Item');

/** Runs an edit; one the modeling refuses (it would break the document) changes nothing. */
export function tryEdit(action: () => void): boolean {
  try {
    action();
    return true;
  } catch (error) {
    if (!(error instanceof EditRejected)) throw error;
    return false;
  }
}

export class ListEditing implements ReactiveController {
  /** Open list items, by pointer. */
  open = new Set<string>();
  /** The list whose palette (of question types, of kinds of rule) is showing. */
  palette: string | undefined;
  notice: RemovalNotice | undefined;

  constructor(
    private readonly host: ListHost,
    private readonly editor: () => EditorContext | undefined,
    /**
     * Whether adding an item closes the others open in its list. The pathway's own form does: its
     * stages, referrals and contacts each have a page of their own, and every one left open there
     * put all its fields between the author and the next list (hundreds of Tab presses).
     */
    private readonly oneOpenPerList: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get modeling() {
    return this.editor()!.modeling;
  }

  private get document(): unknown {
    return this.editor()?.draft.value;
  }

  private set<K extends 'open' | 'palette' | 'notice'>(key: K, value: this[K]): void {
    this[key] = value;
    if (key === 'notice' && value === undefined) this.noticeToFocus = false;
    if (key === 'palette') this.watchOutside(this.palette !== undefined);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.watchOutside(false);
  }

  /**
   * An open palette closes, as a menu does, when the author clicks or focus goes anywhere outside
   * it and its Add button; focus is left where they put it (it is not sent back to the button).
   */
  private readonly outside = (event: Event): void => {
    const list = this.palette;
    if (list === undefined) return;
    const menu = this.host.renderRoot.querySelector(`[role="menu"][data-list="${CSS.escape(list)}"]`);
    const button = this.host.renderRoot.querySelector(`button[aria-haspopup][data-pointer="${CSS.escape(list)}"]`);
    const path = event.composedPath();
    if (!path.some((target) => target === menu || target === button)) this.closePalette(list, false);
  };

  private watching = false;

  private watchOutside(on: boolean): void {
    if (on === this.watching) return;
    this.watching = on;
    for (const type of ['pointerdown', 'focusin'] as const) {
      if (on) document.addEventListener(type, this.outside, true);
      else document.removeEventListener(type, this.outside, true);
    }
  }

  setOpen(pointer: string, open: boolean): void {
    if (this.open.has(pointer) === open) return;
    const next = new Set(this.open);
    if (open) next.add(pointer);
    else next.delete(pointer);
    this.set('open', next);
  }

  togglePalette(list: string): void {
    if (this.palette === list) this.closePalette(list);
    else void this.openPalette(list, 'first');
  }

  /**
   * The palette is a menu (the WAI-ARIA menu button pattern): opening it focuses a type; arrow
   * keys move between types and wrap, Home and End go to the ends, Escape closes it and returns
   * focus to its Add button, and Tab closes it and moves on.
   */
  async openPalette(list: string, at: 'first' | 'last'): Promise<void> {
    this.set('palette', list);
    await this.host.updateComplete;
    const items = this.paletteItems(list);
    (at === 'first' ? items[0] : items.at(-1))?.focus();
  }

  closePalette(list: string, returnFocus = true): void {
    this.set('palette', undefined);
    if (returnFocus) void this.focusWithin(`button[aria-haspopup][data-pointer="${CSS.escape(list)}"]`);
  }

  /** Arrow Down or Up on the closed Add button opens the palette on the first or last type. */
  addButtonKeydown(event: KeyboardEvent, list: string): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    void this.openPalette(list, event.key === 'ArrowDown' ? 'first' : 'last');
  }

  paletteKeydown(event: KeyboardEvent, list: string): void {
    const items = this.paletteItems(list);
    const index = items.indexOf(event.target as HTMLElement);
    const to =
      event.key === 'ArrowDown' ? (index + 1) % items.length
      : event.key === 'ArrowUp' ? (index - 1 + items.length) % items.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? items.length - 1
      : undefined;
    if (to !== undefined) {
      event.preventDefault();
      items[to]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.closePalette(list);
    } else if (event.key === 'Tab') {
      this.closePalette(list, false);
    }
  }

  private paletteItems(list: string): HTMLElement[] {
    const menu = this.host.renderRoot.querySelector(`[role="menu"][data-list="${CSS.escape(list)}"]`);
    return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
  }

  async focusWithin(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private focusItem(list: string, index: number): void {
    const target = join(list, index);
    void this.host.updateComplete.then(() => {
      for (const element of this.host.renderRoot.querySelectorAll<HTMLElement>('details[data-pointer]')) {
        if (element.dataset.pointer === target) element.querySelector('summary')?.focus();
      }
    });
  }

  /** Inserts an item and opens it; a new one (not a copy) keeps its problems until the author leaves it (quiet-parts.ts). */
  private insertItem(field: FieldMeta, list: string, value: unknown, at?: number, isNew = true): void {
    const items = valueAt(this.document, list);
    const index = at ?? (Array.isArray(items) ? items.length : 0);
    if (isNew) quietPart(this.modeling, join(list, index));
    tryEdit(() => this.modeling.insert(list, value, index, { label: `add ${midSentence(formMetadata.definitions[field.definition ?? '']?.title ?? field.title)}` }));
    this.set('palette', undefined);
    if (this.oneOpenPerList()) this.set('open', new Set([...this.open].filter((item) => !item.startsWith(`${list}/`))));
    this.setOpen(join(list, index), true);
    this.focusItem(list, index);
  }

  addItem(field: FieldMeta, list: string, variant?: string): void {
    this.insertItem(field, list, new ItemFactory(this.document, formMetadata, this.modeling).create(variant ?? field.definition ?? ''));
  }

  addQuestion(field: FieldMeta, list: string, type: string): void {
    this.insertItem(field, list, new ItemFactory(this.document, formMetadata, this.modeling).question(type));
  }

  private duplicateItem(field: FieldMeta, list: string, index: number): void {
    const item = valueAt(this.document, join(list, index));
    this.insertItem(field, list, new ItemFactory(this.document, formMetadata, this.modeling).duplicate(item, field.definition ?? ''), index + 1, false);
  }

  /** Moves an item or a text; focus stays on the button pressed, or its pair when that one is gone. */
  private move(field: FieldMeta, list: string, from: number, to: number, action: 'up' | 'down'): void {
    const items = valueAt(this.document, list);
    if (!Array.isArray(items) || to < 0 || to >= items.length) return;
    tryEdit(() => this.modeling.move(list, from, to, { label: `move ${midSentence(field.title)}` }));
    if (field.definition !== undefined) {
      // Open items travel with their item.
      const next = new Set<string>();
      for (const pointer of this.open) {
        if (pointer === join(list, from)) next.add(join(list, to));
        else if (pointer === join(list, to)) next.add(join(list, from));
        else next.add(pointer);
      }
      this.set('open', next);
    }
    const button = action === 'up' && to === 0 ? 'down' : action === 'down' && to === items.length - 1 ? 'up' : action;
    void this.focusWithin(`button[data-action="${button}"][data-item="${to}"][data-list="${CSS.escape(list)}"]`);
  }

  /** Removes one object from a list, with the notice (what still refers to it, Undo) on that list. Returns whether it was removed. */
  removeItem(field: FieldMeta, list: string, index: number): boolean {
    const document = this.document;
    const pointer = join(list, index);
    const item = valueAt(document, pointer);
    const definition = formMetadata.definitions[field.definition ?? ''];
    const what = `${definition?.title ?? field.title}${itemName(item) ? ` "${clip(itemName(item), 60)}"` : ''}`;
    const removal = removalOf(document, pointer);
    // Named as they were; opened where they are once the item (and any list entries before them) are gone.
    const remaining: Use[] = [];
    for (const reference of removal.remaining) {
      const at = referencePointer(reference);
      if (!remaining.some((use) => use.pointer === at)) remaining.push({ text: describeLocation(document, at), pointer: at });
    }
    const removedPaths = removal.operations.map((operation) => operation.path);
    for (const use of remaining) use.pointer = pointerAfterRemovals(use.pointer, removedPaths);
    const lists = [...new Set(removedPaths.filter((path) => path !== pointer).map((path) => describeLocation(document, path.slice(0, path.lastIndexOf('/')))))];
    if (!tryEdit(() => this.modeling.patch(removal.operations, { label: `remove ${midSentence(definition?.title ?? field.title)}` }))) return false;
    // Open items after the removed one move up by one.
    const next = new Set<string>();
    for (const open of this.open) {
      if (!open.startsWith(`${list}/`)) next.add(open);
      else {
        const at = Number(open.slice(list.length + 1).split('/')[0]);
        if (at < index) next.add(open);
        else if (at > index) next.add(join(list, at - 1) + open.slice(join(list, at).length));
      }
    }
    this.set('open', next);
    const taken = lists.length === 0 ? '' : lists.length === 1 ? ` It was also taken out of the list that named it: ${lists[0]}.` : ` It was also taken out of ${lists.length} lists that named it: ${lists.join('; ')}.`;
    this.showNotice(list, `${what} removed.${taken}`, remaining);
    return true;
  }

  /** Removes one paragraph or value; says so where it was, with Undo, as removing an item does. */
  private removeText(field: FieldMeta, list: string, index: number): void {
    const items = valueAt(this.document, list);
    const removed = tryEdit(() => {
      if (Array.isArray(items) && items.length === 1 && !field.required) this.modeling.remove(list, { label: `remove ${midSentence(field.title)}` });
      else this.modeling.remove(join(list, index), { label: `remove ${midSentence(field.title)}` });
    });
    if (removed) this.showNotice(list, `${textItemName(field)} ${index + 1} removed.`, []);
  }

  /** A notice not yet drawn (its list is on the form the host is about to show): focused once it is. */
  private noticeToFocus = false;

  private showNotice(list: string, text: string, remaining: Use[]): void {
    this.set('notice', { list, text, remaining, revision: this.modeling.state.revision });
    this.noticeToFocus = true;
    void this.host.updateComplete.then(() => this.hostUpdated());
  }

  hostUpdated(): void {
    if (!this.noticeToFocus) return;
    const notice = this.host.renderRoot.querySelector<HTMLElement>('.notice');
    if (notice === null) return;
    this.noticeToFocus = false;
    notice.focus();
  }

  private undoRemoval(): void {
    const notice = this.notice;
    if (notice === undefined) return;
    if (this.modeling.state.revision === notice.revision) this.modeling.undo();
    this.set('notice', undefined);
    void this.focusWithin(`[data-pointer="${CSS.escape(notice.list)}"]`);
  }

  /** The notice of a removal from this list, with Undo while nothing has changed since. */
  renderNotice(list: string): TemplateResult | typeof nothing {
    const notice = this.notice;
    if (notice === undefined || notice.list !== list) return nothing;
    const canUndo = this.editor()?.modeling.state.revision === notice.revision;
    return html`<div class="notice" role="status" tabindex="-1">
      <p>${notice.text}</p>
      ${notice.remaining.length > 0
        ? html`<p>These still refer to it; change them or undo:</p>
            <ul>
              ${notice.remaining.map((use) => html`<li>${placeLink(this.editor(), use)}</li>`)}
            </ul>`
        : nothing}
      ${canUndo ? html`<button type="button" class="secondary" @click=${() => this.undoRemoval()}>Undo remove</button>` : nothing}
      <button type="button" class="secondary" @click=${() => this.set('notice', undefined)}>Dismiss</button>
    </div>`;
  }

  /** Move up, Move down, Duplicate (objects) and Remove for one item, each naming the item for a screen reader. */
  itemActions(field: FieldMeta, list: string, index: number, count: number, name: string): TemplateResult {
    const button = (action: string, label: string, enabled: boolean, run: () => void, kind = 'secondary') =>
      html`<button type="button" class=${kind} data-action=${action} data-item=${String(index)} data-list=${list} ?disabled=${!enabled}
        @click=${run}>${label}<span class="visually-hidden"> ${name}</span></button>`;
    const isObject = field.definition !== undefined;
    return html`<div class="item-actions">
      ${button('up', 'Move up', index > 0, () => this.move(field, list, index, index - 1, 'up'))}
      ${button('down', 'Move down', index < count - 1, () => this.move(field, list, index, index + 1, 'down'))}
      ${isObject ? button('duplicate', 'Duplicate', true, () => this.duplicateItem(field, list, index)) : nothing}
      ${button('remove', 'Remove', true, () => (isObject ? this.removeItem(field, list, index) : this.removeText(field, list, index)), 'warning')}
    </div>`;
  }
}

/**
 * Where `pointer` is after the items at `removed` are taken out (highest first, as a removal
 * orders them): a later item of the same list moves up one place for each.
 */
export function pointerAfterRemovals(pointer: string, removed: readonly string[]): string {
  let result = pointer;
  for (const path of removed) {
    const list = path.slice(0, path.lastIndexOf('/'));
    const index = Number(path.slice(list.length + 1));
    if (!Number.isInteger(index) || !result.startsWith(`${list}/`)) continue;
    const rest = result.slice(list.length + 1);
    const slash = rest.indexOf('/');
    const at = Number(slash < 0 ? rest : rest.slice(0, slash));
    if (Number.isInteger(at) && at > index) result = `${list}/${at - 1}${slash < 0 ? '' : rest.slice(slash)}`;
  }
  return result;
}
