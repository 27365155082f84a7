import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { describeCondition, midSentence, questionType } from '@pathway/core';
import type { OutlineEntity } from '@pathway/core';
import type { Condition, Pathway } from '@pathway/schema';
import { editorContext } from '../context.js';
import type { EditorContext } from '../context.js';
import { valueAt } from '../modeling/index.js';
import { nothingToChoose } from '../metadata/index.js';
import { addToRule, ruleOf } from '../forms/add-names.js';
import { controlStyles } from './control-styles.js';

/** The kinds of rule an author can pick, in words. */
export const ruleKinds = [
  ['all', 'All of these rules'],
  ['any', 'Any of these rules'],
  ['answer', 'An answer to a question'],
  ['measure', 'A figure (measure) within limits'],
  ['change', 'A figure improved or declined'],
  ['since', 'Time since a date'],
  ['cohort', 'A pupil circumstance is ticked'],
  ['evidence', 'Evidence is confirmed'],
  ['stageComplete', 'A stage is complete'],
  ['outcome', 'An outcome has happened'],
  ['route', 'A route was chosen'],
] as const;

export type RuleKind = (typeof ruleKinds)[number][0];


/** The kind of a rule, looking through "not". */
export function kindOf(rule: unknown): RuleKind | undefined {
  if (typeof rule !== 'object' || rule === null) return undefined;
  for (const [kind] of ruleKinds) {
    const key = kind === 'change' ? 'change' : kind;
    if (Object.hasOwn(rule, key)) return kind;
  }
  return undefined;
}

/**
 * A new rule of a kind, with nothing picked for the author: its picker starts empty and the
 * problems say what to choose (a first question picked for them would make the rule silently about
 * something else). Undefined when there is nothing of that kind to pick yet.
 */
export function newRule(kind: RuleKind, pathway: Pathway, firstOf: (kinds: string[], filter?: (e: OutlineEntity) => boolean) => string | undefined): Condition | undefined {
  const hasMeasure = firstOf(['measure'], (e) => (e.node as { kind?: string }).kind !== 'date') !== undefined;
  const measureRule = { measure: '', upper: { value: 90, inclusive: true } };
  switch (kind) {
    case 'all':
    case 'any': {
      const inner = firstOf(['cohort']) !== undefined ? { cohort: '' } : hasMeasure ? measureRule : undefined;
      return inner === undefined ? undefined : ({ [kind]: [inner] } as unknown as Condition);
    }
    case 'answer':
      return firstOf(['question']) === undefined ? undefined : { answer: '', answered: true };
    case 'measure':
      return hasMeasure ? (measureRule as unknown as Condition) : undefined;
    case 'change':
      return hasMeasure ? { change: '', direction: 'improved' } : undefined;
    case 'since':
      return firstOf(['measure', 'question'], isDate) === undefined ? undefined : { since: '', atLeast: { amount: 1, unit: 'schoolWeeks' } };
    default: {
      const entityKind = kind === 'stageComplete' ? 'stage' : kind;
      return firstOf([entityKind]) === undefined ? undefined : ({ [kind]: '' } as unknown as Condition);
    }
  }
  void pathway;
}

/** Why a kind of rule cannot be made yet, and where to make what it needs (where-made.ts). */
function nothingForRule(kind: RuleKind): string {
  switch (kind) {
    case 'all':
    case 'any':
      return nothingToChoose(['cohort', 'measure'], 'pupil circumstance or measure');
    case 'answer':
      return nothingToChoose(['question']);
    case 'measure':
    case 'change':
      return nothingToChoose(['measure'], 'measure of a figure');
    case 'since':
      return nothingToChoose(['measure', 'question'], 'date question or date measure');
    default:
      return nothingToChoose([kind === 'stageComplete' ? 'stage' : kind]);
  }
}

/** The kind a new rule in a group starts as: the kind of the last rule in it that is not a group, else a circumstance. */
function siblingKind(rules: unknown[]): RuleKind {
  for (const rule of [...rules].reverse()) {
    const inner = typeof rule === 'object' && rule !== null && Object.hasOwn(rule, 'not') ? (rule as { not: unknown }).not : rule;
    const kind = kindOf(inner);
    if (kind !== undefined && kind !== 'all' && kind !== 'any') return kind;
  }
  return 'cohort';
}

function isDate(entity: OutlineEntity): boolean {
  const node = entity.node as { kind?: string; type?: string };
  return (entity.kind === 'measure' && node.kind === 'date') || (entity.kind === 'question' && node.type === 'date');
}

const units = [
  ['schoolDays', 'school days'],
  ['schoolWeeks', 'school weeks'],
  ['sessions', 'sessions'],
  ['days', 'days'],
  ['weeks', 'weeks'],
  ['months', 'months'],
  ['terms', 'terms'],
  ['years', 'years'],
] as const;

/**
 * The condition builder: builds any rule of the format from pickers (question, measure,
 * change, date, circumstance, evidence, stage, outcome, route; all of / any of; not), and
 * reads it back as a plain-English sentence as it is built. Every change is one command on
 * the editor's undo stack.
 *
 * @summary Build a rule without writing JSON.
 */
export class ConditionBuilder extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host { display: block; }
      .rule { border-left: 4px solid #b1b4b6; padding: 0.5rem 0 0.5rem 0.75rem; margin: 0.5rem 0; }
      .rule.group { border-left-color: #1d70b8; }
      .sentence { background: #f3f2f1; padding: 0.5rem 0.75rem; margin: 0 0 0.75rem; unicode-bidi: isolate; }
      .row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; margin: 0.25rem 0; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.5rem; }
    `,
  ];

  @consume({ context: editorContext, subscribe: true })
  @state()
  private editor?: EditorContext;

  /** JSON pointer of the rule being built, e.g. "/stages/2/gates/0/condition". */
  @property() pointer = '';

  /** What the rule is for, in words, used in labels: "Gate rule". */
  @property() label = 'Rule';

  private get pathway(): Pathway | undefined {
    return this.editor?.draft.value as Pathway | undefined;
  }

  private entities(kinds: string[], filter?: (entity: OutlineEntity) => boolean): OutlineEntity[] {
    return (this.editor?.outline?.entities ?? []).filter((e) => kinds.includes(e.kind) && (filter === undefined || filter(e)));
  }

  private set(pointer: string, value: unknown, label = 'change rule'): void {
    this.editor?.modeling.set(pointer, value, { label, mergeKey: pointer });
  }

  private replace(pointer: string, value: unknown): void {
    this.editor?.modeling.set(pointer, value, { label: 'change rule' });
  }

  /** An element id unique within this builder: "kind-stages-1-gates-0-condition-all-0". */
  private ids(prefix: string): string {
    return prefix.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '');
  }

  private titleOf(entity: OutlineEntity): string {
    const node = entity.node as Record<string, unknown>;
    const text = node.title ?? node.text ?? node.name ?? entity.id;
    return typeof text === 'string' ? text : entity.id;
  }

  private picker(pointer: string, labelText: string, kinds: string[], current: unknown, filter?: (e: OutlineEntity) => boolean): TemplateResult {
    const id = this.ids(`pick${pointer}`);
    const options = this.entities(kinds, filter);
    const known = options.some((e) => e.id === current);
    const invalid = (this.editor?.problems ?? []).some((problem) => problem.pointer === pointer && problem.severity === 'error');
    return html`<div>
      <label for=${id}>${labelText}</label>
      <select id=${id} aria-invalid=${invalid ? 'true' : 'false'} @change=${(e: Event) => this.set(pointer, (e.target as HTMLSelectElement).value)}>
        ${known ? nothing : html`<option value="" .selected=${live(true)} disabled>${current === undefined || current === '' ? 'Choose…' : `"${String(current)}" (not found)`}</option>`}
        ${options.map((entity) => html`<option value=${entity.id} .selected=${live(entity.id === current)}>${this.titleOf(entity)}</option>`)}
      </select>
    </div>`;
  }

  private numberField(pointer: string, labelText: string, current: unknown, optional = true): TemplateResult {
    const id = this.ids(`num${pointer}`);
    return html`<div>
      <label for=${id}>${labelText}</label>
      <input id=${id} type="text" inputmode="decimal" class="short" .value=${typeof current === 'number' ? String(current) : ''}
        @change=${(e: Event) => {
          const text = (e.target as HTMLInputElement).value.trim();
          if (text === '' && optional) this.set(pointer, undefined);
          else if (Number.isFinite(Number(text))) this.set(pointer, Number(text));
        }} />
    </div>`;
  }

  private durationField(pointer: string, labelText: string, current: unknown): TemplateResult {
    const duration = (current ?? undefined) as { amount?: number; unit?: string } | undefined;
    const id = this.ids(`dur${pointer}`);
    return html`<fieldset class="inline">
      <legend>${labelText}</legend>
      <div class="row">
        <div>
          <label for=${`${id}-amount`}>Amount</label>
          <input id=${`${id}-amount`} type="text" inputmode="decimal" class="short" .value=${duration?.amount !== undefined ? String(duration.amount) : ''}
            @change=${(e: Event) => {
              const text = (e.target as HTMLInputElement).value.trim();
              if (text === '') this.set(pointer, undefined);
              else if (Number.isFinite(Number(text)) && Number(text) >= 0) this.set(pointer, { unit: duration?.unit ?? 'schoolWeeks', ...duration, amount: Number(text) });
            }} />
        </div>
        <div>
          <label for=${`${id}-unit`}>Unit</label>
          <select id=${`${id}-unit`} @change=${(e: Event) => this.set(pointer, { amount: duration?.amount ?? 1, ...duration, unit: (e.target as HTMLSelectElement).value })}>
            ${units.map(([unit, words]) => html`<option value=${unit} .selected=${live((duration?.unit ?? 'schoolWeeks') === unit)}>${words}</option>`)}
          </select>
        </div>
      </div>
    </fieldset>`;
  }

  private boundField(pointer: string, which: 'lower' | 'upper', current: unknown): TemplateResult {
    const bound = current as { value: number; inclusive: boolean } | undefined;
    const id = this.ids(`${which}${pointer}`);
    const words = which === 'lower' ? ['At least (includes the figure)', 'Above (not the figure itself)'] : ['At most (includes the figure)', 'Below (not the figure itself)'];
    return html`<div class="row">
      ${this.numberField(`${pointer}/value`, which === 'lower' ? 'Lowest figure' : 'Highest figure', bound?.value)}
      <div>
        <label for=${`${id}-inclusive`}>${which === 'lower' ? 'Lowest figure is' : 'Highest figure is'}</label>
        <select id=${`${id}-inclusive`} ?disabled=${bound === undefined}
          @change=${(e: Event) => this.set(`${pointer}/inclusive`, (e.target as HTMLSelectElement).value === 'true')}>
          <option value="true" .selected=${live(bound?.inclusive !== false)}>${words[0]}</option>
          <option value="false" .selected=${live(bound?.inclusive === false)}>${words[1]}</option>
        </select>
      </div>
    </div>`;
  }

  private handleNumberBound(pointer: string, which: 'lower' | 'upper', rule: Record<string, unknown>): TemplateResult {
    const current = rule[which];
    const id = this.ids(`has-${which}${pointer}`);
    return html`<div>
      <div class="check">
        <input type="checkbox" id=${id} .checked=${live(current !== undefined)}
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            const other = which === 'lower' ? 'upper' : 'lower';
            if (!on && rule[other] === undefined) return; // a measure rule needs one bound
            this.set(`${pointer}/${which}`, on ? { value: which === 'lower' ? 0 : 90, inclusive: true } : undefined);
          }} />
        <label for=${id}>${which === 'lower' ? 'Has a lowest figure' : 'Has a highest figure'}</label>
      </div>
      ${current === undefined ? nothing : this.boundField(`${pointer}/${which}`, which, current)}
    </div>`;
  }

  private renderLeaf(pointer: string, rule: Record<string, unknown>, kind: RuleKind): TemplateResult {
    switch (kind) {
      case 'answer': {
        const question = this.entities(['question']).find((e) => e.id === rule.answer)?.node as { type?: string; options?: { value: string; label: string }[] } | undefined;
        const info = question?.type ? questionType(question.type as never) : undefined;
        const answers = info?.answers === 'options' ? (question?.options ?? []).map((o) => [o.value, o.label]) : (info?.answers ?? []).map((a) => [a, a === 'na' ? 'Not applicable' : a === 'yes' ? 'Yes' : a === 'no' ? 'No' : a]);
        const chosen = Array.isArray(rule.in) ? (rule.in as string[]) : [];
        return html`${this.picker(`${pointer}/answer`, 'Question', ['question'], rule.answer)}
          ${answers.length > 0
            ? html`<fieldset class="inline"><legend>True when the answer is</legend>
                ${answers.map(([value, label]) => {
                  const id = this.ids(`ans-${value}${pointer}`);
                  return html`<div class="check"><input type="checkbox" id=${id} .checked=${live(chosen.includes(value))}
                    @change=${(e: Event) => {
                      const on = (e.target as HTMLInputElement).checked;
                      const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
                      this.replace(pointer, next.length > 0 ? { answer: rule.answer, in: next } : { answer: rule.answer, answered: true });
                    }} /><label for=${id}>${label}</label></div>`;
                })}
                ${chosen.length === 0 ? html`<p class="hint">With none ticked, the rule is true when the question is answered at all.</p>` : nothing}
              </fieldset>`
            : question?.type === 'number'
              ? html`<div class="row">${this.numberField(`${pointer}/atLeast`, 'At least', rule.atLeast)}${this.numberField(`${pointer}/atMost`, 'At most', rule.atMost)}</div>`
              : html`<p class="hint">True when the question is answered.</p>`}`;
      }
      case 'measure':
        return html`${this.picker(`${pointer}/measure`, 'Measure', ['measure'], rule.measure, (e) => (e.node as { kind?: string }).kind !== 'date')}
          ${this.handleNumberBound(pointer, 'lower', rule)} ${this.handleNumberBound(pointer, 'upper', rule)}`;
      case 'change': {
        const id = this.ids(`dir${pointer}`);
        const unitId = this.ids(`unit${pointer}`);
        return html`${this.picker(`${pointer}/change`, 'Measure (it needs an earlier reading)', ['measure'], rule.change, (e) => (e.node as { kind?: string }).kind !== 'date')}
          <div class="row">
            <div><label for=${id}>Has</label>
              <select id=${id} @change=${(e: Event) => this.set(`${pointer}/direction`, (e.target as HTMLSelectElement).value)}>
                <option value="improved" .selected=${live(rule.direction !== 'declined')}>improved</option>
                <option value="declined" .selected=${live(rule.direction === 'declined')}>declined</option>
              </select></div>
            ${this.numberField(`${pointer}/atLeast`, 'By at least (leave blank for any change)', rule.atLeast)}
            <div><label for=${unitId}>Measured in</label>
              <select id=${unitId} @change=${(e: Event) => this.set(`${pointer}/unit`, (e.target as HTMLSelectElement).value)}>
                <option value="points" .selected=${live(rule.unit !== 'percent')}>points</option>
                <option value="percent" .selected=${live(rule.unit === 'percent')}>per cent of the earlier figure</option>
              </select></div>
          </div>
          ${this.durationField(`${pointer}/over`, 'Over at least (optional: how old the earlier reading must be)', rule.over)}`;
      }
      case 'since':
        return html`${this.picker(`${pointer}/since`, 'From the date', ['measure', 'question'], rule.since, isDate)}
          ${this.durationField(`${pointer}/atLeast`, 'At least this long has passed', rule.atLeast)}
          ${this.durationField(`${pointer}/atMost`, 'No more than this long has passed', rule.atMost)}`;
      case 'cohort':
        return this.picker(`${pointer}/cohort`, 'Circumstance', ['cohort'], rule.cohort);
      case 'evidence':
        return this.picker(`${pointer}/evidence`, 'Evidence', ['evidence'], rule.evidence);
      case 'stageComplete':
        return this.picker(`${pointer}/stageComplete`, 'Stage', ['stage'], rule.stageComplete);
      case 'outcome':
        return this.picker(`${pointer}/outcome`, 'Outcome', ['outcome'], rule.outcome);
      case 'route':
        return this.picker(`${pointer}/route`, 'Route', ['route'], rule.route);
      default:
        return html``;
    }
  }

  /**
   * Which rule a control belongs to, for a screen reader: "rule 2 of the rule of the gate
   * "Ready"", or the builder's whole rule at the top. Several builders can share a form (two
   * gates, an outcome's "Open when"), so "Rule 2" alone would repeat.
   */
  private spokenName(name: string, depth: number): string {
    return depth === 0 ? this.wholeRule : `${midSentence(name)} of ${this.wholeRule}`;
  }

  /** This builder's rule as `spokenName` says it, worked out once per render. */
  private wholeRule = '';

  /**
   * One rule at `pointer` (which may be wrapped in "not"), with its kind picker and controls.
   * `name` is how its controls are told apart: "Rule 2", "Rule 2.1" inside a group (counting
   * from 1, as the move buttons do), or the builder's own label at the top; a screen reader
   * hears whose rule it is too (`spokenName`).
   */
  private renderRule(pointer: string, depth: number, name: string, remove?: () => void): TemplateResult {
    const spoken = this.spokenName(name, depth);
    const wrapped = valueAt(this.editor?.draft.value, pointer) as Record<string, unknown> | undefined;
    const negated = wrapped !== undefined && Object.hasOwn(wrapped, 'not');
    const innerPointer = negated ? `${pointer}/not` : pointer;
    const rule = (negated ? wrapped.not : wrapped) as Record<string, unknown> | undefined;
    const kind = kindOf(rule);
    const kindId = this.ids(`kind${pointer}`);
    const notId = this.ids(`not${pointer}`);
    const group = kind === 'all' || kind === 'any';
    const pending = this.pendingKind?.pointer === innerPointer ? this.pendingKind.kind : undefined;
    return html`<div class="rule ${group ? 'group' : ''}" role="group" aria-label=${spoken}>
      <div class="row">
        <div>
          <label for=${kindId}>Kind of rule<span class="visually-hidden">: ${spoken}</span></label>
          <select id=${kindId} aria-describedby=${pending !== undefined ? `${kindId}-pending` : nothing}
            @pointerdown=${() => (this.keyed = false)}
            @keydown=${(e: KeyboardEvent) => this.kindKeydown(e, innerPointer, rule)}
            @change=${(e: Event) => this.kindChosen(innerPointer, (e.target as HTMLSelectElement).value as RuleKind, rule)}
            @blur=${() => this.commitKind(innerPointer, rule)}>
            ${kind === undefined ? html`<option value="" .selected=${live(pending === undefined)} disabled>Choose…</option>` : nothing}
            ${ruleKinds.map(([value, words]) => html`<option value=${value} .selected=${live(value === (pending ?? kind))}>${words}</option>`)}
          </select>
          ${pending !== undefined ? html`<p class="hint" id=${`${kindId}-pending`}>Press Enter, or move on, to make it this kind of rule; Escape keeps it as it is.</p>` : nothing}
        </div>
        <div class="check">
          <input type="checkbox" id=${notId} .checked=${live(negated)} ?disabled=${rule === undefined}
            @change=${(e: Event) => this.replace(pointer, (e.target as HTMLInputElement).checked ? { not: rule } : rule)} />
          <label for=${notId}>Not (true when this is false)<span class="visually-hidden">: ${spoken}</span></label>
        </div>
      </div>
      ${rule === undefined || kind === undefined
        ? nothing
        : group
          ? this.renderGroup(`${innerPointer}/${kind}`, rule[kind] as unknown[], depth, name)
          : this.renderLeaf(innerPointer, rule, kind)}
      ${remove ? html`<div class="actions"><button type="button" class="secondary" @click=${remove}>Remove this rule<span class="visually-hidden">: ${spoken}</span></button></div>` : nothing}
    </div>`;
  }

  private renderGroup(listPointer: string, rules: unknown[], depth: number, groupName: string): TemplateResult {
    const modeling = this.editor?.modeling;
    const nameOf = (i: number) => (depth === 0 ? `Rule ${i + 1}` : `${groupName}.${i + 1}`);
    return html`<ol class="plain">
        ${rules.map(
          (_, i) => html`<li>${this.renderRule(`${listPointer}/${i}`, depth + 1, nameOf(i), rules.length > 1 ? () => this.removeRule(listPointer, i, rules.length) : undefined)}
            <div class="actions">
              ${i > 0 ? html`<button type="button" class="secondary" @click=${() => modeling?.move(listPointer, i, i - 1, { label: 'move rule' })}>Move up<span class="visually-hidden"> ${this.spokenName(nameOf(i), depth + 1)}</span></button>` : nothing}
              ${i < rules.length - 1 ? html`<button type="button" class="secondary" @click=${() => modeling?.move(listPointer, i, i + 1, { label: 'move rule' })}>Move down<span class="visually-hidden"> ${this.spokenName(nameOf(i), depth + 1)}</span></button>` : nothing}
            </div>
          </li>`,
        )}
      </ol>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.addTo(listPointer, siblingKind(rules))}>${this.addWords('Add a rule', depth === 0 ? undefined : groupName)}</button>
        <button type="button" class="secondary" @click=${() => this.addTo(listPointer, 'all')}>${this.addWords('Add a group', depth === 0 ? undefined : groupName)}</button>
      </div>`;
  }

  /**
   * An Add button's words: short where seen, and for a screen reader whose rule (and which group in
   * it) it adds to, as the form's Add buttons are named (add-names.ts): several rules share a form.
   */
  private addWords(shown: string, group?: string): TemplateResult {
    const words = addToRule(this.editor?.draft.value, this.editor?.outline, this.pointer, this.label, shown, group);
    return html`${words.shown}<span class="visually-hidden">${words.whose}</span>`;
  }

  /**
   * Removes a rule and puts focus on the kind of the rule now in its place (or the one before):
   * left where it was, focus would sit on the next rule's Remove button, and a second Enter
   * would remove that one too.
   */
  private removeRule(listPointer: string, index: number, count: number): void {
    this.editor?.modeling.remove(`${listPointer}/${index}`, { label: 'remove rule' });
    this.focusKind(`${listPointer}/${index < count - 1 ? index : index - 1}`);
  }

  private firstOf = (kinds: string[], filter?: (e: OutlineEntity) => boolean) => this.entities(kinds, filter)[0]?.id;

  /**
   * Adds a rule to the end of a group and puts focus on its kind, as the forms' Add buttons do:
   * left on the button, focus would sit below the new rule, often out of view, and a second Enter
   * would add another.
   */
  private addTo(listPointer: string, kind: RuleKind): void {
    const pathway = this.pathway;
    if (pathway === undefined) return;
    const rule = newRule(kind, pathway, this.firstOf) ?? newRule('cohort', pathway, this.firstOf) ?? newRule('measure', pathway, this.firstOf);
    if (rule === undefined) return;
    const index = (valueAt(pathway, listPointer) as unknown[] | undefined)?.length ?? 0;
    this.editor?.modeling.insert(listPointer, rule, undefined, { label: 'add rule' });
    this.focusKind(`${listPointer}/${index}`);
  }

  private focusKind(pointer: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.ids(`kind${pointer}`))}`)?.focus());
  }

  /**
   * A kind picked with the keyboard waits until the author presses Enter or leaves the picker: a
   * closed select changes on every arrow key, and each kind passed would be built in turn (and a
   * kind that cannot be made yet would send the picker back, so arrowing could never get past it).
   * A kind picked with the mouse is made at once.
   */
  @state() private pendingKind: { pointer: string; kind: RuleKind } | undefined;
  private keyed = false;

  private kindKeydown(event: KeyboardEvent, pointer: string, current: Record<string, unknown> | undefined): void {
    if (event.key === 'Enter') {
      if (this.pendingKind?.pointer === pointer) event.preventDefault();
      this.commitKind(pointer, current);
    } else if (event.key === 'Escape' && this.pendingKind?.pointer === pointer) {
      event.preventDefault();
      event.stopPropagation();
      this.pendingKind = undefined;
    } else if (event.key !== 'Tab' && event.key !== 'Shift') this.keyed = true;
  }

  private kindChosen(pointer: string, kind: RuleKind, current: Record<string, unknown> | undefined): void {
    if (this.keyed) this.pendingKind = kind === kindOf(current) ? undefined : { pointer, kind };
    else this.changeKind(pointer, kind, current);
  }

  private commitKind(pointer: string, current: Record<string, unknown> | undefined): void {
    this.keyed = false;
    const pending = this.pendingKind;
    if (pending?.pointer !== pointer) return;
    this.pendingKind = undefined;
    this.changeKind(pointer, pending.kind, current);
  }

  private changeKind(pointer: string, kind: RuleKind, current: Record<string, unknown> | undefined): void {
    const pathway = this.pathway;
    if (pathway === undefined) return;
    const currentKind = kindOf(current);
    // Switching between "all" and "any" keeps the rules inside.
    if ((currentKind === 'all' || currentKind === 'any') && (kind === 'all' || kind === 'any') && current !== undefined) {
      this.replace(pointer, { [kind]: current[currentKind] });
      return;
    }
    // A rule made into a group goes inside it, as its first rule.
    const leaf = current !== undefined && currentKind !== undefined && currentKind !== 'all' && currentKind !== 'any';
    const rule = (kind === 'all' || kind === 'any') && leaf ? ({ [kind]: [current] } as unknown as Condition) : newRule(kind, pathway, this.firstOf);
    if (rule === undefined) {
      this.problem = nothingForRule(kind);
      // Render even when the message is the same as last time, so the picker goes back to the rule's real kind.
      this.requestUpdate();
      return;
    }
    this.problem = undefined;
    this.replace(pointer, rule);
  }

  @state() private problem: string | undefined;

  override render() {
    const value = this.editor?.draft.value;
    if (value === undefined) return nothing;
    const rule = valueAt(value, this.pointer) as Condition | undefined;
    const pathway = value as Pathway;
    this.wholeRule = ruleOf(value, this.editor?.outline, this.pointer, this.label);
    return html`
      ${rule === undefined
        ? html`<p>No rule yet.</p>
            <button type="button" class="secondary" @click=${() => {
              const first = newRule('cohort', pathway, this.firstOf) ?? newRule('measure', pathway, this.firstOf);
              if (first === undefined) return;
              this.editor?.modeling.set(this.pointer, first, { label: 'add rule' });
              this.focusKind(this.pointer);
            }}>${this.addWords('Add a rule')}</button>`
        : html`<p class="sentence" aria-live="polite"><span class="visually-hidden">${this.label} reads: </span>${describeCondition(rule, this.editor?.outline ?? pathway)}</p>
            ${this.renderRule(this.pointer, 0, this.label)}`}
      ${this.problem ? html`<p class="error-message" role="alert">${this.problem}</p>` : nothing}
    `;
  }
}
