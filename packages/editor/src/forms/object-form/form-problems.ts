/**
 * Which problems an object form shows where: each beside its field, and a count on every item
 * that holds some (so a closed stage says "2 problems" before it is opened).
 */
import type { Problem } from '@pathway/schema';
import type { EditorContext } from '../../context.js';
import { locate } from '../../metadata/index.js';
import { valueAt } from '../../modeling/index.js';
import { inFormWords } from '../../problems/in-form-words.js';
import { fieldAbout } from '../../problems/problem-target.js';
import { isQuiet } from './quiet-parts.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class FormProblems {
  /** How many errors and warnings lie at or inside each pointer, counted once per set of problems. */
  private counts: { problems: readonly Problem[]; byPointer: Map<string, { errors: number; warnings: number }> } | undefined;

  constructor(
    /** The pointer of the object the form edits. */
    private readonly formPointer: () => string,
    private readonly editor: () => EditorContext | undefined,
  ) {}

  private get all(): readonly Problem[] {
    return this.editor()?.problems ?? [];
  }

  /**
   * The problems to show at a pointer (none yet in a part just added: quiet-parts.ts). A problem reported on an object about one of its
   * references (lint's dangling-reference names the missing id) is shown at that field.
   */
  at(pointer: string): Problem[] {
    if (isQuiet(this.editor()?.modeling, pointer)) return [];
    const problems = this.all;
    const own = problems.filter((problem) => problem.pointer === pointer).map((problem) => this.inFormWords(problem));
    const parent = pointer.slice(0, pointer.lastIndexOf('/'));
    if (parent !== this.formPointer()) return own.filter((problem) => this.claimant(problem) === undefined);
    const key = pointer.slice(parent.length + 1);
    const claimed = problems.filter((problem) => problem.pointer === parent && this.claimant(problem) === key);
    return [...own, ...claimed];
  }

  /** A value that is not one of the choices, said with the choices' labels (in-form-words.ts). */
  private inFormWords(problem: Problem): Problem {
    return inFormWords(problem, this.editor()?.draft.value);
  }

  /** The field of the form's object that an object-level problem is about (the same field selecting it focuses). */
  private claimant(problem: Problem): string | undefined {
    const pointer = this.formPointer();
    if (problem.pointer !== pointer) return undefined;
    const document = this.editor()?.draft.value;
    const value = valueAt(document, pointer);
    const definition = locate(document, pointer).definition;
    if (!isRecord(value) || definition === undefined) return undefined;
    return fieldAbout(problem, value, definition);
  }

  /** How many errors and warnings lie at or inside `pointer`. */
  within(pointer: string): { errors: number; warnings: number } {
    const problems = this.all;
    if (this.counts?.problems !== problems) {
      const byPointer = new Map<string, { errors: number; warnings: number }>();
      for (const problem of problems) {
        let at = problem.pointer;
        for (;;) {
          const count = byPointer.get(at) ?? { errors: 0, warnings: 0 };
          if (problem.severity === 'error') count.errors += 1;
          else count.warnings += 1;
          byPointer.set(at, count);
          if (at === '') break;
          at = at.slice(0, at.lastIndexOf('/'));
        }
      }
      this.counts = { problems, byPointer };
    }
    return this.counts.byPointer.get(pointer) ?? { errors: 0, warnings: 0 };
  }
}
