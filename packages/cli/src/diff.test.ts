/**
 * `pathway diff`: the change list for fixtures, exactly (a new version label first); --json; exit codes 0 (no changes),
 * 1 (changes) and 2 (a file unreadable, not a pathway, nested too deeply, or the wrong number
 * of files); hostile titles escaped for the terminal.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './testing/run-cli.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

const run = (...argv: string[]) => runCli(dir, argv);

const minimal = JSON.parse(readFileSync(join(repo, 'packages/schema/fixtures/valid/minimal.json'), 'utf8'));

/** Version 2 of the minimal pathway: a threshold set, a question added, the stage renamed and moved, a referral's address changed. */
function pathways() {
  const v1 = {
    ...structuredClone(minimal),
    stages: [
      { id: 'support', title: 'Support', bands: [{ label: 'Below 92%', measure: 'attendance', upper: { value: 92, inclusive: true } }] },
      { id: 'meeting', title: 'Meeting', bands: [{ label: 'Below 80%', measure: 'attendance', upper: { value: 80, inclusive: true } }], questions: [] as unknown[] },
    ],
    referrals: [{ id: 'enforcement', title: 'Enforcement', target: { name: 'Attendance team', kind: 'team' }, channel: { kind: 'email', email: 'a@example.gov.uk' } }],
  };
  const v2 = structuredClone(v1);
  v2.stages[0]!.bands[0]!.upper.value = 90;
  v2.stages[1]!.questions = [{ id: 'q-contract', text: 'Has a parenting contract been offered?', type: 'yesNo' }];
  v2.stages[0]!.title = 'Early support';
  v2.stages.reverse();
  v2.referrals[0]!.channel.email = 'b@example.gov.uk';
  return { v1, v2 };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pathway-diff-'));
  const { v1, v2 } = pathways();
  writeFileSync(join(dir, 'v1.json'), JSON.stringify(v1, null, 2));
  writeFileSync(join(dir, 'v2.json'), JSON.stringify(v2, null, 2));
  // Version 3: a new version label, and the question reworded (same short name, new words).
  const v3 = structuredClone(v2);
  v3.version = '2';
  (v3.stages[0]!.questions![0] as { text: string }).text = 'Has a parenting contract been offered or agreed?';
  writeFileSync(join(dir, 'v3.json'), JSON.stringify(v3, null, 2));
  writeFileSync(join(dir, 'not-json.json'), '{\n  "id": "x",\n}\n');
  writeFileSync(join(dir, 'not-a-pathway.json'), JSON.stringify({ id: 'x' }));
  let deep: unknown = { answer: 'q', in: ['yes'] };
  for (let i = 0; i < 600; i++) deep = { not: deep };
  writeFileSync(join(dir, 'deep.json'), JSON.stringify({ ...v1, stages: [{ id: 's', title: 'S', entry: deep }] }));
  const hostile = structuredClone(v1);
  hostile.stages[0]!.title = 'Tier 2\u001b[2J\u001b]0;pwned\u0007 \u009b31mred \u202eevil';
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(hostile));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const expectedChanges = [
  'Stage "Meeting" moved from position 2 to 1',
  'Stage "Support" renamed "Early support"',
  'Stage "Early support" › band "Below 92%" now applies when "Attendance" is at most 90% (was at most 92%)',
  'Referral "Enforcement" › how to refer › email address: changed from "a@example.gov.uk" to "b@example.gov.uk"',
  'Question "Has a parenting contract been offered?" added to "Meeting"',
];

describe('pathway diff', () => {
  it('prints the change list and exits 1 when something changed', async () => {
    expect(await run('diff', 'v1.json', 'v2.json')).toEqual({
      code: 1,
      stdout: [...expectedChanges, '5 changes from v1.json to v2.json.', ''].join('\n'),
      stderr: '',
    });
  });

  it('says the version label first when it changed, and a question with new words as reworded, not renamed', async () => {
    expect(await run('diff', 'v2.json', 'v3.json')).toEqual({
      code: 1,
      stdout: [
        'Version label changed from "1" to "2"',
        'Question "Has a parenting contract been offered?" reworded as "Has a parenting contract been offered or agreed?"',
        '2 changes from v2.json to v3.json.',
        '',
      ].join('\n'),
      stderr: '',
    });
    const data = JSON.parse((await run('diff', '--json', 'v2.json', 'v3.json')).stdout);
    expect(data.changes[0]).toEqual({ kind: 'changed', subject: 'pathway', pointer: '/version', text: 'Version label changed from "1" to "2"' });
  });

  it('says there are no changes and exits 0 for the same pathway', async () => {
    expect(await run('diff', 'v1.json', 'v1.json')).toEqual({ code: 0, stdout: 'No changes from v1.json to v1.json.\n', stderr: '' });
  });

  it('--json gives the changes as data', async () => {
    const { code, stdout, stderr } = await run('diff', '--json', 'v1.json', 'v2.json');
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const data = JSON.parse(stdout);
    expect(Object.keys(data)).toEqual(['old', 'new', 'changes']);
    expect(data.old).toBe('v1.json');
    expect(data.changes.map((c: { text: string }) => c.text)).toEqual(expectedChanges);
    expect(data.changes[0]).toEqual({ kind: 'moved', subject: 'stage', pointer: '/stages/0', text: expectedChanges[0] });
  });

  it('refuses files it cannot compare, one line each, and exits 2', async () => {
    expect(await run('diff', 'not-json.json', 'missing.json')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'not-json.json: cannot read: is not valid JSON: line 3, column 1: a comma before "}" (remove the trailing comma)\n' +
        'missing.json: cannot read: no such file\n',
    });
    expect(await run('diff', 'v1.json', 'not-a-pathway.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'not-a-pathway.json: cannot compare: it does not follow the pathway format (6 errors); "pathway validate not-a-pathway.json" names them\n',
    });
    const deep = await run('diff', 'deep.json', 'v1.json');
    expect(deep).toEqual({
      code: 2,
      stdout: '',
      stderr: 'deep.json: cannot check: nested more than 500 levels deep (objects and lists inside each other); no other file is affected\n',
    });
  });

  it('needs exactly two files', async () => {
    expect(await run('diff', 'v1.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pathway: diff compares two files: pathway diff <old> <new>\nRun "pathway --help" for usage.\n',
    });
    expect((await run('diff', '--strict', 'v1.json', 'v2.json')).stderr).toBe('pathway: --strict only goes with lint\nRun "pathway --help" for usage.\n');
  });

  it('escapes authored text for the terminal, in lines and in JSON', async () => {
    const { code, stdout } = await run('diff', 'hostile.json', 'v1.json');
    expect(code).toBe(1);
    expect(stdout).toBe(
      'Stage "Tier 2\\x1b[2J\\x1b]0;pwned\\x07 \\u009b31mred \\u202eevil" renamed "Support"\n1 change from hostile.json to v1.json.\n',
    );
    const json = await run('diff', '--json', 'hostile.json', 'v1.json');
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json.stdout).changes[0].text).toBe('Stage "Tier 2\u001b[2J\u001b]0;pwned\u0007 \u009b31mred \u202eevil" renamed "Support"');
  });

  it('exits 0, 1 and 2 as a process', () => {
    const spawn = (...args: string[]) => spawnCli(dir, args);
    expect(spawn('diff', 'v1.json', 'v1.json').code).toBe(0);
    const changed = spawn('diff', 'v1.json', 'v2.json');
    expect(changed.code).toBe(1);
    expect(changed.stdout.split('\n').at(-2)).toBe('5 changes from v1.json to v2.json.');
    expect(spawn('diff', 'v1.json', 'missing.json').code).toBe(2);
  });
});
