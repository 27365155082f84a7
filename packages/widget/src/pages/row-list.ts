/**
 * A long keyed list of rows that are plain DOM, not Lit templates: `<div ${rowList(rows)}>`
 * hands the element's children to this directive. Each row is a model (plain values) and a
 * drawer that makes the row's element from a model, tells whether two models show the same,
 * and brings an element drawn for one model up to date with the next.
 *
 * Why not `repeat()` with a template per row: at 500 questions Lit's bookkeeping (a template
 * instance and its parts per row, nested templates, two marker comments per row) is about
 * 1 KB a question that lives as long as the page. Here what is kept per row is its model and
 * its element; a row whose model holds the same values as last time is not touched, and one
 * that changed is patched by its drawer. Answering one of 500 questions costs one row.
 *
 * A row keeps its element (and so the focus) for as long as it is in the list. A drawer that has to
 * start a row again (its question was reworded) returns a new element; if the focus was in
 * the old one, it moves to the element with the same id in the new one.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';

export interface RowDrawer<M> {
  /** A new element for the row. */
  create(model: M): Element;
  /** Whether the two models hold the same values: then the row is left alone. */
  same(before: M, after: M): boolean;
  /** Updates `element`, drawn for `before`, to show `after`; returns a new element to put in its place, or undefined. */
  update(element: Element, before: M, after: M): Element | undefined;
}

/**
 * One row: what it shows, and the drawer that shows it. A row is the same row as before (and
 * keeps its element) when it has the same drawer and the same `id`, unique among its drawer's rows.
 */
export interface RowModel {
  readonly id: string;
  // Any: each row brings its own drawer for its own model type.
  readonly drawer: RowDrawer<any>;
}

const sameRow = (a: RowModel, b: RowModel) => a.id === b.id && a.drawer === b.drawer;

class RowListDirective extends Directive {
  private models: RowModel[] = [];
  private elements: Element[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('rowList() belongs on the element that holds the rows: <div ${rowList(rows)}>');
  }

  render(_rows: readonly RowModel[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [rows]: [readonly RowModel[]]): typeof noChange {
    const container = part.element;
    if (this.sameKeys(rows)) this.patchInPlace(rows);
    else this.reorder(container, rows);
    return noChange;
  }

  private sameKeys(rows: readonly RowModel[]): boolean {
    const models = this.models;
    if (models.length !== rows.length) return false;
    for (let i = 0; i < rows.length; i++) if (!sameRow(models[i], rows[i])) return false;
    return true;
  }

  /** The same rows in the same order: only those whose values changed are touched. */
  private patchInPlace(rows: readonly RowModel[]): void {
    for (let i = 0; i < rows.length; i++) {
      const before = this.models[i];
      const after = rows[i];
      if (before.drawer.same(before, after)) continue;
      this.elements[i] = redraw(this.elements[i], before, after);
      this.models[i] = after;
    }
  }

  /** Rows added, removed or moved: kept rows keep their element, and move only when their order changed. */
  private reorder(container: Element, rows: readonly RowModel[]): void {
    // Where each row was, by drawer and id.
    const old = new Map<RowDrawer<unknown>, Map<string, number>>();
    this.models.forEach((model, i) => {
      let ids = old.get(model.drawer);
      if (!ids) old.set(model.drawer, (ids = new Map()));
      ids.set(model.id, i);
    });
    const elements: Element[] = [];
    for (const row of rows) {
      const ids = old.get(row.drawer);
      const i = ids?.get(row.id);
      let element: Element;
      if (i === undefined) element = row.drawer.create(row);
      else {
        ids!.delete(row.id);
        const before = this.models[i];
        element = row.drawer.same(before, row) ? this.elements[i] : redraw(this.elements[i], before, row);
      }
      elements.push(element);
    }
    for (const ids of old.values()) for (const i of ids.values()) this.elements[i].remove();
    if (this.elements.length === 0 && !container.isConnected) {
      // The first drawing, while Lit still holds the page off the document: straight in
      // (through a fragment every row would be inserted twice).
      for (const element of elements) container.appendChild(element);
    } else if (this.elements.length === 0) {
      const fragment = document.createDocumentFragment();
      for (const element of elements) fragment.append(element);
      container.append(fragment);
    } else {
      // Walk the new order: the rows before the cursor are in place; a row that is not the
      // cursor's is put before it (a new row, or a kept one from further on).
      let cursor = container.firstElementChild;
      for (const element of elements) {
        if (element === cursor) cursor = cursor.nextElementSibling;
        else container.insertBefore(element, cursor);
      }
    }
    this.models = [...rows];
    this.elements = elements;
  }
}

/** The row's element after `after`: the same one updated, or a new one that has taken its place. */
function redraw(element: Element, before: RowModel, after: RowModel): Element {
  const next = before.drawer.update(element, before, after);
  if (!next || next === element) return element;
  const root = element.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement;
  const focusedId = focused && element.contains(focused) ? focused.id : '';
  element.replaceWith(next);
  if (focusedId) next.querySelector<HTMLElement>(`#${CSS.escape(focusedId)}`)?.focus({ preventScroll: true });
  return next;
}

/** Hands the element's children to the rows, in order; see the module comment. */
export const rowList = directive(RowListDirective);
