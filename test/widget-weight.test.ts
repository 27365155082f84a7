/**
 * The widget's weight, checked on every build (`npm test` builds first): the first-paint
 * module within its 25 KiB gzip budget and self-contained (one request paints the start page),
 * and everything a whole journey loads within its ceiling. build/chunk-sizes.ts holds the
 * budgets and says which file is which; `npm run bench` prints the same figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, ENTRY_FILE, WIDGET_DIST, kib, measureChunks } from '../packages/widget/build/chunk-sizes.js';

const report = measureChunks();
const KIB = 1024;

describe("the built widget's weight", () => {
  it(`paints its start page from one module of at most ${BUDGETS.firstPaintKiB} KiB gzip`, () => {
    expect(report.firstPaint, `first paint is ${kib(report.firstPaint)} KiB gzip`).toBeLessThanOrEqual(BUDGETS.firstPaintKiB * KIB);
  });

  it('the first-paint module imports nothing before it runs: its parts load later, by dynamic import', () => {
    const entry = readFileSync(join(WIDGET_DIST, ENTRY_FILE), 'utf8');
    expect(entry.match(/(?:^|[;}\s])import\s*[{*\w][^;]*?from\s*["'`]/g) ?? []).toEqual([]);
    expect(entry.match(/(?:^|[;}\s])import\s*["'`]/g) ?? []).toEqual([]);
    expect(entry).toMatch(/import\(\s*["'`]\.\/chunks\//);
  });

  it('finds every part relative to its own file, so the folder works from any origin or path', () => {
    for (const file of report.files) {
      const code = readFileSync(join(WIDGET_DIST, file.file), 'utf8');
      const specifiers = [...code.matchAll(/(?:from|import\()\s*["'`]([^"'`\s]+\.m?js)["'`]/g)].map((match) => match[1]);
      if (file.role === 'first-paint') expect(specifiers.length).toBeGreaterThan(0);
      for (const specifier of specifiers) expect(specifier, `${file.file} imports ${specifier}`).toMatch(/^\.\.?\//);
    }
  });

  it('the journey part runs as soon as it arrives: its static imports are the entry only, never a chunk fetched after it', () => {
    const journey = report.files.find((file) => /(^|\/)journey-pages[-.]/.test(file.file));
    expect(journey, 'the journey part is built').toBeDefined();
    const code = readFileSync(join(WIDGET_DIST, journey!.file), 'utf8');
    const staticImports = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[{*\w][^;]*?from\s*)?["'`]([^"'`]+)["'`]/g)].map((match) => match[1]);
    expect(staticImports).toEqual([`../${ENTRY_FILE}`]);
  });

  it(`loads at most ${BUDGETS.wholeJourneyCeilingKiB} KiB gzip over a whole journey (target ${BUDGETS.wholeJourneyKiB} KiB, not yet met)`, () => {
    expect(report.wholeJourney, `a whole journey is ${kib(report.wholeJourney)} KiB gzip`).toBeLessThanOrEqual(BUDGETS.wholeJourneyCeilingKiB * KIB);
  });

  it('keeps the error explanations and the web team\'s advice out of the journey: they load only for a broken pathway or a failed download', () => {
    const parts = report.files.filter((file) => file.role === 'invalid-only').map((file) => /^chunks\/(explain|web-team)-/.exec(file.file)?.[1]);
    expect(parts.sort()).toEqual(['explain', 'web-team']);
  });
});
