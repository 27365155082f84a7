/**
 * Once a version is published, schools may hold answers by its short names: a short name the
 * editor made up stops following its item's name, whether the version was published in this
 * visit or an earlier one (the Publish view keeps each version on this computer).
 */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import wigan from '../../../../pathways/wigan.json';
import { cleanupEditors, deepQuery, mountEditor, until } from '../testing/editor-testing.js';
import { openLibraryStore } from '../library/library-store.js';
import type { PublishPanel } from '../publish/publish-panel.js';

afterEach(cleanupEditors);

type Stage = { id: string; title: string };
const stage = (editor: { text: string }): Stage => (JSON.parse(editor.text) as { stages: Stage[] }).stages[1]!;

/** A copy of the seed under an id no other test uses, so its published versions are its own. */
function ownPathway(): typeof wigan {
  return { ...structuredClone(wigan), id: `published-ids-${Date.now()}-${Math.random().toString(36).slice(2)}` };
}

/** Types a new title for the second stage in its form, as an author would, and leaves the field. */
async function renameStage(editor: HTMLElement & { select(pointer: string): void; updateComplete: Promise<boolean> }, title: string): Promise<void> {
  editor.select('/stages/1');
  await until(() => deepQuery(editor, 'input[data-pointer="/stages/1/title"]') !== undefined, 'the stage form');
  deepQuery<HTMLInputElement>(editor, 'input[data-pointer="/stages/1/title"]')!.focus();
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  await userEvent.keyboard(title);
  await userEvent.tab();
}

it('a made-up short name follows its name until the pathway is published here, then stays', async () => {
  const pathway = ownPathway();
  const editor = await mountEditor(pathway);
  editor.load(pathway, { madeUpIds: ['identify-and-understand'] });
  await renameStage(editor, 'Early help');
  await until(() => stage(editor).id === 'early-help', 'the short name to follow the new name');

  editor.view = 'publish';
  await until(() => deepQuery(editor, 'pe-publish') !== undefined, 'the publish view');
  const panel = deepQuery<PublishPanel>(editor, 'pe-publish')!;
  await panel.ready();
  deepQuery<HTMLInputElement>(panel, '#size-major')?.click();
  await panel.publish();
  await until(() => deepQuery(panel, '[data-published]') !== undefined, 'the version to be published');

  editor.view = 'forms';
  await renameStage(editor, 'Early help and support');
  await until(() => stage(editor).title === 'Early help and support', 'the new name');
  expect(stage(editor).id).toBe('early-help');
});

it('a short name the page made up stays when it is in a version published in an earlier visit', async () => {
  const pathway = ownPathway();
  const store = await openLibraryStore();
  await store.addPublished({ key: `pathway:${pathway.id}`, version: '1.0', publishedAt: new Date().toISOString(), text: JSON.stringify(pathway) });
  store.close();
  const editor = await mountEditor(pathway);
  editor.load(pathway, { madeUpIds: ['identify-and-understand'] });
  await until(() => (deepQuery(editor, 'pe-object-form') !== undefined), 'the form');
  // The published versions are read as the pathway opens: the hint says so once they are.
  editor.select('/stages/1');
  await until(() => (deepQuery(editor, '#f_stages_1_id-hint')?.textContent ?? '').includes('It has been published'), 'the hint to say it stays');
  await renameStage(editor, 'Early help');
  await until(() => stage(editor).title === 'Early help', 'the new name');
  expect(stage(editor).id).toBe('identify-and-understand');
});
