/**
 * Exceptions for this pupil, said plainly and where they matter.
 *
 * - Circumstances that change everything lead the page and the summary: an exception that
 *   sends the pupil elsewhere ("redirect", e.g. a child at immediate risk of harm goes to the
 *   MASH), wherever it applies, and one that stops the current stage or one of its referrals
 *   ("block"). They are warnings, headed by the exception's own title, with what to do instead
 *   and what they change as sentences of their own.
 * - Advice ("advise") and a change of lead ("reassign") are shown as advice, never labelled
 *   "Warning".
 * - Names are never run together: what an exception changes is listed once per name.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AppliedException, StageEvaluation } from '@pathway/core';
import { redirectsHere } from '@pathway/core';
import type { PathwayIndex } from '../journey/pathway-index.js';
import type { PageContext } from './page-context.js';
import { endSentence } from '../i18n/strings.js';
import { authoredLink } from './shared.js';
import { bareTitle } from './joined-text.js';

/** The exception changes the current stage, or one of the referrals it makes. */
function touchesStage(exception: AppliedException, stage: StageEvaluation | undefined): boolean {
  if (!stage) return false;
  if (exception.stages.includes(stage.stageId)) return true;
  return stage.referrals.some((referral) => exception.referrals.includes(referral.referralId));
}

/** The exception closes one of the stage's routes (and so is about this stage, though it changes only that route). */
function closesRouteOf(exception: AppliedException, stage: StageEvaluation): boolean {
  return stage.routes.some((route) => exception.routes?.includes(route.id));
}

/** Exceptions that change everything: shown first, on every page after the figures. */
export function importantExceptions(ctx: PageContext): AppliedException[] {
  const current = ctx.evaluation.current;
  return ctx.evaluation.exceptions.filter(
    (exception) => exception.effect === 'redirect' || (exception.effect === 'block' && touchesStage(exception, current)),
  );
}

/** The titles of the exceptions that stop the current stage, said at the top of the page (importantExceptions). */
export function blockingTitles(ctx: PageContext): string[] {
  const current = ctx.evaluation.current;
  if (current?.status !== 'blocked') return [];
  return importantExceptions(ctx)
    .filter((exception) => exception.effect === 'block' && exception.stages.includes(current.stageId))
    .map((exception) => exception.title);
}

/**
 * The other exceptions that touch the stage (advice, a new lead, a skipped stage, a route of the
 * stage closed), each once: one closing a route offered here is about this stage, not another.
 */
export function stageExceptions(ctx: PageContext, stage: StageEvaluation | undefined): AppliedException[] {
  const important = new Set(importantExceptions(ctx).map((exception) => exception.id));
  const seen = new Set<string>();
  const list: AppliedException[] = [];
  for (const exception of [...(stage?.exceptions ?? []), ...ctx.evaluation.exceptions]) {
    if (seen.has(exception.id) || important.has(exception.id)) continue;
    if (stage && !touchesStage(exception, stage) && !closesRouteOf(exception, stage)) continue;
    seen.add(exception.id);
    list.push(exception);
  }
  return list;
}

/** Exceptions for this pupil at other stages and referrals than those shown. */
export function exceptionsElsewhere(ctx: PageContext, shown: readonly AppliedException[]): AppliedException[] {
  const important = new Set(importantExceptions(ctx).map((exception) => exception.id));
  return ctx.evaluation.exceptions.filter((exception) => !important.has(exception.id) && !shown.some((s) => s.id === exception.id));
}

/**
 * What an exception changes, each name once: "Enforcement Referral, Second penalty notice, Referral
 * to enforcement action". A route of another stage, not itself named, says whose it is:
 * "Prosecution (at Stage 5)".
 */
export function changedNames(ctx: PageContext, exception: AppliedException): string[] {
  const routeName = (id: string): string => {
    const title = ctx.index.routes.get(id)?.title ?? id;
    const stage = [...ctx.index.stages.values()].find((candidate) => candidate.routes?.some((route) => route.id === id));
    const here = stage === undefined || stage.id === ctx.evaluation.current?.stageId || exception.stages.includes(stage.id);
    return here ? title : ctx.strings.exceptionRouteAt(title.trim(), stage.title.trim());
  };
  const names = [
    ...exception.stages.map((id) => ctx.index.stages.get(id)?.title ?? id),
    ...(exception.routes ?? []).map(routeName),
    ...exception.referrals.map((id) => ctx.index.referrals.get(id)?.title ?? id),
  ];
  return [...new Set(names.map((name) => name.trim()))].filter(Boolean);
}

/**
 * Where a referral goes ("Multi-Agency Safeguarding Hub"), else its title, else the id named: the
 * one answer to "refer to whom?" for readiness, next steps and exceptions alike, said after our
 * words, so a leading "The" is lowered ("refer to the CME Officer of the LA where …").
 */
export function referralTarget(index: PathwayIndex, id: string): string {
  const referral = index.referrals.get(id);
  return (referral?.target.name?.trim() || referral?.title?.trim() || id).replace(/^The (?=\S)/u, 'the ');
}

/**
 * Who leads, as the school reads it: a lead that names one of the pathway's roles by its id
 * ("eh-lead") is shown as that role's title; any other text as written.
 */
export function leadName(index: PathwayIndex, lead: string): string {
  return index.roles.get(lead.trim())?.title?.trim() || lead;
}

/**
 * A lead's description that names someone ("The school's attendance lead", "Form tutor or Head of
 * Year"), not a sentence about what they do ("The designated lead leads, unless …"), which read
 * after "instead of" is garbled: one short phrase with no stop or comma inside.
 */
function namesSomeone(description: string): boolean {
  const bare = bareTitle(description);
  return bare.split(/\s+/u).length <= 6 && !/[.,;:!?]/u.test(bare);
}

/**
 * "Who leads" at the current stage, in words. Under a "change of lead" exception only the lead
 * who takes over is named, with the stage's own lead as whom they replace: the stage's lead
 * description describes the replaced lead, so joined on it would name two leads. Otherwise the
 * stage's lead, with its description when `described`.
 */
export function leadText(ctx: PageContext, current: StageEvaluation, described: boolean): string | undefined {
  if (current.lead === undefined) return undefined;
  const name = leadName(ctx.index, current.lead);
  const own = ctx.index.stages.get(current.stageId)?.lead;
  const reassigned = current.exceptions.some((e) => e.effect === 'reassign' && e.lead === current.lead);
  const description = own?.description?.trim();
  if (reassigned) {
    const replaced = own ? bareTitle(description !== undefined && namesSomeone(description) ? description : leadName(ctx.index, own.role)) : undefined;
    // A lead shared with the stage's own ("The social worker, with the EHE Officer") does not replace them.
    return replaced && replaced.toLowerCase() !== name.trim().toLowerCase() && !ctx.strings.stageLeadShared(bareTitle(name), replaced) ? ctx.strings.stageLeadInstead(name, replaced) : name;
  }
  return described && description ? `${name}. ${description}` : name;
}

/**
 * Where two "change of lead" exceptions name different leads for this pupil (core's `leads`),
 * both, each with the exception that names it, and that the school must agree which one leads.
 */
export function leadsText(ctx: PageContext, current: StageEvaluation): string | undefined {
  if (current.leads === undefined || current.leads.length < 2) return undefined;
  const named = current.leads.map((lead) => {
    const by = current.exceptions.filter((e) => e.effect === 'reassign' && e.lead === lead).map((e) => e.title);
    return by.length > 0 ? `${leadName(ctx.index, lead)} (${by.join(', ')})` : leadName(ctx.index, lead);
  });
  return ctx.strings.stageLeads(named);
}

/** "Instead: contact the MASH." for a redirect, from where it sends the pupil. */
export function insteadText(ctx: PageContext, exception: AppliedException): string | undefined {
  const what = insteadWhat(ctx, exception);
  return what === undefined ? undefined : ctx.strings.exceptionInstead(what);
}

/** Where a redirect sends the pupil, joined: "make a referral to the MASH; contact …". */
export function insteadWhat(ctx: PageContext, exception: AppliedException): string | undefined {
  const target = exception.redirectTo;
  if (exception.effect !== 'redirect' || !target) return undefined;
  const { strings } = ctx;
  const parts: string[] = [];
  // A pupil already at the stage it sends them to has gone there: "instead" would send them to where they are.
  if (target.stage && target.stage !== ctx.evaluation.current?.stageId) parts.push(strings.exceptionInsteadStage(ctx.index.stages.get(target.stage)?.title ?? target.stage));
  const to = target.referral && referralTarget(ctx.index, target.referral);
  if (to) parts.push(strings.exceptionInsteadReferral(to));
  // A contact by the referral's own name ("Pendle Vale MASH") is the same place: named once.
  const contact = target.contact && (ctx.index.contacts.get(target.contact)?.name ?? target.contact);
  if (contact && contact.trim().toLowerCase() !== to?.toLowerCase()) parts.push(strings.exceptionInsteadContact(contact));
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** One line of how to make a referral: "Phone: …", "Email: …" and "Online: …" (links), or its instructions. */
export interface HowLine {
  label?: string;
  text: string;
  /** Where the line's text links to: the email address or the web address, under the link policy (authoredLink). */
  href?: string;
}

/** Phone, email and web address, line by line, the addresses as links: a referral's channel's or a contact's. */
function addressLines(ctx: PageContext, at: { phone?: string; email?: string; url?: string }): HowLine[] {
  const { strings } = ctx;
  const how: HowLine[] = [];
  if (at.phone) how.push({ label: strings.summaryReferralPhone, text: at.phone });
  if (at.email) how.push({ label: strings.summaryReferralEmail, text: at.email, href: `mailto:${at.email}` });
  if (at.url) how.push({ label: strings.summaryReferralWeb, text: at.url, href: at.url });
  return how;
}

/** A referral's channel, line by line: phone, email, web address, then its instructions. */
export function referralHow(ctx: PageContext, id: string): HowLine[] {
  const channel = ctx.index.referrals.get(id)?.channel;
  if (!channel) return [];
  const how = addressLines(ctx, channel);
  if (channel.instructions?.trim()) how.push({ text: channel.instructions.trim() });
  return how;
}

/**
 * "How to refer: Phone: 0300 123 4567. Email: team@council.gov.uk. Online: https://…." with the
 * addresses as links a school can follow (the summary's referral panel links them alike);
 * `heading` for a contact's ("How to contact them: …").
 */
export function renderHowToRefer(ctx: PageContext, how: readonly HowLine[], heading: string = ctx.strings.howToRefer): TemplateResult {
  const { strings } = ctx;
  return html`${heading}:${how.map((line) => {
    const said = line.label ? `${line.label}: ${line.text}` : line.text;
    const stop = endSentence(said) === said ? '' : '.';
    return html` ${line.label ? `${line.label}: ` : ''}${line.href ? authoredLink(strings, line.text, line.href) : line.text}${stop}`;
  })}`;
}

/** A contact's phone, email and web address, line by line, as a referral's channel is. */
function contactHow(ctx: PageContext, id: string): HowLine[] {
  const contact = ctx.index.contacts.get(id);
  return contact ? addressLines(ctx, contact) : [];
}

/**
 * For a redirect: how to make the referral it sends the pupil to, and how to reach the contact
 * ("contact the Virtual School" is no help without a number); never the exception's own message
 * again (a referral whose only instructions repeat it says no "how").
 */
export function insteadHow(ctx: PageContext, exception: AppliedException): TemplateResult | undefined {
  const target = exception.effect === 'redirect' ? exception.redirectTo : undefined;
  const refer = (target?.referral ? referralHow(ctx, target.referral) : []).filter((line) => (line.label ? `${line.label}: ${line.text}` : line.text) !== exception.message.trim());
  // The contact's phone, email or address that the referral's own lines already give is not said again.
  const reach = (target?.contact ? contactHow(ctx, target.contact) : []).filter((line) => !refer.some((given) => given.text === line.text));
  const parts = [...(refer.length > 0 ? [renderHowToRefer(ctx, refer)] : []), ...(reach.length > 0 ? [renderHowToRefer(ctx, reach, ctx.strings.howToContact)] : [])];
  return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : html`${parts[0]} ${parts[1]}`;
}

/** How many stages the pathway has: an exception changing all of them is not listed by name. */
function changesText(ctx: PageContext, exception: AppliedException, showChanges: boolean): string | undefined {
  if (!showChanges) return undefined;
  const everyStage = exception.stages.length > 1 && exception.stages.length >= ctx.index.stages.size;
  const names = everyStage ? [] : changedNames(ctx, exception);
  return names.length > 0 ? ctx.strings.exceptionChanges(names.join(', ')) : undefined;
}

/** One exception: a warning (block, skip, redirect) or advice (advise, reassign). */
export function renderException(ctx: PageContext, exception: AppliedException, showChanges = false): TemplateResult {
  const { strings } = ctx;
  const here = redirectsHere(exception, ctx.evaluation.current);
  const instead = here ? insteadText(ctx, exception) : undefined;
  const how = here ? insteadHow(ctx, exception) : undefined;
  const changes = changesText(ctx, exception, showChanges);
  const lead = exception.effect === 'reassign' && exception.lead ? strings.exceptionLead(leadName(ctx.index, exception.lead)) : undefined;
  const body = html`<strong class="block">${exception.title}</strong>
    <span class="block">${exception.message}</span>
    ${exception.until ? html`<span class="block" data-until>${strings.exceptionUntil(exception.until)}</span>` : nothing}
    ${instead ? html`<span class="block" data-instead>${instead}</span>` : nothing}
    ${how ? html`<span class="block" data-instead-how>${how}</span>` : nothing}
    ${lead ? html`<span class="block">${lead}</span>` : nothing}
    ${changes ? html`<span class="block secondary" data-changes>${changes}</span>` : nothing}`;
  if (exception.effect === 'advise' || exception.effect === 'reassign') {
    return html`<div class="inset" data-exception=${exception.id} data-effect=${exception.effect}>
      <span class="visually-hidden">${exception.effect === 'reassign' ? strings.leadChangeTitle : strings.adviceTitle}: </span>${body}
    </div>`;
  }
  return html`<div class="warning" data-exception=${exception.id} data-effect=${exception.effect}>
    <span class="warning__icon" aria-hidden="true">!</span>
    <div><span class="visually-hidden">${strings.warningPrefix} </span>${body}</div>
  </div>`;
}

export function renderExceptions(ctx: PageContext, exceptions: readonly AppliedException[], showChanges = false): TemplateResult | typeof nothing {
  if (exceptions.length === 0) return nothing;
  return html`${exceptions.map((exception) => renderException(ctx, exception, showChanges))}`;
}

/** The circumstances that change everything, at the top of a page. */
export function renderImportantExceptions(ctx: PageContext): TemplateResult | typeof nothing {
  const important = importantExceptions(ctx);
  if (important.length === 0) return nothing;
  return html`<section class="important" aria-labelledby="important-title" data-important-exceptions>
    <h3 class="heading-m" id="important-title">${ctx.strings.importantTitle}</h3>
    ${renderExceptions(ctx, important, true)}
  </section>`;
}
