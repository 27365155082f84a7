/**
 * Hostile files through the CLI: titles and file names carrying terminal control sequences,
 * and files nested thousands of levels deep among ordinary ones.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './testing/run-cli.js';

let dir: string;

const run = (...argv: string[]) => runCli(dir, argv);

const spawn = (...argv: string[]) => spawnCli(dir, argv);

/** Any character that must not reach a terminal raw; the newlines between lines are ours. */
const rawControl = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A schema-valid pathway with this title on everything, and one gate with this rule if given. */
function pathway(title: string, condition?: unknown) {
  return {
    schemaVersion: '1.0',
    id: 'example',
    version: '1',
    title,
    authority: { name: title },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    stages: [{ id: 'support', title, ...(condition ? { gates: [{ id: 'g', title, condition }] } : {}) }],
  };
}
const missingQuestion = { answer: 'q-99', in: ['yes'] };

function nested(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let condition: unknown = missingQuestion;
  for (let i = 0; i < levels; i++) condition = wrap(condition);
  return condition;
}

// Clear screen; set the window title (OSC 0) ending in BEL; CSI as the single C1 character
// U+009B; right-to-left override. (Messages shorten names to 60 characters; this fits.)
const hostile = 'Tier 2\u001b[2J\u001b]0;pwned\u0007 \u009b31mred \u202eevil';
const shown = 'Tier 2\\x1b[2J\\x1b]0;pwned\\x07 \\u009b31mred \\u202eevil';
// An OSC 8 hyperlink, the window title, CSI and a bidi isolate, in a file's name (no "/" in a name).
const hostileName = 'evil\u001b]8;;mailto:evil.example\u001b\\link\u001b]8;;\u001b\\\u001b]0;x\u0007\u009b\u2067.json';
const shownName = 'evil\\x1b]8;;mailto:evil.example\\x1b\\link\\x1b]8;;\\x1b\\\\x1b]0;x\\x07\\u009b\\u2067.json';
const finding = (title: string) => `Stage "${title}" › Gate "${title}" › rule: refers to a question "q-99" that does not exist`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pathway-cli-hostile-'));
  const write = (name: string, doc: unknown) => writeFileSync(join(dir, name), JSON.stringify(doc));
  write('hostile.json', pathway(hostile, missingQuestion));
  write(hostileName, pathway('Support', missingQuestion));
  write('good.json', pathway('Support'));
  write('other.json', pathway('Support', missingQuestion));
  write('deep.json', pathway('Support', nested(2000, (inner) => ({ not: inner }))));
  write('deep-all.json', pathway('Support', nested(2000, (inner) => ({ all: [inner] }))));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('control sequences in authored text are shown, never obeyed', () => {
  it('the good file on its own is fine', async () => {
    expect(await run('validate', 'good.json')).toEqual({ code: 0, stdout: 'good.json: ok\nChecked 1 file: no problems.\n', stderr: '' });
  });

  it('escapes them in lines for people', async () => {
    const result = await run('validate', 'hostile.json');
    expect(result).toEqual({ code: 1, stdout: `hostile.json: error: ${finding(shown)}\nChecked 1 file: 1 error.\n`, stderr: '' });
    expect(result.stdout).not.toMatch(rawControl);
  });

  it('escapes them in --json, which still parses back to the authored text', async () => {
    const { code, stdout, stderr } = await run('lint', '--json', 'hostile.json');
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).not.toMatch(rawControl);
    expect(stdout).toContain('\\u009b31mred');
    expect(stdout).toContain('\\u202eevil');
    const [entry] = JSON.parse(stdout);
    expect(entry.file).toBe('hostile.json');
    expect(entry.problems[0].message).toBe(finding(hostile));
    expect(entry.problems[0].where).toBe(`Stage "${hostile}" › Gate "${hostile}" › rule`);
  });

  it('escapes them in file names, in both outputs', async () => {
    const human = await run('validate', hostileName, 'missing\u001b[2J.json');
    expect(human).toEqual({
      code: 2,
      stdout: `${shownName}: error: ${finding('Support')}\nChecked 1 file: 1 error. 1 file could not be read.\n`,
      stderr: 'missing\\x1b[2J.json: cannot read: no such file\n',
    });
    const json = await run('validate', '--json', hostileName);
    expect(json.stdout).not.toMatch(rawControl);
    expect(JSON.parse(json.stdout)[0].file).toBe(hostileName);
  });

  it('escapes them in what the real command prints', () => {
    const human = spawn('validate', 'hostile.json');
    expect(human).toEqual({ code: 1, stdout: `hostile.json: error: ${finding(shown)}\nChecked 1 file: 1 error.\n`, stderr: '' });

    const json = spawn('validate', '--json', 'hostile.json', hostileName);
    expect(json.code).toBe(1);
    expect(json.stdout).not.toMatch(rawControl);
    const entries = JSON.parse(json.stdout);
    expect(entries.map((e: { file: string }) => e.file)).toEqual(['hostile.json', hostileName]);
    expect(entries[0].problems[0].message).toBe(finding(hostile));
  });
});

describe('a file nested too deeply gets its own line; the others are still checked', () => {
  const deepLine = (file: string) =>
    `${file}: cannot check: nested more than 500 levels deep (objects and lists inside each other); no other file is affected\n`;

  it.each(['deep.json', 'deep-all.json'])('good.json, %s, other.json: all three reported, exit 2', async (deep) => {
    expect(await run('validate', 'good.json', deep, 'other.json')).toEqual({
      code: 2,
      stdout: `good.json: ok\nother.json: error: ${finding('Support')}\nChecked 2 files: 1 error. 1 file could not be checked.\n`,
      stderr: deepLine(deep),
    });
  });

  it('--json has an entry for each, in order', async () => {
    const { code, stdout, stderr } = await run('lint', '--json', 'good.json', 'deep.json', 'other.json');
    expect({ code, stderr }).toEqual({ code: 2, stderr: '' });
    expect(JSON.parse(stdout)).toEqual([
      { file: 'good.json', ok: true, problems: [] },
      {
        file: 'deep.json',
        ok: false,
        error: 'nested more than 500 levels deep (objects and lists inside each other); no other file is affected',
        problems: [],
      },
      {
        file: 'other.json',
        ok: false,
        problems: [
          {
            severity: 'error',
            code: 'lint.dangling-reference',
            where: 'Stage "Support" › Gate "Support" › rule',
            detail: 'refers to a question "q-99" that does not exist',
            message: finding('Support'),
            pointer: '/stages/0/gates/0/condition',
          },
        ],
      },
    ]);
  });

  it('the real command, where the stack overflowed before, reports every file', () => {
    expect(spawn('validate', 'good.json', 'deep.json', 'deep-all.json', 'other.json')).toEqual({
      code: 2,
      stdout: `good.json: ok\nother.json: error: ${finding('Support')}\nChecked 2 files: 1 error. 2 files could not be checked.\n`,
      stderr: deepLine('deep.json') + deepLine('deep-all.json'),
    });
  });
});
