/**
 * Drives a mounted widget the way a person does: real clicks and typing through Playwright
 * (vitest browser mode), by role and accessible name where the name is unique, else by the
 * field's id inside the shadow root.
 */
import { page } from 'vitest/browser';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';
import { byId, settle } from './mount.js';

export async function clickButton(widget: PathwayWidget, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  await settle(widget);
}

export async function clickLink(widget: PathwayWidget, name: string | RegExp): Promise<void> {
  await page.getByRole('link', { name, exact: typeof name === 'string' }).first().click();
  await settle(widget);
}

export const start = (widget: PathwayWidget) => clickButton(widget, 'Start now');
export const continueOn = (widget: PathwayWidget) => clickButton(widget, 'Continue');

export async function fillField(widget: PathwayWidget, id: string, value: string): Promise<void> {
  await page.elementLocator(byId(widget, id)).fill(value);
  await settle(widget);
}

export async function clickField(widget: PathwayWidget, id: string): Promise<void> {
  await page.elementLocator(byId(widget, id)).click();
  await settle(widget);
}

export const enterPercentage = (widget: PathwayWidget, value: string, measureId = 'attendance') =>
  fillField(widget, `m-${measureId}-percentage`, value);

export async function enterSessions(widget: PathwayWidget, possible: string, counted: string, measureId = 'attendance'): Promise<void> {
  await clickField(widget, `m-${measureId}-mode-sessions`);
  await fillField(widget, `m-${measureId}-possible`, possible);
  await fillField(widget, `m-${measureId}-counted`, counted);
}

export const tickCohort = (widget: PathwayWidget, cohortId: string) => clickField(widget, `c-${cohortId}`);
export const chooseStage = (widget: PathwayWidget, stageId: string) => clickField(widget, `s-${stageId}`);

/** Answers a yes/no/na or choice question by the option's value. */
export async function answer(widget: PathwayWidget, questionId: string, value: string): Promise<void> {
  const radio = widget.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-${CSS.escape(questionId)}"][value="${CSS.escape(value)}"]`);
  if (!radio) throw new Error(`No option "${value}" for question ${questionId}`);
  await page.elementLocator(radio).click();
  await settle(widget);
}

export const confirmEvidence = (widget: PathwayWidget, evidenceId: string) => clickField(widget, `e-${evidenceId}-confirm`);

/** Measures, then circumstances, then Continue: lands on the stage page. */
export async function throughMeasures(widget: PathwayWidget, percentage: string, cohorts: string[] = []): Promise<void> {
  await start(widget);
  await enterPercentage(widget, percentage);
  for (const cohort of cohorts) await tickCohort(widget, cohort);
  await continueOn(widget);
}

/** The question ids on the questions page, in order. */
export function questionIdsOnPage(widget: PathwayWidget): string[] {
  return [...widget.shadowRoot!.querySelectorAll<HTMLElement>('[data-question]')].map((node) => node.dataset.question!);
}
