/**
 * Finding things in the outline, by their titles: the tree cut down to the items whose title
 * holds what is typed, with the items above them (so each match keeps its place in the tree),
 * and type-ahead (the next item whose title starts with the letters typed). No DOM.
 */
import type { TreeItem } from './tree-model.js';

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export interface FilteredTree {
  /** The tree with only the matches and the items above them (undefined: nothing matches). */
  tree: TreeItem | undefined;
  /** The pointers of the items whose title matched, in tree order. */
  matches: string[];
}

/** The items of `tree` whose title holds `query` (any case, any accents), with the items above them. */
export function filterTree(tree: TreeItem, query: string): FilteredTree {
  const wanted = fold(query.trim());
  const matches: string[] = [];
  const visit = (item: TreeItem): TreeItem | undefined => {
    const matched = wanted !== '' && fold(item.label).includes(wanted);
    if (matched) matches.push(item.pointer);
    const children = item.children.map(visit).filter((child): child is TreeItem => child !== undefined);
    return matched || children.length > 0 ? { ...item, children } : undefined;
  };
  return { tree: visit(tree), matches };
}

/**
 * Type-ahead: the item after `from` (wrapping round) whose title starts with `typed`. Typing one
 * letter again and again steps through the items that start with it, as a list box does.
 */
export function typeAhead(items: readonly TreeItem[], from: number, typed: string): TreeItem | undefined {
  const wanted = fold(typed);
  const repeated = wanted.length > 1 && [...wanted].every((letter) => letter === wanted[0]);
  const find = (prefix: string, start: number) => {
    for (let step = 0; step < items.length; step++) {
      const item = items[(start + step) % items.length];
      if (fold(item.label).startsWith(prefix)) return item;
    }
    return undefined;
  };
  // Still typing one title: it may be the item already focused. Letters that lead nowhere start again from the last.
  return (
    (wanted.length > 1 ? find(wanted, from) : undefined) ??
    (repeated ? find(wanted[0], from + 1) : undefined) ??
    find(wanted.slice(-1), from + 1)
  );
}
