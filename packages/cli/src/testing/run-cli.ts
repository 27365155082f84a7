/**
 * Running the CLI in tests, in two ways: in process through `main` with captured output (fast,
 * exact), and as the real command in a child process (exit codes and what a terminal gets).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../main.js';

export const cliBin = fileURLToPath(new URL('../../bin/pathway.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `pathway …argv` in process, with relative files read from `cwd`. */
export async function runCli(cwd: string, argv: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, cwd };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** `pathway …argv` as the real command, in `cwd`; the time limit only catches a hang. */
export function spawnCli(cwd: string, argv: readonly string[]): CliRun {
  const result = spawnSync(process.execPath, [cliBin, ...argv], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
