/**
 * Works out the draft's problems (schema errors in plain English, then lint findings) with
 * the full validator, the same `checkPathway` the CLI runs, so the editor and the CLI say the
 * same words. Checking a large pathway takes a few milliseconds, so it runs just after the
 * author pauses, never inside a keystroke: the preview updates first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkPathway } from '@pathway/core';
import { validatePathway } from '@pathway/schema';
import type { Problem } from '@pathway/schema';
import type { DraftState } from '../modeling/index.js';

export class ProblemsController implements ReactiveController {
  /** Problems of the last draft checked. */
  problems: readonly Problem[] = [];
  /** The revision `problems` belong to. */
  checkedRevision = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: DraftState | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChecked: (problems: readonly Problem[]) => void,
    private readonly delayMs = 120,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Checks the draft soon (or at once, for the first draft and when asked). */
  schedule(draft: DraftState, options: { now?: boolean } = {}): void {
    this.pending = draft;
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (options.now === true) {
      this.run();
      return;
    }
    this.timer = setTimeout(() => this.run(), this.delayMs);
  }

  /** Checks now whatever is pending (tests and "publish" want the answer at once). */
  flush(): void {
    if (this.pending !== undefined) this.run();
  }

  private run(): void {
    this.timer = undefined;
    const draft = this.pending;
    this.pending = undefined;
    if (draft === undefined) return;
    this.problems = problemsOf(draft);
    this.checkedRevision = draft.revision;
    this.onChecked(this.problems);
    this.host.requestUpdate();
  }
}

/** The draft's problems: its JSON syntax error while it does not parse, else schema and lint. */
export function problemsOf(draft: DraftState): Problem[] {
  if (draft.value === undefined) {
    const message = draft.syntax?.message ?? 'The JSON is not valid';
    return [{ severity: 'error', code: 'json.syntax', where: '', detail: message, message, pointer: '' }];
  }
  try {
    return checkPathway(draft.value, { validate: validatePathway }).problems;
  } catch {
    // The checks are property-tested never to throw on schema-valid input; this guards the rest.
    const message = 'The pathway could not be checked: it may be nested too deeply';
    return [{ severity: 'error', code: 'check.failed', where: '', detail: message, message, pointer: '' }];
  }
}
