/**
 * What the Input pane's case names that the open pathway does not have. The preview and the
 * output ignore such an id without a word, so a case written for another pathway (or the hint's
 * example "looked-after" beside a pathway's "child-looked-after") looks like a pathway that does
 * not work. One sentence for each kind, naming what the pathway has instead.
 */
import { outlinePathway, type EntityKind } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import type { PathwayCase } from './case-input.js';

/** The case's keys that name things of the pathway, what they name, and how each is written. */
const NAMED: readonly { key: keyof PathwayCase; kind: EntityKind; what: string; many: string; shape: 'keys' | 'list' | 'one' }[] = [
  { key: 'measures', kind: 'measure', what: 'measure', many: 'measures', shape: 'keys' },
  { key: 'baselines', kind: 'measure', what: 'measure', many: 'measures', shape: 'keys' },
  { key: 'cohorts', kind: 'cohort', what: 'circumstance', many: 'circumstances', shape: 'list' },
  { key: 'answers', kind: 'question', what: 'question', many: 'questions', shape: 'keys' },
  { key: 'evidence', kind: 'evidence', what: 'evidence item', many: 'evidence items', shape: 'keys' },
  { key: 'stage', kind: 'stage', what: 'stage', many: 'stages', shape: 'one' },
  { key: 'routes', kind: 'route', what: 'route', many: 'routes', shape: 'list' },
  { key: 'outcomes', kind: 'outcome', what: 'outcome', many: 'outcomes', shape: 'list' },
];

/** At most this many of the pathway's own ids are listed in a sentence. */
const LISTED = 6;

function idsIn(value: unknown, shape: 'keys' | 'list' | 'one'): string[] {
  if (shape === 'one') return typeof value === 'string' ? [value] : [];
  if (shape === 'list') return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  return typeof value === 'object' && value !== null ? Object.keys(value) : [];
}

export function caseMismatches(pathway: Pathway, value: PathwayCase): string[] {
  const outline = outlinePathway(pathway);
  const sentences: string[] = [];
  const said = new Set<string>();
  for (const { key, kind, what, many, shape } of NAMED) {
    const own = outline.entities.filter((entity) => entity.kind === kind).map((entity) => entity.id);
    const known = new Set(own);
    const unknown = idsIn(value[key], shape).filter((id) => !known.has(id) && !said.has(`${kind}:${id}`));
    if (unknown.length === 0) continue;
    for (const id of unknown) said.add(`${kind}:${id}`);
    const named = unknown.map((id) => `"${id}"`).join(', ');
    const listed = own.slice(0, LISTED).map((id) => `"${id}"`).join(', ');
    const instead = own.length === 0 ? `it has no ${many}` : `its ${many} are ${listed}${own.length > LISTED ? ` and ${own.length - LISTED} more` : ''}`;
    sentences.push(`This pathway has no ${unknown.length === 1 ? what : many} ${named} (under "${String(key)}"), so the preview ignores ${unknown.length === 1 ? 'it' : 'them'}: ${instead}.`);
  }
  return sentences;
}
