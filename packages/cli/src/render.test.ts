/**
 * `pathway render --html out/ <files…>`: writes `<id>.html` (the public page) and `<id>.svg`
 * (the stage map) for each pathway without errors; lists the errors of one that has them and
 * writes nothing for it; exit codes 0, 1 and 2 as documented; hostile text escaped for the
 * terminal and inert in the page.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPublicPage, stageMap, stageMapSvg } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import { runCli, spawnCli } from './testing/run-cli.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

const run = (...argv: string[]) => runCli(dir, argv);

const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const hostile = 'Tier 2\u001b[2J\u001b]0;pwned\u0007 \u009b31mred \u202eevil <script>alert(1)</script>';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pathway-render-'));
  copyFileSync(join(repo, 'pathways/wigan.json'), join(dir, 'wigan.json'));
  copyFileSync(join(repo, 'packages/schema/fixtures/valid/minimal.json'), join(dir, 'minimal.json'));
  copyFileSync(join(repo, 'packages/core/fixtures/lint/band-bounds.json'), join(dir, 'lint-failing.json'));
  writeFileSync(join(dir, 'not-json.json'), '{\n  "id": "x",\n}\n');
  const minimal = JSON.parse(read('minimal.json'));
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify({ ...minimal, id: 'hostile', title: hostile, stages: [{ id: 'support', title: hostile }] }));
  writeFileSync(join(dir, 'same-id.json'), JSON.stringify({ ...minimal, title: 'Another' }));
  writeFileSync(join(dir, 'a-file'), 'not a folder');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pathway render', () => {
  it('writes the public page and the stage map, named by id, and exits 0', async () => {
    expect(await run('render', '--html', 'out', 'wigan.json', 'minimal.json')).toEqual({
      code: 0,
      stdout:
        'wigan.json: wrote out/wigan-supporting-non-attendance.html and out/wigan-supporting-non-attendance.svg\n' +
        'minimal.json: wrote out/minimal.html and out/minimal.svg\n' +
        'Rendered 2 files.\n',
      stderr: '',
    });
    const wigan = JSON.parse(read('wigan.json')) as Pathway;
    expect(read('out/wigan-supporting-non-attendance.html')).toBe(renderPublicPage(wigan));
    expect(read('out/wigan-supporting-non-attendance.svg')).toBe(`${stageMapSvg(stageMap(wigan))}\n`);
    expect(read('out/minimal.svg')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
  });

  it('lists the errors of a pathway that has them, writes nothing for it, and exits 1', async () => {
    const { code, stdout, stderr } = await run('render', '--html', 'out-errors', 'lint-failing.json', 'minimal.json');
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout.split('\n')).toEqual([
      'lint-failing.json: error: Stage "Tier 2" › band "92%-80%": the lower bound (92) is above the upper bound (80): swap the two numbers, so the lower bound is 80 and the upper bound 92',
      'lint-failing.json: error: Stage "Tier 3" › Gate "Penalty notice threshold" › rule: the lower bound (60) is above the upper bound (50): swap the two numbers, so the lower bound is 50 and the upper bound 60',
      'lint-failing.json: error: Stage "Tier 4" › band "Exactly 80%": the lower and upper bounds are both 80 and one of them excludes it, so no value can fall inside',
      'minimal.json: wrote out-errors/minimal.html and out-errors/minimal.svg',
      'Rendered 1 file. 1 file has errors and was not rendered.',
      '',
    ]);
    expect(existsSync(join(dir, 'out-errors/minimal.html'))).toBe(true);
    expect(existsSync(join(dir, 'out-errors', `${JSON.parse(read('lint-failing.json')).id}.html`))).toBe(false);
  });

  it('refuses what it cannot read or write, one line each, and exits 2', async () => {
    expect(await run('render', '--html', 'out-bad', 'not-json.json', 'missing.json', 'minimal.json', 'same-id.json')).toEqual({
      code: 2,
      stdout: 'minimal.json: wrote out-bad/minimal.html and out-bad/minimal.svg\nRendered 1 file. 3 files could not be read, checked or written.\n',
      stderr:
        'not-json.json: cannot read: is not valid JSON: line 3, column 1: a comma before "}" (remove the trailing comma)\n' +
        'missing.json: cannot read: no such file\n' +
        'same-id.json: cannot render: minimal.json has the same id "minimal", and its files would be overwritten\n',
    });
    expect(await run('render', '--html', 'a-file', 'minimal.json')).toEqual({
      code: 2,
      stdout: 'Rendered 0 files. 1 file could not be read, checked or written.\n',
      stderr: 'minimal.json: cannot write: the output folder is a file, or part of its path is\n',
    });
  });

  it('needs --html and a file, and takes no --json', async () => {
    const help = '\nRun "pathway --help" for usage.\n';
    expect(await run('render', 'minimal.json')).toEqual({ code: 2, stdout: '', stderr: `pathway: render needs a folder to write into: pathway render --html <folder> <files…>${help}` });
    expect(await run('render', '--html', 'out')).toEqual({ code: 2, stdout: '', stderr: `pathway: name at least one file to render${help}` });
    expect(await run('render', '--json', '--html', 'out', 'minimal.json')).toEqual({ code: 2, stdout: '', stderr: `pathway: --json does not go with render${help}` });
    expect(await run('validate', '--html', 'out', 'minimal.json')).toEqual({ code: 2, stdout: '', stderr: `pathway: --html only goes with render${help}` });
  });

  it('escapes hostile titles for the terminal, and the page shows them as inert text', async () => {
    const { code, stdout } = await run('render', '--html', 'out-hostile', 'hostile.json');
    expect(code).toBe(0);
    expect(stdout).toBe('hostile.json: wrote out-hostile/hostile.html and out-hostile/hostile.svg\nRendered 1 file.\n');
    const page = read('out-hostile/hostile.html');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(read('out-hostile/hostile.svg')).not.toContain('<script>');
  });

  it('exits 0, 1 and 2 as a process', () => {
    const spawn = (...args: string[]) => spawnCli(dir, args);
    expect(spawn('render', '--html', 'out-spawn', 'minimal.json').code).toBe(0);
    expect(spawn('render', '--html', 'out-spawn', 'lint-failing.json').code).toBe(1);
    expect(spawn('render', '--html', 'out-spawn', 'missing.json').code).toBe(2);
  });
});
