/**
 * `pathway validate <files…>` and `pathway lint <files…>`: check pathway files in a
 * council's own CI. Exit codes: 0 ok, 1 problems found, 2 a file could not be read or checked,
 * or the command was wrong. Whatever happens, one plain line per thing, never a stack trace,
 * and nothing from a file reaches the terminal unescaped.
 */
import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { checkFile } from './check-file.js';
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

Options:
  --json              Print a JSON array: one entry per file with its problems.
  --strict            (lint) Fail on warnings as well as errors.
  -h, --help          Show this help.
  -v, --version       Show the version.

Exit codes: 0 no problems, 1 problems found, 2 a file could not be read or checked,
or the command was wrong.
`;

const commands = new Set(['validate', 'lint']);

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
  if (!command) return usageError('name a command: validate or lint');
  if (!commands.has(command)) return usageError(`unknown command "${command}": use validate or lint`);
  if (values.strict && command !== 'lint') return usageError('--strict only goes with lint');
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

/** node:util's messages are long and mention internals; say what was wrong in a line. */
function optionErrorMessage(error: unknown): string {
  const message = firstLine(error);
  const option = /'(-{1,2}[^']*)'/.exec(message)?.[1];
  const code = (error as { code?: string })?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option "${option}"`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `option "${option}" does not take a value`;
  return message;
}
