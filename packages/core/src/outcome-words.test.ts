/**
 * An outcome whose title already says where it leads is said once (round 8: "step down to
 * Level 3: step down to Level 3: Targeted support", "close the plan: close the case"); a title
 * that does not is followed by what the outcome does.
 */
import { describe, expect, it } from 'vitest';
import { closeSentence, leadsTo, titleSays } from './text.js';
import { continuesElsewhere } from './outcomes.js';

describe('an outcome title that says where it leads', () => {
  it('names the stage by either part of a title written "Level 3: Targeted support"', () => {
    expect(titleSays('Contract kept: step down to Level 3', 'step down', 'Level 3: Targeted support')).toBe(true);
    expect(titleSays('Contract not kept: move to statutory intervention', 'escalate', 'Level 5: Statutory intervention')).toBe(true);
    expect(titleSays('Still falling: agree a support plan', 'escalate', 'Support plan')).toBe(true);
  });

  it('is not taken to say it when it names another stage, or only part of a word, or nothing but the stage', () => {
    expect(titleSays('No better: escalate to Stage 10', 'escalate', 'Stage 1: Early help')).toBe(false);
    expect(titleSays('Not improving', 'escalate', 'Level 4: Formal support')).toBe(false);
    expect(titleSays('Still below 85%: refer to the Attendance Service', 'escalate', 'Stage 3: Referral to the Attendance Service')).toBe(false);
    expect(titleSays('Support plan', 'escalate', 'Support plan')).toBe(false);
  });

  it('names the stage by a part of a title written "Stage 3 - Letter 3", but never by a part with no word in it', () => {
    expect(titleSays('No improvement: move to Stage 3', 'escalate', 'Stage 3 - Letter 3 and formal support')).toBe(true);
    expect(titleSays('Attendance still below 95', 'escalate', 'Band 90 - 95')).toBe(false);
  });

  it('says where it goes once: the title alone, "… to …" after a title ending in its verb, or "…: verb to …"', () => {
    expect(leadsTo('Improved: step down', 'step down', '"Stage 0 - Universal"')).toBe('Improved: step down to "Stage 0 - Universal".');
    expect(leadsTo('No improvement: move to Stage 3', 'escalate', '"Stage 3 - Letter 3"')).toBe('No improvement: move to Stage 3.');
    expect(leadsTo('Adjourned for improvement', 'go', '"Stage 2: Adjournment"')).toBe('Adjourned for improvement: go to "Stage 2: Adjournment".');
  });

  it('a close outcome whose title already closes something is not followed by "close the case"', () => {
    expect(closeSentence('96% or above held for a half term: close the plan')).toBe('96% or above held for a half term: close the plan.');
    expect(closeSentence('Plan closed')).toBe('Plan closed.');
    expect(closeSentence('Attendance restored: close')).toBe('Attendance restored: close the case.');
    expect(closeSentence('Attendance restored')).toBe('Attendance restored: close the case.');
  });
});

describe('a "continue" outcome that names a stage', () => {
  it('leads there when the stage is another one, and carries on here otherwise', () => {
    const adjourned = { kind: 'continue', to: 'adjournment', title: 'Adjourned for improvement' };
    expect(continuesElsewhere(adjourned, 'hearing')).toBe(true);
    expect(continuesElsewhere(adjourned, 'adjournment')).toBe(false);
    expect(continuesElsewhere({ kind: 'continue' }, 'hearing')).toBe(false);
    // Only "continue" is said this way: an escalation says where it goes by its own words.
    expect(continuesElsewhere({ kind: 'escalate', to: 'adjournment' }, 'hearing')).toBe(false);
  });
});
