import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, usage } from './main.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const schemaFixtures = join(repo, 'packages/schema/fixtures');
const lintFixtures = join(repo, 'packages/core/fixtures/lint');
let dir: string;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, cwd: dir },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

async function run(...argv: string[]) {
  const c = capture();
  const code = await main(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pathway-cli-'));
  copyFileSync(join(schemaFixtures, 'valid/minimal.json'), join(dir, 'good.json'));
  copyFileSync(join(schemaFixtures, 'invalid/required.json'), join(dir, 'schema-invalid.json'));
  copyFileSync(join(lintFixtures, 'band-bounds.json'), join(dir, 'lint-failing.json'));
  copyFileSync(join(lintFixtures, 'band-coverage.json'), join(dir, 'warnings-only.json'));
  writeFileSync(
    join(dir, 'typos.json'),
    JSON.stringify({
      schemaVersion: 1.1, id: 'typos', version: '1', title: 'Typos', authority: { name: 'Council' },
      measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
      stages: [{ id: 'tier-2', title: 'Tier 2', referrals: ['legal-panel-refferal'] }, { id: 'tier-3', title: 'Tier 3' }],
      referrals: [{ id: 'legal-panel-referral', title: 'Legal panel', target: { name: 'Panel', kind: 'panel' }, channel: { kind: 'meeting' } }],
      exceptions: [{ id: 'sw', title: 'Has a social worker', when: { answer: 'sw' }, effect: 'block', stages: ['tier3'], message: 'No.' }],
    }),
  );
  writeFileSync(join(dir, 'empty.json'), '');
  writeFileSync(join(dir, 'blank.json'), '  \n\t\n');
  writeFileSync(join(dir, 'trailing-comma.json'), '{\n  "id": "x",\n}\n');
  writeFileSync(join(dir, 'bom.json'), '\ufeff' + JSON.stringify({ schemaVersion: '1.0' }));
  writeFileSync(join(dir, 'huge.json'), '');
  truncateSync(join(dir, 'huge.json'), 5 * 1024 * 1024 + 1);
  mkdirSync(join(dir, 'a-directory'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pathway validate', () => {
  it('says ok and exits 0 for a valid pathway', async () => {
    expect(await run('validate', 'good.json')).toEqual({ code: 0, stdout: 'good.json: ok\nChecked 1 file: no problems.\n', stderr: '' });
  });

  it('names the stage by its title when the schema fails, and exits 1', async () => {
    expect(await run('validate', 'schema-invalid.json')).toEqual({
      code: 1,
      stdout: 'schema-invalid.json: error: Stage 2: "title" (Name) is missing\nChecked 1 file: 1 error.\n',
      stderr: '',
    });
  });

  it('reports lint errors by title and exits 1, with warnings shown', async () => {
    const { code, stdout } = await run('validate', 'lint-failing.json');
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'lint-failing.json: warning: Classification "Any attendance": the lower bound (-5) is outside 0–100, the range of a percentage',
      'lint-failing.json: error: Stage "Tier 2" › band "92%-80%": the lower bound (92) is above the upper bound (80): swap the two numbers, so the lower bound is 80 and the upper bound 92',
      'lint-failing.json: warning: Stage "Tier 3" › band "Up to 105%": the upper bound (105) is outside 0–100, the range of a percentage',
      'lint-failing.json: error: Stage "Tier 3" › Gate "Penalty notice threshold" › rule: the lower bound (60) is above the upper bound (50): swap the two numbers, so the lower bound is 50 and the upper bound 60',
      'lint-failing.json: error: Stage "Tier 4" › band "Exactly 80%": the lower and upper bounds are both 80 and one of them excludes it, so no value can fall inside',
      'Checked 1 file: 3 errors, 2 warnings.',
      '',
    ]);
  });

  it('shows warnings but exits 0 when there are only warnings', async () => {
    const { code, stdout } = await run('validate', 'warnings-only.json');
    expect(code).toBe(0);
    expect(stdout).toContain(
      `warnings-only.json: warning: Measure "Attendance": no stage's band covers figures above 92% and below 93%: a pupil there is placed in no stage; widen a band, or add one, to place them\n`,
    );
    expect(stdout).toMatch(/Checked 1 file: 3 warnings\.\n$/);
  });

  it('shows the mistyped ids with the schema errors, each with the id meant, so all are fixed in one go', async () => {
    const { code, stdout } = await run('validate', 'typos.json');
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'typos.json: error: Format version: must be one of "1.0" or "1.1"; put it in quotes: "1.1"',
      'typos.json: error: Stage "Tier 2" › referrals: refers to a referral "legal-panel-refferal" that does not exist; did you mean "legal-panel-referral"?',
      'typos.json: error: Exception "Has a social worker" › applies when: refers to a question "sw", but "sw" is the exception "Has a social worker"',
      'typos.json: error: Exception "Has a social worker" › stages affected: refers to a stage "tier3" that does not exist; did you mean "tier-3"?',
      'Checked 1 file: 4 errors.',
      '',
    ]);
  });

  it('checks every file it is given and exits with the worst result', async () => {
    const { code, stdout } = await run('validate', 'good.json', 'schema-invalid.json');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^good\.json: ok\nschema-invalid\.json: error: /);
    expect(stdout).toMatch(/Checked 2 files: 1 error\.\n$/);
  });
});

describe('pathway lint', () => {
  it('exits 0 on warnings, and 1 with --strict', async () => {
    expect((await run('lint', 'warnings-only.json')).code).toBe(0);
    expect((await run('lint', '--strict', 'warnings-only.json')).code).toBe(1);
    expect((await run('lint', 'good.json', '--strict')).code).toBe(0);
  });

  it('exits 1 on lint errors', async () => {
    expect((await run('lint', 'lint-failing.json')).code).toBe(1);
  });
});

describe('files that cannot be read: one line, exit 2, never a stack trace', () => {
  it.each([
    ['missing.json', 'missing.json: cannot read: no such file'],
    ['a-directory', 'a-directory: cannot read: is a directory, not a file'],
    ['empty.json', 'empty.json: cannot read: is empty'],
    ['blank.json', 'blank.json: cannot read: is empty'],
    ['trailing-comma.json', 'trailing-comma.json: cannot read: is not valid JSON: line 3, column 1: a comma before "}" (remove the trailing comma)'],
    ['huge.json', 'huge.json: cannot read: is 5.0 MB, over the 5 MB limit for a pathway file, so it was not read'],
  ])('%s', async (file, line) => {
    const result = await run('validate', file);
    expect(result).toEqual({ code: 2, stdout: '1 file could not be read.\n', stderr: `${line}\n` });
    expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('still checks the other files, and exits 2', async () => {
    const result = await run('validate', 'missing.json', 'good.json');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('good.json: ok\nChecked 1 file: no problems. 1 file could not be read.\n');
  });

  it('reads a file that starts with a byte order mark', async () => {
    const { code, stdout } = await run('validate', 'bom.json');
    expect(code).toBe(1);
    expect(stdout).toContain('bom.json: error: "id" (Pathway id) is missing');
  });
});

describe('--json', () => {
  it('prints one entry per file with its problems, and nothing else', async () => {
    const { code, stdout, stderr } = await run('validate', '--json', 'good.json', 'schema-invalid.json', 'missing.json');
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual([
      { file: 'good.json', ok: true, problems: [] },
      {
        file: 'schema-invalid.json',
        ok: false,
        problems: [
          {
            severity: 'error',
            code: 'schema.required',
            where: 'Stage 2',
            detail: '"title" (Name) is missing',
            message: 'Stage 2: "title" (Name) is missing',
            pointer: '/stages/1',
          },
        ],
      },
      { file: 'missing.json', ok: false, error: 'no such file', problems: [] },
    ]);
  });
});

describe('usage', () => {
  it('--help prints usage and exits 0', async () => {
    expect(await run('--help')).toEqual({ code: 0, stdout: usage, stderr: '' });
    expect((await run('validate', '-h')).code).toBe(0);
  });

  it('--version prints the version and exits 0', async () => {
    const { code, stdout } = await run('--version');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [[], 'pathway: name a command: validate, lint, diff or render'],
    [['check', 'good.json'], 'pathway: unknown command "check": use validate, lint, diff or render'],
    [['validate'], 'pathway: name at least one file to validate'],
    [['validate', '--fast', 'good.json'], 'pathway: unknown option "--fast"'],
    [['validate', '--strict', 'good.json'], 'pathway: --strict only goes with lint'],
    [['validate', '--json=yes', 'good.json'], 'pathway: option "--json" does not take a value'],
  ])('%j exits 2 with a one-line reason', async (argv, message) => {
    expect(await run(...argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\nRun "pathway --help" for usage.\n` });
  });

  it('turns an unexpected failure into one line, not a stack trace', async () => {
    const err: string[] = [];
    const io = {
      stdout: { write: () => { throw new Error('stdout closed\n    at somewhere (file.js:1:1)'); } },
      stderr: { write: (t: string) => err.push(t) },
      cwd: dir,
    };
    expect(await main(['validate', 'good.json'], io)).toBe(2);
    expect(err.join('')).toBe('pathway: unexpected failure: stdout closed\n');
  });
});

describe('the real command', () => {
  const bin = join(repo, 'packages/cli/bin/pathway.js');
  const spawn = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

  it('exits 0, 1 and 2 as documented', () => {
    const ok = spawn('validate', 'good.json');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('good.json: ok\nChecked 1 file: no problems.\n');

    const problems = spawn('validate', 'schema-invalid.json');
    expect(problems.status).toBe(1);
    expect(problems.stdout).toContain('schema-invalid.json: error: Stage 2: "title" (Name) is missing');

    const unreadable = spawn('lint', 'trailing-comma.json');
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toBe('trailing-comma.json: cannot read: is not valid JSON: line 3, column 1: a comma before "}" (remove the trailing comma)\n');
  });
});
