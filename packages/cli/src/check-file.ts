/**
 * Checks one file the CLI was given: read it, refuse it if it nests too deeply, then validate and
 * lint it. Whatever goes wrong with one file becomes that file's one-line reason, so the other
 * files are still checked and reported.
 */
import { validatePathway } from '@pathway/schema';
import { checkPathway } from '@pathway/core';
import { maxNestingDepth, nestedDeeperThan } from './nesting.js';
import { firstLine, readJsonFile } from './read-json-file.js';
import type { FileResult } from './report.js';

const unaffected = 'no other file is affected';

export const tooDeepReason = `nested more than ${maxNestingDepth} levels deep (objects and lists inside each other); ${unaffected}`;
export const outOfStackReason = `nested too deeply for the checks, which ran out of stack; ${unaffected}`;

export async function checkFile(file: string, cwd: string, strict: boolean): Promise<FileResult> {
  const read = await readJsonFile(file, cwd);
  if (!read.ok) return { file, ok: false, problems: [], reason: read.reason, failed: 'read' };
  return checkDocument(file, read.doc, strict);
}

/**
 * Validates and lints a parsed document. `maxDepth` is for tests of the second line of defence:
 * should a check still recurse too deeply, the stack overflow is caught here, for this file only.
 */
export function checkDocument(file: string, doc: unknown, strict: boolean, maxDepth = maxNestingDepth): FileResult {
  const cannotCheck = (reason: string): FileResult => ({ file, ok: false, problems: [], reason, failed: 'check' });
  try {
    if (nestedDeeperThan(doc, maxDepth)) return cannotCheck(tooDeepReason);
    const { problems } = checkPathway(doc, { validate: validatePathway });
    const failing = problems.some((p) => p.severity === 'error' || (strict && p.severity === 'warning'));
    return { file, ok: !failing, problems };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return cannotCheck(outOfStackReason);
    return cannotCheck(`the checks failed unexpectedly: ${firstLine(error)}; ${unaffected}`);
  }
}
