import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import { editorContext } from '../context.js';
import type { EditorContext } from '../context.js';
import { buildTree, nearestItem } from './tree-model.js';
import type { TreeItem } from './tree-model.js';
import { filterTree, typeAhead } from './tree-filter.js';
import type { FilteredTree } from './tree-filter.js';

/**
 * The outline: every stage, question, route, referral… as a tree (the WAI-ARIA tree pattern:
 * one tab stop, arrow keys to move, Right and Left to open and close, Enter to edit, letters to
 * go to the next item whose title starts with them), with a badge counting the problems inside
 * each item and the authors' notes beside their items. A box above it finds items by their
 * titles: the tree then shows only those and the items above them, and says how many match.
 *
 * @summary The pathway's outline, with problem badges.
 */
export class OutlineTree extends LitElement {
  static override styles = css`
    :host { display: block; font: inherit; color: inherit; }
    h2 { font-size: 1.1875rem; margin: 0 0 0.5rem; }
    ul { list-style: none; margin: 0; padding: 0; }
    .level-2 { padding-left: 1rem; } .level-3 { padding-left: 2rem; } .level-4 { padding-left: 3rem; }
    .level-5 { padding-left: 4rem; } .level-6 { padding-left: 5rem; } .level-7 { padding-left: 6rem; } .level-8 { padding-left: 7rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    [role='treeitem'] > .row {
      display: flex; gap: 0.375rem; align-items: baseline; padding: 0.25rem 0.375rem; cursor: pointer;
      border-left: 4px solid transparent;
    }
    [role='treeitem'][aria-selected='true'] > .row { border-left-color: #1d70b8; background: #f3f2f1; font-weight: 700; }
    [role='treeitem']:focus { outline: none; }
    [role='treeitem']:focus-visible > .row { outline: 3px solid #fd0; box-shadow: inset 0 0 0 2px #0b0c0c; }
    .toggle { flex: none; width: 1rem; text-align: center; }
    .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; unicode-bidi: isolate; }
    .kind { color: #505a5f; font-size: 0.875rem; flex: none; }
    .badge { flex: none; font-size: 0.8125rem; font-weight: 700; padding: 0 0.3rem; border-radius: 0.6rem; color: #fff; }
    .badge.error { background: #d4351c; }
    .badge.warning { background: #505a5f; }
    /* Label and box on one line where they fit: the outline is short in a narrow editor. */
    .find { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; margin: 0 0 0.5rem; }
    .find label { font-weight: 700; }
    .find input {
      box-sizing: border-box; flex: 1 1 8rem; min-width: 0; max-width: 20rem; min-height: 2.25rem; padding: 0.25rem 0.375rem;
      font: inherit; border: 2px solid #0b0c0c; border-radius: 0;
    }
    .find input:focus { outline: 3px solid #fd0; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
    .find .count { flex-basis: 100%; margin: 0; color: #505a5f; font-size: 0.875rem; }
    .find .count:empty { display: none; }
    .note { margin: 0 0 0.25rem 1.75rem; padding: 0.125rem 0.5rem; border-left: 4px solid #b1b4b6; color: #505a5f; font-size: 0.875rem; unicode-bidi: isolate; }
  `;

  @consume({ context: editorContext, subscribe: true })
  @state()
  private editor?: EditorContext;

  /** Pointers of the items shown open. Stages start open. */
  @state() private expanded = new Set<string>(['', '/stages']);
  /** The item that holds the tree's one tab stop. */
  @state() private active = '';

  /** What is typed in the find box: the tree shows only the items whose titles hold it. */
  @state() private query = '';

  private tree: TreeItem | undefined;
  private filtered: (FilteredTree & { query: string; from: TreeItem }) | undefined;
  /** Letters typed on the tree for type-ahead, and when the last was typed (event time). */
  private typed = { text: '', at: 0 };
  private treeFor: { outline: unknown; problems: unknown } = { outline: undefined, problems: undefined };

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('editor') && this.editor !== undefined) {
      const { outline, problems } = this.editor;
      if (outline !== undefined && (outline !== this.treeFor.outline || problems !== this.treeFor.problems)) {
        this.tree = buildTree(outline, problems);
        this.treeFor = { outline, problems };
      }
      // Follow the selection: open the items above it and make it the tab stop.
      const selected = this.selectedPointer();
      if (selected !== undefined && selected !== this.active) {
        this.active = selected;
        this.reveal = true;
        let parent = selected;
        while (parent !== '') {
          parent = parent.slice(0, parent.lastIndexOf('/'));
          if (!this.expanded.has(parent)) this.expanded = new Set([...this.expanded, parent]);
        }
      }
    }
  }

  /** Set when the selection moved here from elsewhere (a problem, the map, the page): show it once drawn. */
  private reveal = false;

  override updated(): void {
    if (!this.reveal) return;
    this.reveal = false;
    this.revealSelected();
  }

  /**
   * Scrolls the outline's own scrolling box (never the page, which would take the author away
   * from the field the selection focused) so the selected item is in view.
   */
  private revealSelected(): void {
    const row = this.renderRoot.querySelector<HTMLElement>('[role="treeitem"][aria-selected="true"] > .row');
    let box = this.parentElement;
    while (box !== null && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
    if (row === null || box === null) return;
    const shown = box.getBoundingClientRect();
    const item = row.getBoundingClientRect();
    if (item.top < shown.top) box.scrollTop -= shown.top - item.top;
    else if (item.bottom > shown.bottom) box.scrollTop += Math.min(item.bottom - shown.bottom, item.top - shown.top);
  }

  private selectedPointer(): string | undefined {
    if (this.editor === undefined || this.tree === undefined) return undefined;
    return nearestItem(this.editor.selection.pointer, this.knownPointers());
  }

  private knownPointers(): Set<string> {
    const known = new Set<string>();
    const visit = (item: TreeItem) => {
      known.add(item.pointer);
      item.children.forEach(visit);
    };
    if (this.tree) visit(this.tree);
    return known;
  }

  /** The tree as shown: the whole tree, or only what the find box matches (and the items above it). */
  private shownTree(): FilteredTree | undefined {
    if (this.tree === undefined) return undefined;
    if (this.query.trim() === '') return { tree: this.tree, matches: [] };
    if (this.filtered?.query !== this.query || this.filtered.from !== this.tree) {
      this.filtered = { ...filterTree(this.tree, this.query), query: this.query, from: this.tree };
    }
    return this.filtered;
  }

  /** Whether an item shows its children: as the author left it, or always while finding (so every match shows). */
  private isOpen(pointer: string): boolean {
    return this.query.trim() !== '' || this.expanded.has(pointer);
  }

  /** The items a keyboard user can move between, in order. */
  private visibleItems(): TreeItem[] {
    const visible: TreeItem[] = [];
    const visit = (item: TreeItem) => {
      visible.push(item);
      if (this.isOpen(item.pointer)) item.children.forEach(visit);
    };
    const shown = this.shownTree()?.tree;
    if (shown) visit(shown);
    return visible;
  }

  private parentOf(pointer: string): TreeItem | undefined {
    let found: TreeItem | undefined;
    const visit = (item: TreeItem) => {
      if (item.children.some((child) => child.pointer === pointer)) found = item;
      else item.children.forEach(visit);
    };
    const shown = this.shownTree()?.tree;
    if (shown) visit(shown);
    return found;
  }

  private setExpanded(pointer: string, open: boolean): void {
    const next = new Set(this.expanded);
    if (open) next.add(pointer);
    else next.delete(pointer);
    this.expanded = next;
  }

  /** The item that holds the tree's one tab stop: the active one, or while finding the first match unless the active one matches. */
  private tabStop(visible: readonly TreeItem[]): string | undefined {
    const matches = this.shownTree()?.matches ?? [];
    if (this.query.trim() !== '') return matches.includes(this.active) ? this.active : matches[0];
    return visible.some((item) => item.pointer === this.active) ? this.active : visible[0]?.pointer;
  }

  private find(query: string): void {
    this.query = query;
  }

  /** Down arrow (or Enter) in the find box goes to the first match; Enter also opens it; Escape empties the box. */
  private handleFindKeydown(event: KeyboardEvent): void {
    const first = this.shownTree()?.matches[0];
    if (event.key === 'ArrowDown' && first !== undefined) {
      event.preventDefault();
      void this.moveFocus(first);
    } else if (event.key === 'Enter' && first !== undefined) {
      event.preventDefault();
      this.active = first;
      this.editor?.select(first, { focus: true });
    } else if (event.key === 'Escape' && this.query !== '') {
      event.preventDefault();
      event.stopPropagation();
      this.query = '';
    }
  }

  /** Type-ahead: letters typed on the tree go to the next item whose title starts with them. */
  private typeAhead(event: KeyboardEvent, item: TreeItem): boolean {
    if (event.key.length !== 1 || event.key === ' ' || event.ctrlKey || event.metaKey || event.altKey) return false;
    // Letters typed within a moment of each other are one title being typed.
    const text = event.timeStamp - this.typed.at < 700 ? this.typed.text + event.key : event.key;
    this.typed = { text, at: event.timeStamp };
    const visible = this.visibleItems();
    const found = typeAhead(visible, visible.findIndex((v) => v.pointer === item.pointer), text);
    if (found !== undefined) void this.moveFocus(found.pointer);
    return true;
  }

  /** Focuses the item that holds the tree's tab stop: the selected one ("Back to the outline"). */
  async focusSelected(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus();
  }

  private async moveFocus(pointer: string): Promise<void> {
    this.active = pointer;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`)?.focus();
  }

  private handleKeydown(event: KeyboardEvent, item: TreeItem): void {
    const visible = this.visibleItems();
    const index = visible.findIndex((v) => v.pointer === item.pointer);
    const open = this.isOpen(item.pointer);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (index < visible.length - 1) void this.moveFocus(visible[index + 1].pointer);
        break;
      case 'ArrowUp':
        if (index > 0) void this.moveFocus(visible[index - 1].pointer);
        break;
      case 'Home':
        void this.moveFocus(visible[0].pointer);
        break;
      case 'End':
        void this.moveFocus(visible[visible.length - 1].pointer);
        break;
      case 'ArrowRight':
        if (item.children.length > 0 && !open) this.setExpanded(item.pointer, true);
        else if (item.children.length > 0) void this.moveFocus(item.children[0].pointer);
        break;
      case 'ArrowLeft':
        // While finding, every item shows its matches: Left goes up rather than closing one.
        if (item.children.length > 0 && open && this.query.trim() === '') this.setExpanded(item.pointer, false);
        else {
          const parent = this.parentOf(item.pointer);
          if (parent) void this.moveFocus(parent.pointer);
        }
        break;
      case 'Enter':
        this.editor?.select(item.pointer, { focus: true });
        break;
      case ' ':
        this.editor?.select(item.pointer);
        break;
      default:
        handled = this.typeAhead(event, item);
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  private handleClick(event: Event, item: TreeItem): void {
    event.stopPropagation();
    this.active = item.pointer;
    if (item.children.length > 0 && (event.target as Element).closest('.toggle')) {
      this.setExpanded(item.pointer, !this.expanded.has(item.pointer));
      return;
    }
    // A thing with a form of its own opens it from the top; a list ("Roles") is a part of the
    // settings form, which may be scrolled elsewhere, so a click goes to it as Enter does.
    this.editor?.select(item.pointer, item.kind === 'List' ? { focus: true } : {});
  }

  /**
   * The tree is drawn flat: every visible item is a treeitem with its level, position and set
   * size (allowed by ARIA, and what lets each item's name be exactly its own visible text).
   */
  private renderItem(item: TreeItem, level: number, position: number, setSize: number, tabStop: string | undefined): TemplateResult {
    const open = this.isOpen(item.pointer);
    const selected = this.selectedPointer() === item.pointer;
    return html`<li
      role="treeitem"
      class=${`level-${Math.min(level, 8)}`}
      data-pointer=${item.pointer}
      aria-level=${level}
      aria-posinset=${position}
      aria-setsize=${setSize}
      aria-selected=${selected ? 'true' : 'false'}
      aria-expanded=${item.children.length > 0 ? (open ? 'true' : 'false') : nothing}
      tabindex=${item.pointer === tabStop ? '0' : '-1'}
      @keydown=${(event: KeyboardEvent) => this.handleKeydown(event, item)}
      @click=${(event: Event) => this.handleClick(event, item)}
    >
      <div class="row">
        <span class="toggle" aria-hidden="true">${item.children.length > 0 ? (open ? '▾' : '▸') : ''}</span>
        ${item.kind === 'List' || item.kind === 'Pathway' ? nothing : html`<span class="kind">${item.kind}</span>`}
        <span class="label">${item.label}</span>
        ${item.errors > 0 ? html`<span class="badge error">${item.errors}<span class="visually-hidden"> ${item.errors === 1 ? 'error' : 'errors'}</span></span>` : nothing}
        ${item.warnings > 0 ? html`<span class="badge warning">${item.warnings}<span class="visually-hidden"> ${item.warnings === 1 ? 'warning' : 'warnings'}</span></span>` : nothing}
      </div>
      ${item.note !== undefined ? html`<p class="note">Authors' note: ${item.note}</p>` : nothing}
    </li>`;
  }

  private renderLevel(items: readonly TreeItem[], level: number, tabStop: string | undefined): TemplateResult[] {
    return items.flatMap((item, i) => [
      this.renderItem(item, level, i + 1, items.length, tabStop),
      ...(this.isOpen(item.pointer) ? this.renderLevel(item.children, level + 1, tabStop) : []),
    ]);
  }

  private renderFind(shown: FilteredTree): TemplateResult {
    const finding = this.query.trim() !== '';
    const count = shown.matches.length;
    return html`<div class="find" role="search" aria-label="Find in the outline">
      <label for="outline-find">Find in the outline</label>
      <input id="outline-find" type="search" autocomplete="off" spellcheck="false" aria-describedby="outline-find-count" aria-controls=${shown.tree === undefined ? nothing : 'outline-tree'}
        .value=${this.query} @input=${(event: Event) => this.find((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => this.handleFindKeydown(event)} />
      <p class="count" id="outline-find-count" role="status">${finding
        ? count === 0
          ? `Nothing in the outline has a title with "${this.query.trim()}".`
          : `${count} ${count === 1 ? 'item matches' : 'items match'}. Down arrow goes to the first; Enter opens it.`
        : nothing}</p>
    </div>`;
  }

  override render() {
    const shown = this.shownTree();
    if (shown === undefined) {
      return html`<h2>Outline</h2><p>The outline shows once the JSON is valid.</p>`;
    }
    const tabStop = this.tabStop(this.visibleItems());
    return html`<h2 id="outline-heading">Outline</h2>
      ${this.renderFind(shown)}
      ${shown.tree === undefined
        ? nothing
        : html`<ul role="tree" id="outline-tree" aria-labelledby="outline-heading">${this.renderLevel([shown.tree], 1, tabStop)}</ul>`}`;
  }
}
