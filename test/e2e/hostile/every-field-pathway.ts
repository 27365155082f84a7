/**
 * The base pathway for the hostile-text test: small, valid, and using EVERY authored text field
 * the schema allows (the test checks this against the schema, so a new field in the format
 * fails the test until it is added here). Its shape makes one predictable journey:
 * attendance 88% places the pupil at "Targeted support", which requires the universal stage's
 * questions, has a route, gates, and a referral that asks for pupil details; ticking both
 * circumstances applies an "advise" and a "reassign" exception.
 */
export const EVERY_FIELD_PATHWAY = {
  schemaVersion: '1.1',
  id: 'every-field',
  version: '2024.1',
  title: 'Every field pathway',
  authority: { name: 'Example Council', service: 'Attendance Support Team', url: 'https://example.gov.uk/attendance' },
  summary: 'A pathway that uses every text field of the format.',
  journey: { audience: 'school', role: 'school', end: { kind: 'referral', label: 'referral to the attendance panel' } },
  introduction: ['Read this pathway alongside the national guidance.', 'Support comes first.'],
  effectiveFrom: '2024-09-01',
  lastUpdated: '2024-10-01',
  reviewBy: '2025-09-01',
  changelog: [{ version: '2024.1', published: '2024-09-01', kind: 'major', summary: 'The first published version.', changes: ['Stage "Targeted support" added'] }],
  sources: [{ title: 'Attendance pathway (PDF)', url: 'https://example.gov.uk/pathway.pdf', description: 'The published pathway.' }],
  statutoryReferences: [
    {
      title: 'Working together to improve school attendance',
      citation: 'DfE, 2024',
      url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      quote: 'Support first.',
    },
  ],
  measures: [
    {
      id: 'attendance',
      title: 'Attendance this academic year',
      description: 'Sessions attended divided by possible sessions.',
      kind: 'attendancePercentage',
      decimals: 1,
      baseline: { title: 'Attendance when support started', description: 'The figure on the day the plan was agreed.' },
    },
    {
      id: 'lateness',
      title: 'Late arrivals this term',
      description: 'Count each late mark.',
      kind: 'number',
      unit: 'late marks',
      minimum: 0,
      maximum: 500,
    },
    {
      id: 'last-notice',
      title: 'Date of the last penalty notice (if any)',
      kind: 'date',
      ifBlank: 'No earlier penalty notice has been recorded',
    },
  ],
  classifications: [
    { id: 'pa', label: 'Persistent absence (90% and under)', measure: 'attendance', upper: { value: 90, inclusive: true } },
  ],
  cohorts: [
    { id: 'looked-after', title: 'Child looked after', description: 'In the care of the local authority.' },
    { id: 'ehcp', title: 'Has an EHCP', description: 'Education, health and care plan.' },
  ],
  roles: [
    { id: 'school', title: 'Schools', kind: 'school', description: 'The school the pupil is on roll at.' },
    { id: 'la', title: 'The local authority', kind: 'localAuthority', description: 'The attendance support team.' },
  ],
  stages: [
    {
      id: 'universal',
      title: 'Universal support',
      subtitle: 'WHOLE SCHOOL',
      dfeStages: ['expect', 'monitor'],
      description: 'What every school does for every pupil.',
      guidance: ['Build relationships with families.'],
      universal: true,
      entry: { description: 'Every pupil is here.' },
      exit: { description: 'Never: this stage always applies.' },
      lead: { role: 'school', description: 'The attendance champion leads.' },
      actions: [
        {
          role: 'school',
          force: 'must',
          heading: 'Schools are expected to:',
          actions: [{ id: 'policy', text: 'Publish an attendance policy.', due: { amount: 2, unit: 'weeks' } }],
        },
      ],
      questions: [
        {
          id: 'q-discussed',
          text: 'Have you discussed attendance with the parent?',
          type: 'yesNo',
          help: 'A meeting or a phone call counts.',
          unmetMessage: 'Talk to the parent before going further.',
          evidence: [
            {
              id: 'e-meeting-notes',
              title: 'Notes of the meeting',
              description: 'Who attended and what was agreed.',
              required: false,
              severity: 'advisory',
              resources: [{ title: 'Meeting template', url: '/templates/meeting.docx', description: 'A template for notes.' }],
            },
          ],
          resources: [{ title: 'Conversation guide', url: 'https://example.gov.uk/guide', description: 'How to start the conversation.' }],
        },
        {
          id: 'q-last-meeting',
          text: 'When did you last meet the parent?',
          type: 'date',
          required: false,
          ifBlank: 'There has been no meeting with the parent yet',
        },
      ],
      evidence: [
        {
          id: 'e-register',
          title: 'A copy of the attendance register',
          description: 'The last 10 school weeks.',
          recency: { amount: 2, unit: 'weeks' },
          resources: [{ title: 'Register guidance', url: 'https://example.gov.uk/register' }],
        },
      ],
      gates: [
        {
          id: 'g-discussed',
          title: 'Parent has been spoken to',
          description: 'Support must be offered first.',
          condition: { answer: 'q-discussed', in: ['yes'] },
          unmetMessage: 'Arrange a meeting with the parent.',
        },
      ],
      routes: [
        {
          id: 'route-plan',
          title: 'Route 1: attendance plan',
          description: 'When the family engages.',
          actions: [{ role: 'la', force: 'should', heading: 'The local authority should:', actions: [{ text: 'Offer advice.' }] }],
          questions: [
            {
              id: 'q-plan-kind',
              text: 'What kind of plan is in place?',
              type: 'choice',
              options: [
                { value: 'written', label: 'A written plan' },
                { value: 'verbal', label: 'A verbal agreement' },
              ],
            },
          ],
          evidence: [{ id: 'e-plan', title: 'The plan', description: 'Signed by the parent.', required: false, severity: 'advisory' }],
          timeLimits: [{ id: 'tl-route', title: 'Plan review', kind: 'review', duration: { amount: 6, unit: 'schoolWeeks' }, starts: 'the plan is agreed' }],
          outcomes: [{ id: 'o-route', title: 'Plan working', description: 'Keep reviewing.', kind: 'continue' }],
        },
      ],
      timeLimits: [
        {
          id: 'tl-support',
          title: 'Early support',
          kind: 'support',
          duration: { amount: 6, unit: 'months', qualifier: 'upTo' },
          starts: 'the first meeting',
          extension: { duration: { amount: 3, unit: 'months' }, description: 'When progress is being made.' },
          onExpiry: { description: 'Review whether to escalate.', outcome: 'o-escalate' },
          onBreach: { when: { cohort: 'looked-after' }, description: 'Tell the virtual school at once.' },
        },
      ],
      outcomes: [{ id: 'o-escalate', title: 'Escalate to targeted support', description: 'When support has not worked.', kind: 'escalate', to: 'targeted' }],
      resources: [{ title: 'Attendance toolkit', url: 'https://example.gov.uk/toolkit', description: 'Letters and templates.' }],
      contacts: ['attendance-team'],
      notes: ['Keep a chronology from the start.'],
    },
    {
      id: 'targeted',
      title: 'Targeted support',
      subtitle: 'INDIVIDUAL',
      description: 'For pupils whose attendance is 90% and under.',
      bands: [{ id: 'band-pa', label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
      requires: { stages: ['universal'], description: 'The universal stage must be complete and evidenced.' },
      lead: { role: 'la', description: 'A lead professional is named.' },
      questions: [
        {
          id: 'q-support',
          text: 'How far has support been put in place?',
          type: 'choice',
          options: [
            { value: 'full', label: 'Fully' },
            { value: 'partial', label: 'Partly' },
            { value: 'none', label: 'Not yet' },
          ],
          expect: ['full'],
          unmetMessage: 'Put support in place first.',
        },
      ],
      gates: [
        {
          id: 'g-register',
          title: 'Register evidence held',
          description: 'Needed for any referral.',
          condition: { evidence: 'e-register' },
          severity: 'advisory',
          unmetMessage: 'Print the register.',
        },
      ],
      referrals: ['attendance-panel'],
      contacts: ['attendance-team'],
    },
  ],
  requirements: [{ id: 'req-plan', title: 'Support plan written once', description: 'Every pupil at this stage has a support plan.', stages: ['targeted'] }],
  exceptions: [
    {
      id: 'ehcp-advice',
      title: 'Pupils with an EHCP',
      when: { cohort: 'ehcp' },
      effect: 'advise',
      message: 'Involve the SEND team and review the plan.',
    },
    {
      id: 'cla-lead',
      title: 'Children looked after',
      when: { cohort: 'looked-after' },
      effect: 'reassign',
      stages: ['targeted'],
      lead: 'the virtual school head',
      message: 'The virtual school leads for children looked after.',
    },
  ],
  referrals: [
    {
      id: 'attendance-panel',
      title: 'Referral to the attendance panel',
      description: 'When targeted support has not worked.',
      target: { name: 'Attendance panel', kind: 'panel', description: 'Meets every month.' },
      channel: {
        kind: 'email',
        email: 'panel@example.gov.uk',
        url: 'https://example.gov.uk/refer',
        phone: '01632 960001',
        instructions: 'Email the panel with the details below.',
      },
      fields: [
        { id: 'child-name', label: "Child's name", type: 'text', help: 'As on the register.' },
        { id: 'date-of-birth', label: 'Date of birth', type: 'date', help: 'For example, 27 3 2014.' },
      ],
      include: [{ id: 'i-chronology', title: 'A chronology', description: 'Everything done so far.', required: false, severity: 'advisory' }],
      gates: [
        {
          id: 'g-panel',
          title: 'Support was offered',
          description: 'The panel only takes cases where support was offered.',
          condition: { answer: 'q-discussed', in: ['yes'] },
          unmetMessage: 'Offer support first.',
        },
      ],
      response: 'The panel will email you a date.',
      outcomes: [{ id: 'o-panel', title: 'Case closed', description: 'Attendance improved.', kind: 'close' }],
    },
  ],
  resources: [{ title: 'Guidance for schools', url: 'https://example.gov.uk/guidance', description: 'All our guidance.' }],
  contacts: [
    {
      id: 'attendance-team',
      name: 'Attendance team',
      description: 'Advice for schools.',
      email: 'attendance@example.gov.uk',
      phone: '01632 960000',
      url: 'https://example.gov.uk/contact',
    },
  ],
} as const;
