/**
 * Every Add button says whose list it adds to, by the owner's title: a stage's and its route's
 * outcomes are not both "Add outcome to outcomes". The visible words start the accessible name
 * (WCAG 2.5.3), so speech users can still say what they see.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './testing/axe.js';
import { basePathway } from './testing/fixtures.js';
import { atPointer, fromTop, mountForm, press, summaryOf, tabTo } from './testing/keyboard.js';
import { withArticle } from './add-names.js';

afterEach(() => document.body.replaceChildren());

describe('a title inside the editor’s words', () => {
  it('is lowered only where it starts a plain word, so an acronym keeps its capitals (core’s midSentence)', () => {
    expect(withArticle('Outcome')).toBe('an outcome');
    expect(withArticle('Time limit')).toBe('a time limit');
    expect(withArticle('PRU placement')).toBe('a PRU placement');
    expect(withArticle('EHCP review')).toBe('an EHCP review');
    expect(withArticle('Duties')).toBe('duties');
  });
});

type Doc = Record<string, unknown> & { stages: Record<string, unknown>[] };

const words = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
const visibleWords = (element: Element) => {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return words(copy);
};

function withRoute(): Doc {
  const document = basePathway() as Doc;
  document.stages[1].routes = [{ id: 'notice', title: 'Notice to Improve', chosenBy: 'school' }];
  return document;
}

/** Every Add button in the form and the forms inside it, by pointer. */
function addButtons(root: Element): Map<string, HTMLButtonElement> {
  const found = new Map<string, HTMLButtonElement>();
  const visit = (scope: ShadowRoot) => {
    for (const button of scope.querySelectorAll<HTMLButtonElement>('button[data-pointer]')) {
      if (words(button).startsWith('Add ')) found.set(button.dataset.pointer!, button);
    }
    for (const nested of scope.querySelectorAll('pe-object-form')) visit(nested.shadowRoot!);
  };
  visit(root.shadowRoot!);
  return found;
}

describe('Add buttons name whose list they add to', () => {
  it("a stage's and its route's buttons say which, by title, and no two are alike", async () => {
    const { form } = await mountForm(withRoute(), '/stages/1');
    fromTop();
    await tabTo(summaryOf('/stages/1/routes/0'), 'the route');
    await press('{Enter}');
    const buttons = addButtons(form);
    const name = (pointer: string) => words(buttons.get(pointer)!);
    expect(name('/stages/1/outcomes')).toBe('Add an outcome to the stage "Targeted support"');
    expect(name('/stages/1/routes/0/outcomes')).toBe('Add an outcome to the route "Notice to Improve"');
    expect(name('/stages/1/timeLimits')).toBe('Add a time limit to the stage "Targeted support"');
    expect(name('/stages/1/routes/0/timeLimits')).toBe('Add a time limit to the route "Notice to Improve"');
    expect(name('/stages/1/resources')).toBe('Add a link to the resources of the stage "Targeted support"');
    expect(name('/stages/1/questions')).toBe('Add a question to the reflective questions of the stage "Targeted support"');
    expect(name('/stages/1/routes/0/questions')).toBe('Add a question to the route "Notice to Improve"');
    expect(name('/stages/1/guidance')).toBe('Add a paragraph to the guidance of the stage "Targeted support"');
    expect(name('/stages/1/authorNote')).toBe(`Add an authors' note, for the stage "Targeted support"`);
    expect(name('/stages/1/routes/0/authorNote')).toBe(`Add an authors' note, for the route "Notice to Improve"`);
    // The short visible words start the name.
    expect(visibleWords(buttons.get('/stages/1/outcomes')!)).toBe('Add an outcome');
    for (const button of buttons.values()) expect(words(button).startsWith(visibleWords(button))).toBe(true);
    const names = [...buttons.values()].map(words);
    expect(names.length).toBeGreaterThan(15);
    expect(new Set(names).size).toBe(names.length);
    expect(await axeViolations(form)).toEqual([]);
  });

  it('names a stage or route whose title starts with its kind once: "Stage 2", not the stage "Stage 2"', async () => {
    const document = withRoute();
    document.stages[1].title = 'Stage 2 - support';
    (document.stages[1].routes as Record<string, unknown>[])[0].title = 'Route A: contract';
    const { form } = await mountForm(document, '/stages/1');
    fromTop();
    await tabTo(summaryOf('/stages/1/routes/0'), 'Route A');
    await press('{Enter}');
    const buttons = addButtons(form);
    expect(words(buttons.get('/stages/1/outcomes')!)).toBe('Add an outcome to "Stage 2 - support"');
    expect(words(buttons.get('/stages/1/routes/0/outcomes')!)).toBe('Add an outcome to "Route A: contract"');
    expect(words(buttons.get('/stages/1/resources')!)).toBe('Add a link to the resources of "Stage 2 - support"');
  });

  it("the pathway's lists: sources and resources apart, the changelog in plain words", async () => {
    const { form } = await mountForm(basePathway(), '');
    const buttons = addButtons(form);
    expect(words(buttons.get('/changelog')!)).toBe('Add a published version to the changelog of the pathway "Test pathway"');
    expect(words(buttons.get('/sources')!)).toBe('Add a link to the source documents of the pathway "Test pathway"');
    expect(words(buttons.get('/resources')!)).toBe('Add a link to the resources of the pathway "Test pathway"');
    expect(words(buttons.get('/stages')!)).toBe('Add a stage to the pathway "Test pathway"');
    expect(words(buttons.get('/actions')!)).toBe('Add duties to the standing duties of the pathway "Test pathway"');
    const names = [...buttons.values()].map(words);
    expect(new Set(names).size).toBe(names.length);
  });

  it('an optional length of time names its field and whose it is', async () => {
    const document = basePathway() as Doc;
    document.stages[0].actions = [{ role: 'school', actions: [{ text: 'Send a letter' }] }];
    await mountForm(document, '/stages/0');
    fromTop();
    await tabTo(summaryOf('/stages/0/actions/0'), 'duties 1');
    await press('{Enter}');
    await tabTo(summaryOf('/stages/0/actions/0/actions/0'), 'action 1');
    await press('{Enter}');
    const button = await tabTo(atPointer('/stages/0/actions/0/actions/0/due'), 'the Due within button');
    expect(visibleWords(button)).toBe('Add a length of time');
    expect(words(button)).toBe('Add a length of time for "Due within" of the action "Send a letter" in the stage "Universal"');
  });
});
