/**
 * Questions whose short name (id) changed while what they ask did not: the designer renames an
 * id in one field, and to a school it is the same question. A question the pathway no longer
 * has is the one new question with the same type and wording; one that could be either of two
 * (or matches two) is not guessed at; failing that, the new question standing in its place.
 */
type Fingerprints = Readonly<Record<string, { type: string; text: string }>>;

/** More than half the words of the longer wording are in the other: a rewording, not another question. */
function sameWordsMostly(a: string, b: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const left = words(a);
  const right = new Set(words(b));
  const shared = left.filter((word) => right.has(word)).length;
  return shared / Math.max(left.length, right.size, 1) > 0.5;
}

/** Old id → new id, for each question that only changed its id between `before` and `now`. */
export function renamedQuestions(before: Fingerprints, now: Fingerprints): Map<string, string> {
  const key = (question: { type: string; text: string }) => `${question.type}\u0000${question.text}`;
  const unique = (from: Fingerprints, others: Fingerprints) => {
    const byKey = new Map<string, string | null>();
    for (const [id, question] of Object.entries(from)) {
      if (Object.hasOwn(others, id)) continue;
      const k = key(question);
      byKey.set(k, byKey.has(k) ? null : id);
    }
    return byKey;
  };
  const gone = unique(before, now);
  const fresh = unique(now, before);
  const renamed = new Map<string, string>();
  for (const [k, from] of gone) {
    const to = fresh.get(k);
    if (from !== null && to !== undefined && to !== null) renamed.set(from, to);
  }
  // Else by place, as the changelog reads a rename: with as many questions as before, a question
  // gone whose place now holds a new question of its type, worded mostly alike (the designer's
  // short name following a rewording). The caller treats its answer as any reworded question's.
  const was = Object.keys(before);
  const is = Object.keys(now);
  if (was.length === is.length) {
    const taken = new Set(renamed.values());
    was.forEach((from, i) => {
      const to = is[i]!;
      if (renamed.has(from) || Object.hasOwn(now, from) || Object.hasOwn(before, to) || taken.has(to)) return;
      if (before[from]!.type === now[to]!.type && sameWordsMostly(before[from]!.text, now[to]!.text)) renamed.set(from, to);
    });
  }
  return renamed;
}
