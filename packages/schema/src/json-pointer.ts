/**
 * JSON pointers (RFC 6901), written once for every package: a place in a pathway is named
 * "/stages/2/questions/0", and a key holding "~" or "/" is escaped ("a/b" → "a~1b").
 */

/** One key as a pointer segment ("a/b" → "a~1b"). Keys with nothing to escape (nearly all) are returned as they are. */
export function escapePointerSegment(key: string | number): string {
  const text = String(key);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

/** One pointer segment as the key it names ("a~1b" → "a/b"). */
export function unescapePointerSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

/** A pointer's keys, unescaped ("/a~1b/0" → ["a/b", "0"]); a pointer without its leading slash is read all the same. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return (pointer.startsWith('/') ? pointer.slice(1) : pointer).split('/').map(unescapePointerSegment);
}

/** The pointer to a path of keys (["a/b", 0] → "/a~1b/0"). */
export function pointerFrom(keys: readonly (string | number)[]): string {
  let pointer = '';
  for (const key of keys) pointer += `/${escapePointerSegment(key)}`;
  return pointer;
}

/** The pointer to `key` inside the value at `pointer`. */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${escapePointerSegment(key)}`;
}
