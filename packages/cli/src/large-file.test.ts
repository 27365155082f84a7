/**
 * A 5,000-stage file whose bands all overlap (about 1.3 MB), through the real command, as a
 * council's CI would run it. Lint's overlap check used to list every overlapping pair: millions
 * of lines and gigabytes of memory for this file. Time is bounded only by the spawn's generous
 * timeout; what is asserted is the exit code and the summary, so a quadratic check fails by
 * its output (or by timing out), not by a tight clock.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largePathway } from '@pathway/core/testing/large-pathway.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(repo, 'packages/cli/bin/pathway.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pathway-large-'));
  const text = JSON.stringify(largePathway(5000));
  expect(text.length).toBeGreaterThan(900_000);
  writeFileSync(join(dir, 'large.json'), text);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spawn = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

describe('a 5,000-stage file with overlapping bands', () => {
  it.each(['lint', 'validate'])('pathway %s finishes with exit 1 and one line per finding', { timeout: 60_000 }, (command) => {
    const result = spawn(command, 'large.json');
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('Checked 1 file: 270 errors, 2 warnings.');
    expect(lines).toHaveLength(274);
    const overlap = lines.filter((line) => line.includes('stage bands overlap'));
    expect(overlap).toHaveLength(1);
    expect(overlap[0]).toMatch(
      /^large\.json: warning: Measure "Attendance": stage bands overlap across the whole scale: a pupil there is placed in more than one of these 5000 stages: Stage "Stage 1", .* and Stage "Stage 5000"$/,
    );
    // The stages whose bands later stages' cover entirely, named once on one line.
    expect(lines.filter((line) => line.includes('never place a pupil'))).toEqual([
      expect.stringMatching(/^large\.json: warning: Measure "Attendance": the bands of 4975 stages never place a pupil at them: .* and Stage "Stage 4978"$/),
    ]);
    expect(lines).toContain(
      'large.json: error: Stage "Stage 25" › resource "Guidance" › address: "//evil.example/25" starts with "//", which browsers read as the start of another site\'s address: write it in full with https:, or use an address relative to this site',
    );
  });

  it('pathway lint --json gives the same findings as data', { timeout: 60_000 }, () => {
    const result = spawn('lint', '--json', 'large.json');
    expect(result.status).toBe(1);
    const [file] = JSON.parse(result.stdout) as { problems: { code: string }[] }[];
    const counts: Record<string, number> = {};
    for (const problem of file.problems) counts[problem.code] = (counts[problem.code] ?? 0) + 1;
    expect(counts).toEqual({
      'lint.duplicate-id': 20,
      'lint.dangling-reference': 50,
      'lint.undefined-cohort': 50,
      'lint.band-bounds': 50,
      'lint.band-coverage': 1,
      'lint.band-shadowed': 1,
      'lint.unsafe-link': 50,
      'lint.expectation': 50,
    });
  });
});
