/**
 * Records keyed by authored ids. They have no prototype, so an id such as "__proto__" or
 * "constructor" is just a key, never a way to reach Object.prototype.
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free copy of `source`'s own entries. */
export function copyRecord<T>(source: Record<string, T> | undefined): Record<string, T> {
  const copy = emptyRecord<T>();
  if (source) for (const [key, value] of Object.entries(source)) copy[key] = value;
  return copy;
}
