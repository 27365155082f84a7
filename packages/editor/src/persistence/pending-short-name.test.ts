/**
 * A short name is written when its field is left (references follow the whole new name in one
 * step); one typed but not yet left is written all the same when the page is hidden or closed,
 * so a reload or a closed tab never loses it.
 */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanupEditors, closeEditor, deepActiveElement, freshDraftKey, mountSavingEditor } from '../testing/editor-testing.js';
import { basePathway } from '../forms/testing/fixtures.js';
import { settle } from '../forms/testing/keyboard.js';

afterEach(() => cleanupEditors());

type Doc = { stages: { questions?: { id: string }[]; gates?: { condition: unknown }[] }[] };

function pathway(): object {
  const document = basePathway() as Doc & Record<string, unknown>;
  document.stages[1].questions = [{ id: 'question-3', text: 'Has a notice to improve been issued?', type: 'yesNo' } as never];
  document.stages[1].gates = [{ id: 'nti', title: 'Notice issued', condition: { answer: 'question-3' } } as never];
  return document;
}

for (const event of ['pagehide', 'visibilitychange'] as const) {
  it(`a short name typed and not yet left is kept when the page is hidden (${event}), references following`, async () => {
    const key = freshDraftKey('pending-id');
    const editor = await mountSavingEditor(pathway(), key);
    editor.select('/stages/1/questions/0/id', { focus: true });
    await settle(10);
    expect((deepActiveElement() as HTMLElement).dataset.pointer).toBe('/stages/1/questions/0/id');
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}q-nti-improved');
    await settle();
    // Still in the field: nothing written yet.
    expect((editor.modeling.state.value as Doc).stages[1].questions![0]!.id).toBe('question-3');
    if (event === 'pagehide') window.dispatchEvent(new PageTransitionEvent('pagehide'));
    else {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    const value = editor.modeling.state.value as Doc;
    expect(value.stages[1].questions![0]!.id).toBe('q-nti-improved');
    expect(value.stages[1].gates![0]!.condition).toEqual({ answer: 'q-nti-improved' });
    await closeEditor(editor);
    const reopened = await mountSavingEditor(pathway(), key);
    expect((reopened.modeling.state.value as Doc).stages[1].questions![0]!.id).toBe('q-nti-improved');
  });
}
