/**
 * A long keyed list (`repeat`) whose rows are redrawn only when their own inputs change.
 * When the rows are the same ones in the same order as last time it skips Lit's walk over
 * every row: it compares each row's inputs itself and updates only the rows that changed.
 * Answering one of 500 questions then costs one row instead of 1,000 directive updates, which
 * matters most on the first answer, when none of that code is warm yet.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ChildPart, PartInfo } from 'lit/directive.js';
import { getCommittedValue, setChildPartValue } from 'lit/directive-helpers.js';
import { repeat } from 'lit/directives/repeat.js';

/** A row's key: unique within the list; a row keeps its DOM (and focus) while its key stays. */
export type RowKey<T> = (row: T) => string;
/** What a row shows depends on these values alone (compared with ===). */
export type RowDeps<T> = (row: T) => unknown[];
export type RowRender<T> = (row: T) => unknown;

class RowListDirective extends Directive {
  private keys: string[] = [];
  private deps: unknown[][] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('rowList() belongs in element content');
  }

  render<T>(rows: readonly T[], key: RowKey<T>, deps: RowDeps<T>, draw: RowRender<T>): unknown {
    const before = new Map<string, unknown[]>();
    for (const [i, k] of this.keys.entries()) before.set(k, this.deps[i]);
    const keys = rows.map(key);
    const now = rows.map(deps);
    this.keys = keys;
    this.deps = now;
    // repeat() keeps each row's DOM by key; a row it already shows with the same inputs is left alone.
    return repeat(rows, key, (row, i) => {
      const old = before.get(keys[i]);
      return old && sameValues(old, now[i]) ? noChange : draw(row);
    });
  }

  override update<T>(part: ChildPart, [rows, key, deps, draw]: [readonly T[], RowKey<T>, RowDeps<T>, RowRender<T>]): unknown {
    // repeat() leaves one child part per row, in order, as the part's committed value.
    const rowParts = getCommittedValue(part);
    if (!Array.isArray(rowParts)) {
      // Nothing of ours is on screen: every row must be drawn.
      this.keys = [];
      this.deps = [];
    }
    if (!Array.isArray(rowParts) || !this.sameKeys(rows, key)) return this.render(rows, key, deps, draw);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const now = deps(row);
      if (sameValues(this.deps[i], now)) continue;
      this.deps[i] = now;
      setChildPartValue(rowParts[i] as ChildPart, draw(row));
    }
    return noChange;
  }

  private sameKeys<T>(rows: readonly T[], key: RowKey<T>): boolean {
    const keys = this.keys;
    if (keys.length !== rows.length) return false;
    for (let i = 0; i < rows.length; i++) if (key(rows[i]) !== keys[i]) return false;
    return true;
  }
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const rowListDirective = directive(RowListDirective);

/** The rows in order, each drawn by `draw`; see the module comment. */
export function rowList<T>(rows: readonly T[], key: RowKey<T>, deps: RowDeps<T>, draw: RowRender<T>) {
  return rowListDirective(rows, key as RowKey<unknown>, deps as RowDeps<unknown>, draw as RowRender<unknown>);
}
