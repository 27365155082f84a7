import { describe, expect, it } from 'vitest';
import { checkDocument, outOfStackReason, tooDeepReason } from './check-file.js';
import { maxNestingDepth } from './nesting.js';

/**
 * A schema-valid pathway nested `depth` levels deep, by its one gate's rule: not › not › … ›
 * answer. The document, stages, the stage, gates and the gate are 5 levels; the answer rule and
 * its list of answers 2 more; each "not" one.
 */
function pathwayOfDepth(depth: number): unknown {
  let condition: unknown = { answer: 'q-99', in: ['yes'] };
  for (let i = 0; i < depth - 7; i++) condition = { not: condition };
  return {
    schemaVersion: '1.0',
    id: 'deep',
    version: '1',
    title: 'Deep',
    authority: { name: 'Example Borough Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    stages: [{ id: 'support', title: 'Support', gates: [{ id: 'g', title: 'G', condition }] }],
  };
}

describe('checkDocument', () => {
  it(`checks a file nested exactly ${maxNestingDepth} levels deep as usual`, () => {
    const result = checkDocument('deep.json', pathwayOfDepth(maxNestingDepth), false);
    expect(result.reason).toBeUndefined();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.detail)).toEqual(['refers to a question "q-99" that does not exist']);
  });

  it('refuses a file one level deeper, with its own reason', () => {
    expect(checkDocument('deep.json', pathwayOfDepth(maxNestingDepth + 1), false)).toEqual({
      file: 'deep.json',
      ok: false,
      problems: [],
      reason: 'nested more than 500 levels deep (objects and lists inside each other); no other file is affected',
      failed: 'check',
    });
    expect(tooDeepReason).toBe('nested more than 500 levels deep (objects and lists inside each other); no other file is affected');
  });

  it('should a check still overflow the stack, catches it for this file only', () => {
    expect(checkDocument('deep.json', pathwayOfDepth(50_000), false, Infinity)).toEqual({
      file: 'deep.json',
      ok: false,
      problems: [],
      reason: 'nested too deeply for the checks, which ran out of stack; no other file is affected',
      failed: 'check',
    });
    expect(outOfStackReason).toBe('nested too deeply for the checks, which ran out of stack; no other file is affected');
  });

  it('turns any other failure of the checks into a one-line reason for this file', () => {
    const booby = {
      get stages(): unknown {
        throw new TypeError('boom\n    at somewhere (file.js:1:1)');
      },
    };
    expect(checkDocument('odd.json', booby, false)).toEqual({
      file: 'odd.json',
      ok: false,
      problems: [],
      reason: 'the checks failed unexpectedly: boom; no other file is affected',
      failed: 'check',
    });
  });
});
