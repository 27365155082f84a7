/** How the CLI shows results: a line per problem for people, a JSON array for machines. */
import type { Problem } from '@pathway/schema';

/** What happened to one file. `reason` is set when the file could not be read or checked. */
export interface FileResult {
  file: string;
  ok: boolean;
  problems: Problem[];
  /** Why the file could not be read or checked, in one line. */
  reason?: string;
  /** With `reason`: whether reading the file failed (missing, not JSON…) or checking it (nested too deeply…). */
  failed?: 'read' | 'check';
}

/** `pathways/x.json: error: Stage "Tier 2" › band "…": the lower bound (92) is above the upper bound (80)`. */
export function humanLines(result: FileResult): string[] {
  if (result.reason) return [`${result.file}: cannot ${result.failed ?? 'read'}: ${result.reason}`];
  if (result.problems.length === 0) return [`${result.file}: ok`];
  return result.problems.map((p) => `${result.file}: ${p.severity}: ${p.message}`);
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * `Checked 3 files: 2 errors, 1 warning.`, then `1 file could not be read.` and
 * `1 file could not be checked.` if any could not.
 */
export function summaryLine(results: readonly FileResult[]): string {
  const problems = results.flatMap((r) => r.problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const unreadable = results.filter((r) => r.reason && r.failed !== 'check').length;
  const uncheckable = results.filter((r) => r.reason && r.failed === 'check').length;
  const readable = results.length - unreadable - uncheckable;
  const found = errors + warnings === 0 ? 'no problems' : [errors ? count(errors, 'error') : '', warnings ? count(warnings, 'warning') : ''].filter(Boolean).join(', ');
  const sentences = [];
  if (readable > 0) sentences.push(`Checked ${count(readable, 'file')}: ${found}.`);
  if (unreadable > 0) sentences.push(`${count(unreadable, 'file')} could not be read.`);
  if (uncheckable > 0) sentences.push(`${count(uncheckable, 'file')} could not be checked.`);
  return sentences.join(' ');
}

/**
 * The machine-readable report: one entry per file, in the order given, with `error` for a file
 * that could not be read or checked. Escape it with `escapeJsonForTerminal` before printing.
 */
export function jsonReport(results: readonly FileResult[]): string {
  return JSON.stringify(
    results.map(({ file, ok, problems, reason }) => (reason ? { file, ok, error: reason, problems } : { file, ok, problems })),
    null,
    2,
  );
}
