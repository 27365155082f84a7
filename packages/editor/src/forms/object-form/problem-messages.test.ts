/**
 * A warning reads and looks as a warning in the forms, an error as an error: the author can tell
 * from the form which problems stop publishing.
 */
import { afterEach, expect, it } from 'vitest';
import type { Problem } from '@pathway/schema';
import { basePathway } from '../testing/fixtures.js';
import { mountForm, settle } from '../testing/keyboard.js';
import { axeViolations } from '../../testing/editor-testing.js';

afterEach(() => document.body.replaceChildren());

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A contact no stage lists: lint's unlisted-contact, a warning on the contact itself. */
function withUnlistedContact(): Record<string, unknown> {
  return { ...basePathway(), contacts: [{ id: 'attendance-team', name: 'Attendance team' }] };
}

it('a warning on an object is a warning text, not the red "There is a problem" box', async () => {
  const { form } = await mountForm(withUnlistedContact(), '/contacts/0');
  const root = form.shadowRoot!;
  const warning = root.querySelector('.warning-text');
  expect(text(warning)).toMatch(/^! Warning: no stage or exception lists it/);
  expect(root.querySelector('.warning-text .warning-icon')!.getAttribute('aria-hidden')).toBe('true');
  expect(root.querySelector('.problems')).toBeNull();
  expect((root.textContent ?? '').replace(/\s+/g, ' ')).not.toMatch(/There is a problem|Error:/);
  expect(await axeViolations(form)).toEqual([]);
});

it('the closed item holding only a warning is tagged "1 warning", in the warning colour', async () => {
  const { form } = await mountForm(withUnlistedContact(), '');
  const summary = form.shadowRoot!.querySelector('details[data-pointer="/contacts/0"] > summary')!;
  expect(text(summary)).toBe('Contact 1: Attendance team, 1 warning');
  expect(summary.querySelector('.tag')!.classList.contains('tag--warning')).toBe(true);
});

it('beside a field, a warning says "Warning:" and leaves the control valid; an error says "Error:" and marks it invalid', async () => {
  const { host, form } = await mountForm(withUnlistedContact(), '/contacts/0');
  const problem = (severity: Problem['severity'], pointer: string, detail: string): Problem => ({ severity, code: 'test', where: '', detail, message: detail, pointer });
  host.context = {
    ...host.context,
    problems: [problem('warning', '/contacts/0/name', 'is the same as another contact’s name'), problem('error', '/contacts/0/email', 'is not an email address')],
  };
  await settle();
  const root = form.shadowRoot!;
  const name = root.querySelector<HTMLInputElement>('[data-pointer="/contacts/0/name"]')!;
  const nameGroup = name.closest('.form-group')!;
  expect(nameGroup.classList.contains('form-group--warning')).toBe(true);
  expect(nameGroup.classList.contains('form-group--error')).toBe(false);
  expect(nameGroup.querySelector('.error-message')).toBeNull();
  const warning = nameGroup.querySelector('.warning-message')!;
  expect(text(warning)).toBe('!Warning: is the same as another contact’s name');
  expect(text(warning.querySelector('.visually-hidden'))).toBe('Warning:');
  expect(name.getAttribute('aria-invalid')).toBe('false');
  expect(name.getAttribute('aria-describedby')!.split(' ')).toContain(warning.id);

  const email = root.querySelector<HTMLInputElement>('[data-pointer="/contacts/0/email"]')!;
  const emailGroup = email.closest('.form-group')!;
  expect(emailGroup.classList.contains('form-group--error')).toBe(true);
  expect(text(emailGroup.querySelector('.error-message'))).toBe('Error: is not an email address');
  expect(emailGroup.querySelector('.warning-message')).toBeNull();
  expect(email.getAttribute('aria-invalid')).toBe('true');
  expect(await axeViolations(form)).toEqual([]);
});
