/**
 * Optional parts the author has just added and not yet left ("Add a length of time", "Add where
 * to send them instead"): their problems wait until focus leaves the part, as GOV.UK forms check a
 * field on leaving it, not before anything was typed. The Problems panel still lists them.
 * Kept per editor (by its modeling), so the outer form that adds a part and the nested form that
 * edits it agree.
 */
const quiet = new WeakMap<object, Set<string>>();

function partsOf(modeling: object): Set<string> {
  let parts = quiet.get(modeling);
  if (parts === undefined) quiet.set(modeling, (parts = new Set()));
  return parts;
}

export function quietPart(modeling: object, pointer: string): void {
  partsOf(modeling).add(pointer);
}

/** Ends the wait for a part; true when it was waiting (so the forms showing it should redraw). */
export function endQuiet(modeling: object, pointer: string): boolean {
  return partsOf(modeling).delete(pointer);
}

/** Whether problems at `pointer` wait: it is, or lies inside, a part just added. */
export function isQuiet(modeling: object | undefined, pointer: string): boolean {
  if (modeling === undefined) return false;
  for (const part of quiet.get(modeling) ?? []) if (pointer === part || pointer.startsWith(`${part}/`)) return true;
  return false;
}
