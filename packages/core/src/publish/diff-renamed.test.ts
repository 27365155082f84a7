/**
 * The change list when ids were renamed as well as content changed: a thing is matched by its
 * title (or by its place and most of its content) when its id changed, and every change inside
 * it is said under its title; the ids themselves are never said (they are not news to schools).
 * Read on the guide-authored Tarnby pathway and its second version.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPathways } from './diff.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/guide-authored/${name}.json`, import.meta.url), 'utf8'));
const texts = (before: unknown, after: unknown) => diffPathways(before, after).map((change) => change.text);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the document freely
type Editable = any;

describe('diffPathways on renamed ids', () => {
  it('says every band moved and the question removed when stage ids were renamed (Tarnby v1 → v2)', () => {
    const lines = texts(fixture('tarnby-v1'), fixture('tarnby-v2'));
    expect(lines.filter((line) => /"s[123]"|"stage-[123]"/.test(line))).toEqual([]);
    // Each band once, in words; the new stage with when it applies and what it asks, its question counted there.
    expect(lines).toEqual([
      'Stage "Stage 2 - attendance meeting" › band "90% and below" renamed "86-90%" and now applies when "Attendance" is at least 86% and at most 90% (was at most 90%)',
      'Stage "Stage 3 - refer to council" › band "below 80%" renamed "below 75%" and now applies when "Attendance" is below 75% (was below 80%)',
      'Stage "Stage 2a - support plan" added: applies when "Attendance" is at most 85%; School must "Start a support plan, review after 6 weeks"; 1 question',
      'Question "Targets agreed?" removed from "Stage 2 - attendance meeting"',
    ]);
    // The same stage under a new id is never removed and added, nor a question "moved" to where it was.
    expect(lines.filter((line) => / (added|removed)$/.test(line) && line.startsWith('Stage "Stage 2 - attendance meeting"'))).toEqual([]);
    expect(lines.filter((line) => line.startsWith('Stage "Stage 3 - refer to council"') && / (added|removed)$/.test(line))).toEqual([]);
    expect(lines.filter((line) => /moved from (".*") to \1$/.test(line))).toEqual([]);
  });

  it('reports a moved bound inside a stage whose id alone was renamed (the renamed-only control)', () => {
    const lines = texts(fixture('tarnby-v1'), fixture('tarnby-v1-renamed-only'));
    expect(lines).toEqual(['Stage "Stage 2 - attendance meeting" › band "90% and below" now applies when "Attendance" is at most 88% (was at most 90%)']);
  });

  it('matches a thing by its place and most of its content when its id and its title both changed', () => {
    const before = fixture('tarnby-v1') as Editable;
    const after = structuredClone(before);
    after.stages[1].id = 'meeting';
    after.stages[1].title = 'Stage 2 - meeting with parents';
    after.stages[1].bands[0].upper.value = 88;
    expect(texts(before, after)).toEqual([
      'Stage "Stage 2 - attendance meeting" renamed "Stage 2 - meeting with parents"',
      'Stage "Stage 2 - meeting with parents" › band "90% and below" now applies when "Attendance" is at most 88% (was at most 90%)',
    ]);
  });

  it('reports the questions of a removed stage by name: a school may have answered them', () => {
    const before = fixture('tarnby-v1') as Editable;
    const after = structuredClone(before);
    after.stages.splice(1, 1);
    expect(texts(before, after)).toEqual([
      'Stage "Stage 2 - attendance meeting" removed',
      'Question "Meeting held?" removed with "Stage 2 - attendance meeting"',
      'Question "Targets agreed?" removed with "Stage 2 - attendance meeting"',
    ]);
  });

  it('never says a thing moved from a place to a place of the same name', () => {
    const before = fixture('tarnby-v1') as Editable;
    before.stages.push({ id: 's4', title: 'Stage 2 - attendance meeting', questions: [] });
    const after = structuredClone(before);
    after.stages[3].questions.push(after.stages[1].questions.pop());
    expect(texts(before, after)).toEqual(['Question "Targets agreed?" moved from "Stage 2 - attendance meeting" (stage 2) to "Stage 2 - attendance meeting" (stage 4)']);
  });
});
