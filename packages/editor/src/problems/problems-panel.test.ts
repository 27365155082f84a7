/**
 * The Problems panel's count: while the format has errors, lint's warnings are not looked for
 * (core's checkPathway), so the panel says that instead of "0 warnings". A wrong choice is named
 * by its labels, as the form names it.
 */
import { afterEach, expect, it } from 'vitest';
import wigan from '../../../../pathways/wigan.json';
import { readinessOf } from '../publish/readiness.js';
import { cleanupEditors, deepQuery, deepText, mountEditor, until } from '../testing/editor-testing.js';

afterEach(cleanupEditors);

it('while the pathway has errors of format, says warnings are looked for once they are fixed, not "0 warnings"', async () => {
  const editor = await mountEditor(wigan);
  const panel = () => deepText(deepQuery(editor, 'pe-problems')!);
  await until(() => panel().includes('1 warning'), 'Wigan\'s one warning');
  // A length of time with neither an amount nor an answer does not fit the format.
  editor.modeling.set('/stages/1/timeLimits', [{ id: 'review', title: 'Review', duration: { unit: 'weeks' } }]);
  await until(() => panel().includes('give an amount'), 'the error');
  expect(panel()).not.toMatch(/\b0 warnings\b/);
  expect(panel()).toMatch(/1 error\s*\.\s*Warnings are looked for once it is fixed\./);
  // Fixed, the warning is counted again.
  editor.modeling.set('/stages/1/timeLimits/0/duration/amount', 2);
  await until(() => /0 errors\s*,\s*1 warning/.test(panel()), 'the warning back');
});

it('a value that is not one of the choices is explained with the choices\' labels, as the form and Publish say it', async () => {
  const pathway = structuredClone(wigan) as { measures: Record<string, unknown>[] };
  pathway.measures[0].kind = 'percentage';
  const editor = await mountEditor(pathway);
  const panel = () => deepText(deepQuery(editor, 'pe-problems')!);
  await until(() => panel().includes('"percentage" is not one of the choices'), 'the wrong choice in the panel');
  expect(panel()).toContain('did you mean "Attendance percentage" or "Absence percentage"?');
  expect(panel()).not.toMatch(/attendancePercentage|absencePercentage/);
  // Publish (and the library's report of an imported file) lists the same words.
  const listed = readinessOf(JSON.stringify(pathway)).errors.map((problem) => problem.message);
  expect(listed).toContainEqual(expect.stringContaining('did you mean "Attendance percentage" or "Absence percentage"?'));
  expect(listed.join(' ')).not.toMatch(/attendancePercentage|absencePercentage/);
});
