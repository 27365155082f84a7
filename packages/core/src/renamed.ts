/**
 * One reading of a rename, shared by the change list (publish/diff.ts) and the widget (the stage
 * a saved case was at): a thing whose id is gone was renamed to the one new thing with its
 * title, when it is the only thing of that title gone. Undefined when there is no such thing,
 * or more than one either side (then nothing can tell them apart by title).
 */
export function renamedByTitle<T>(title: string | undefined, gone: readonly T[], fresh: readonly T[], titleOf: (item: T) => string | undefined): T | undefined {
  if (title === undefined) return undefined;
  const same = (item: T) => titleOf(item) === title;
  const candidates = fresh.filter(same);
  return candidates.length === 1 && gone.filter(same).length === 1 ? candidates[0] : undefined;
}
