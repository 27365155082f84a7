import { describe, expect, it } from 'vitest';
import { message, messages, reason } from './messages.js';

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
