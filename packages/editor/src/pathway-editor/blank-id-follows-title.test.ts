/**
 * A blank pathway's own short name ("new-pathway") nobody wrote: like a new stage's, it follows
 * the pathway's title until the author writes one, and the form says when it changed.
 */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import wigan from '../../../../pathways/wigan.json';
import { BLANK_PATHWAY_ID } from '../naming.js';
import { cleanupEditors, deepQuery, mountEditor, until } from '../testing/editor-testing.js';
import { openInOutline, typeAt } from '../testing/editor-keyboard.js';
import { settle } from '../forms/testing/keyboard.js';

afterEach(cleanupEditors);

const blank = {
  schemaVersion: '1.1',
  id: BLANK_PATHWAY_ID,
  version: '1',
  title: 'New pathway',
  authority: { name: 'Your council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  stages: [{ id: 'first-stage', title: 'First stage' }],
};

it('a blank pathway\'s short name follows its title until the author writes her own', async () => {
  const editor = await mountEditor(blank);
  const id = () => (JSON.parse(editor.text) as { id: string }).id;
  await openInOutline('');
  await typeAt('/title', 'Supporting attendance');
  await userEvent.tab();
  await settle();
  expect(id()).toBe('supporting-attendance');
  const status = () => deepQuery(editor, '[data-pointer="/id"] ~ [data-follow-status]')?.textContent?.trim();
  await until(() => status() === 'Short name changed to "supporting-attendance" to match.', 'the short name\'s status line');
  // Retitled, it follows again; once she writes one, it is hers.
  await typeAt('/title', 'Attendance support');
  expect(id()).toBe('attendance-support');
  await typeAt('/id', 'our-pathway');
  await userEvent.tab();
  await settle();
  expect(id()).toBe('our-pathway');
  await typeAt('/title', 'Back to school');
  expect(id()).toBe('our-pathway');
});

it('a pathway\'s own short name that was not the blank\'s stays when its title changes', async () => {
  const editor = await mountEditor(wigan);
  await openInOutline('');
  await typeAt('/title', 'Supporting attendance');
  await userEvent.tab();
  await settle();
  expect(JSON.parse(editor.text)).toMatchObject({ id: wigan.id, title: 'Supporting attendance' });
});
