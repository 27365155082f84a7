/**
 * The Chromium finder that `npm test` runs first and test/chromium.ts uses. Every case injects
 * the environment, the candidate list and the file checks, so none depends on what this machine
 * has installed or on who runs it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  INSTALL_COMMAND,
  decideChromium,
  ensureChromium,
  findChromium,
  missingChromiumMessage,
} from '../scripts/find-chromium.mjs';
import { CHROMIUM_PATH } from './chromium.js';

const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
const fakeChrome = join(dir, 'chrome');
writeFileSync(fakeChrome, '#!/bin/sh\n');
chmodSync(fakeChrome, 0o755);
const notExecutable = join(dir, 'readme.txt');
writeFileSync(notExecutable, 'not a browser');
chmodSync(notExecutable, 0o644);
const missing = join(dir, 'no-such-chrome');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A machine with no Chromium anywhere: no usual places, nothing on the PATH. */
const nothing = { candidates: [], commands: [], isExecutable: () => false, exists: () => false };
const notRoot = { isRoot: false, isDebian: true, hasAptGet: true };
const rootOnDebian = { isRoot: true, isDebian: true, hasAptGet: true };

describe('findChromium', () => {
  it('chooses PATHWAY_CHROMIUM when it names an existing executable file', () => {
    expect(findChromium({ env: { PATHWAY_CHROMIUM: fakeChrome, CHROME_PATH: '/elsewhere' }, candidates: ['/usr/bin/chromium'] })).toEqual({
      path: fakeChrome,
      source: 'PATHWAY_CHROMIUM',
    });
  });

  it('chooses CHROME_PATH when PATHWAY_CHROMIUM is unset, before the usual places', () => {
    expect(findChromium({ env: { CHROME_PATH: fakeChrome }, candidates: ['/usr/bin/chromium'], isExecutable: (p) => p === fakeChrome || p === '/usr/bin/chromium' }))
      .toEqual({ path: fakeChrome, source: 'CHROME_PATH' });
  });

  it('says so when PATHWAY_CHROMIUM names a missing file, rather than quietly using another browser', () => {
    const found = findChromium({ env: { PATHWAY_CHROMIUM: missing }, candidates: [fakeChrome] });
    expect(found.path).toBeNull();
    expect(found.problem).toBe(`PATHWAY_CHROMIUM is set to ${missing}, but that does not exist. Point it at a Chromium or Chrome executable, or unset it.`);
  });

  it('says so when PATHWAY_CHROMIUM names a file that cannot be run', () => {
    const found = findChromium({ env: { PATHWAY_CHROMIUM: notExecutable }, isExecutable: () => false });
    expect(found.problem).toContain(`PATHWAY_CHROMIUM is set to ${notExecutable}, but that is not an executable file.`);
  });

  it('takes the first usual place that exists, then the PATH', () => {
    const have = new Set(['/usr/bin/google-chrome', '/opt/bin/chromium']);
    const isExecutable = (p: string) => have.has(p);
    expect(findChromium({ env: {}, candidates: ['/usr/bin/chromium', '/usr/bin/google-chrome'], isExecutable })).toEqual({
      path: '/usr/bin/google-chrome',
      source: 'usual place',
    });
    expect(findChromium({ env: { PATH: '/nope:/opt/bin' }, candidates: ['/usr/bin/chromium'], commands: ['chromium'], isExecutable })).toEqual({
      path: '/opt/bin/chromium',
      source: 'PATH',
    });
  });

  it('finds nothing when there is nothing', () => {
    expect(findChromium({ env: {}, ...nothing })).toEqual({ path: null });
  });
});

describe('what npm test does with no Chromium', () => {
  it('not root: stops with the plain one-command message', () => {
    const decision = decideChromium({ env: {}, ...nothing, facts: notRoot });
    expect(decision).toEqual({ action: 'stop', message: missingChromiumMessage(notRoot) });
    if (decision.action !== 'stop') throw new Error('unreachable');
    expect(decision.message).toContain('No Chromium found');
    expect(decision.message).toContain(`\n    ${INSTALL_COMMAND}\n`);
    expect(decision.message).toContain('PATHWAY_CHROMIUM=/path/to/chrome npm test');
  });

  it('not on Debian: points at PATHWAY_CHROMIUM only, with no apt command', () => {
    const decision = decideChromium({ env: {}, ...nothing, facts: { isRoot: true, isDebian: false, hasAptGet: false } });
    if (decision.action !== 'stop') throw new Error(`expected stop, got ${decision.action}`);
    expect(decision.message).not.toContain('apt-get');
    expect(decision.message).toContain('PATHWAY_CHROMIUM=/path/to/chrome npm test');
  });

  it('root on Debian with apt-get: installs chromium, saying what it does, then uses it', () => {
    const installed = new Set<string>();
    const calls: string[] = [];
    const lines: string[] = [];
    const code = ensureChromium({
      env: {},
      candidates: ['/usr/bin/chromium'],
      commands: [],
      isExecutable: (p) => installed.has(p),
      facts: rootOnDebian,
      run: (command, args) => {
        calls.push(`${command} ${args.join(' ')}`);
        if (args[0] === 'install') installed.add('/usr/bin/chromium');
        return 0;
      },
      log: (line) => lines.push(line),
      error: (line) => lines.push(`error: ${line}`),
    });
    expect(code).toBe(0);
    expect(calls).toEqual(['apt-get update', 'apt-get install -y chromium']);
    expect(lines).toEqual([
      "No Chromium found. Running as root on Debian, so installing Debian's chromium package:",
      '+ apt-get update',
      '+ apt-get install -y chromium',
      'Chromium: /usr/bin/chromium',
    ]);
  });

  it('root on Debian, but apt-get fails: stops with exit 1 and says what to do', () => {
    const errors: string[] = [];
    const code = ensureChromium({ env: {}, ...nothing, facts: rootOnDebian, run: () => 100, log: () => undefined, error: (line) => errors.push(line) });
    expect(code).toBe(1);
    expect(errors).toEqual([
      'apt-get update failed (exit 100), so there is still no Chromium. Install one, or set PATHWAY_CHROMIUM=/path/to/chrome, and run npm test again.',
    ]);
  });

  it('a bad PATHWAY_CHROMIUM stops even as root, and installs nothing', () => {
    const calls: string[] = [];
    const errors: string[] = [];
    const code = ensureChromium({ env: { PATHWAY_CHROMIUM: missing }, ...nothing, facts: rootOnDebian, run: (c) => (calls.push(c), 0), log: () => undefined, error: (l) => errors.push(l) });
    expect(code).toBe(1);
    expect(calls).toEqual([]);
    expect(errors[0]).toContain(`PATHWAY_CHROMIUM is set to ${missing}, but that does not exist.`);
  });
});

describe('the script as npm test runs it', () => {
  const script = fileURLToPath(new URL('../scripts/find-chromium.mjs', import.meta.url));

  it('prints the chosen path and exits 0', () => {
    const result = spawnSync(process.execPath, [script], { env: { ...process.env, PATHWAY_CHROMIUM: fakeChrome }, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`Chromium: ${fakeChrome} (from PATHWAY_CHROMIUM)\n`);
    expect(result.status).toBe(0);
  });

  it('stops at once with exit 1 when PATHWAY_CHROMIUM names a missing file', () => {
    const result = spawnSync(process.execPath, [script], { env: { ...process.env, PATHWAY_CHROMIUM: missing }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`PATHWAY_CHROMIUM is set to ${missing}, but that does not exist.`);
  });
});

describe('test/chromium.ts', () => {
  it('uses the path the finder chose', () => {
    const found = findChromium();
    expect(CHROMIUM_PATH).toBe(found.path ?? (process.env.PATHWAY_CHROMIUM || process.env.CHROME_PATH || '/usr/bin/chromium'));
  });
});
