import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway, type Pathway } from '@pathway/schema';
import { lintPathway, lintRules } from './index.js';
import { isSafeLink, linkScheme } from './unsafe-link.js';

const lintFixtures = new URL('../../fixtures/lint/', import.meta.url);
const schemaFixtures = new URL('../../../schema/fixtures/valid/', import.meta.url);
const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Pathway;
const fixtureFiles = readdirSync(lintFixtures).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

describe('lint fixtures: exact messages', () => {
  it('has a fixture for every rule', () => {
    expect(fixtureFiles.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(lintRules).sort());
  });

  it.each(fixtureFiles)('%s', (file) => {
    const pathway = readJson(new URL(file, lintFixtures));
    // Lint works on schema-valid pathways: the fixture must be one, so only lint can object.
    expect(validatePathway(pathway)).toBe(true);
    const expected = readJson(new URL(file.replace(/\.json$/, '.expected.json'), lintFixtures));
    const problems = lintPathway(pathway);
    expect(problems.map(({ severity, code, message, pointer }) => ({ severity, code, message, pointer }))).toEqual(expected);
    const rule = file.replace(/\.json$/, '');
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.code).toBe(`lint.${rule}`);
      expect(problem.message).toBe(`${problem.where}: ${problem.detail}`);
      expect(problem.where).not.toMatch(/\/stages\/|\/\d/);
    }
  });

  it.each(['minimal.json', 'rich.json'])('finds nothing wrong with the valid schema fixture %s', (file) => {
    expect(lintPathway(readJson(new URL(file, schemaFixtures)))).toEqual([]);
  });
});

describe('duplicate-id', () => {
  const base = readJson(new URL('minimal.json', schemaFixtures));

  it('lets two referrals ask for the same field, and a field share an id with a role', () => {
    const referral = (id: string) => ({
      id,
      title: id,
      target: { name: 'Panel', kind: 'panel' as const },
      channel: { kind: 'meeting' as const },
      fields: [{ id: 'school', label: 'School', type: 'text' as const }],
    });
    const pathway: Pathway = { ...base, roles: [{ id: 'school', title: 'Schools' }], referrals: [referral('one'), referral('two')] };
    expect(lintPathway(pathway).filter((p) => p.code === 'lint.duplicate-id')).toEqual([]);
  });
});

describe('expectation', () => {
  const base = readJson(new URL('minimal.json', schemaFixtures));

  it('names at most ten options, so each message stays short however many a question has', () => {
    const options = Array.from({ length: 12 }, (_, i) => ({ value: `o${i + 1}`, label: `Option ${i + 1}` }));
    const question = { id: 'which', text: 'Which?', type: 'choice' as const, options, expect: ['o12', 'nope'] };
    const pathway = { ...base, stages: [{ id: 'support', title: 'Support', questions: [question] }] } as unknown as Pathway;
    expect(lintPathway(pathway).map((p) => p.detail)).toEqual([
      '"nope" is not a possible answer to a single-choice question: use one of its 12 options, such as "o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8", "o9" or "o10"',
    ]);
  });
});

describe('band-coverage', () => {
  const base = readJson(new URL('minimal.json', schemaFixtures));
  const stage = (id: string, lower?: [number, boolean], upper?: [number, boolean]) => ({
    id,
    title: id,
    bands: [
      {
        label: id,
        measure: 'attendance',
        ...(lower ? { lower: { value: lower[0], inclusive: lower[1] } } : {}),
        ...(upper ? { upper: { value: upper[0], inclusive: upper[1] } } : {}),
      },
    ],
  });
  const coverage = (...stages: ReturnType<typeof stage>[]) =>
    lintPathway({ ...base, stages: stages as Pathway['stages'] }).map((p) => p.detail);

  it('is quiet when bands meet exactly', () => {
    expect(coverage(stage('a', undefined, [90, true]), stage('b', [90, false]))).toEqual([]);
  });

  const nowhere = ': a pupil there is placed in no stage; widen a band, or add one, to place them';

  it('reports a single uncovered value', () => {
    expect(coverage(stage('a', undefined, [90, false]), stage('b', [90, false]))).toEqual([`no stage's band covers 90%${nowhere}`]);
  });

  it('reports a shared boundary value as an overlap', () => {
    expect(coverage(stage('a', undefined, [90, true]), stage('b', [90, true]))).toEqual(['overlaps Stage "b" › band "b" at 90%']);
  });

  it('ignores gaps too narrow for the measure to fall in once rounded to one decimal place', () => {
    expect(coverage(stage('a', undefined, [90, true]), stage('b', [90.05, true]))).toEqual([]);
    expect(coverage(stage('a', undefined, [90, true]), stage('b', [90.1, true]))).toEqual([]);
    expect(coverage(stage('a', undefined, [90, true]), stage('b', [90.2, true]))).toEqual([
      `no stage's band covers figures above 90% and below 90.2%${nowhere}`,
    ]);
  });

  it('reports gaps at both ends of the scale', () => {
    expect(coverage(stage('a', [10, true], [90, true]))).toEqual([
      `no stage's band covers figures below 10%${nowhere}`,
      `no stage's band covers figures above 90%${nowhere}`,
    ]);
  });

  it("does not count a universal stage's bands, which never place anyone", () => {
    const universal = { ...stage('everyone', [90, false], [100, true]), universal: true };
    expect(coverage(universal, stage('a', undefined, [90, true]))).toEqual([`no stage's band covers figures above 90%${nowhere}`]);
  });

  describe('in a format 1.1 pathway, where a pupil no band places is at the starting stage', () => {
    const v11 = (extra: Partial<Pathway>, ...stages: object[]) =>
      lintPathway({ ...base, schemaVersion: '1.1', ...extra, stages: stages as Pathway['stages'] })
        .filter((p) => p.code === 'lint.band-coverage')
        .map((p) => p.detail);
    const everyone = { id: 'everyone', title: 'Universal offer', universal: true };
    const first = { id: 'first-day', title: 'Day 1' };

    it('says nothing of the figures above the top band: those pupils are at the universal or start stage', () => {
      expect(v11({}, everyone, stage('a', [80, true], [90, true]), stage('b', undefined, [80, false]))).toEqual([]);
      expect(v11({ start: 'first-day' }, first, stage('a', undefined, [92, true]))).toEqual([]);
    });

    it('says where a pupil in a gap between bands, or below the bottom band, is instead', () => {
      expect(v11({}, everyone, stage('a', [80, true], [90, true]), stage('b', [10, true], [79, true]))).toEqual([
        `no stage's band covers figures below 10%: a pupil there is at Stage "Universal offer", which applies to every pupil; widen a band if they belong in another stage`,
        `no stage's band covers figures above 79% and below 80%: a pupil there is at Stage "Universal offer", which applies to every pupil; widen a band if they belong in another stage`,
      ]);
      expect(v11({ start: 'first-day' }, first, stage('a', [50, true], [92, true]))).toEqual([
        `no stage's band covers figures below 50%: a pupil there is at Stage "Day 1", where a case starts; widen a band if they belong in another stage`,
      ]);
    });

    it('takes 0% as the best end of an absence figure', () => {
      const absence = { ...base, schemaVersion: '1.1', measures: [{ id: 'absence', title: 'Absence', kind: 'absencePercentage' }] } as Pathway;
      const band = (id: string, lower: number) => ({ id, title: id, bands: [{ label: id, measure: 'absence', lower: { value: lower, inclusive: true } }] });
      const details = (...stages: object[]) => lintPathway({ ...absence, stages: stages as Pathway['stages'] }).map((p) => p.detail);
      expect(details(everyone, band('a', 10))).toEqual([]);
      expect(details(band('a', 10))).toEqual([`no stage's band covers figures below 10%${nowhere}`]);
    });

    it('still says a pupil is placed in no stage when the pathway has no starting stage', () => {
      expect(v11({}, stage('a', [80, true], [90, true]))).toEqual([
        `no stage's band covers figures below 80%${nowhere}`,
        `no stage's band covers figures above 90%${nowhere}`,
      ]);
    });

    it('keeps the format 1.0 warning for a 1.0 pathway with a universal stage, which has no such fallback', () => {
      expect(coverage(everyone as unknown as ReturnType<typeof stage>, stage('a', undefined, [90, true]))).toEqual([
        `no stage's band covers figures above 90%${nowhere}`,
      ]);
    });
  });
});

describe('unlisted-contact', () => {
  const base = readJson(new URL('minimal.json', schemaFixtures));
  const contacts = [{ id: 'team', name: 'Attendance Team' }];

  it('is quiet about a contact a stage or an exception lists', () => {
    const onStage = { ...base, stages: [{ id: 'support', title: 'Support', contacts: ['team'] }], contacts } as Pathway;
    expect(lintPathway(onStage)).toEqual([]);
    const onException = {
      ...base,
      cohorts: [{ id: 'risk', title: 'At risk' }],
      exceptions: [{ id: 'harm', title: 'Harm', when: { cohort: 'risk' }, effect: 'redirect', redirectTo: { stage: 'support', contact: 'team' }, message: 'Call the team.' }],
      contacts,
    } as Pathway;
    expect(lintPathway(onException)).toEqual([]);
  });

  it('names a contact nothing lists by its name, and says where schools see it (every stage, as a general contact)', () => {
    expect(lintPathway({ ...base, contacts } as Pathway).map((p) => p.message)).toEqual([
      "Contact \"Attendance Team\": no stage or exception lists it, so schools see it at every stage, among the pathway's general contacts; if it is for some stages only, add it to their \"Contacts\"",
    ]);
  });
});

describe('unsafe-link', () => {
  it.each([
    ['https://example.gov.uk', 'https', true],
    ['mailto:team@example.gov.uk', 'mailto', true],
    ['/toolkit', undefined, true],
    ['toolkit.pdf', undefined, true],
    ['#section', undefined, true],
    ['?page=2', undefined, true],
    ['http://example.gov.uk', 'http', false],
    ['HTTPS://example.gov.uk', 'https', true],
    ['javascript:alert(1)', 'javascript', false],
    ['java\tscript:alert(1)', 'javascript', false],
    ['java\nscript:alert(1)', 'javascript', false],
    [' \u0001javascript:alert(1)', 'javascript', false],
    // A no-break space is not stripped by browsers, so this is no scheme; the colon before any "/" refuses it.
    ['\u00a0javascript:alert(1)', undefined, false],
    ['JaVaScRiPt:alert(1)', 'javascript', false],
    ['data:text/html,hi', 'data', false],
    ['ftp://example.gov.uk', 'ftp', false],
    ['tel:01234567890', 'tel', false],
    // Relative in form, but another site's address: the widget refuses them, so lint flags them.
    ['//evil.example/x', undefined, false],
    ['/\\evil.example', undefined, false],
    ['\\\\evil.example', undefined, false],
    ['https://', 'https', false],
    ['https://exa mple.gov.uk', 'https', false],
  ])('%j', (url, scheme, safe) => {
    expect(linkScheme(url)).toBe(scheme);
    expect(isSafeLink(url)).toBe(safe);
  });

  describe('a relative address that starts like a site name', () => {
    const base = readJson(new URL('minimal.json', schemaFixtures));
    const warned = (url: string) =>
      lintPathway({ ...base, resources: [{ title: 'Guidance', url }] }).filter((p) => p.code === 'lint.unsafe-link').map((p) => p.severity);

    it.each(['www.example.gov.uk', 'www.example.gov.uk/help', 'example.gov.uk/form.pdf', 'example.nhs.uk', 'example.co.uk?x=1', 'example.com/a', 'charity.org.uk#contact', 'Example.ORG'])(
      '%j is warned of',
      (url) => expect(warned(url)).toEqual(['warning']),
    );

    it.each([
      'guidance/attendance.pdf', '/schools/attendance', '../x', './example.org', 'attendance.pdf', 'toolkit.html#part-2',
      'policy.v2.docx', 'minutes.2024.pdf', '?page=2', '#top', 'www', 'www.', 'annex-a.md', 'https://www.example.gov.uk',
    ])('%j is not', (url) => expect(warned(url)).toEqual([]));
  });

  describe('a mailto: address that cannot be right', () => {
    const base = readJson(new URL('minimal.json', schemaFixtures));
    const details = (url: string) =>
      lintPathway({ ...base, resources: [{ title: 'Early Help', url }] }).filter((p) => p.code === 'lint.unsafe-link').map((p) => `${p.severity}: ${p.detail}`);

    it('warns of an email address with no domain ending, as the email field is warned of', () => {
      expect(details('mailto:earlyhelp@dunmore')).toEqual([
        'warning: "mailto:earlyhelp@dunmore" is not a valid email address: "earlyhelp@dunmore" has no ending after its domain, such as ".gov.uk"',
      ]);
      expect(details('mailto:')).toEqual(['warning: "mailto:" is not a valid email address: it gives no address after "mailto:"']);
      expect(details('mailto:early help@dunmore.gov.uk')).toEqual(['warning: "mailto:early help@dunmore.gov.uk" is not a valid email address: "early help@dunmore.gov.uk" is not one']);
    });

    it.each(['mailto:earlyhelp@dunmore.gov.uk', 'MAILTO:a@b.org?subject=Referral', 'mailto:a@b.org,c@d.gov.uk', 'mailto:early%2Dhelp@dunmore.gov.uk'])(
      '%j is not warned of',
      (url) => expect(details(url)).toEqual([]),
    );
  });

  describe('a relative address that is an email address, or has a space', () => {
    const base = readJson(new URL('minimal.json', schemaFixtures));
    const details = (url: string) =>
      lintPathway({ ...base, resources: [{ title: 'Guidance', url }] }).filter((p) => p.code === 'lint.unsafe-link').map((p) => `${p.severity}: ${p.detail}`);

    it('says to write mailto: before an email address, whatever words are around it', () => {
      expect(details('support@example.gov.uk')).toEqual([
        'warning: "support@example.gov.uk" looks like an email address, but without "mailto:" browsers read it as a page on the site showing the pathway: write "mailto:support@example.gov.uk"',
      ]);
      expect(details('attendance support@example.gov.uk')).toEqual([
        'warning: "attendance support@example.gov.uk" looks like an email address, but without "mailto:" browsers read it as a page on the site showing the pathway: write "mailto:support@example.gov.uk"',
      ]);
    });

    it('says a space breaks an address', () => {
      expect(details('guidance/attendance policy.pdf')).toEqual([
        'warning: "guidance/attendance policy.pdf" has a space in it, which an address cannot have: if there are words around the address, keep only the address; if the page\'s name has a space, write it as "%20"',
      ]);
    });

    it.each(['guidance/attendance-policy.pdf', 'guidance?to=team@example.gov.uk', 'mailto:team@example.gov.uk', 'https://example.gov.uk/a%20b', ' guidance.pdf '])(
      '%j is not warned of',
      (url) => expect(details(url)).toEqual([]),
    );
  });
});

describe('requires-routes-only', () => {
  const fixture = () => readJson(new URL('requires-routes-only.json', lintFixtures));
  const codes = (pathway: Pathway) => lintPathway(pathway).map((problem) => problem.code);

  it('is quiet when the required stage asks something of its own', () => {
    const pathway = fixture();
    pathway.stages[1]!.questions = [{ id: 'support-offered', text: 'Was support offered?', type: 'yesNo' }];
    expect(codes(pathway)).not.toContain('lint.requires-routes-only');
  });

  it('is quiet once a gate here reads one of those routes or what it led to (its advice, followed, ends it)', () => {
    const pathway = fixture();
    const contract = pathway.stages[1]!.routes![0]!;
    contract.outcomes = [{ id: 'contract-broken', title: 'The contract was broken', kind: 'escalate', to: 'legal' }];
    const legal = pathway.stages[3]!;
    legal.gates = [{ id: 'after-contract', title: 'The contract was broken', condition: { outcome: 'contract-broken' } }];
    expect(codes(pathway)).not.toContain('lint.requires-routes-only');
    legal.gates = [{ id: 'after-contract', title: 'The contract route was taken', condition: { route: 'contract' } }];
    expect(codes(pathway)).not.toContain('lint.requires-routes-only');
    // A gate about something else leaves it.
    legal.gates = [{ id: 'other', title: 'Attendance below 50%', condition: { measure: 'attendance', upper: { value: 50, inclusive: false } } }];
    expect(codes(pathway)).toContain('lint.requires-routes-only');
  });

  it('a gate reading a question asked only on another stage\'s route is told to read what the route led to, not to require the stage', () => {
    const pathway = fixture();
    const legal = pathway.stages[3]!;
    legal.requires = { stages: ['checked'] };
    legal.gates = [{ id: 'signed', title: 'A contract was signed', condition: { answer: 'contract-signed', in: ['yes'] } }];
    const said = lintPathway(pathway).filter((problem) => problem.code === 'lint.gate-question').map((problem) => problem.message);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/which is asked only on Route "[^"]+" of Stage "[^"]+", so a school working at this stage is not asked it: the gate can be met only in a journey that took that route first/);
    expect(said[0]).toContain('an "Outcome recorded" rule for one of its outcomes');
    expect(said[0]).not.toContain("add that stage to this stage's required earlier stages");
  });

  it('is quiet when the routes are applied by a rule rather than chosen (their items count toward the stage)', () => {
    const pathway = fixture();
    for (const route of pathway.stages[1]!.routes ?? []) delete route.chosenBy;
    expect(codes(pathway)).not.toContain('lint.requires-routes-only');
  });
});

describe('unreachable-stage after a misspelt outcome', () => {
  const brackley = () =>
    readJson(new URL('../../fixtures/guide-authored/brackley-subthreshold.json', import.meta.url));

  it('says the stage is unreachable because an outcome names it misspelt, beside the dangling reference that explains it', () => {
    const pathway = brackley();
    const legal = pathway.stages[2].outcomes?.find((o) => o.id === 'w3-legal');
    if (legal === undefined) throw new Error('Brackley has no legal outcome at Wave 3');
    legal.to = 'wave-04';
    const messages = lintPathway(pathway)
      .filter((p) => p.code === 'lint.dangling-reference' || p.code === 'lint.unreachable-stage')
      .map((p) => p.message);
    expect(messages).toEqual([
      'Stage "Wave 3: Intensive support" › Outcome "No improvement after intensive support: request legal…": refers to a stage "wave-04" that does not exist; did you mean "wave-4"?',
      'Stage "Wave 4: Legal intervention request": no band, entry rule, outcome or redirect leads here, so no pupil can reach it, ' +
        'but Stage "Wave 3: Intensive support" › Outcome "No improvement after intensive support: request legal…" leads to "wave-04", which does not exist: ' +
        'write "wave-4" there if it is meant to lead here',
    ]);
  });
});
