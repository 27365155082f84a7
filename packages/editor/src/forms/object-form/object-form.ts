/**
 * `<pe-object-form pointer="/stages/2">`: a GOV.UK-style form for the object at a JSON pointer,
 * drawn from the form metadata (so from the schema), never written per property.
 *
 * @summary A property form for any object in the pathway.
 *
 * Every edit goes through the context's `Modeling` (`set`, `insert`, `remove`, `move`), with one
 * merge key per field so that typing a title is one undo step (field-writing.ts); which fields
 * show, and in what order, is field-order.ts. Lists of objects are ordered
 * lists whose items open in place, with Add, Duplicate, Remove (undoable) and Move up / down,
 * all buttons (list-editing.ts). Rules use `<pe-condition-builder>` and a stage's bands `<pe-band-line>` when those
 * elements are defined, and are otherwise edited here as nested forms.
 *
 * A selection with focus (`context.select(pointer, { focus: true })`) inside this form opens
 * the items on its way and moves focus to its field.
 */
import { LitElement, html, noChange, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { consume } from '@lit/context';
import { childPointer } from '@pathway/schema';
import { fitsReference, joinWith, midSentence, neededThing, possibleAnswers, questionTypes } from '@pathway/core';
import type { OutlineEntity } from '@pathway/core';
import { editorContext } from '../../context.js';
import type { EditorContext } from '../../context.js';
import { valueAt } from '../../modeling/index.js';
import { fieldOf, formMetadata, locate, nothingToChoose } from '../../metadata/index.js';
import type { DefinitionMeta, FieldMeta } from '../../metadata/index.js';
import { ItemFactory } from '../new-item.js';
import { FieldWriting } from './field-writing.js';
import { orderedFields } from './field-order.js';
import { addPart, addToList } from '../add-names.js';
import type { AddWords } from '../add-names.js';
import { ListEditing, clip, itemName, textItemName, tryEdit } from './list-editing.js';
import { revealIn } from './reveal.js';
import { FormProblems } from './form-problems.js';
import { countTag, fieldProblems, objectProblems } from './problem-messages.js';
import { endQuiet, quietPart } from './quiet-parts.js';
import { renderUsedBy } from './used-by.js';
import { movedHere, renderMoveToStage, renderMovedNotice } from './move-to-stage.js';
import { idFollows, isPublishedId, nameOf as thingName } from '../../naming.js';
import { objectFormStyles } from './object-form.styles.js';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const join = childPointer;

/** An entity's name for a picker: as the outline and the problems call it (naming.ts). */
function entityName(document: unknown, entity: OutlineEntity): string {
  return thingName(document, entity.pointer, entity.node, entity.id);
}

const kindTitles: Record<string, string> = Object.fromEntries(
  Object.values(formMetadata.definitions)
    .filter((definition) => definition.entity !== undefined)
    .map((definition) => [definition.entity as string, definition.title]),
);

const answerWords: Record<string, string> = { yes: 'Yes', no: 'No', na: 'Not applicable' };

export class ObjectForm extends LitElement {
  static override styles = objectFormStyles;

  @consume({ context: editorContext, subscribe: true })
  @state()
  private context?: EditorContext;

  /** Open items, the palette showing, and adding, moving and removing items (list-editing.ts). */
  private readonly lists = new ListEditing(this, () => this.context, () => this.pointer === '' && !this.nested);
  /** Every field's writes into the pathway, short names and numbers being typed (field-writing.ts). */
  private readonly writing = new FieldWriting(this, () => this.context);
  /** Authors' notes being written (shown before they have any text). */
  @state() private notesOpen = new Set<string>();

  private handledToken: number | undefined;

  /** JSON pointer of the object this form edits: "" for the pathway, "/stages/2" for a stage. */
  @property() pointer = '';

  /** Drawn inside another form: no heading; the outer form draws the legend. */
  @property({ type: Boolean, reflect: true }) nested = false;

  private get modeling() {
    return this.context!.modeling;
  }

  private get document(): unknown {
    return this.context?.draft.value;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const selection = this.context?.selection;
    if (this.nested || selection?.focus !== true || selection.token === this.handledToken) return;
    this.handledToken = selection.token;
    // The host may give this form its new pointer just after the new selection: look once both have settled.
    setTimeout(() => {
      const current = this.context?.selection;
      if (!this.isConnected || current === undefined || current.token !== selection.token) return;
      if (current.pointer === this.pointer || current.pointer.startsWith(`${this.pointer}/`)) void this.reveal(current.pointer);
    });
  }

  /**
   * Opens the items on the way to `pointer` and focuses its field (or the nearest thing that
   * holds it). Resolves true when something was focused.
   */
  async reveal(pointer: string): Promise<boolean> {
    await this.updateComplete;
    return revealIn(this.renderRoot, pointer, async (item) => {
      this.lists.setOpen(item, true);
      await this.updateComplete;
    });
  }

  // ——— reading ———

  /** The problems beside each field, and how many lie inside each item (form-problems.ts). */
  private readonly problems = new FormProblems(() => this.pointer, () => this.context);

  private controlId(pointer: string): string {
    return `f${pointer.replace(/[^A-Za-z0-9_-]/g, (c) => (c === '/' ? '_' : `-${c.charCodeAt(0)}-`))}`;
  }

  /**
   * What a picker at `pointer` offers: only what the reference may name (a date, a number
   * question: core's test, the one lint applies), and never the thing the field belongs to
   * (a stage's "Requires earlier stages" does not offer the stage itself).
   */
  private entitiesFor(field: FieldMeta, pointer: string): OutlineEntity[] {
    const kinds = field.refersTo ?? [];
    const owner = this.ownerOf(pointer);
    return (this.context?.outline?.entities ?? []).filter((entity) => kinds.includes(entity.kind) && fitsReference(entity, field) && entity !== owner);
  }

  /** The named thing a field belongs to: the nearest at or above its pointer. */
  private ownerOf(pointer: string): OutlineEntity | undefined {
    let owner: OutlineEntity | undefined;
    for (const entity of this.context?.outline?.entities ?? []) {
      if (pointer.startsWith(`${entity.pointer}/`) && entity.pointer.length > (owner?.pointer.length ?? -1)) owner = entity;
    }
    return owner;
  }

  /** What a picker lists, in words: "role", "date question or date measure". */
  private pickerWhat(field: FieldMeta): string {
    return neededThing(field)?.replace(/^an? /, '') ?? (field.refersTo ?? []).map((kind) => midSentence(kindTitles[kind] ?? kind)).join(' or ');
  }

  /** What an empty picker says: where the things it lists are made ("add one under Pathway settings › Roles"). */
  private nothingYet(field: FieldMeta, pointer: string): string {
    const owner = this.ownerOf(pointer);
    return nothingToChoose(field.refersTo ?? [], this.pickerWhat(field), owner !== undefined && (field.refersTo ?? []).includes(owner.kind));
  }

  private entityLabel(entity: OutlineEntity, field: FieldMeta): string {
    const name = clip(entityName(this.document, entity));
    return (field.refersTo?.length ?? 0) > 1 ? `${kindTitles[entity.kind] ?? entity.kind}: ${name}` : name;
  }

  // ——— drawing ———

  private optional(field: FieldMeta) {
    return field.required ? nothing : html`<span class="optional"> (optional)</span>`;
  }

  private hintText(field: FieldMeta, extra?: string): string | undefined {
    const parts = [field.help, extra].filter((part): part is string => typeof part === 'string' && part !== '');
    return parts.length > 0 ? parts.join(' ') : undefined;
  }

  /**
   * What a short name (or an option's value) does when its item's name changes: follows it while
   * the editor made it up; stays once a version with it is published, and the form says why.
   */
  private followHint(value: unknown): string | undefined {
    if (typeof value !== 'string' || this.context === undefined) return undefined;
    if (isPublishedId(this.modeling, value)) return 'It has been published, so it stays as it is when the name changes: schools may have saved answers by it.';
    if (idFollows(this.modeling, value)) return 'Until this is published or you write your own, it follows the name.';
    return undefined;
  }

  /** The status line under a short name: says when it changed to follow the name (a polite live region, always there). */
  private followStatus(pointer: string, value: unknown): TemplateResult {
    return html`<p class="hint follow-status" role="status" data-follow-status>${this.writing.followNotice(pointer, value)}</p>`;
  }

  /** Label, hint and error messages around a control; the control is given the ids to describe it by. */
  private group(
    field: FieldMeta,
    pointer: string,
    control: (describedBy: string, invalid: boolean) => TemplateResult,
    options: { fieldset?: boolean; extraHint?: string; localError?: string } = {},
  ): TemplateResult {
    const id = this.controlId(pointer);
    const hint = this.hintText(field, options.extraHint);
    const shown = fieldProblems([...(options.localError ? [{ severity: 'error' as const, detail: options.localError }] : []), ...this.problems.at(pointer)], id);
    const describedBy = [hint ? `${id}-hint` : '', ...shown.describedBy].filter(Boolean).join(' ');
    const inner = html`${hint ? html`<div class="hint" id=${`${id}-hint`}>${hint}</div>` : nothing}
      ${shown.messages}
      ${control(describedBy, shown.invalid)}`;
    const groupClass = `form-group${shown.groupClass}`;
    if (options.fieldset) {
      return html`<div class=${groupClass}>
        <fieldset aria-describedby=${describedBy || nothing}>
          <legend>${field.title}${this.optional(field)}</legend>
          ${inner}
        </fieldset>
      </div>`;
    }
    return html`<div class=${groupClass}>
      <label class="label" for=${id}>${field.title}${this.optional(field)}</label>
      ${inner}
    </div>`;
  }

  private renderField(field: FieldMeta, owner: Json, definition: DefinitionMeta): TemplateResult | typeof nothing {
    const pointer = join(this.pointer, field.key);
    const value = owner[field.key];
    const id = this.controlId(pointer);
    switch (field.kind) {
      case 'id':
        return this.group(
          { ...field, title: 'Short name' },
          pointer,
          (describedBy, invalid) => html`<input type="text" id=${id} data-pointer=${pointer} data-short-name spellcheck="false" autocomplete="off"
            .value=${this.writing.typingIn(id, typeof value === 'string' ? value : '') ? noChange : live(typeof value === 'string' ? value : '')} aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'}
            @change=${(event: Event) => this.writing.rename(field, pointer, (event.target as HTMLInputElement).value)} />
            ${this.followStatus(pointer, value)}`,
          {
            extraHint: [
              definition.entity !== undefined ? 'Changing it updates everything in the pathway that refers to it.' : '',
              this.followHint(value),
              'Letters, digits and hyphens.',
            ].filter(Boolean).join(' '),
          },
        );
      case 'text':
      case 'url':
      case 'date':
        return this.group(
          field,
          pointer,
          (describedBy, invalid) => html`<input type="text" id=${id} data-pointer=${pointer}
            inputmode=${field.kind === 'url' ? 'url' : field.kind === 'date' ? 'numeric' : nothing}
            spellcheck=${field.kind === 'text' ? nothing : 'false'} autocomplete="off"
            .value=${live(typeof value === 'string' ? value : value === undefined ? '' : String(value))}
            aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'}
            @input=${(event: Event) => this.writing.writeName(field, pointer, (event.target as HTMLInputElement).value, owner, definition)}
            @change=${() => this.writing.nameLeft(pointer)} />
            ${field.key === 'value' && field.pattern !== undefined ? this.followStatus(pointer, value) : nothing}`,
          field.key === 'value' && field.pattern !== undefined ? { extraHint: this.followHint(value) } : {},
        );
      case 'longText':
        return this.group(
          field,
          pointer,
          (describedBy, invalid) => html`<textarea id=${id} data-pointer=${pointer} rows="3"
            .value=${live(typeof value === 'string' ? value : '')} aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'}
            @input=${(event: Event) => this.writing.writeName(field, pointer, (event.target as HTMLTextAreaElement).value, owner, definition)}
            @change=${() => this.writing.nameLeft(pointer)}></textarea>`,
        );
      case 'number': {
        // Not live(): "92." is written as 92 and must stay as typed; an undo or a JSON edit changes the value, and so the text.
        const pending = this.writing.pendingNumber(pointer, value);
        const text = pending?.text ?? (typeof value === 'number' ? String(value) : '');
        const limits = [
          field.minimum !== undefined ? `lowest ${field.minimum}` : '',
          field.exclusiveMinimum !== undefined ? `above ${field.exclusiveMinimum}` : '',
          field.maximum !== undefined ? `highest ${field.maximum}` : '',
        ].filter(Boolean);
        return this.group(
          field,
          pointer,
          (describedBy, invalid) => html`<input type="text" class="input--number" id=${id} data-pointer=${pointer}
            inputmode=${field.integer ? 'numeric' : 'decimal'} spellcheck="false" autocomplete="off" .value=${text}
            aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'}
            @input=${(event: Event) => this.writing.writeNumber(field, pointer, (event.target as HTMLInputElement).value)} />
            ${/\/bands\/\d+\/(lower|upper)\/value$/.test(pointer) ? html`<p class="hint follow-status" role="status" data-relabel-status>${this.writing.boundNotice(pointer)}</p>` : nothing}`,
          { extraHint: limits.length > 0 ? `(${limits.join(', ')})` : undefined, localError: pending?.error },
        );
      }
      case 'boolean': {
        const checked = typeof value === 'boolean' ? value : field.default === true;
        const hint = this.hintText(field);
        const shown = fieldProblems(this.problems.at(pointer), id);
        const describedBy = [hint ? `${id}-hint` : '', ...shown.describedBy].filter(Boolean).join(' ');
        return html`<div class="form-group${shown.groupClass}">
          ${shown.messages}
          <div class="choice">
            <input type="checkbox" id=${id} data-pointer=${pointer} .checked=${live(checked)} aria-describedby=${describedBy || nothing}
              @change=${(event: Event) => {
                const on = (event.target as HTMLInputElement).checked;
                this.writing.write(field, pointer, !field.required && field.default === undefined && !on ? undefined : on, false);
              }} />
            <div>
              <label class="label" for=${id}>${field.title}</label>
              ${hint ? html`<div class="hint" id=${`${id}-hint`}>${hint}</div>` : nothing}
            </div>
          </div>
        </div>`;
      }
      case 'enum':
        return this.renderEnum(field, pointer, value);
      case 'reference':
        return this.renderReference(field, pointer, value);
      case 'referenceList':
      case 'enumList':
        return this.renderChoiceList(field, pointer, value);
      case 'answerList':
        return this.renderAnswers(field, pointer, value, owner, definition);
      case 'textList':
        return this.renderTextList(field, pointer, value);
      case 'object':
      case 'duration':
      case 'bound':
      case 'condition':
        return this.renderObject(field, pointer, value);
      case 'objectList':
      case 'conditionList':
        return this.renderList(field, pointer, value);
      case 'authorNote':
        return this.renderAuthorNote(field, pointer, value);
      default:
        return nothing;
    }
  }

  private renderEnum(field: FieldMeta, pointer: string, value: unknown): TemplateResult {
    const id = this.controlId(pointer);
    const options = field.options ?? [];
    const current = typeof value === 'string' ? value : (field.default as string | undefined);
    const defaultNote = field.default !== undefined ? `If you choose nothing: ${options.find((o) => o.value === field.default)?.label ?? field.default}.` : undefined;
    const choose = (chosen: string) => this.writing.write(field, pointer, chosen === '' ? undefined : chosen, false);
    if (options.length > 6) {
      return this.group(
        field,
        pointer,
        (describedBy, invalid) => html`<select id=${id} data-pointer=${pointer} aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'}
          @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
          ${current === undefined ? html`<option value="" .selected=${live(true)}>${field.required ? 'Choose one' : 'Not given'}</option>` : !field.required ? html`<option value="">Not given</option>` : nothing}
          ${options.map((option) => html`<option value=${option.value} .selected=${live(option.value === current)}>${option.label}</option>`)}
          ${current !== undefined && !options.some((o) => o.value === current) ? html`<option value=${current} .selected=${live(true)}>${current} (not one of the choices)</option>` : nothing}
        </select>`,
        { extraHint: defaultNote },
      );
    }
    const withNone = !field.required && field.default === undefined;
    return this.group(
      field,
      pointer,
      () => html`<div class="choices">
        ${options.map(
          (option, i) => html`<div class="choice">
            <input type="radio" id=${`${id}-${i}`} name=${id} value=${option.value} data-pointer=${i === 0 ? pointer : nothing}
              .checked=${live(option.value === current)} @change=${() => choose(option.value)} />
            <label for=${`${id}-${i}`}>${option.label}</label>
          </div>`,
        )}
        ${withNone
          ? html`<div class="choice">
              <input type="radio" id=${`${id}-none`} name=${id} value="" .checked=${live(current === undefined)} @change=${() => choose('')} />
              <label for=${`${id}-none`}>Not given</label>
            </div>`
          : nothing}
      </div>`,
      { fieldset: true, extraHint: defaultNote },
    );
  }

  private renderReference(field: FieldMeta, pointer: string, value: unknown): TemplateResult {
    const id = this.controlId(pointer);
    const entities = this.entitiesFor(field, pointer);
    const current = typeof value === 'string' ? value : '';
    const known = entities.some((entity) => entity.id === current);
    const what = this.pickerWhat(field);
    return this.group(
      field,
      pointer,
      (describedBy, invalid) => html`<select id=${id} data-pointer=${pointer} aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'}
        @change=${(event: Event) => this.writing.write(field, pointer, (event.target as HTMLSelectElement).value || (field.required ? '' : undefined), false)}>
        ${current === '' || !field.required ? html`<option value="" .selected=${live(current === '')}>${field.required ? `Choose ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}` : 'None'}</option>` : nothing}
        ${entities.map((entity) => html`<option value=${entity.id} .selected=${live(entity.id === current)}>${this.entityLabel(entity, field)}</option>`)}
        ${current !== '' && !known ? html`<option value=${current} .selected=${live(true)}>${current} (not found)</option>` : nothing}
      </select>`,
      { extraHint: entities.length === 0 ? this.nothingYet(field, pointer) : undefined },
    );
  }

  private renderChoiceList(field: FieldMeta, pointer: string, value: unknown): TemplateResult {
    const id = this.controlId(pointer);
    const list = Array.isArray(value) ? (value as unknown[]) : [];
    const choices =
      field.kind === 'enumList'
        ? (field.options ?? []).map((option) => ({ value: option.value, label: option.label }))
        : this.entitiesFor(field, pointer).map((entity) => ({ value: entity.id, label: this.entityLabel(entity, field) }));
    const owner = this.ownerOf(pointer);
    const offered = choices.length;
    for (const item of list) {
      if (typeof item !== 'string' || choices.some((choice) => choice.value === item)) continue;
      // Written in the JSON: the thing the field belongs to (a stage that requires itself) is said to be itself, so it can be unticked.
      const itself = owner !== undefined && owner.id === item && (field.refersTo ?? []).includes(owner.kind);
      choices.push({ value: item, label: itself ? `${this.entityLabel(owner, field)} (this ${midSentence(kindTitles[owner.kind] ?? owner.kind)} itself)` : `${item} (not found)` });
    }
    const order = choices.map((choice) => choice.value);
    // A chosen value can be focused by its place in the list (a problem about an id that does not exist).
    const chosenAt = (choice: string) => (list.includes(choice) ? join(pointer, list.indexOf(choice)) : nothing);
    const toggle = (choice: string, on: boolean, index: number) => {
      const next = on ? order.filter((v) => v === choice || list.includes(v)) : list.filter((v) => v !== choice);
      this.writing.write(field, pointer, next.length === 0 && !field.required ? undefined : next, false);
      // An id not offered (not found, or the thing itself) has no box once unticked: focus stays in the group, on the box now in its place.
      if (!on && index >= offered) void this.focusChoice(id, index, pointer);
    };
    return this.group(
      field,
      pointer,
      () =>
        choices.length === 0
          ? html`<p class="hint" data-pointer=${pointer} tabindex="-1">${this.nothingYet(field, pointer)}</p>`
          : html`<div class="choices">
              ${choices.map(
                (choice, i) => html`<div class="choice">
                  <input type="checkbox" id=${`${id}-${i}`} value=${choice.value} data-pointer=${i === 0 ? pointer : chosenAt(choice.value)}
                    .checked=${live(list.includes(choice.value))} @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked, i)} />
                  <label for=${`${id}-${i}`}>${choice.label}</label>
                </div>`,
              )}
            </div>`,
      { fieldset: true },
    );
  }

  /** Focuses the checkbox at `index` of a group (the one before it when it was the last; the group's note when none is left). */
  private async focusChoice(groupId: string, index: number, pointer: string): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    const box = root.getElementById(`${groupId}-${index}`) ?? root.getElementById(`${groupId}-${index - 1}`) ?? root.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`);
    box?.focus();
  }

  /** Expected answers: the question's possible answers as checkboxes, or a list of values. */
  private renderAnswers(field: FieldMeta, pointer: string, value: unknown, owner: Json, definition: DefinitionMeta): TemplateResult {
    const question = (definition.entity === 'question'
      ? owner
      : (this.context?.outline?.entities.find((entity) => entity.kind === 'question' && entity.id === owner.answer)?.node as Json | undefined)) as
      | { type?: string; options?: { value: string; label: string }[] }
      | undefined;
    const possible = question?.type !== undefined ? possibleAnswers(question as never) : undefined;
    if (possible === undefined) return this.renderTextList(field, pointer, value, question?.type === 'number');
    const id = this.controlId(pointer);
    const list = Array.isArray(value) ? (value as unknown[]) : [];
    const labelOf = (answer: string) => answerWords[answer] ?? question?.options?.find((option) => option.value === answer)?.label ?? answer;
    const defaults = questionTypes.find((info) => info.type === question?.type)?.expected;
    const toggle = (answer: string, on: boolean) => {
      const next = on ? possible.filter((v) => v === answer || list.includes(v)).concat(list.filter((v) => !possible.includes(v as string)) as string[]) : list.filter((v) => v !== answer);
      this.writing.write(field, pointer, next.length === 0 ? undefined : next, false);
    };
    return this.group(
      field,
      pointer,
      () => html`<div class="choices">
        ${possible.map(
          (answer, i) => html`<div class="choice">
            <input type="checkbox" id=${`${id}-${i}`} value=${answer} data-pointer=${i === 0 ? pointer : nothing}
              .checked=${live(list.includes(answer))} @change=${(event: Event) => toggle(answer, (event.target as HTMLInputElement).checked)} />
            <label for=${`${id}-${i}`}>${labelOf(answer)}</label>
          </div>`,
        )}
      </div>`,
      {
        fieldset: true,
        extraHint: `If you tick none: ${defaults === undefined ? 'any answer' : defaults.map((answer) => labelOf(String(answer))).join(' or ')}.`,
      },
    );
  }

  /** Paragraphs, lines or values, each its own box, with add, remove and move buttons. */
  private renderTextList(field: FieldMeta, pointer: string, value: unknown, numbers = false): TemplateResult {
    const id = this.controlId(pointer);
    const list = Array.isArray(value) ? (value as unknown[]) : [];
    const itemName = textItemName(field);
    const writeItem = (index: number, text: string) => {
      const at = join(pointer, index);
      const number = numbers && /^-?(\d+\.?\d*|\.\d+)$/.test(text.trim()) ? Number(text.trim()) : undefined;
      tryEdit(() => this.modeling.set(at, number ?? text, { label: `change ${midSentence(field.title)}`, mergeKey: at }));
    };
    const shown = fieldProblems(this.problems.at(pointer));
    return html`<div class="form-group${shown.groupClass}">
      <fieldset aria-describedby=${field.help ? `${id}-hint` : nothing}>
        <legend>${field.title}${this.optional(field)}</legend>
        ${field.help ? html`<div class="hint" id=${`${id}-hint`}>${field.help}</div>` : nothing}
        ${shown.messages}
        ${this.lists.renderNotice(pointer)}
        <ol class="items">
          ${list.map((item, index) => {
            const at = join(pointer, index);
            const itemId = this.controlId(at);
            const text = typeof item === 'string' || typeof item === 'number' ? String(item) : '';
            const shown = fieldProblems(this.problems.at(at), itemId);
            const describedBy = shown.describedBy.length > 0 ? shown.describedBy.join(' ') : nothing;
            return html`<li class="item text-item">
              <label class="label" for=${itemId}>${itemName} ${index + 1}</label>
              ${shown.messages}
              ${field.long
                ? html`<textarea id=${itemId} data-pointer=${at} rows="3" .value=${live(text)} aria-invalid=${shown.invalid ? 'true' : 'false'}
                    aria-describedby=${describedBy}
                    @input=${(event: Event) => writeItem(index, (event.target as HTMLTextAreaElement).value)}></textarea>`
                : html`<input type="text" id=${itemId} data-pointer=${at} .value=${numbers ? text : live(text)} aria-invalid=${shown.invalid ? 'true' : 'false'}
                    aria-describedby=${describedBy}
                    @input=${(event: Event) => writeItem(index, (event.target as HTMLInputElement).value)} />`}
              ${this.lists.itemActions(field, pointer, index, list.length, `${midSentence(itemName)} ${index + 1}`)}
            </li>`;
          })}
        </ol>
        <button type="button" class="secondary" data-pointer=${pointer}
          @click=${() => {
            tryEdit(() => this.modeling.insert(pointer, numbers ? 0 : '', undefined, { label: `add ${midSentence(itemName)}` }));
            void this.lists.focusWithin(`[id="${this.controlId(join(pointer, list.length))}"]`);
          }}>${this.addWords(addToList(this.document, this.context?.outline, holderOf(pointer), field.title, itemName))}</button>
      </fieldset>
    </div>`;
  }

  private renderObject(field: FieldMeta, pointer: string, value: unknown): TemplateResult {
    const definition = formMetadata.definitions[field.definition ?? ''];
    const id = this.controlId(pointer);
    const shown = fieldProblems(this.problems.at(pointer), id);
    const help = field.help ?? definition?.help;
    if (field.kind === 'condition' && customElements.get('pe-condition-builder') !== undefined) {
      return html`<fieldset class="nested${shown.groupClass}" aria-describedby=${help ? `${id}-hint` : nothing}>
        <legend>${field.title}${this.optional(field)}</legend>
        ${help ? html`<div class="hint" id=${`${id}-hint`}>${help}</div>` : nothing}
        ${shown.messages}
        <pe-condition-builder data-pointer=${pointer} .pointer=${pointer} .label=${field.title}></pe-condition-builder>
        ${field.required || value === undefined
          ? nothing
          : html`<button type="button" class="secondary" @click=${() => tryEdit(() => this.modeling.set(pointer, undefined, { label: `remove ${midSentence(field.title)}` }))}>
              Remove ${midSentence(field.title)}</button>`}
      </fieldset>`;
    }
    if (value === undefined) {
      return html`<div class="form-group${shown.groupClass}">
        <p class="label" id=${`${id}-title`}>${field.title}${this.optional(field)}</p>
        ${help ? html`<div class="hint" id=${`${id}-hint`}>${help}</div>` : nothing}
        ${shown.messages}
        ${definition?.variants !== undefined
          ? this.renderVariantPicker(pointer, this.addWords(this.partWords(field, pointer)), (variant) => {
              tryEdit(() => this.modeling.set(pointer, new ItemFactory(this.document, formMetadata, this.modeling).create(variant), { label: `add ${midSentence(field.title)}` }));
              void this.lists.focusWithin(`[data-pointer="${CSS.escape(pointer)}"]`);
            })
          : html`<button type="button" class="secondary" data-pointer=${pointer} aria-describedby=${help ? `${id}-hint` : nothing}
              @click=${() => {
                quietPart(this.modeling, pointer);
                tryEdit(() => this.modeling.set(pointer, new ItemFactory(this.document, formMetadata, this.modeling).create(field.definition ?? ''), { label: `add ${midSentence(field.title)}` }));
                void this.lists.focusWithin(`fieldset[data-pointer="${CSS.escape(pointer)}"] pe-object-form`).then(() => this.reveal(`${pointer}/`));
              }}>${this.addWords(this.partWords(field, pointer))}</button>`}
      </div>`;
    }
    return html`<fieldset class="nested${shown.groupClass}" data-pointer=${pointer}
      aria-describedby=${help ? `${id}-hint` : nothing} @focusout=${(event: FocusEvent) => this.leavePart(event, pointer)}>
      <legend>${field.title}${this.optional(field)}</legend>
      ${help ? html`<div class="hint" id=${`${id}-hint`}>${help}</div>` : nothing}
      ${shown.messages}
      <pe-object-form nested .pointer=${pointer}></pe-object-form>
      ${field.required
        ? nothing
        : html`<button type="button" class="secondary" @click=${() => {
            tryEdit(() => this.modeling.set(pointer, undefined, { label: `remove ${midSentence(field.title)}` }));
            void this.lists.focusWithin(`[data-pointer="${CSS.escape(pointer)}"]`);
          }}>Remove ${midSentence(field.title)}</button>`}
    </fieldset>`;
  }

  /** Focus left a part or an item just added: its problems show now, here and in its nested form. */
  private leavePart(event: FocusEvent, pointer: string): void {
    const part = event.currentTarget as HTMLElement;
    const to = event.relatedTarget;
    // Still inside (a nested form's fields arrive as the nested form), or the window lost focus.
    if ((to instanceof Node && part.contains(to)) || (to === null && !document.hasFocus())) return;
    if (!endQuiet(this.modeling, pointer)) return;
    this.requestUpdate();
    redrawForms(part);
  }

  /** A select of the kinds of rule and a button, for adding or changing a rule. */
  private renderVariantPicker(pointer: string, action: string | TemplateResult, choose: (variant: string) => void, current?: string): TemplateResult {
    const union = formMetadata.definitions.Condition;
    const variants = Object.values(formMetadata.definitions).find((d) => d.variants !== undefined && d.variants.some((v) => v.definition === current)) ?? union;
    const id = `${this.controlId(pointer)}-kind`;
    const selected = current ?? variants.variants?.[0]?.definition ?? '';
    // Choosing in the list changes nothing until the button is pressed: arrow keys on a select must not replace a rule.
    const apply = () => {
      const chosen = this.renderRoot.querySelector<HTMLSelectElement>(`select[id="${id}"]`)?.value ?? selected;
      if (chosen !== current) choose(chosen);
    };
    return html`<div class="form-group">
      <label class="label" for=${id}>Kind of rule</label>
      <select id=${id} data-pointer=${current === undefined ? pointer : nothing}>
        ${(variants.variants ?? []).map((variant) => {
          const meta = formMetadata.definitions[variant.definition];
          return html`<option value=${variant.definition} .selected=${variant.definition === selected}>${meta.title}: ${meta.help ?? ''}</option>`;
        })}
      </select>
      <button type="button" class="secondary" @click=${apply}>${action}</button>
    </div>`;
  }

  private renderList(field: FieldMeta, pointer: string, value: unknown): TemplateResult {
    const definition = formMetadata.definitions[field.definition ?? ''];
    const list = Array.isArray(value) ? value : [];
    const id = this.controlId(pointer);
    const itemTitle = definition?.title ?? field.title;
    // A stage's bands also show on the number line, where their bounds can be dragged or typed.
    const bandLine =
      field.definition === 'Band' && list.length > 0 && customElements.get('pe-band-line') !== undefined
        ? html`<pe-band-line .pointer=${pointer}></pe-band-line>`
        : nothing;
    const isQuestions = definition?.entity === 'question';
    const isRules = definition?.variants !== undefined;
    const paletteOpen = this.lists.palette === pointer;
    const shown = fieldProblems(this.problems.at(pointer));
    return html`<div class="form-group${shown.groupClass}">
      <fieldset aria-describedby=${field.help ? `${id}-hint` : nothing}>
        <legend>${field.title}${this.optional(field)}</legend>
        ${field.help ? html`<div class="hint" id=${`${id}-hint`}>${field.help}</div>` : nothing}
        ${shown.messages}
        ${this.lists.renderNotice(pointer)} ${bandLine}
        ${list.length > 0
          ? html`<ol class="items">
              ${list.map((item, index) => {
                const at = join(pointer, index);
                const itemDefinition = definition?.variants === undefined ? definition : (locate(this.document, at).definition ?? definition);
                const name = itemName(item) || this.referenceName(item, itemDefinition);
                const label = `${itemDefinition?.title ?? itemTitle} ${index + 1}${name ? `: ${clip(name)}` : ''}`;
                const { errors, warnings } = this.problems.within(at);
                const open = this.lists.open.has(at);
                const moved = movedHere(this.context, at);
                // Untouched items keep their identity (the modeling shares structure), so typing a stage's
                // title does not redraw its 500 questions.
                return guard([item, label, open, errors, warnings, list.length, moved], () => html`<li class="item">
                  <details data-pointer=${at} ?open=${open}
                    @toggle=${(event: Event) => this.lists.setOpen(at, (event.target as HTMLDetailsElement).open)}
                    @focusout=${(event: FocusEvent) => this.leavePart(event, at)}>
                    <summary>${label}${countTag({ errors, warnings })}</summary>
                    ${open ? html`<pe-object-form nested .pointer=${at}></pe-object-form>` : nothing}
                  </details>
                  ${moved ? renderMovedNotice(this.context, at) : nothing}
                  ${this.lists.itemActions(field, pointer, index, list.length, label)}
                </li>`);
              })}
            </ol>`
          : nothing}
        ${isQuestions || isRules
          ? html`<button type="button" class="secondary" data-pointer=${pointer} aria-haspopup="menu" aria-expanded=${paletteOpen ? 'true' : 'false'}
                aria-controls=${`${id}-palette`} @click=${() => this.lists.togglePalette(pointer)}
                @keydown=${(event: KeyboardEvent) => this.lists.addButtonKeydown(event, pointer)}>
                ${this.addWords(addToList(this.document, this.context?.outline, holderOf(pointer), field.title, itemTitle))}</button>
              <ul class="palette" id=${`${id}-palette`} role="menu" data-list=${pointer} ?hidden=${!paletteOpen}
                aria-label=${isQuestions ? 'Question types' : 'Kinds of rule'} @keydown=${(event: KeyboardEvent) => this.lists.paletteKeydown(event, pointer)}>
                ${paletteOpen
                  ? isQuestions
                    ? questionTypes.map(
                        (info) => html`<li role="none">
                          <button type="button" class="secondary" role="menuitem" tabindex="-1" data-type=${info.type} @click=${() => this.lists.addQuestion(field, pointer, info.type)}>
                            ${info.label}<span class="description">${info.description}</span>
                          </button>
                        </li>`,
                      )
                    : (definition?.variants ?? []).map((variant) => {
                        const meta = formMetadata.definitions[variant.definition];
                        return html`<li role="none">
                          <button type="button" class="secondary" role="menuitem" tabindex="-1" data-type=${variant.definition} @click=${() => this.lists.addItem(field, pointer, variant.definition)}>
                            ${meta.title}<span class="description">${meta.help ?? ''}</span>
                          </button>
                        </li>`;
                      })
                  : nothing}
              </ul>`
          : html`<button type="button" class="secondary" data-pointer=${pointer} @click=${() => this.lists.addItem(field, pointer)}>
              ${this.addWords(addToList(this.document, this.context?.outline, holderOf(pointer), field.title, itemTitle))}</button>`}
      </fieldset>
    </div>`;
  }

  /** An Add button's words: short where seen, and whose list or part it is for a screen reader (add-names.ts). */
  private addWords(words: AddWords): TemplateResult {
    return html`${words.shown}<span class="visually-hidden">${words.whose}</span>`;
  }

  /**
   * The words of the button that adds an optional part. A part whose title does not follow "Add"
   * ("If breached") has its words in the schema (`x-add-label`). A length of time is titled by its
   * role ("Due within", "How often"): the button says what it adds, and its name says which.
   */
  private partWords(field: FieldMeta, pointer: string): AddWords {
    const holder = holderOf(pointer);
    if (field.addLabel !== undefined) return addPart(this.document, this.context?.outline, holder, field.addLabel);
    if (field.kind === 'duration') return addPart(this.document, this.context?.outline, holder, 'Add a length of time', field.title);
    return addPart(this.document, this.context?.outline, holder, `Add ${midSentence(field.title)}`);
  }

  /** An item without a name of its own, named by what it refers to (duties by their role). */
  private referenceName(item: unknown, definition: DefinitionMeta | undefined): string {
    if (!isRecord(item) || definition === undefined) return '';
    for (const field of definition.fields) {
      if (field.kind !== 'reference' || typeof item[field.key] !== 'string') continue;
      const entity = this.context?.outline?.entities.find((e) => e.id === item[field.key] && (field.refersTo ?? []).includes(e.kind));
      return entity ? entityName(this.document, entity) : (item[field.key] as string);
    }
    return '';
  }

  private renderAuthorNote(field: FieldMeta, pointer: string, value: unknown): TemplateResult {
    const id = this.controlId(pointer);
    const problems = this.problems.at(pointer);
    if (value === undefined && problems.length === 0 && !this.notesOpen.has(pointer)) {
      // No note yet: a small button, so empty notes do not crowd every item.
      return html`<p class="note-add">
        <button type="button" class="secondary" data-pointer=${pointer}
          @click=${() => {
            this.notesOpen = new Set(this.notesOpen).add(pointer);
            void this.lists.focusWithin(`textarea[id="${id}"]`);
          }}>${this.addWords(addPart(this.document, this.context?.outline, holderOf(pointer), "Add an authors' note"))}</button>
      </p>`;
    }
    const shown = fieldProblems(problems, id);
    return html`<div class="author-note${shown.groupClass}">
      <label class="label" for=${id}>${field.title} <span class="optional">(for authors only, never shown to schools)</span></label>
      <div class="hint" id=${`${id}-hint`}>${field.help}</div>
      ${shown.messages}
      <textarea id=${id} data-pointer=${pointer} rows="2" .value=${live(typeof value === 'string' ? value : '')}
        aria-describedby=${[`${id}-hint`, ...shown.describedBy].join(' ')} aria-invalid=${shown.invalid ? 'true' : 'false'}
        @input=${(event: Event) => this.writing.write(field, pointer, (event.target as HTMLTextAreaElement).value)}></textarea>
    </div>`;
  }

  /**
   * The pathway's own lists (resources, contacts, the changelog…) are far down a long form: one
   * closed "Go to" list at the top reaches each in two key presses rather than dozens of Tabs.
   */
  private renderJumpList(definition: DefinitionMeta, value: Json): TemplateResult {
    const lists = definition.fields.filter((f) => f.kind === 'objectList' || f.kind === 'textList');
    const go = async (key: string) => {
      await this.updateComplete;
      const list = join(this.pointer, key);
      const items = value[key];
      // The first item's summary when there are items, else the list's own control (its Add button).
      const first = Array.isArray(items) && items.length > 0 ? this.renderRoot.querySelector<HTMLElement>(`details[data-pointer="${CSS.escape(join(list, 0))}"] > summary`) : null;
      if (first) first.focus();
      else await this.reveal(list);
    };
    return html`<details class="jump-list">
      <summary>Go to a part of this pathway</summary>
      <ul>
        ${lists.map((f) => {
          const items = value[f.key];
          const count = Array.isArray(items) ? items.length : 0;
          return html`<li><button type="button" class="link" data-jump=${f.key} @click=${() => void go(f.key)}>${f.title}</button>
            <span class="hint">(${count === 0 ? 'none yet' : count})</span></li>`;
        })}
      </ul>
    </details>`;
  }

  /**
   * Remove, on the form of an item of a list (a stage, a role, an exception), as its list on the
   * form above offers: the same removal and notice, shown on that list, where the form goes.
   */
  private renderRemoveThis(field: FieldMeta | undefined, title: string, name: string): TemplateResult | typeof nothing {
    const at = this.pointer.lastIndexOf('/');
    const index = Number(this.pointer.slice(at + 1));
    if (field === undefined || (field.kind !== 'objectList' && field.kind !== 'conditionList') || at < 0 || !Number.isInteger(index)) return nothing;
    const list = this.pointer.slice(0, at);
    const owner = list.slice(0, list.lastIndexOf('/'));
    return html`<div class="item-actions own">
      <button type="button" class="warning" data-action="remove-this"
        @click=${() => {
          if (this.lists.removeItem(field, list, index)) this.context?.select(owner);
        }}>Remove this ${midSentence(title)}${name ? html`<span class="visually-hidden"> ${clip(name, 120)}</span>` : nothing}</button>
    </div>`;
  }

  override render() {
    const context = this.context;
    if (context === undefined) return nothing;
    const document = context.draft.value;
    if (document === undefined) return html`<p class="hint">The JSON must be fixed before the forms can change it.</p>`;
    const value = valueAt(document, this.pointer);
    const { definition, field } = locate(document, this.pointer);
    if (definition === undefined || !isRecord(value)) {
      return html`<p class="hint" data-pointer=${this.pointer}>There is nothing here to edit with a form.</p>`;
    }
    const union = field?.definition !== undefined ? formMetadata.definitions[field.definition] : undefined;
    const isVariant = union?.variants !== undefined;
    const note = fieldOf(definition, 'authorNote');
    const ownProblems = this.problems.at(this.pointer);
    const name = itemName(value);
    const fields = orderedFields(definition, value);
    // Where it is used, and moving it to another stage, beside its short name (what refers to it
    // names it by that), after the title the form opens on; at the end for what has no short name.
    const what = midSentence(definition.title);
    const places = html`${definition.entity !== undefined ? renderUsedBy(context, this.pointer, what) : nothing}
      ${renderMoveToStage(context, this.pointer, what, `${this.controlId(this.pointer)}-move`)}`;
    return html`
      ${this.nested
        ? nothing
        : html`<h2 class="heading"><span class="caption">${definition.title}</span>${name ? clip(name, 120) : thingName(document, this.pointer, value, definition.title)}</h2>`}
      ${this.nested ? nothing : this.renderRemoveThis(field, definition.title, name)}
      ${this.nested ? nothing : renderMovedNotice(context, this.pointer)}
      ${objectProblems(ownProblems)}
      ${note !== undefined ? this.renderAuthorNote(note, join(this.pointer, 'authorNote'), value.authorNote) : nothing}
      ${!this.nested && this.pointer === '' ? this.renderJumpList(definition, value) : nothing}
      ${isVariant
        ? this.renderVariantPicker(
            this.pointer,
            'Change the kind of rule',
            (variant) => tryEdit(() => this.modeling.set(this.pointer, new ItemFactory(document).create(variant), { label: 'change kind of rule' })),
            definition.name,
          )
        : nothing}
      ${definition.requiresOneOf !== undefined
        ? html`<p class="hint">Give at least one of these: ${joinWith(
            definition.requiresOneOf.map((group) => group.map((key) => midSentence(fieldOf(definition, key)?.title ?? key)).join(' and ')),
            'or',
          )}.</p>`
        : nothing}
      ${fields.map((f) => (f.kind === 'id' ? html`${this.renderField(f, value, definition)}${places}` : this.renderField(f, value, definition)))}
      ${fields.some((f) => f.kind === 'id') ? nothing : places}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pe-object-form': ObjectForm;
  }
}

/** Redraws the forms inside `root`, nested ones too (their problems no longer wait). */
function redrawForms(root: ParentNode): void {
  for (const form of root.querySelectorAll<LitElement>('pe-object-form')) {
    form.requestUpdate();
    if (form.shadowRoot !== null) redrawForms(form.shadowRoot);
  }
}

/** The object that holds the list or part at `pointer`. */
function holderOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}
