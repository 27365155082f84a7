/** Escapes one JSON pointer segment ("a/b" → "a~1b"). */
export function toPointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
