/**
 * The change list as schools read it (it is written into the published file's changelog and
 * shown to schools with saved answers): a long text is cut around its change, a list of texts
 * says which paragraph changed, and no id is ever shown, whether a thing was renamed, a
 * reference changed, or a part without a name of its own (a band, an option) was edited.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlinePathway } from '../outline/outline.js';
import { diffPathways, versionLabelChange } from './diff.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the document freely
type Editable = any;

const seedNames = ['county-chronic-non-attendance', 'norfolk', 'southwark', 'wigan'];
const seed = (name: string): Editable => JSON.parse(readFileSync(new URL(`../../../../pathways/${name}.json`, import.meta.url), 'utf8'));
const guideDir = new URL('../../fixtures/guide-authored/', import.meta.url);
const guideAuthored = readdirSync(guideDir).filter((file) => file.endsWith('.json'));
const fixture = (file: string): Editable => JSON.parse(readFileSync(new URL(file, guideDir), 'utf8'));
const texts = (before: unknown, after: unknown) => diffPathways(before, after).map((change) => change.text);

function edited(doc: Editable, change: (copy: Editable) => void): Editable {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
}

/** One thing's id renamed, with every mention of it (as the designer renames a short name). */
function withIdRenamed(doc: Editable, id: string, to: string): Editable {
  const copy = structuredClone(doc);
  const at = (pointer: string): Editable => pointer.split('/').slice(1).reduce((node: Editable, segment) => node[segment.replace(/~1/g, '/').replace(/~0/g, '~')], copy);
  const outline = outlinePathway(doc);
  for (const entity of outline.entities) if (entity.id === id) at(entity.pointer).id = to;
  for (const reference of outline.references) {
    if (reference.id !== id) continue;
    const holder = at(reference.from.pointer);
    const value = holder[reference.property];
    holder[reference.property] = Array.isArray(value) ? value.map((item: unknown) => (item === id ? to : item)) : to;
  }
  return copy;
}

describe('a change in a long text', () => {
  it('says which paragraph of the introduction changed, with the changed words and the words around them', () => {
    const wigan = seed('wigan');
    const after = edited(wigan, (d) => (d.introduction[3] = d.introduction[3].replace('escalate within', 'escalate promptly within')));
    expect(texts(wigan, after)).toEqual(['Introduction › paragraph 4: "promptly" added: "…CLA but would look to escalate promptly within children\'s social care."']);
  });

  it('says a paragraph added, removed or moved as that, and never lists the paragraphs that did not change', () => {
    const wigan = seed('wigan');
    const added = edited(wigan, (d) => d.introduction.splice(2, 0, 'Schools should read this pathway with their attendance policy.'));
    expect(texts(wigan, added)).toEqual(['Introduction › paragraph 3 added: "Schools should read this pathway with their attendance policy."']);
    const removed = edited(wigan, (d) => d.introduction.splice(7, 1));
    expect(texts(wigan, removed)).toEqual([expect.stringMatching(/^Introduction › paragraph 8 removed \(was "Each step of this pathway is aligned to/)]);
    const moved = edited(wigan, (d) => d.introduction.push(d.introduction.shift()));
    expect(texts(wigan, moved)).toEqual([expect.stringMatching(/^Introduction › paragraph 1 moved to paragraph 9: "We have an increasing number/)]);
  });

  it('cuts a long question around its change, not from its start', () => {
    const wigan = seed('wigan');
    const after = edited(wigan, (d) => {
      const question = d.stages[3].questions.find((q: Editable) => q.id === 'q-strategies-exhausted');
      question.text = 'Have all strategies and interventions been exhausted, dated and clearly evidenced within the plan?';
    });
    const [line] = texts(wigan, after);
    expect(line).toMatch(/^Question "Have all strategies and interventions been exhausted and clearly evidenced with…" reworded: /);
    expect(line).toContain('"exhausted" changed to "exhausted, dated": "Have all strategies and interventions been exhausted, dated and clearly evidenced within the plan?"');
  });

  it('says an action reworded by the words it had, then the change', () => {
    const county = seed('county-chronic-non-attendance');
    const after = edited(county, (d) => (d.stages[0].actions[0].actions[1].text = 'If there is already a plan in place which is working, it will continue.'));
    expect(texts(county, after)).toEqual([
      'Stage "County Attendance Team" › duties 1 › action "If there is already a plan in place which is working, this…" reworded as "If there is already a plan in place which is working, it will continue."',
    ]);
  });

  it('says a question with new words (the same short name) reworded, and a title renamed', () => {
    const wigan = seed('wigan');
    const question = (d: Editable) => d.stages[3].questions.find((q: Editable) => q.id === 'q-strategies-exhausted');
    const before = edited(wigan, (d) => (question(d).text = 'Have all strategies been tried?'));
    const after = edited(before, (d) => {
      question(d).text = 'Have all strategies been tried and evidenced?';
      d.stages[3].title = 'Enforcement';
    });
    expect(texts(before, after)).toEqual([
      `Stage "${wigan.stages[3].title}" renamed "Enforcement"`,
      'Question "Have all strategies been tried?" reworded as "Have all strategies been tried and evidenced?"',
    ]);
  });

  it('leaves the version label to `pathway diff` (a changelog entry is filed under its version), which says it first', () => {
    const wigan = seed('wigan');
    const next = edited(wigan, (d) => (d.version = '2.0'));
    expect(texts(wigan, next)).toEqual([]);
    expect(versionLabelChange(wigan, next)).toEqual({ kind: 'changed', subject: 'pathway', pointer: '/version', text: `Version label changed from "${wigan.version}" to "2.0"` });
    expect(versionLabelChange(wigan, structuredClone(wigan))).toBeUndefined();
  });
});

describe('references and ids', () => {
  it('says nothing when only a question\'s short name changed (County: q-plan-in-place-working → q-effective-plan)', () => {
    const county = seed('county-chronic-non-attendance');
    expect(texts(county, withIdRenamed(county, 'q-plan-in-place-working', 'q-effective-plan'))).toEqual([]);
  });

  it('says a reference that now names another thing by titles, and a rule by what it asks', () => {
    const county = seed('county-chronic-non-attendance');
    const after = edited(county, (d) => {
      d.stages[0].questions.push({ id: 'q-effective-plan', text: 'Is the plan working?', type: 'yesNo' });
      d.stages[0].outcomes[0].when = { answer: 'q-effective-plan', answered: true };
      d.stages[0].outcomes[1].to = 'contact-lcss';
      d.stages[2].referrals = ['mash'];
      d.stages[0].lead.role = 'school';
    });
    expect(texts(county, after)).toEqual([
      'Stage "County Attendance Team" › lead › role: changed from "County Attendance Team" to "School"',
      'Stage "County Attendance Team" › Outcome "The plan in place is working and will continue" › open when: now "Is the plan working?" is answered (was the answer to "Is there already a plan in place which is working?" is Yes)',
      'Stage "County Attendance Team" › Outcome "There is not an effective plan: Early Help Assessment by…" › leads to stage: changed from "Early Help Assessment by school" to "Contact LCSS"',
      'Stage "Contact LCSS" › referrals: "Contact the MASH" added; "Contact LCSS" removed',
      'Question "Is the plan working?" added to "County Attendance Team"',
    ]);
  });

  it('says nothing when any id of any seed or guide-authored pathway is renamed with its mentions', () => {
    const docs = [...seedNames.map(seed), ...guideAuthored.map(fixture)];
    for (const doc of docs) {
      for (const entity of outlinePathway(doc).entities) {
        expect({ id: entity.id, changes: texts(doc, withIdRenamed(doc, entity.id, `${entity.id}-renamed`)) }).toEqual({ id: entity.id, changes: [] });
      }
    }
  });

  it('never shows an id when a reference of any kind names another thing, in the seeds and the guide-authored pathways', () => {
    const docs = [...seedNames.map(seed), ...guideAuthored.map(fixture)];
    for (const doc of docs) {
      const outline = outlinePathway(doc);
      const ids = new Set(outline.entities.map((entity) => entity.id));
      // An id that is also some thing's name (a role "school" called "school") may be quoted as that name.
      const titles = new Set(outline.entities.flatMap((entity) => Object.entries(entity.node as object).filter(([key, v]) => key !== 'id' && typeof v === 'string').map(([, v]) => v as string)));
      for (const reference of outline.references) {
        const other = outline.entities.find((entity) => reference.kinds.includes(entity.kind) && entity.id !== reference.id);
        if (other === undefined) continue;
        const after = edited(doc, (d) => {
          let holder: Editable = d;
          for (const segment of reference.from.pointer.split('/').slice(1)) holder = holder[segment];
          const value = holder[reference.property];
          holder[reference.property] = Array.isArray(value) ? value.map((id: string) => (id === reference.id ? other.id : id)) : other.id;
        });
        for (const line of texts(doc, after)) {
          const quotedIds = [...line.matchAll(/"([^"]+)"/g)].map((m) => m[1]).filter((quoted) => ids.has(quoted) && !titles.has(quoted));
          expect({ line, quotedIds }).toEqual({ line, quotedIds: [] });
        }
      }
    }
  });
});

describe('the other wordings', () => {
  it('lines up a list of parts, so a field removed from the middle is one change, not every later field "changed"', () => {
    const wigan = seed('wigan');
    const referral = wigan.referrals[0];
    expect(referral.fields.length).toBeGreaterThan(2);
    const after = edited(wigan, (d) => d.referrals[0].fields.splice(0, 1));
    expect(texts(wigan, after)).toEqual([`Referral "Referral to enforcement action" › Field "${referral.fields[0].label}" removed`]);
  });

  it('says nothing of a part\'s own id (a band\'s, an option\'s value) nor of the format version', () => {
    const county = seed('county-chronic-non-attendance');
    const after = edited(county, (d) => {
      d.stages[0].bands[0].id = 'below-half';
      d.schemaVersion = '1.0';
    });
    expect(texts(county, after)).toEqual([]);
  });

  it('names listed values by their labels and a classification\'s threshold as a threshold', () => {
    const wigan = seed('wigan');
    const after = edited(wigan, (d) => {
      d.stages[0].dfeStages = ['expect'];
      d.classifications[0].upper.value = 91;
    });
    const lines = texts(wigan, after);
    expect(lines).toContain('Classification "Persistent absence (90% and under)" now applies when "Attendance" is at most 91% (was at most 90%)');
    expect(lines.find((line) => line.includes('DfE stages'))).toMatch(/DfE stages: .*"Monitor".* removed$|DfE stages: "Expect" added|DfE stages: .* removed$/);
    expect(lines.join('\n')).not.toMatch(/"(expect|monitor|listen-and-understand|facilitate-support|formalise-support)"/);
  });
});
