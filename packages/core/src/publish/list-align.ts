/**
 * Two versions of a list lined up item by item, so that one paragraph changed, added or removed
 * is reported as that, and not as every item after it "changed" because it shifted by one.
 *
 * Items the same in both are matched in order (longest common subsequence); between them, a
 * removed and an added item are the same item changed when `pairable` says so, or when they are
 * the only ones left in their gap; an item the same in both but out of order is moved.
 */

export type ListStep =
  | { op: 'same'; from: number; to: number }
  | { op: 'changed'; from: number; to: number }
  | { op: 'moved'; from: number; to: number }
  | { op: 'removed'; from: number }
  | { op: 'added'; to: number };

/** Past this many cells the lists are lined up by position: a diff must stay quick on any file. */
const MAX_CELLS = 250_000;

/**
 * Lines up `before` and `after` (compared by `keyOf`). `pairable(a, b)` says whether a removed
 * and an added item between the same unchanged ones are one item changed.
 */
export function alignLists<T>(before: readonly T[], after: readonly T[], keyOf: (item: T) => string, pairable: (a: T, b: T) => boolean): ListStep[] {
  const a = before.map(keyOf);
  const b = after.map(keyOf);
  if (a.length * b.length > MAX_CELLS) return byPosition(a, b);
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
  }
  const steps: ListStep[] = [];
  let gapRemoved: number[] = [];
  let gapAdded: number[] = [];
  const closeGap = () => {
    steps.push(...pairGap(gapRemoved, gapAdded, (i, j) => pairable(before[i], after[j])));
    gapRemoved = [];
    gapAdded = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      closeGap();
      steps.push({ op: 'same', from: i++, to: j++ });
    } else if (j >= b.length || (i < a.length && lengths[i + 1][j] >= lengths[i][j + 1])) gapRemoved.push(i++);
    else gapAdded.push(j++);
  }
  closeGap();
  return markMoves(steps, a, b);
}

/**
 * A gap's removed and added items: each removed item paired with the first free added one
 * `pairable` accepts; where as many are left either side, they are paired in order (an item
 * rewritten in its place); the rest are removed or added.
 */
function pairGap(removed: readonly number[], added: readonly number[], pairable: (i: number, j: number) => boolean): ListStep[] {
  const pairs = new Map<number, number>();
  const free = new Set(added);
  for (const i of removed) {
    const j = added.find((candidate) => free.has(candidate) && pairable(i, candidate));
    if (j !== undefined) pairs.set(i, j), free.delete(j);
  }
  const leftRemoved = removed.filter((i) => !pairs.has(i));
  const leftAdded = added.filter((j) => free.has(j));
  if (leftRemoved.length === leftAdded.length) leftRemoved.forEach((i, k) => pairs.set(i, leftAdded[k]));
  const steps: ListStep[] = removed.map((i): ListStep => (pairs.has(i) ? { op: 'changed', from: i, to: pairs.get(i)! } : { op: 'removed', from: i }));
  const paired = new Set(pairs.values());
  for (const j of added) if (!paired.has(j)) steps.push({ op: 'added', to: j });
  return steps;
}

/** A removed item the same as an added one is one item moved (reported where it was removed). */
function markMoves(steps: readonly ListStep[], a: readonly string[], b: readonly string[]): ListStep[] {
  const added = new Map<string, number[]>();
  for (const step of steps) if (step.op === 'added') added.set(b[step.to], [...(added.get(b[step.to]) ?? []), step.to]);
  const movedTo = new Map<number, number>();
  for (const step of steps) {
    if (step.op !== 'removed') continue;
    const to = added.get(a[step.from])?.shift();
    if (to !== undefined) movedTo.set(step.from, to);
  }
  const arrived = new Set(movedTo.values());
  return steps.flatMap((step): ListStep[] => {
    if (step.op === 'removed' && movedTo.has(step.from)) return [{ op: 'moved', from: step.from, to: movedTo.get(step.from)! }];
    if (step.op === 'added' && arrived.has(step.to)) return [];
    return [step];
  });
}

function byPosition(a: readonly string[], b: readonly string[]): ListStep[] {
  const steps: ListStep[] = [];
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    if (k >= b.length) steps.push({ op: 'removed', from: k });
    else if (k >= a.length) steps.push({ op: 'added', to: k });
    else steps.push({ op: a[k] === b[k] ? 'same' : 'changed', from: k, to: k });
  }
  return steps;
}
