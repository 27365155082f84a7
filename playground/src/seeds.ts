/** The pathways the picker offers: every seed in `pathways/` (loaded at build time) and a blank one. */
import { BLANK_PATHWAY_ID } from '@pathway/editor';
import type { Pathway } from '@pathway/schema';

const modules = import.meta.glob<Pathway>('../../pathways/*.json', { eager: true, import: 'default' });

export interface Choice {
  /** The picker's value: the seed's file name, or "blank". */
  key: string;
  /** What the picker shows: the authority, then the title. */
  label: string;
  /** A fresh copy of the pathway as it starts. */
  create(): Pathway;
}

/** The smallest pathway the format accepts: one measure and one stage, for an author to build on. */
export function blankPathway(): Pathway {
  return {
    schemaVersion: '1.1',
    // The designer knows this short name as made up: it follows the title until the author writes one.
    id: BLANK_PATHWAY_ID,
    version: '1',
    title: 'New pathway',
    authority: { name: 'Your council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    stages: [{ id: 'first-stage', title: 'First stage' }],
  } as Pathway;
}

/** The short names in the blank pathway that nobody wrote: they follow their titles in the designer. */
export function madeUpIds(pathway: Pathway): string[] {
  return [...pathway.measures, ...pathway.stages].map((item) => item.id);
}

/** The seeds, sorted by authority, by file name (e.g. "wigan.json"). */
export const seeds: Record<string, Pathway> = Object.fromEntries(
  Object.entries(modules).map(([path, pathway]) => [path.split('/').pop()!, pathway]),
);

export const BLANK = 'blank';

export const choices: Choice[] = [
  ...Object.entries(seeds)
    .map(([key, seed]) => ({ key, label: `${seed.authority.name}: ${seed.title}`, create: () => structuredClone(seed) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
  { key: BLANK, label: 'A blank pathway', create: blankPathway },
];

export function choiceFor(key: string): Choice | undefined {
  return choices.find((choice) => choice.key === key);
}
