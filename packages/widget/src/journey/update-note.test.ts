import { describe, expect, it } from 'vitest';
import { emptyChangeReport, type DraftChangeReport } from '../drafts/draft-envelope.js';
import { en } from '../i18n/strings.js';
import { createFormatter } from '../i18n/format.js';
import { changePhrases } from './update-note.js';

const format = createFormatter('en-GB', en);

const report = (stages: DraftChangeReport['stages']): DraftChangeReport => ({ ...emptyChangeReport('1', '2'), stages });

describe('what the note says changed about stages', () => {
  it('names stages renamed, added and removed', () => {
    expect(changePhrases(report({ renamed: [{ from: 'Tier 1', to: 'Tier one' }], added: ['Tier 4'], removed: ['Tier 3'] }), en, format)).toEqual([
      'stage "Tier 1" renamed to "Tier one"',
      'stage "Tier 4" added',
      'stage "Tier 3" removed',
    ]);
  });

  it('says nothing of a stage whose short name changed and whose title did not: to a school it is the same stage', () => {
    expect(changePhrases(report({ renamed: [], added: ['Legal intervention'], removed: ['Legal intervention'] }), en, format)).toEqual([]);
    expect(changePhrases(report({ renamed: [], added: ['Legal intervention', 'Tier 4'], removed: ['Legal intervention'] }), en, format)).toEqual(['stage "Tier 4" added']);
  });
});
