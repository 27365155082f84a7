/**
 * `pathway validate <files…>` and `pathway lint <files…>`: check pathway files in a
 * council's own CI. Exit codes: 0 ok, 1 problems found, 2 a file could not be read or checked,
 * or the command was wrong. Whatever happens, one plain line per thing, never a stack trace,
 * and nothing from a file reaches the terminal unescaped.
 *
 * `pathway diff old.json new.json` prints what changed (exit 0 none, 1 changes found, 2 a file
 * could not be read or compared); `pathway render --html out/ <files…>` writes each pathway's
 * public page and stage map (exit 0 all written, 1 a pathway has errors, 2 a file could not be
 * read, checked or written).
 */
import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { checkFile } from './check-file.js';
import { diffFiles, diffJson, diffLines } from './diff.js';
import { renderFiles, renderSummary } from './render.js';
import { firstLine } from './read-json-file.js';
import { humanLines, jsonReport, summaryLine, type FileResult } from './report.js';
import { escapeJsonForTerminal, terminalLines } from './terminal-safe.js';

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Relative file names are read from here. */
  cwd: string;
}

export const exitCodes = { ok: 0, problems: 1, unusable: 2 } as const;

export const usage = `Usage: pathway <command> [options] <files…>

Commands:
  validate <files…>   Check pathway files against the format and for lint errors.
                      Warnings are shown but do not fail.
  lint <files…>       Show every lint finding. Errors fail; with --strict, warnings fail too.
  diff <old> <new>    Show what changed between two versions of a pathway, in plain English.
  render --html <folder> <files…>
                      Write each pathway's public page (<id>.html) and stage map (<id>.svg)
                      into the folder. A pathway with errors is not rendered.

Options:
  --json              (validate, lint) Print a JSON array: one entry per file with its problems.
                      (diff) Print the changes as JSON.
  --strict            (lint) Fail on warnings as well as errors.
  --html <folder>     (render) Where to write the pages and maps; made if missing.
  -h, --help          Show this help.
  -v, --version       Show the version.

Exit codes: 0 no problems (diff: no changes), 1 problems found (diff: changes found;
render: a pathway has errors), 2 a file could not be read, checked or written,
or the command was wrong.
`;

const commands = new Set(['validate', 'lint', 'diff', 'render']);

/**
 * The one place the CLI writes output. Messages quote authored titles and file names, which can
 * hold terminal control sequences: every line is escaped for the terminal, and so is the JSON.
 */
function output(io: CliIO) {
  return {
    lines(stream: 'stdout' | 'stderr', lines: readonly string[]): void {
      if (lines.length > 0) io[stream].write(terminalLines(lines));
    },
    json(json: string): void {
      io.stdout.write(`${escapeJsonForTerminal(json)}\n`);
    },
  };
}

/** `"a\nb\n"` → `["a", "b"]`: text of our own, split so each line is escaped separately. */
const linesOf = (text: string) => text.replace(/\n$/, '').split('\n');

export async function main(
  argv: readonly string[],
  io: CliIO = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() },
): Promise<number> {
  const out = output(io);
  try {
    return await run(argv, io, out);
  } catch (error) {
    out.lines('stderr', [`pathway: unexpected failure: ${firstLine(error)}`]);
    return exitCodes.unusable;
  }
}

async function run(argv: readonly string[], io: CliIO, out: ReturnType<typeof output>): Promise<number> {
  const usageError = (message: string) => {
    out.lines('stderr', [`pathway: ${message}`, 'Run "pathway --help" for usage.']);
    return exitCodes.unusable;
  };

  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        html: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usageError(optionErrorMessage(error));
  }
  const { values, positionals } = parsed;

  if (values.help) {
    out.lines('stdout', linesOf(usage));
    return exitCodes.ok;
  }
  if (values.version) {
    out.lines('stdout', [packageJson.version]);
    return exitCodes.ok;
  }

  const [command, ...files] = positionals;
  if (!command) return usageError('name a command: validate, lint, diff or render');
  if (!commands.has(command)) return usageError(`unknown command "${command}": use validate, lint, diff or render`);
  if (values.strict && command !== 'lint') return usageError('--strict only goes with lint');
  if (values.html !== undefined && command !== 'render') return usageError('--html only goes with render');
  if (command === 'diff') return diffCommand(files, values.json === true, io, out);
  if (command === 'render') {
    if (values.json) return usageError('--json does not go with render');
    return renderCommand(files, values.html, io, out);
  }
  if (files.length === 0) return usageError(`name at least one file to ${command}`);

  const results: FileResult[] = [];
  for (const file of files) results.push(await checkFile(file, io.cwd, command === 'lint' && values.strict === true));

  if (values.json) {
    out.json(jsonReport(results));
  } else {
    for (const result of results) out.lines(result.reason ? 'stderr' : 'stdout', humanLines(result));
    out.lines('stdout', [summaryLine(results)]);
  }

  if (results.some((r) => r.reason)) return exitCodes.unusable;
  return results.every((r) => r.ok) ? exitCodes.ok : exitCodes.problems;
}

async function diffCommand(files: readonly string[], json: boolean, io: CliIO, out: ReturnType<typeof output>): Promise<number> {
  if (files.length !== 2) {
    out.lines('stderr', ['pathway: diff compares two files: pathway diff <old> <new>', 'Run "pathway --help" for usage.']);
    return exitCodes.unusable;
  }
  const [oldFile, newFile] = files as [string, string];
  const result = await diffFiles(oldFile, newFile, io.cwd);
  if (!result.ok) {
    out.lines('stderr', result.reasons);
    return exitCodes.unusable;
  }
  if (json) out.json(diffJson(result.changes, oldFile, newFile));
  else out.lines('stdout', diffLines(result.changes, oldFile, newFile));
  return result.changes.length === 0 ? exitCodes.ok : exitCodes.problems;
}

async function renderCommand(files: readonly string[], outDir: string | undefined, io: CliIO, out: ReturnType<typeof output>): Promise<number> {
  const usageError = (message: string) => {
    out.lines('stderr', [`pathway: ${message}`, 'Run "pathway --help" for usage.']);
    return exitCodes.unusable;
  };
  if (outDir === undefined || outDir.trim() === '') return usageError('render needs a folder to write into: pathway render --html <folder> <files…>');
  if (files.length === 0) return usageError('name at least one file to render');
  const results = await renderFiles(files, outDir, io.cwd);
  for (const result of results) out.lines(result.outcome === 'rendered' ? 'stdout' : result.outcome === 'errors' ? 'stdout' : 'stderr', result.lines);
  out.lines('stdout', [renderSummary(results)]);
  if (results.some((r) => r.outcome === 'unusable')) return exitCodes.unusable;
  return results.some((r) => r.outcome === 'errors') ? exitCodes.problems : exitCodes.ok;
}

/** node:util's messages are long and mention internals; say what was wrong in a line. */
function optionErrorMessage(error: unknown): string {
  const message = firstLine(error);
  const option = /'(-{1,2}[^']*)'/.exec(message)?.[1];
  const code = (error as { code?: string })?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option "${option}"`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `option "${option}" does not take a value`;
  return message;
}
