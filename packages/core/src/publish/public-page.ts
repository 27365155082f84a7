/**
 * The readable public page: one self-contained, accessible HTML document of the whole pathway
 * (stages, thresholds, who does what, questions, time limits, exceptions, referrals, resources)
 * with the stage map, made from the same file the widget runs. It is what councils publish
 * today as a PDF kept by hand beside the web page: this one cannot drift from it.
 *
 * No JavaScript; one stylesheet in the head; prints to A4 (an @page rule, no element wider than
 * the page, stages not split across pages where avoidable). Every authored string is untrusted
 * text: escaped and bidi-isolated (./html.ts), and addresses only through the link policy.
 */
import type { ActionGroup, Duration, Evidence, Gate, Outcome, Pathway, Question, Referral, Route, Stage, TimeLimit } from '../schema-types.js';
import { enumLabel } from '@pathway/schema';
import { dateTitle } from '../date-title.js';
import { describeCondition } from '../describe-condition.js';
import { groupHeading } from '../duties.js';
import { describeDuration, describeInterval } from '../durations.js';
import { offeredExtension } from '../extension.js';
import { parseDate } from '../calendar.js';
import { formatLongDate } from '../day-text.js';
import { message } from '../messages.js';
import { resolveJourney } from '../journey.js';
import { outlinePathway } from '../outline/outline.js';
import type { Outline } from '../outline/outline.js';
import { questionType } from '../question-types.js';
import { stageMap } from '../stage-map.js';
import { element, escape, link, list, text } from './html.js';
import { stageMapSvg } from './stage-map-svg.js';

const styles = `
  @page { size: A4; margin: 18mm 16mm; }
  :root { color: #0b0c0c; background: #fff; }
  body { font-family: arial, sans-serif; font-size: 1rem; line-height: 1.45; margin: 0 auto; max-width: 48rem; padding: 1rem; }
  h1 { font-size: 2rem; line-height: 1.15; margin: 0 0 1rem; }
  h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; border-top: 2px solid #b1b4b6; padding-top: 1rem; }
  h3 { font-size: 1.1875rem; margin: 1.25rem 0 0.5rem; }
  h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
  p, ul, ol, dl, table { margin: 0 0 0.75rem; }
  a { color: #1d70b8; }
  a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
  .caption { color: #505a5f; font-size: 1.1875rem; margin: 0 0 0.25rem; }
  .meta { color: #505a5f; }
  .stage { break-inside: avoid-page; }
  .tag { display: inline-block; background: #f3f2f1; border: 1px solid #b1b4b6; padding: 0 0.35rem; font-size: 0.875rem; margin-right: 0.25rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem 0.35rem 0; border-bottom: 1px solid #b1b4b6; }
  .map { overflow-x: auto; margin: 0 0 0.75rem; }
  .map svg { max-width: 100%; height: auto; }
  .inset { border-left: 5px solid #b1b4b6; padding: 0.25rem 0 0.25rem 0.75rem; }
  .warning { border-left: 5px solid #d4351c; padding: 0.25rem 0 0.25rem 0.75rem; }
  bdi { unicode-bidi: isolate; }
  body, td, th, li, p { overflow-wrap: anywhere; }
  @media print {
    body { max-width: none; padding: 0; font-size: 11pt; }
    a { color: #0b0c0c; }
    h2 { break-after: avoid-page; }
    .map svg { max-height: 240mm; }
  }
`;

interface Page {
  pathway: Pathway;
  outline: Outline;
}

function titleOf(page: Page, id: string, kind: Parameters<Outline['entitiesOf']>[1]): string {
  const node = page.outline.entitiesOf(id, kind)[0]?.node as Record<string, unknown> | undefined;
  const value = node?.title ?? node?.name ?? node?.text;
  return typeof value === 'string' ? value : id;
}

/** A length in words ("how often" words with `describeInterval`), naming the question a length agreed per case is taken from. */
function duration(value: Duration | undefined, page: Page, wording = describeDuration): string {
  if (value === undefined) return '';
  const words = wording(value);
  return typeof value.fromAnswer === 'string' && typeof value.amount !== 'number'
    ? `${words} (the answer to “${titleOf(page, value.fromAnswer, 'question')}”)`
    : words;
}

function paragraphs(values: readonly string[] | undefined): string {
  return (values ?? []).map((value) => `<p>${text(value)}</p>`).join('');
}

function duties(groups: readonly ActionGroup[] | undefined, page: Page): string {
  return (groups ?? [])
    .map((group) => {
      const role = titleOf(page, group.role, 'role');
      const heading = groupHeading(group, role);
      const items = group.actions.map((action) => {
        const parts = [text(action.text)];
        const force = action.force ?? group.force;
        const tags: string[] = [];
        if (force !== undefined && action.force !== undefined && action.force !== group.force) tags.push((enumLabel('Force', force) ?? force).toLowerCase());
        if (action.roles && action.roles.length > 0) tags.push(`by ${action.roles.map((id) => titleOf(page, id, 'role')).join(', ')}`);
        if (action.due !== undefined) tags.push(action.due.amount === 0 && action.due.to === undefined ? 'immediately' : `within ${duration(action.due, page)}`);
        if (action.every !== undefined) tags.push(`every ${duration(action.every, page, describeInterval)}`);
        if (action.when !== undefined) tags.push(`only when: ${describeCondition(action.when, page.outline)}`);
        if (action.gates && action.gates.length > 0) tags.push(`only after: ${action.gates.map((id) => titleOf(page, id, 'gate')).join(', ')}`);
        if (tags.length > 0) parts.push(` <span class="meta">(${tags.map(escape).join('; ')})</span>`);
        return parts.join('');
      });
      return `<h4>${text(heading)}</h4>${list(items)}`;
    })
    .join('');
}

function questions(items: readonly Question[] | undefined, page: Page): string {
  if (!items || items.length === 0) return '';
  return `<h4>Reflective questions</h4>${list(
    items.map((question) => {
      const info = questionType(question.type);
      const details: string[] = [];
      if (info) details.push(info.label);
      if (question.required === false) details.push('optional');
      if (question.severity === 'advisory') details.push('advice only');
      if (question.showIf !== undefined) details.push(`asked only when: ${describeCondition(question.showIf, page.outline)}`);
      const help = question.help ? `<br><span class="meta">${text(question.help)}</span>` : '';
      const advice = question.unmetMessage ? `<br><span class="meta">If not: ${text(question.unmetMessage)}</span>` : '';
      const options = question.options?.length ? `<br>Answers: ${question.options.map((o) => text(o.label)).join(', ')}` : '';
      return `${text(question.text)} <span class="meta">(${escape(details.join('; '))})</span>${help}${advice}${options}${evidence(question.evidence, page, true)}${resourceList(question.resources)}`;
    }),
    'ol',
  )}`;
}

function evidence(items: readonly Evidence[] | undefined, page: Page, inline = false): string {
  if (!items || items.length === 0) return '';
  const rows = items.map((item) => {
    const details = [item.required === false ? 'optional' : '', item.recency ? `no older than ${duration(item.recency, page)}` : ''].filter(Boolean);
    return `${text(item.title)}${details.length ? ` <span class="meta">(${escape(details.join('; '))})</span>` : ''}${item.description ? `<br><span class="meta">${text(item.description)}</span>` : ''}${resourceList(item.resources)}`;
  });
  return inline ? `<br>Evidence: ${list(rows)}` : `<h4>Evidence to hold</h4>${list(rows)}`;
}

function gates(items: readonly Gate[] | undefined, page: Page, heading = 'Before escalating or referring'): string {
  if (!items || items.length === 0) return '';
  return `<h4>${escape(heading)}</h4>${list(
    items.map(
      (gate) =>
        `<strong>${text(gate.title)}</strong>: ${escape(describeCondition(gate.condition, page.outline))}${gate.severity === 'advisory' ? ' <span class="meta">(advice only)</span>' : ''}${gate.unmetMessage ? `<br><span class="meta">If not: ${text(gate.unmetMessage)}</span>` : ''}`,
    ),
  )}`;
}

/**
 * "12 weeks from “Last day of the holiday”": what the clock counts from, its "starts" words or
 * else the title of its date, worded as the engine words it (timeLimit.from). `length` is HTML.
 */
function startsFrom(limit: TimeLimit, length: string, page: Page): string {
  if (limit.starts) return message('timeLimit.from', { duration: length, starts: text(limit.starts) });
  if (typeof limit.startsFrom !== 'string') return length;
  return message('timeLimit.from', { duration: length, starts: `“${text(dateTitle(page.outline, limit.startsFrom).title)}”` });
}

function timeLimits(items: readonly TimeLimit[] | undefined, page: Page): string {
  if (!items || items.length === 0) return '';
  return `<h4>Time limits</h4>${list(
    items.map((limit) => {
      // A review recurs: it is "reviewed every" its length, and what follows happens at each review.
      const review = limit.kind === 'review';
      const length = review ? `reviewed every ${duration(limit.duration, page, describeInterval)}` : duration(limit.duration, page);
      const parts = [`<strong>${text(limit.title)}</strong>: ${startsFrom(limit, escape(length), page)}`];
      const extension = offeredExtension(limit.extension);
      if (extension?.by) parts.push(`can be extended by up to ${escape(duration(extension.by, page))}`);
      if (extension?.total) parts.push(`up to ${escape(duration(extension.total, page))} in all`);
      if (extension?.description) parts.push(text(extension.description));
      if (limit.onExpiry) parts.push(`${review ? 'at each review' : 'when it runs out'}: ${text(limit.onExpiry.description)}`);
      if (limit.onBreach) parts.push(`if breached (${escape(describeCondition(limit.onBreach.when, page.outline))}): ${text(limit.onBreach.description)}`);
      return parts.join('; ');
    }),
  )}`;
}

function outcomes(items: readonly Outcome[] | undefined, page: Page, heading = 'What can follow'): string {
  if (!items || items.length === 0) return '';
  return `<h4>${escape(heading)}</h4>${list(
    items.map((outcome) => {
      const where = outcome.to ? ` → ${escape(titleOf(page, outcome.to, 'stage'))}` : outcome.referral ? ` → ${escape(titleOf(page, outcome.referral, 'referral'))}` : '';
      const when = outcome.when ? `<br><span class="meta">When: ${escape(describeCondition(outcome.when, page.outline))}</span>` : '';
      return `<span class="tag">${escape(enumLabel('Outcome.kind', outcome.kind) ?? outcome.kind)}</span>${text(outcome.title)}${where}${outcome.description ? `<br>${text(outcome.description)}` : ''}${when}`;
    }),
  )}`;
}

function routes(items: readonly Route[] | undefined, page: Page): string {
  if (!items || items.length === 0) return '';
  const chosen = items.filter((route) => route.chosenBy !== undefined);
  const intro = chosen.length > 0 ? `<p>${escape(chosenSentence(chosen, page))}</p>` : '';
  return `<h4>Routes</h4>${intro}${items
    .map(
      (route) =>
        `<div class="inset"><h5>${text(route.title)}</h5>${route.description ? `<p>${text(route.description)}</p>` : ''}${route.when ? `<p class="meta">Available when: ${escape(describeCondition(route.when, page.outline))}</p>` : ''}${duties(route.actions, page)}${questions(route.questions, page)}${evidence(route.evidence, page)}${gates(route.gates, page)}${timeLimits(route.timeLimits, page)}${outcomes(route.outcomes, page)}${referralLinks(route.referrals, page)}</div>`,
    )
    .join('')}`;
}

function chosenSentence(routes: readonly Route[], page: Page): string {
  const byRole = new Map<string, string[]>();
  for (const route of routes) byRole.set(route.chosenBy as string, [...(byRole.get(route.chosenBy as string) ?? []), route.title]);
  return [...byRole]
    .map(([role, titles]) => `${titleOf(page, role, 'role')} chooses between ${titles.map((t) => `“${t}”`).join(' and ')}.`)
    .join(' ');
}

/** Links with their descriptions. */
function resourceList(items: readonly { title: string; url?: string; description?: string }[] | undefined): string {
  return list((items ?? []).map((r) => `${link(r.title, r.url)}${r.description ? ` – ${text(r.description)}` : ''}`));
}

function referralLinks(ids: readonly string[] | undefined, page: Page): string {
  if (!ids || ids.length === 0) return '';
  return `<p>Referral: ${ids.map((id) => `<a href="#referral-${escape(id)}">${text(titleOf(page, id, 'referral'))}</a>`).join(', ')}</p>`;
}

function bands(stage: Stage): string {
  if (stage.universal === true) return '<p><strong>Applies to every pupil.</strong></p>';
  const items = (stage.bands ?? []).map((band) => text(band.label));
  return items.length > 0 ? `<p><strong>Threshold:</strong> ${items.join('; ')}</p>` : '';
}

function stageSection(stage: Stage, index: number, page: Page): string {
  const dfe = (stage.dfeStages ?? []).map((s) => `<span class="tag">${escape(enumLabel('DfeStage', s) ?? s)}</span>`).join('');
  const lead = stage.lead ? `<p><strong>Lead:</strong> ${text(titleOf(page, stage.lead.role, 'role'))}${stage.lead.description ? `. ${text(stage.lead.description)}` : ''}</p>` : '';
  const requires = stage.requires ? `<p><strong>Requires first:</strong> ${stage.requires.stages.map((id) => text(titleOf(page, id, 'stage'))).join(', ')}${stage.requires.description ? `. ${text(stage.requires.description)}` : ''}</p>` : '';
  return element(
    'section',
    { class: 'stage', id: `stage-${stage.id}`, 'aria-labelledby': `stage-${stage.id}-heading` },
    `<h3 id="stage-${escape(stage.id)}-heading">${index + 1}. ${text(stage.title)}${stage.subtitle ? ` <span class="meta">${text(stage.subtitle)}</span>` : ''}</h3>` +
      (dfe ? `<p>${dfe}</p>` : '') +
      (stage.description ? `<p>${text(stage.description)}</p>` : '') +
      paragraphs(stage.guidance) +
      bands(stage) +
      (stage.entry?.description ? `<p><strong>Entry:</strong> ${text(stage.entry.description)}</p>` : '') +
      (stage.entry?.when ? `<p class="meta">Entered when: ${escape(describeCondition(stage.entry.when, page.outline))}</p>` : '') +
      (stage.exit?.description ? `<p><strong>Exit:</strong> ${text(stage.exit.description)}</p>` : '') +
      lead +
      requires +
      duties(stage.actions, page) +
      questions(stage.questions, page) +
      evidence(stage.evidence, page) +
      gates(stage.gates, page) +
      routes(stage.routes, page) +
      timeLimits(stage.timeLimits, page) +
      outcomes(stage.outcomes, page) +
      referralLinks(stage.referrals, page) +
      (stage.resources && stage.resources.length > 0 ? `<h4>Resources</h4>${resourceList(stage.resources)}` : '') +
      (stage.contacts && stage.contacts.length > 0 ? `<h4>Contacts</h4>${list(stage.contacts.map((id) => text(titleOf(page, id, 'contact'))))}` : '') +
      paragraphs(stage.notes),
  );
}

function referralSection(referral: Referral, page: Page): string {
  const channel = referral.channel;
  const how = [
    channel.email ? `Email: ${link(channel.email, `mailto:${channel.email}`)}` : '',
    channel.phone ? `Phone: ${text(channel.phone)}` : '',
    channel.url ? link('Make the referral online', channel.url) : '',
    channel.instructions ? text(channel.instructions) : '',
  ].filter(Boolean);
  const fields = (referral.fields ?? []).map(
    (field) => `${text(field.label)}${field.required === false ? ' <span class="meta">(optional)</span>' : ''}${field.help ? `<br><span class="meta">${text(field.help)}</span>` : ''}`,
  );
  return element(
    'section',
    { id: `referral-${referral.id}`, 'aria-labelledby': `referral-${referral.id}-heading` },
    `<h3 id="referral-${escape(referral.id)}-heading">${text(referral.title)}</h3>` +
      (referral.description ? `<p>${text(referral.description)}</p>` : '') +
      `<p><strong>To:</strong> ${text(referral.target.name)}${referral.target.description ? `. ${text(referral.target.description)}` : ''}</p>` +
      (how.length > 0 ? `<h4>How to refer</h4>${list(how)}` : '') +
      (fields.length > 0 ? `<h4>Information needed</h4>${list(fields)}` : '') +
      evidence(referral.include, page).replace('Evidence to hold', 'Include in the referral') +
      gates(referral.gates, page, 'Criteria (all must be met)') +
      (referral.response ? `<h4>What happens next</h4><p>${text(referral.response)}</p>` : '') +
      outcomes(referral.outcomes, page, 'What can happen after the referral'),
  );
}

/** The figures schools enter, how a pupil's figures are described, the circumstances and who is who. */
function basics(page: Page): string {
  const { pathway } = page;
  const measures = (pathway.measures ?? []).map((measure) => {
    const extra = [
      measure.unit ? `in ${text(measure.unit)}` : '',
      measure.window ? `over ${escape(duration(measure.window, page))}` : '',
      measure.from ? `counted from ${text(titleOf(page, measure.from, 'measure') === measure.from ? titleOf(page, measure.from, 'question') : titleOf(page, measure.from, 'measure'))}` : '',
      measure.baseline ? `with an earlier reading: ${text(measure.baseline.title)}${measure.baseline.description ? ` (${text(measure.baseline.description)})` : ''}` : '',
    ].filter(Boolean);
    return `<strong>${text(measure.title)}</strong>${extra.length ? ` <span class="meta">(${extra.join('; ')})</span>` : ''}${measure.description ? `<br>${text(measure.description)}` : ''}`;
  });
  const classifications = (pathway.classifications ?? []).map((band) => text(band.label));
  const cohorts = (pathway.cohorts ?? []).map((cohort) => `<strong>${text(cohort.title)}</strong>${cohort.description ? `: ${text(cohort.description)}` : ''}`);
  const roles = (pathway.roles ?? []).map((role) => `<strong>${text(role.title)}</strong>${role.description ? `: ${text(role.description)}` : ''}`);
  return (
    '<section aria-labelledby="basics-heading"><h2 id="basics-heading">What the pathway uses</h2>' +
    (measures.length ? `<h3>Figures</h3>${list(measures)}` : '') +
    (classifications.length ? `<h3>How a pupil's figures are described</h3>${list(classifications)}` : '') +
    (cohorts.length ? `<h3>Pupil circumstances</h3>${list(cohorts)}` : '') +
    (roles.length ? `<h3>Who is who</h3>${list(roles)}` : '') +
    '</section>'
  );
}

/** The published versions and what changed in each, newest first. */
function changes(pathway: Pathway): string {
  const entries = pathway.changelog ?? [];
  if (entries.length === 0) return '';
  return `<section aria-labelledby="changes-heading"><h2 id="changes-heading">Changes</h2>${entries
    .map(
      (entry) =>
        `<h3>Version ${text(entry.version)}, published ${escape(entry.published)}${entry.kind === 'major' ? ' (major change)' : entry.kind === 'minor' ? ' (minor change)' : ''}</h3>${entry.summary ? `<p>${text(entry.summary)}</p>` : ''}${list(entry.changes.map((change) => text(change)))}`,
    )
    .join('')}</section>`;
}

/** A YYYY-MM-DD date as people read it ("6 January 2025"); anything else as written. */
function longDate(value: string): string {
  const day = parseDate(value);
  return day === undefined ? value : formatLongDate(day);
}

/** The whole pathway as one self-contained HTML document. */
export function renderPublicPage(pathway: Pathway): string {
  const page: Page = { pathway, outline: outlinePathway(pathway) };
  const journey = resolveJourney(pathway);
  const map = stageMap(pathway);
  const stages = pathway.stages ?? [];
  const dates = [
    pathway.effectiveFrom ? `In force from ${escape(longDate(pathway.effectiveFrom))}` : '',
    pathway.lastUpdated ? `last updated ${escape(longDate(pathway.lastUpdated))}` : '',
    pathway.reviewBy ? `to be reviewed by ${escape(longDate(pathway.reviewBy))}` : '',
  ].filter(Boolean);
  const contents = [
    '<a href="#stage-map-section">Stage map</a>',
    '<a href="#stages">Stages</a>',
    ...(pathway.requirements?.length ? ['<a href="#requirements">Requirements at every stage</a>'] : []),
    ...(pathway.exceptions?.length ? ['<a href="#exceptions">Exceptions</a>'] : []),
    ...(pathway.referrals?.length ? ['<a href="#referrals">Referrals</a>'] : []),
    '<a href="#resources">Resources and contacts</a>',
  ];
  const body =
    `<header><p class="caption">${text(pathway.authority.name)}${pathway.authority.service ? ` – ${text(pathway.authority.service)}` : ''}</p>` +
    `<h1>${text(pathway.title)}</h1>` +
    `<p class="meta">Version ${text(pathway.version)}${dates.length ? `. ${dates.join(', ')}` : ''}.</p></header>` +
    '<main id="main">' +
    (pathway.summary ? `<p>${text(pathway.summary)}</p>` : '') +
    paragraphs(pathway.introduction) +
    `<p class="meta">For ${escape(journey.audience === 'school' ? 'schools' : journey.audience === 'localAuthority' ? 'local authority officers' : 'professionals')}; it ends in a ${escape(journey.end.label)}${/[.!?…]$/.test(journey.end.label.trim()) ? '' : '.'}</p>` +
    `<nav aria-label="Contents"><h2>Contents</h2>${list(contents)}</nav>` +
    `<section id="stage-map-section" aria-labelledby="stage-map-heading"><h2 id="stage-map-heading">Stage map</h2><div class="map">${stageMapSvg(map)}</div>` +
    `<details><summary>The stage map in words</summary>${list(map.textAlternative.map((line) => escape(line)))}</details></section>` +
    basics(page) +
    (pathway.actions?.length ? `<section aria-labelledby="standing-heading"><h2 id="standing-heading">Throughout the pathway</h2>${duties(pathway.actions, page)}</section>` : '') +
    `<section id="stages" aria-labelledby="stages-heading"><h2 id="stages-heading">Stages</h2>${stages.map((stage, i) => stageSection(stage, i, page)).join('')}</section>` +
    (pathway.requirements?.length
      ? `<section id="requirements" aria-labelledby="requirements-heading"><h2 id="requirements-heading">Requirements at every stage</h2>${pathway.requirements
          .map(
            (req) =>
              `<h3>${text(req.title)}</h3>${req.description ? `<p>${text(req.description)}</p>` : ''}${req.when ? `<p class="meta">Applies when: ${escape(describeCondition(req.when, page.outline))}</p>` : ''}${req.stages ? `<p class="meta">At: ${req.stages.map((id) => text(titleOf(page, id, 'stage'))).join(', ')}</p>` : ''}${duties(req.actions, page)}${questions(req.questions, page)}${evidence(req.evidence, page)}${gates(req.gates, page)}`,
          )
          .join('')}</section>`
      : '') +
    (pathway.exceptions?.length
      ? `<section id="exceptions" aria-labelledby="exceptions-heading"><h2 id="exceptions-heading">Exceptions</h2>${list(
          pathway.exceptions.map((exception) => `<div class="warning"><strong>${text(exception.title)}</strong> <span class="meta">(${escape(describeCondition(exception.when, page.outline))})</span><br>${text(exception.message)}</div>`),
        )}</section>`
      : '') +
    (pathway.referrals?.length
      ? `<section id="referrals" aria-labelledby="referrals-heading"><h2 id="referrals-heading">Referrals</h2>${pathway.referrals.map((r) => referralSection(r, page)).join('')}</section>`
      : '') +
    `<section id="resources" aria-labelledby="resources-heading"><h2 id="resources-heading">Resources and contacts</h2>` +
    resourceList(pathway.resources) +
    list(
      (pathway.contacts ?? []).map((c) =>
        [`<strong>${text(c.name)}</strong>`, c.description ? text(c.description) : '', c.email ? link(c.email, `mailto:${c.email}`) : '', c.phone ? text(c.phone) : '', c.url ? link('Website', c.url) : '']
          .filter(Boolean)
          .join('<br>'),
      ),
    ) +
    (pathway.sources?.length ? `<h3>Source documents</h3>${resourceList(pathway.sources)}` : '') +
    (pathway.statutoryReferences?.length
      ? `<h3>Statutory references</h3>${list(pathway.statutoryReferences.map((r) => `${link(r.title, r.url)}${r.citation ? ` (${text(r.citation)})` : ''}${r.quote ? `<br><q>${text(r.quote)}</q>` : ''}`))}`
      : '') +
    '</section>' +
    changes(pathway) +
    '</main>';
  return `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(pathway.title)} – ${escape(pathway.authority.name)}</title><style>${styles}</style></head><body>${body}</body></html>\n`;
}
