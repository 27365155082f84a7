/**
 * What the council published since a school saved its answers: the pathway's changelog entries
 * newer than the draft's version, in the words the designer wrote into the file when it was
 * published (newest first). A draft whose version is not in the changelog predates it all, so
 * every entry is news to it.
 */
import type { ChangelogEntry } from '@pathway/schema';

export function publishedSince(changelog: readonly ChangelogEntry[] | undefined, draftVersion: string): ChangelogEntry[] {
  if (!Array.isArray(changelog)) return [];
  const seen = changelog.findIndex((entry) => entry.version === draftVersion);
  return seen === -1 ? [...changelog] : changelog.slice(0, seen);
}
