/**
 * A pathway that names something it does not have (a misspelt stage, an undefined
 * circumstance) is refused with each mistake said where it is, as lint would: worked as it
 * stands, the reference would silently never hold, so a child looked after would be referred for
 * enforcement because the exception meant to stop it names "lookd-after".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../testing/accessibility.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { cleanup, eventually, headingOf, mountWidget, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const problems = (widget: PathwayWidget) => [...widget.shadowRoot!.querySelectorAll('[data-problems] li')].map((item) => textOf(item));

describe('a pathway that names something it does not have', () => {
  it('is refused, each reference named where it is, and a corrected one is worked', async () => {
    const broken = copyOf(seeds.wigan) as unknown as { exceptions: { when: unknown; stages: string[] }[] };
    broken.exceptions[0].when = { cohort: 'lookd-after' };
    broken.exceptions[0].stages = ['enforcement-referal'];
    const widget = await mountWidget({ pathway: broken });
    await eventually(() => expect(headingOf(widget)).toBe('Sorry, this pathway cannot be shown'));
    expect(problems(widget)).toEqual([
      'Exception "Child Looked After (CLA)" › applies when › circumstance: "lookd-after" is not the name of anything in this pathway that fits here. Check the spelling, or check the pathway with "pathway lint".',
      'Exception "Child Looked After (CLA)" › stages affected: "enforcement-referal" is not the name of anything in this pathway that fits here. Check the spelling, or check the pathway with "pathway lint".',
    ]);
    expect(await axeViolations(widget)).toEqual([]);

    widget.pathway = seeds.wigan;
    await eventually(() => expect(headingOf(widget)).not.toBe('Sorry, this pathway cannot be shown'));
  });
});
