/** A small valid pathway for form tests. */
export function basePathway(): Record<string, unknown> {
  return {
    schemaVersion: '1.1',
    id: 'test-pathway',
    version: '1',
    title: 'Test pathway',
    authority: { name: 'Test Council' },
    measures: [
      { id: 'attendance', title: 'Attendance this year', kind: 'attendancePercentage' },
      { id: 'meeting-date', title: 'Date of the meeting', kind: 'date' },
    ],
    cohorts: [{ id: 'looked-after', title: 'Child looked after' }],
    roles: [
      { id: 'school', title: 'Schools', kind: 'school' },
      { id: 'la', title: 'The Local Authority', kind: 'localAuthority' },
      { id: 'ewo', title: 'Education welfare officer', kind: 'partner' },
    ],
    stages: [
      { id: 'universal', title: 'Universal', universal: true },
      {
        id: 'targeted',
        title: 'Targeted support',
        bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
      },
    ],
    referrals: [
      {
        id: 'enforcement',
        title: 'Referral to enforcement',
        target: { name: 'Attendance panel', kind: 'panel' },
        channel: { kind: 'email', email: 'attendance@example.gov.uk' },
      },
    ],
  };
}
