/**
 * The bench's verdict lines (bench/widget/report.ts): a target met says so; one missed says by
 * how much, as issue 12 asks ("where a target is missed, say by how much").
 */
import { describe, expect, it } from 'vitest';
import type { Sample } from '../bench/widget/measure.js';
import type { BenchResults } from '../bench/widget/report.js';
import { targetVerdicts } from '../bench/widget/report.js';

function sample(renderMs: number, firstMs: number, laterMs: number, heapMB: number): Sample {
  const answer = (ms: number) => ({ index: 0, ms, before: '', after: '' });
  return {
    renderMs,
    firstAnswer: answer(firstMs),
    laterAnswers: [answer(laterMs)],
    laterAnswerMs: laterMs,
    heapBytes: heapMB * 1024 * 1024,
    elements: 0,
    shippedGzipBytes: 0,
    shippedFiles: [],
    rowShape: '',
    phases: {},
  };
}

const MB = 1024 * 1024;

describe('the bench verdicts', () => {
  it('says a met target is met, and how far over a missed one is', () => {
    const results: BenchResults = new Map([
      [50, new Map([['widget', [sample(140, 10, 8, 2)]], ['floor', [sample(100, 9, 7, 1)]]])],
      [500, new Map([['widget', [sample(600, 30.5, 14, 3.5)]], ['floor', [sample(300, 16, 9, 1.5)]]])],
    ]) as BenchResults;
    const verdicts = targetVerdicts(results, 1 * MB, undefined);
    expect(verdicts).toContain('MET: N=50: render 1.40× floor, same techniques (n/a floor, plain) (target ≤ 1.5× floor, same techniques)');
    expect(verdicts).toContain(
      'NOT MET: N=500: render 2.00× floor, same techniques (n/a floor, plain) (target ≤ 1.5× floor, same techniques; over by 0.50×)',
    );
    expect(verdicts).toContain(
      'NOT MET: N=500: answer → readiness 30.5 ms for the first answer, 14.0 ms for later ones (medians) (target ≤ 16.7 ms, first answer included; over by 13.8 ms)',
    );
    expect(verdicts).toContain('NOT MET: N=500: JS heap 3.50 MB in all, 2.50 MB above the blank page (target ≤ 2 MB; over by 0.50 MB)');
  });
});
