/**
 * Pupil details: only the fields the stage's referrals need (e.g. child's name, date of birth,
 * school). Personal data: never saved in drafts, never sent in events, only in the summary.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ReferralField } from '@pathway/schema';
import { datePartsFrom } from '../journey/entries.js';
import { openReferrals, referralFields } from '../journey/pages.js';
import { fieldInput } from './field-input.js';
import type { PageContext } from './page-context.js';
import { dateBoxes } from './question-fields.js';
import { backLink, continueButton, describedBy, errorMessage, errorSummary, hint, pageHeading } from './shared.js';

export const detailGroupId = (id: string) => `f-${id}`;

/** The input a link to this field focuses. */
export function detailFocusId(field: ReferralField | undefined, id: string): string {
  return field?.type === 'date' ? `${detailGroupId(id)}-day` : `${detailGroupId(id)}-input`;
}

export function renderField(ctx: PageContext, field: ReferralField): TemplateResult {
  const { strings } = ctx;
  const base = detailGroupId(field.id);
  const error = ctx.errors.get(base);
  const optional = field.required === false ? html`<span class="secondary">${` ${strings.optional}`}</span>` : nothing;
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  if (field.type === 'date') {
    const parts = ctx.state.detailDateParts[field.id] ?? datePartsFrom(ctx.state.details[field.id]);
    return html`<div class="form-group ${error ? 'form-group--error' : ''}">
      <fieldset aria-describedby=${describedBy(`${base}-date-hint`, field.help && hintId, error && errorId)}>
        <legend class="legend-s">${field.label}${optional}</legend>
        ${hint(hintId, field.help)}
        <div class="hint" id=${`${base}-date-hint`}>${strings.dateHint}</div>
        ${errorMessage(errorId, strings, error?.message)}
        ${dateBoxes({ base, parts, invalid: !!error, dataKey: 'detail', dataId: field.id, strings })}
      </fieldset>
    </div>`;
  }
  const type = field.type === 'email' ? 'email' : field.type === 'phone' ? 'tel' : 'text';
  return html`<div class="form-group ${error ? 'form-group--error' : ''}">
    <label class="label legend-s" for=${`${base}-input`}>${field.label}${optional}</label>
    ${hint(hintId, field.help)} ${errorMessage(errorId, strings, error?.message)}
    <input class="input ${error ? 'input--error' : ''}" id=${`${base}-input`} type=${type} autocomplete="off" spellcheck="false"
      ${fieldInput({ kind: 'detail', fieldId: field.id, control: 'text' })} .value=${ctx.state.details[field.id] ?? ''}
      aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy(field.help && hintId, error && errorId)} />
  </div>`;
}

export function renderDetailsPage(ctx: PageContext): TemplateResult {
  const { strings } = ctx;
  const fields = referralFields(ctx.evaluation)
    .map((item) => ctx.index.fields.get(item.id))
    .filter((field): field is ReferralField => field !== undefined);
  const referralTitles = openReferrals(ctx.evaluation)
    .filter((referral) => referral.fields.length > 0)
    .map((referral) => referral.title)
    .join(', ');
  return html`
    ${backLink(ctx)} ${errorSummary(ctx)} ${pageHeading(strings.detailsHeading)}
    <p>${strings.detailsIntro(referralTitles)}</p>
    <div class="inset">${strings.detailsPrivacy}</div>
    ${fields.map((field) => renderField(ctx, field))} ${continueButton(ctx)}
  `;
}
