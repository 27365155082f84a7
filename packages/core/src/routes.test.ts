/**
 * The routes of a stage not offered to the pupil: redirected elsewhere, blocked or skipped by an
 * exception, a stage offers none of its routes, so nobody is left to "decide between" them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Exception, Pathway } from './schema-types.js';
import type { CaseInput } from './types.js';
import { createPathway } from './create-pathway.js';

const base = JSON.parse(readFileSync(new URL('../fixtures/shapes/chosen-routes.json', import.meta.url), 'utf8')) as Pathway;

/** The fixture with one more exception: for children looked after, the LA review stage does `effect`. */
function withException(effect: Exception['effect']): Pathway {
  const exception: Exception = {
    id: 'cla-la-review',
    title: 'Child looked after',
    when: { cohort: 'looked-after' },
    effect,
    stages: ['la-review'],
    message: 'We do not take legal action for children looked after: speak to the Virtual School.',
    ...(effect === 'redirect' ? { redirectTo: { contact: 'virtual-school' } } : {}),
  };
  return {
    ...base,
    contacts: [{ id: 'virtual-school', name: 'Virtual School', phone: '01632 960199' }],
    exceptions: [...(base.exceptions ?? []), exception],
  };
}

const atReview = (cohorts: string[]): CaseInput => ({ measures: { attendance: { percentage: 55 } }, cohorts, stage: 'la-review' });

describe('routes of a stage not offered to the pupil', () => {
  it('a pupil the stage is offered to: the Local Authority decides between its routes', () => {
    const engine = createPathway(withException('redirect'));
    const stage = engine.evaluate(atReview([])).current!;
    expect(stage.routes.map((route) => [route.id, route.available, route.reason.code])).toEqual([
      ['contract', true, 'route.decidedLater'],
      ['penalty', true, 'route.decidedLater'],
    ]);
    expect(engine.summarise(atReview([])).nextSteps).toContain('The Local Authority will decide between "Attendance contract" and "Penalty notice".');
  });

  for (const [effect, words] of [
    ['redirect', 'redirected elsewhere'],
    ['block', 'not offered'],
    ['skip', 'skipped'],
  ] as const) {
    it(`a stage ${effect === 'skip' ? 'skipped' : effect === 'block' ? 'blocked' : 'redirected'} for the pupil: no route is open or left to decide, and the summary does not say one is`, () => {
      const engine = createPathway(withException(effect));
      const input = atReview(['looked-after']);
      const stage = engine.evaluate(input).current!;
      expect(stage.stageId).toBe('la-review');
      for (const route of stage.routes) {
        expect(route).toMatchObject({ open: false, available: false, ready: false, reason: { code: 'route.stageUnavailable' } });
        expect(route.reason.text).toBe(`Not open: this stage is ${words} for this pupil`);
        expect(route.outcomes?.filter((outcome) => outcome.open)).toEqual([]);
      }
      const summary = engine.summarise(input);
      expect(summary.nextSteps.join('\n')).not.toMatch(/will decide/);
      expect(summary.routes?.map((route) => route.reason)).toEqual([
        `Not open: this stage is ${words} for this pupil`,
        `Not open: this stage is ${words} for this pupil`,
      ]);
    });
  }
});
