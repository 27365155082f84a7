/**
 * A pathway with a different `id` is a different pathway (another council's, another service's):
 * its journey starts afresh, with no "pathway was updated" note and nothing carried over. The
 * same id with changes carries the journey over (issue-8-changed-definition.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyOf, seeds } from '../testing/fixtures.js';
import { byId, cleanup, headingOf, mountWidget, recordEvents, settle, textOf } from '../testing/mount.js';
import { continueOn, enterPercentage, start, tickCohort } from '../testing/journey.js';

afterEach(cleanup);

describe('a pathway with another id', () => {
  it('starts its journey afresh, with no update note and nothing carried over', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await start(widget);
    await enterPercentage(widget, '45');
    await tickCohort(widget, 'looked-after');
    await continueOn(widget);
    const changes = recordEvents(widget, 'pathway-change');
    const ready = recordEvents(widget, 'pathway-ready');

    // Norfolk's pathway also has an "attendance" figure: it must not arrive filled in.
    widget.pathway = copyOf(seeds.norfolk);
    await settle(widget);
    expect(widget.shadowRoot!.querySelector('[data-update-note]')).toBeNull();
    expect(textOf(widget)).not.toContain('The pathway was updated');
    expect(headingOf(widget)).toContain(seeds.norfolk.title);
    expect(ready.map((event) => event.detail.pathwayId)).toEqual([seeds.norfolk.id]);
    // The page hears that what was entered on the last pathway is gone.
    expect(changes.at(-1)?.detail).toMatchObject({ measures: {}, cohorts: [], answers: {} });
    await start(widget);
    expect(byId<HTMLInputElement>(widget, 'm-attendance-percentage').value).toBe('');
  });

  it('the same id, changed, still carries the journey over', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await start(widget);
    await enterPercentage(widget, '45');
    const changed = copyOf(seeds.wigan);
    changed.title = `${seeds.wigan.title} (revised)`;
    widget.pathway = changed;
    await settle(widget);
    expect(byId<HTMLInputElement>(widget, 'm-attendance-percentage').value).toBe('45');
  });
});
