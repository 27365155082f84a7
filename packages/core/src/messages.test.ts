import { describe, expect, it } from 'vitest';
import { message, messages, reason } from './messages.js';
import { midSentence, theNamed } from './text.js';

describe('messages', () => {
  it('makes a reason from a code and params, keeping both beside the text', () => {
    expect(reason('band.match', { value: '88%', band: '90% and under' })).toEqual({
      code: 'band.match',
      text: '88% is 90% and under',
      params: { value: '88%', band: '90% and under' },
    });
  });

  it('lets a UI re-word a reason from its code and params alone', () => {
    const original = reason('placement.gap', { value: '95%' });
    const welsh = { 'placement.gap': (p: Record<string, string | number>) => `Nid yw ${p.value} mewn unrhyw fand` };
    expect(welsh[original.code as 'placement.gap'](original.params ?? {})).toBe('Nid yw 95% mewn unrhyw fand');
  });

  it('shares one frozen reason per code without params', () => {
    const a = reason('question.notAnswered');
    expect(reason('question.notAnswered')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toEqual({ code: 'question.notAnswered', text: 'Not answered yet', params: {} });
  });

  it('has English text for every code', () => {
    for (const [code, format] of Object.entries(messages)) {
      const text = (format as (p: Record<string, string>) => string)(new Proxy({}, { get: (_, key) => `<${String(key)}>` }));
      expect(text, code).toMatch(/\S/);
      expect(text, code).not.toMatch(/undefined/);
    }
    expect(message('answer.na')).toBe('Not applicable');
  });
});

describe('a route named in a sentence (theNamed)', () => {
  const said = (route: string) =>
    Object.entries(messages)
      .map(([code, format]) => [code, (format as (p: Record<string, string>) => string)(new Proxy({}, { get: (_, key) => (key === 'route' ? route : `<${String(key)}>`) }))] as const)
      .filter(([, text]) => text.includes(route));

  it('never says "the route "Route A"": a title that starts with the word is said alone', () => {
    for (const title of ['"Route A"', '"route 2: contract"', '"Route"', '"ROUTE 1 – Penalty notice warning"']) {
      const texts = said(title);
      expect(texts.length).toBeGreaterThan(5);
      for (const [code, text] of texts) expect(text, code).not.toMatch(/\broute\s+["“]?route\b/iu);
    }
    expect(messages['duty.routeNotChosen']({ route: '"Route A"' })).toBe('Applies once "Route A" is chosen');
    expect(messages['next.decideOn']({ by: 'The panel', route: '"route 2: contract"' })).toBe('The panel will decide whether to take "route 2: contract".');
  });

  it('keeps "the route" before any other title, even one with "route" later or in a longer word', () => {
    const sayingIt = (title: string) => said(title).filter(([, text]) => text.includes(`the route ${title}`)).map(([code]) => code);
    expect(sayingIt('"Notice to Improve"').length).toBeGreaterThanOrEqual(10);
    for (const title of ['"Routes to support"', '"Early help route"', '“Notice to Improve”']) expect(sayingIt(title), title).toEqual(sayingIt('"Notice to Improve"'));
    expect(theNamed('route', 'Routeing plan')).toBe('the route Routeing plan');
  });

  it('reads the title quoted or not, with either quotes, and starts a sentence when asked', () => {
    expect(theNamed('route', 'Route A')).toBe('Route A');
    expect(theNamed('route', '“Route A”', 'The ')).toBe('“Route A”');
    expect(theNamed('route', '“Notice to Improve”', 'The ')).toBe('The route “Notice to Improve”');
    expect(theNamed('route', ' route-2 ')).toBe(' route-2 ');
  });
});

describe('a stage named in a sentence (theNamed, the same rule as a route)', () => {
  it('says a stage whose title starts with the word by its title alone, and "the stage" before any other', () => {
    expect(messages['next.insteadStage']({ stage: '"Stage 3"' })).toBe('go to "Stage 3"');
    expect(messages['next.insteadStage']({ stage: '"Legal intervention"' })).toBe('go to the stage "Legal intervention"');
    expect(theNamed('stage', '"Stages of support"', '')).toBe('stage "Stages of support"');
    expect(theNamed('time limit', '"Time limit 1"')).toBe('"Time limit 1"');
  });
});

describe('midSentence: authored text after words of ours', () => {
  it('lowers only a plain first word, in any alphabet, and keeps every other capital', () => {
    expect(midSentence('Attendance at the PRU')).toBe('attendance at the PRU');
    expect(midSentence('No earlier notice has been issued')).toBe('no earlier notice has been issued');
    expect(midSentence('NTI issued')).toBe('NTI issued');
    expect(midSentence('PRU attendance')).toBe('PRU attendance');
    expect(midSentence('Ôl-ddyddiad y llythyr')).toBe('ôl-ddyddiad y llythyr');
    expect(midSentence('Presenoldeb yng Nghymru')).toBe('presenoldeb yng Nghymru');
    // A name in title case keeps its capitals; a sentence-case title with a name in it does not.
    expect(midSentence('Virtual School Head')).toBe('Virtual School Head');
    expect(midSentence('Date of the Attendance Meeting')).toBe('Date of the Attendance Meeting');
    expect(midSentence('Date Fernhill was told about the child')).toBe('date Fernhill was told about the child');
    expect(midSentence('Stage 4')).toBe('stage 4');
    expect(midSentence("The child's social worker")).toBe("the child's social worker");
  });
});
