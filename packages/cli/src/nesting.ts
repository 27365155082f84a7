/**
 * How deeply a parsed JSON document nests, found without recursion. `JSON.parse` copes with any
 * depth, but the schema validator and lint recurse into conditions (`{"not": {"not": …}}`,
 * `{"all": [{"all": […]}]}`), and a file nested a few thousand levels deep would overflow their
 * stack. The CLI refuses such a file up front, by name, and checks the others.
 */

/**
 * The deepest nesting of objects and arrays the CLI will check; the document itself is level 1.
 * Real pathways nest about 10 levels; the checks cope with well over 1,000.
 */
export const maxNestingDepth = 500;

/**
 * Whether objects and arrays in `value` are nested more than `limit` levels deep (`{}` is 1,
 * `{"a": []}` is 2, a string or number is 0). Iterative, and stops at the first path that is too
 * deep; otherwise visits each value once.
 */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: unknown[] = [value];
  const depths: number[] = [1];
  while (pending.length > 0) {
    const current = pending.pop();
    const depth = depths.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return true;
    const children: unknown[] = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (child !== null && typeof child === 'object') {
        pending.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
