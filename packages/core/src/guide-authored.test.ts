/**
 * The pathways written from the guide alone (fixtures/guide-authored) are what their author
 * meant them to be: valid, with no lint error (warnings are an author's to tidy), and the
 * engine works every one of them for an untouched case.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway, type Pathway } from '@pathway/schema';
import { createPathway } from './index.js';
import { lintPathway } from './lint/index.js';

const folder = new URL('../fixtures/guide-authored/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

describe('pathways written from the guide alone', () => {
  it('are all here', () => {
    expect(files.sort()).toEqual([
      'aldermoor-cohorts.json',
      'ashby-consult-penalty.json',
      'ashcombe-trend.json',
      'ashgrove-suspension-ap.json',
      'blackwater-punctuality.json',
      'brackley-subthreshold.json',
      'brantwell-not-while.json',
      'brindle-bands-labels.json',
      'brookvale-trust-v1.json',
      'brookvale-trust-v2.json',
      'carrow-ptt-ap.json',
      'castlebridge-legal.json',
      'corbridge-referral-packages.json',
      'dunhallow-step-down.json',
      'dunmore-la-intake.json',
      'dunsmoor-phases.json',
      'dyffryn-cymraeg.json',
      'eastmere.json',
      'eastwick-fast-track.json',
      'felsham-medical.json',
      'fenwick-ebsa.json',
      'fernhill-ehe-sao.json',
      'greyford-after-court.json',
      'hallamford-days-events.json',
      'hartmoor-dual-registration.json',
      'harwick.json',
      'hollinsford-six-stages.json',
      'kelbridge-cme.json',
      'kelbridge-redirect-referral-only.json',
      'ketterby-early-years.json',
      'literal-borough-everything.json',
      'lowbury-columns.json',
      'marlow-penalty.json',
      'marshford-county-ladder.json',
      'millbrook-v1.json',
      'millbrook-v2.json',
      'northbrook.json',
      'oakfield-virtual-school.json',
      'pelham-falling.json',
      'pellingham-flowchart.json',
      'pendle-cme-cross-border.json',
      'ravensholme-leave.json',
      'redbank-plain.json',
      'riverside-trust-letters.json',
      'saltford.json',
      'tarnby-v1-renamed-only.json',
      'tarnby-v1.json',
      'tarnby-v2.json',
      'thornbury-la.json',
      'thornbury-universal.json',
      'wendlebury-letters-year11.json',
      'wexcombe-sequence.json',
    ]);
  });

  it.each(files)('%s is valid, lint finds no error, and the engine works it', (name) => {
    const pathway = JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Pathway;
    expect(validatePathway(pathway), JSON.stringify(validatePathway.errors)).toBe(true);
    expect(lintPathway(pathway).filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(createPathway(pathway).summarise({ asOf: '2025-03-10' }).pathway.id).toBe(pathway.id);
  });
});
