/**
 * `pathway diff old.json new.json`: what changed between two versions of a pathway, in the
 * plain English the designer writes into the changelog when it publishes (core's
 * `diffPathways`, computed on the outline, so a moved or renamed item is reported as that),
 * after the version label's change, if it changed.
 *
 * Both files must be readable pathways that follow the format (lint findings do not matter
 * here); otherwise each file's one-line reason is given and nothing is compared.
 */
import { validatePathway } from '@pathway/schema';
import { diffPathways, versionLabelChange } from '@pathway/core';
import type { PathwayChange } from '@pathway/core';
import { tooDeepReason } from './check-file.js';
import { maxNestingDepth, nestedDeeperThan } from './nesting.js';
import { readJsonFile } from './read-json-file.js';

export type DiffResult = { ok: true; changes: PathwayChange[] } | { ok: false; reasons: string[] };

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A file's pathway, or the one line saying why it cannot be compared. */
async function readPathway(file: string, cwd: string): Promise<{ doc: unknown } | { reason: string }> {
  const read = await readJsonFile(file, cwd);
  if (!read.ok) return { reason: `${file}: cannot read: ${read.reason}` };
  if (nestedDeeperThan(read.doc, maxNestingDepth)) return { reason: `${file}: cannot check: ${tooDeepReason}` };
  if (!validatePathway(read.doc)) {
    const errors = validatePathway.errors?.length ?? 1;
    return { reason: `${file}: cannot compare: it does not follow the pathway format (${count(errors, 'error')}); "pathway validate ${file}" names them` };
  }
  return { doc: read.doc };
}

export async function diffFiles(oldFile: string, newFile: string, cwd: string): Promise<DiffResult> {
  const [before, after] = [await readPathway(oldFile, cwd), await readPathway(newFile, cwd)];
  const reasons = [before, after].flatMap((result) => ('reason' in result ? [result.reason] : []));
  if (reasons.length > 0 || !('doc' in before) || !('doc' in after)) return { ok: false, reasons };
  // The version label first: it says which two editions the rest is between.
  const version = versionLabelChange(before.doc, after.doc);
  return { ok: true, changes: [...(version ? [version] : []), ...diffPathways(before.doc, after.doc)] };
}

/** The change list, a line each, then `3 changes from old.json to new.json.` */
export function diffLines(changes: readonly PathwayChange[], oldFile: string, newFile: string): string[] {
  if (changes.length === 0) return [`No changes from ${oldFile} to ${newFile}.`];
  return [...changes.map((change) => change.text), `${count(changes.length, 'change')} from ${oldFile} to ${newFile}.`];
}

/** The change list as data: `{ "old", "new", "changes": [{ kind, subject, pointer, text }] }`. */
export function diffJson(changes: readonly PathwayChange[], oldFile: string, newFile: string): string {
  return JSON.stringify(
    { old: oldFile, new: newFile, changes: changes.map(({ kind, subject, pointer, text }) => ({ kind, subject, pointer, text })) },
    null,
    2,
  );
}
