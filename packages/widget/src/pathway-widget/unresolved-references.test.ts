/**
 * A pathway that names something it does not have (a misspelt stage, an undefined
 * circumstance) is refused with each mistake said where it is, as lint would: worked as it
 * stands, the reference would silently never hold, so a child looked after would be referred for
 * enforcement because the exception meant to stop it names "lookd-after".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../testing/accessibility.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { cleanup, eventually, headingOf, mountWidget, recordEvents, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const problems = (widget: PathwayWidget) => [...widget.shadowRoot!.querySelectorAll('[data-problems] li')].map((item) => textOf(item));

describe('a pathway that names something it does not have', () => {
  it('is refused, each reference named where it is, and a corrected one is worked', async () => {
    const broken = copyOf(seeds.wigan) as unknown as { exceptions: { when: unknown; stages: string[] }[] };
    broken.exceptions[0].when = { cohort: 'lookd-after' };
    broken.exceptions[0].stages = ['enforcement-referal'];
    const errors = recordEvents(document.body, 'pathway-error');
    const widget = await mountWidget({ pathway: broken });
    await eventually(() => expect(headingOf(widget)).toBe('Sorry, this pathway cannot be shown'));
    const named = [
      'Exception "Child Looked After (CLA)" › applies when › circumstance: "lookd-after" is not the name of anything in this pathway that fits here.',
      'Exception "Child Looked After (CLA)" › stages affected: "enforcement-referal" is not the name of anything in this pathway that fits here.',
    ];
    expect(problems(widget)).toEqual(named);
    // What the council should run to find its mistakes is for the web team, not the school.
    expect(textOf(widget)).not.toContain('pathway lint');
    await eventually(() => expect(errors).toHaveLength(1));
    expect(errors[0].detail.code).toBe('invalid-pathway');
    expect(errors[0].detail.message).toBe(
      [
        'The pathway has mistakes that must be fixed by the council that publishes it:',
        ...named,
        'Check the file with "pathway validate" and "pathway lint" (the Pathway command line), which name each mistake (a name that names nothing is often misspelt); the council that publishes the pathway must fix it and publish it again.',
      ].join('\n'),
    );
    expect(await axeViolations(widget)).toEqual([]);

    widget.pathway = seeds.wigan;
    await eventually(() => expect(headingOf(widget)).not.toBe('Sorry, this pathway cannot be shown'));
  });
});
