/** New items get short names of their own, which follow the title until the author sets one. */
import { afterEach, describe, expect, it } from 'vitest';
import { basePathway } from './testing/fixtures.js';
import { buttonNamed, fromTop, mountForm, press, settle, summaryOf, tabTo, typeAt } from './testing/keyboard.js';

afterEach(() => document.body.replaceChildren());

type Doc = Record<string, unknown> & { stages: Record<string, unknown>[] };

describe('short names of new items', () => {
  it('are unique in the pathway and follow the title until the author edits the short name', async () => {
    const { form, value } = await mountForm(basePathway(), '/stages/1');
    const routes = () => ((value() as Doc).stages[1].routes as { id: string; title: string }[]) ?? [];
    const add = async () => {
      fromTop();
      await tabTo(buttonNamed('Add a route to the stage "Targeted support"'), 'Add route');
      await press('{Enter}');
      await settle();
    };
    await add();
    expect(routes()[0]!.id).toBe('route');
    await typeAt('/stages/1/routes/0/title', 'Prosecution');
    await settle();
    expect(routes()[0]).toMatchObject({ id: 'prosecution', title: 'Prosecution' });

    await add();
    expect(routes().map((route) => route.id)).toEqual(['prosecution', 'route']);
    // Named like the first: its own short name all the same.
    await typeAt('/stages/1/routes/1/title', 'Prosecution');
    await settle();
    expect(routes()[1]).toMatchObject({ id: 'prosecution-2', title: 'Prosecution' });

    // Once the author writes a short name, the title no longer changes it.
    await typeAt('/stages/1/routes/1/id', 'eso');
    await press('{Tab}');
    await settle();
    expect(routes()[1]!.id).toBe('eso');
    await typeAt('/stages/1/routes/1/title', 'Education supervision order');
    await settle();
    expect(routes()[1]).toMatchObject({ id: 'eso', title: 'Education supervision order' });
    expect(form.shadowRoot!.textContent).not.toMatch(/more than once|already/i);
  });

  it('made up for one pathway never make another pathway\'s item with the same id follow its title', async () => {
    const first = await mountForm(basePathway(), '/stages/1');
    fromTop();
    await tabTo(buttonNamed('Add a route to the stage "Targeted support"'), 'Add route');
    await press('{Enter}');
    expect(((first.value() as Doc).stages[1].routes as { id: string }[])[0]!.id).toBe('route');
    document.body.replaceChildren();
    const other = basePathway() as Doc;
    other.stages[1].routes = [{ id: 'route', title: 'Route' }];
    const { value } = await mountForm(other, '/stages/1');
    fromTop();
    await tabTo(summaryOf('/stages/1/routes/0'), 'the route');
    await press('{Enter}');
    await typeAt('/stages/1/routes/0/title', 'Legal route');
    await settle();
    expect((value() as Doc).stages[1].routes).toEqual([{ id: 'route', title: 'Legal route' }]);
  });

  it('never follow the title of an item the pathway already had', async () => {
    const { value } = await mountForm(basePathway(), '/stages/0');
    const before = (value() as Doc).stages[0]!.id;
    await typeAt('/stages/0/title', 'A different title');
    await settle();
    expect((value() as Doc).stages[0]).toMatchObject({ id: before, title: 'A different title' });
  });

  it('"Add where to send them instead" picks no stage for the author; the form says one is needed', async () => {
    const document = basePathway() as Doc;
    document.exceptions = [{ id: 'cla', title: 'Children looked after', when: { cohort: 'looked-after' }, effect: 'redirect', message: 'Contact the Virtual School.' }];
    const { form, value } = await mountForm(document, '/exceptions/0');
    fromTop();
    await tabTo(buttonNamed('Add where to send them instead, for the exception "Children looked after"'), 'the add button');
    await press('{Enter}');
    await settle();
    expect(((value() as Doc).exceptions as Record<string, unknown>[])[0]!.redirectTo).toEqual({});
    const nested = form.shadowRoot!.querySelector('fieldset[data-pointer="/exceptions/0/redirectTo"] pe-object-form')!;
    expect(nested.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toContain("Give at least one of these: stage, referral or contact.");
  });

  it('the button that adds a length of time says so, and names its field', async () => {
    await mountForm(basePathway(), '/stages/0');
    fromTop();
    await tabTo((element) => element.dataset.pointer === '/stages/0/actions', 'Add duties');
    await press('{Enter}');
    await tabTo(summaryOf('/stages/0/actions/0/actions/0'), 'action 1');
    await press('{Enter}');
    const button = await tabTo((element) => element.dataset.pointer === '/stages/0/actions/0/actions/0/due', 'the Due within button');
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).toBe('Add a length of time for "Due within" of the action "New action" in the stage "Universal"');
  });
});
