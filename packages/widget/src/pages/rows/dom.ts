/**
 * The few DOM helpers the question rows are built with. A row is cloned from a prototype made
 * once (cloneNode copies a whole subtree natively, with no JavaScript object per node) and only
 * the nodes that differ from row to row are then touched: every node JavaScript touches keeps a
 * wrapper object alive for the life of the page. Authored text always goes in as text
 * (textContent, append of a string, setAttribute), never as markup. No whitespace text nodes:
 * only the spaces the reader sees between words.
 */

export type Child = Node | string;

/** An element with a class (empty for none), attributes and children. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A copy of a prototype, subtree included. */
export const cloneOf = <T extends Node>(prototype: T): T => prototype.cloneNode(true) as T;

/** The first element under `root` matching `selector`; the row's own structure guarantees it. */
export function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`row: no ${selector}`);
  return found;
}

/** Space-separated ids for aria-describedby ('' for none). */
export function idList(...ids: (string | false | undefined)[]): string {
  let list = '';
  for (const id of ids) if (id) list = list ? `${list} ${id}` : id;
  return list;
}

/** Sets an attribute, or removes it for ''. */
export function setOrRemove(node: Element, name: string, value: string): void {
  if (value === '') node.removeAttribute(name);
  else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/**
 * One prototype (or set of prototypes) per key object (a table of words), built on first use
 * and let go with the key: a page that sets new words often does not collect prototypes.
 */
export function prototypeCache<K extends object, T>(build: (key: K) => T): (key: K) => T {
  const made = new WeakMap<K, T>();
  return (key) => {
    let prototype = made.get(key);
    if (!prototype) made.set(key, (prototype = build(key)));
    return prototype;
  };
}
