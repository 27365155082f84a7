import { LitElement, css, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import type { Problem } from '@pathway/schema';
import { editorContext } from '../context.js';
import type { EditorContext } from '../context.js';
import { allInFormWords } from './in-form-words.js';
import { problemTarget } from './problem-target.js';

/**
 * The problems panel: schema errors and lint findings in plain English, errors first, each a
 * button that selects the place and moves focus to the field it is about (problem-target.ts).
 *
 * @summary What is wrong with the pathway, and where.
 */
export class ProblemsPanel extends LitElement {
  static override styles = css`
    :host { display: block; font: inherit; color: inherit; }
    h2 { font-size: 1.1875rem; margin: 0 0 0.5rem; }
    p { margin: 0 0 0.5rem; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { margin: 0 0 0.25rem; }
    button {
      display: flex; gap: 0.5rem; align-items: baseline; width: 100%; text-align: left;
      font: inherit; color: #1d70b8; background: none; border: 0; padding: 0.25rem; cursor: pointer;
      text-decoration: underline; text-underline-offset: 0.15em;
    }
    button:hover { color: #003078; }
    button:focus-visible { outline: 3px solid transparent; background: #fd0; color: #0b0c0c; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; text-decoration: none; }
    .tag { flex: none; font-weight: 700; text-decoration: none; font-size: 0.875rem; padding: 0 0.25rem; color: #fff; }
    .error .tag { background: #d4351c; }
    .warning .tag { background: #505a5f; }
    .message { overflow-wrap: anywhere; unicode-bidi: isolate; }
    .none { color: #00703c; font-weight: 700; }
  `;

  @consume({ context: editorContext, subscribe: true })
  @state()
  private editor?: EditorContext;

  private handleSelect(problem: Problem): void {
    const editor = this.editor;
    if (editor === undefined) return;
    editor.select(editor.draft.value === undefined ? problem.pointer : problemTarget(editor.draft.value, problem), { focus: true });
  }

  override render() {
    const problems = allInFormWords(this.editor?.problems ?? [], this.editor?.draft.value);
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warning');
    const ordered = [...errors, ...warnings];
    return html`
      <h2 id="problems-heading">Problems</h2>
      ${ordered.length === 0
        ? html`<p class="none">No problems found. The pathway is ready to preview and publish.</p>`
        : html`<p>${countText(errors.length, 'error')}${linted(problems) ? html`, ${countText(warnings.length, 'warning')}.` : html`. ${errors.length === 1 ? 'Warnings are looked for once it is fixed.' : 'Warnings are looked for once they are fixed.'}`} Select one to go to it.</p>`}
      ${this.editor?.draft.value === undefined
        ? html`<p><strong>Fix the JSON first:</strong> the forms and the preview show the last valid version until the JSON is valid again. Nothing you typed is lost.</p>`
        : nothing}
      <ul aria-labelledby="problems-heading">
        ${ordered.map(
          (problem) => html`<li class=${problem.severity}>
            <button type="button" @click=${() => this.handleSelect(problem)}>
              <span class="tag">${problem.severity === 'error' ? 'Error' : 'Warning'}</span>
              <span class="message">${problem.message}</span>
            </button>
          </li>`,
        )}
      </ul>
    `;
  }
}

/**
 * Whether lint has looked at the whole pathway: it does not while the JSON or the format has
 * errors (core's checkPathway), so a count of warnings then would wrongly say "0 warnings".
 */
function linted(problems: readonly Problem[]): boolean {
  return problems.every((problem) => problem.code.startsWith('lint.'));
}

const plurals = new Intl.PluralRules('en-GB');
function countText(count: number, noun: string): string {
  return `${count} ${plurals.select(count) === 'one' ? noun : `${noun}s`}`;
}
