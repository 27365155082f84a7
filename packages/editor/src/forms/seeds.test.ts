/** Every named thing in every seed pathway has a form, and a seed's fullest stage, opened, passes axe. */
import { afterEach, describe, expect, it } from 'vitest';
import { outlinePathway } from '@pathway/core';
import wigan from '../../../../pathways/wigan.json' with { type: 'json' };
import norfolk from '../../../../pathways/norfolk.json' with { type: 'json' };
import southwark from '../../../../pathways/southwark.json' with { type: 'json' };
import county from '../../../../pathways/county-chronic-non-attendance.json' with { type: 'json' };
import { axeViolations } from './testing/axe.js';
import { mountForm, settle } from './testing/keyboard.js';

afterEach(() => document.body.replaceChildren());

const seeds: [string, unknown][] = [
  ['wigan', wigan],
  ['norfolk', norfolk],
  ['southwark', southwark],
  ['county', county],
];

describe.each(seeds)('the %s seed', (_name, seed) => {
  it('has a form for the pathway and for every named thing in it', async () => {
    const { form } = await mountForm(seed, '');
    const pointers = ['', ...outlinePathway(seed).entities.map((entity) => entity.pointer)];
    for (const pointer of pointers) {
      form.pointer = pointer;
      await form.updateComplete;
      const root = form.shadowRoot!;
      expect(root.querySelector('h2.heading'), pointer).not.toBeNull();
      expect(root.textContent, pointer).not.toContain('nothing here to edit');
    }
  });

  it("its fullest stage, every item open, passes axe", async () => {
    const stages = (seed as { stages: Record<string, unknown>[] }).stages;
    const size = (stage: Record<string, unknown>) => JSON.stringify(stage).length;
    const fullest = stages.indexOf([...stages].sort((a, b) => size(b) - size(a))[0]);
    const { form } = await mountForm(seed, `/stages/${fullest}`);
    for (const summary of form.shadowRoot!.querySelectorAll('summary')) summary.click();
    await settle(6);
    expect(await axeViolations(form)).toEqual([]);
  });
});
