/** `<pe-library>`: the choice of what a new pathway starts from has a label the author can see (GOV.UK: every field has a visible label). */
import { afterEach, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import wigan from '../../../../pathways/wigan.json' with { type: 'json' };
import '../embed.js';
import type { PathwayLibrary } from './pathway-library.js';

let library: PathwayLibrary | undefined;
afterEach(() => library?.remove());

it('"Start a new pathway from" is a visible label of its select', async () => {
  library = document.createElement('pe-library') as PathwayLibrary;
  library.seeds = [{ name: 'Wigan', pathway: wigan as unknown as Pathway }];
  document.body.append(library);
  await library.ready();
  const select = library.shadowRoot!.querySelector<HTMLSelectElement>('#start-from')!;
  const label = [...select.labels].find((l) => l.textContent?.trim() === 'Start a new pathway from');
  expect(label).toBeDefined();
  const box = label!.getBoundingClientRect();
  expect(box.width).toBeGreaterThan(50);
  expect(box.height).toBeGreaterThan(10);
  expect(getComputedStyle(label!).position).not.toBe('absolute');
});
