/**
 * What the widget tells a school or an LA officer on the fifteenth round of pathways written
 * from the guide alone (core's fixtures/guide-authored: Eastwick, an LA officer's fast track to
 * prosecution with a court date 12 school weeks ahead; Pendle Vale, children missing education
 * and pupils living in another LA, with no attendance figures at all). Each is a rule for any
 * pathway: the start page never asks for attendance figures a pathway does not have.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import eastwickJson from '@pathway/core/fixtures/guide-authored/eastwick-fast-track.json';
import pendleJson from '@pathway/core/fixtures/guide-authored/pendle-cme-cross-border.json';
import { expectWalkToSummary } from '../testing/driver.js';
import { copyOf } from '../testing/fixtures.js';
import { cleanup, mountWidget, textOf } from '../testing/mount.js';

afterEach(cleanup);

const pendle = pendleJson as unknown as Pathway;
const AS_OF = '2027-01-20';

describe('the two pathways of round 15, walked by a driver that knows nothing of them', () => {
  it.each([
    ['eastwick', eastwickJson],
    ['pendle', pendleJson],
  ])('%s: a pupil the driver invents reaches the summary, with no error', (_name, pathway) => expectWalkToSummary(copyOf(pathway), AS_OF));
});

describe('Pendle Vale: a pathway with no attendance figures', () => {
  it('the start page does not ask for the pupil’s attendance figures', async () => {
    const widget = await mountWidget({ pathway: pendle, attributes: { 'as-of': AS_OF } });
    const start = textOf(widget.shadowRoot!.querySelector<HTMLElement>('main, [part~="page"]') ?? (widget.shadowRoot!.firstElementChild as HTMLElement));
    expect(start).toContain('You will need the pupil');
    expect(start).not.toContain('attendance figures');
  });
});
