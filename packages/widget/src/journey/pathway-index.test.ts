import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { indexPathway } from './pathway-index.js';

describe('indexPathway (from core\'s outline)', () => {
  it('finds questions and evidence wherever the format allows them: stages, routes, questions, referrals and requirements written once', () => {
    const pathway = {
      schemaVersion: '1.1',
      id: 'p',
      version: '1',
      title: 'P',
      authority: { name: 'A' },
      measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
      stages: [
        {
          id: 'tier-1',
          title: 'Tier 1',
          questions: [{ id: 'q1', text: 'Q1?', type: 'yesNo', evidence: [{ id: 'e-q1', title: 'Minutes' }] }],
          routes: [{ id: 'r', title: 'R', questions: [{ id: 'q-route', text: 'QR?', type: 'yesNo' }], evidence: [{ id: 'e-route', title: 'Letter' }] }],
          timeLimits: [{ id: 't', title: 'T', duration: { amount: 2, unit: 'weeks' } }],
        },
      ],
      requirements: [{ id: 'plan', title: 'Plan', questions: [{ id: 'q-plan', text: 'Is there a plan?', type: 'yesNo' }] }],
      referrals: [
        {
          id: 'ref',
          title: 'Ref',
          target: { name: 'Panel', kind: 'panel' },
          channel: { kind: 'email' },
          fields: [{ id: 'name', label: 'Name', type: 'text' }],
          include: [{ id: 'e-ref', title: 'Printout' }],
        },
      ],
    } as unknown as Pathway;
    const index = indexPathway(pathway);
    expect([...index.questions].map(([id, q]) => `${id}: ${q.text}`)).toEqual(['q1: Q1?', 'q-route: QR?', 'q-plan: Is there a plan?']);
    expect(index.evidence.get('e-q1')?.questionId).toBe('q1');
    expect(index.evidence.get('e-ref')?.questionId).toBeUndefined();
    expect(index.evidence.has('e-route')).toBe(true);
    expect([...index.fields.keys()]).toEqual(['name']);
    expect([...index.timeLimits.keys()]).toEqual(['t']);
  });
});
