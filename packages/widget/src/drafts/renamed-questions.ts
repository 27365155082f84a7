/**
 * Questions whose short name (id) changed while what they ask did not: the designer renames an
 * id in one field, and to a school it is the same question. A question the pathway no longer
 * has is the one new question with the same type and wording; one that could be either of two
 * (or matches two) is not guessed at.
 */
type Fingerprints = Readonly<Record<string, { type: string; text: string }>>;

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
  return renamed;
}
