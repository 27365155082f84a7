/**
 * `pathway validate <files…>` and `pathway lint <files…>`: check pathway files in a
 * council's own CI. Exit codes: 0 ok, 1 problems found, 2 a file could not be read or the
 * command was wrong. Whatever happens, one plain line per thing, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { validatePathway } from '@pathway/schema';
import { checkPathway } from '@pathway/core';
import packageJson from '../package.json' with { type: 'json' };
import { firstLine, readJsonFile } from './read-json-file.js';
import { humanLines, jsonReport, summaryLine, type FileResult } from './report.js';

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

Exit codes: 0 no problems, 1 problems found, 2 a file could not be read or the command was wrong.
`;

const commands = new Set(['validate', 'lint']);

export async function main(
  argv: readonly string[],
  io: CliIO = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() },
): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.stderr.write(`pathway: unexpected failure: ${firstLine(error)}\n`);
    return exitCodes.unusable;
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const usageError = (message: string) => {
    io.stderr.write(`pathway: ${message}\nRun "pathway --help" for usage.\n`);
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
    io.stdout.write(usage);
    return exitCodes.ok;
  }
  if (values.version) {
    io.stdout.write(`${packageJson.version}\n`);
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
    io.stdout.write(`${jsonReport(results)}\n`);
  } else {
    for (const result of results) {
      const lines = humanLines(result).map((line) => `${line}\n`).join('');
      (result.reason ? io.stderr : io.stdout).write(lines);
    }
    io.stdout.write(`${summaryLine(results)}\n`);
  }

  if (results.some((r) => r.reason)) return exitCodes.unusable;
  return results.every((r) => r.ok) ? exitCodes.ok : exitCodes.problems;
}

async function checkFile(file: string, cwd: string, strict: boolean): Promise<FileResult> {
  const read = await readJsonFile(file, cwd);
  if (!read.ok) return { file, ok: false, problems: [], reason: read.reason };
  const { problems } = checkPathway(read.doc, { validate: validatePathway });
  const failing = problems.some((p) => p.severity === 'error' || (strict && p.severity === 'warning'));
  return { file, ok: !failing, problems };
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
