#!/usr/bin/env node
/**
 * Finds the Chromium that tests and benchmarks use, the same way everywhere: `npm test` runs this
 * file first (before building anything), and `test/chromium.ts` calls `findChromium()` from it, so
 * vitest, the end-to-end tests and the benchmarks all launch the browser this chose.
 *
 * Order: `PATHWAY_CHROMIUM`, then `CHROME_PATH`, then the usual places, then `chromium`,
 * `chromium-browser`, `google-chrome-stable` and `google-chrome` on the PATH. A variable that is
 * set but names no executable is an error, not skipped: the user asked for that browser.
 *
 * Run as a script: prints the path and exits 0; or, with no Chromium, installs Debian's `chromium`
 * when running as root on Debian/Ubuntu with apt-get; or else exits 1 at once with the one command
 * that fixes it. No dependencies: plain Node, so it can run before `npm ci` has finished anything.
 */
import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The environment variables looked at, in order. */
export const CHROMIUM_ENV_VARS = ['PATHWAY_CHROMIUM', 'CHROME_PATH'];

/** The usual places, in order, after the environment variables. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/usr/local/bin/chromium',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Names looked for on the PATH after the usual places. */
export const CHROMIUM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The one command that installs a Chromium on Debian. */
export const INSTALL_COMMAND = 'sudo apt-get install -y chromium';

/** True when `path` is a file this process may execute. */
export function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the Chromium is, without side effects.
 * @returns `{ path, source }` when found; `{ path: null, problem }` when an environment variable
 *   names something unusable; `{ path: null }` when there is simply none.
 */
export function findChromium({
  env = process.env,
  candidates = CHROMIUM_CANDIDATES,
  commands = CHROMIUM_COMMANDS,
  isExecutable = isExecutableFile,
  exists = existsSync,
} = {}) {
  for (const name of CHROMIUM_ENV_VARS) {
    const value = env[name];
    if (!value) continue;
    if (isExecutable(value)) return { path: value, source: name };
    const what = exists(value) ? 'is not an executable file' : 'does not exist';
    return {
      path: null,
      problem: `${name} is set to ${value}, but that ${what}. Point it at a Chromium or Chrome executable, or unset it.`,
    };
  }
  for (const path of candidates) {
    if (isExecutable(path)) return { path, source: 'usual place' };
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const command of commands) {
    for (const dir of dirs) {
      const path = join(dir, command);
      if (isExecutable(path)) return { path, source: 'PATH' };
    }
  }
  return { path: null };
}

/** Facts about this machine that decide whether the test command may install Chromium itself. */
export function machineFacts({ exists = existsSync, isExecutable = isExecutableFile, env = process.env } = {}) {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return {
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    isDebian: process.platform === 'linux' && exists('/etc/debian_version'),
    hasAptGet: [...dirs, '/usr/bin'].some((dir) => isExecutable(join(dir, 'apt-get'))),
  };
}

/** The plain message for "no Chromium here", giving the one command that fixes it. */
export function missingChromiumMessage({ isDebian = true } = {}) {
  const fix = isDebian
    ? `Install it with:\n\n    ${INSTALL_COMMAND}\n\nor point the tests at a Chromium or Chrome you already have:`
    : 'Point the tests at a Chromium or Chrome you have:';
  return `No Chromium found (looked at PATHWAY_CHROMIUM, CHROME_PATH, /usr/bin/chromium and the other usual places). ${fix}\n\n    PATHWAY_CHROMIUM=/path/to/chrome npm test`;
}

/**
 * What the test command should do: use a found Chromium, install one, or stop with a message.
 * @returns `{ action: 'use', path }`, `{ action: 'install' }` or `{ action: 'stop', message }`.
 */
export function decideChromium(options = {}) {
  const found = findChromium(options);
  if (found.path) return { action: 'use', path: found.path, source: found.source };
  if (found.problem) return { action: 'stop', message: found.problem };
  const facts = { ...machineFacts(options), ...options.facts };
  if (facts.isRoot && facts.isDebian && facts.hasAptGet) return { action: 'install' };
  return { action: 'stop', message: missingChromiumMessage(facts) };
}

function runCommand(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: process.env.DEBIAN_FRONTEND ?? 'noninteractive' },
  });
  return result.status ?? 1;
}

/**
 * The script's behaviour, with its effects injectable for tests.
 * @returns the exit code: 0 with a Chromium in place, 1 without.
 */
export function ensureChromium({ run = runCommand, log = console.log, error = console.error, ...options } = {}) {
  const decision = decideChromium(options);
  if (decision.action === 'use') {
    log(`Chromium: ${decision.path}${decision.source === 'usual place' ? '' : ` (from ${decision.source})`}`);
    return 0;
  }
  if (decision.action === 'stop') {
    error(decision.message);
    return 1;
  }
  log('No Chromium found. Running as root on Debian, so installing Debian\'s chromium package:');
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    log(`+ apt-get ${args.join(' ')}`);
    const status = run('apt-get', args);
    if (status !== 0) {
      error(`apt-get ${args.join(' ')} failed (exit ${status}), so there is still no Chromium. Install one, or set PATHWAY_CHROMIUM=/path/to/chrome, and run npm test again.`);
      return 1;
    }
  }
  const after = findChromium(options);
  if (!after.path) {
    error(`apt-get installed chromium, but no Chromium is found in the usual places. Set PATHWAY_CHROMIUM=/path/to/chrome and run npm test again.`);
    return 1;
  }
  log(`Chromium: ${after.path}`);
  return 0;
}

function isMain() {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  process.exitCode = ensureChromium();
}
