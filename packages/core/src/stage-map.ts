/**
 * The stage map: a drawing of the pathway's stages, their bands, routes and outcomes, and the
 * arrows outcomes draw between stages, as a layout (boxes, lines, text, coordinates) with a
 * text alternative. No DOM and no markup: the editor draws it with Lit's `svg`, the public
 * page writes it out escaped, so both show the same drawing.
 *
 * Layout: stages top to bottom in pathway order; each box lists its bands, routes and the
 * outcomes that do not lead to another stage; the outcomes that lead from one stage to another
 * are one arrow on the right, in its own lane so none overlap, with their titles beside it.
 */
import type { Pathway, Stage } from './schema-types.js';
import { joinSentences } from './text.js';

export interface StageMapLine {
  text: string;
  /** Secondary text (bands, routes), drawn smaller. */
  muted?: boolean;
}

export interface StageMapBox {
  stageId: string;
  /** JSON pointer of the stage, for selecting it. */
  pointer: string;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: StageMapLine[];
  /** The same content in one sentence, for assistive technology. */
  description: string;
}

export interface StageMapArrow {
  from: string;
  to: string;
  /** The titles of the outcomes it stands for: one arrow per pair of stages, however many outcomes lead that way. */
  labels: string[];
  /** The first outcome's kind. */
  kind: string;
  /** The path: from the right edge of one box, out to its lane, to the right edge of the other. */
  points: [number, number][];
  /** Where the first label sits; each further label is one `STAGE_MAP_LABEL_LINE` below it. */
  labelAt: [number, number];
}

export interface StageMap {
  width: number;
  height: number;
  boxes: StageMapBox[];
  arrows: StageMapArrow[];
  /** The drawing as text, one line per stage and arrow. */
  textAlternative: string[];
}

const BOX_WIDTH = 380;
const LINE_HEIGHT = 20;
const HEADER = 34;
const PADDING = 10;
const GAP = 28;
const LANE = 22;
/** The height of one line of an arrow's labels (12px text). */
export const STAGE_MAP_LABEL_LINE = 15;
/** Characters per line before a line is cut with "…" (the full text is in the description). */
export const STAGE_MAP_LINE_LIMIT = 52;

function cut(text: string, limit = STAGE_MAP_LINE_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const slice = flat.slice(0, limit - 1);
  const space = slice.lastIndexOf(' ');
  return `${space > limit * 0.6 ? slice.slice(0, space) : slice}…`;
}

/** "Route: Home visit", but "Route A: Home visit" as it is: a title that says what it is needs no label. */
function labelled(label: string, title: string): string {
  return title.trim().toLowerCase().startsWith(label.toLowerCase()) ? title : `${label}: ${title}`;
}

function boxLines(stage: Stage, pathway: Pathway): StageMapLine[] {
  const lines: StageMapLine[] = [];
  if (stage.universal === true) lines.push({ text: 'Applies to every pupil', muted: true });
  if (pathway.start === stage.id) lines.push({ text: 'Where a case starts', muted: true });
  // A band by the figure it is on ("Attendance: below 95%"), as a reader says it.
  for (const band of stage.bands ?? []) {
    const measure = (Array.isArray(pathway.measures) ? pathway.measures : []).find((m) => m?.id === band.measure);
    const figure = typeof measure?.title === 'string' && measure.title.trim() !== '' ? measure.title : 'Threshold';
    lines.push({ text: cut(`${figure}: ${band.label}`), muted: true });
  }
  if (stage.entry?.description) lines.push({ text: cut(`Entry: ${stage.entry.description}`), muted: true });
  for (const route of stage.routes ?? []) lines.push({ text: cut(labelled('Route', route.title)) });
  for (const outcome of [...(stage.outcomes ?? []), ...(stage.routes ?? []).flatMap((r) => r.outcomes ?? [])]) {
    if (outcome.to === undefined || outcome.to === stage.id) lines.push({ text: cut(labelled('Outcome', outcome.title)) });
  }
  for (const id of stage.referrals ?? []) {
    const referral = (pathway.referrals ?? []).find((r) => r.id === id);
    lines.push({ text: cut(labelled('Referral', referral?.title ?? id)) });
  }
  return lines;
}

/** A title that numbers its stage already ("Stage 2: Monitor", "Tier 3", "Wave 2 –"). */
const numberedTitle = /^(stage|tier|wave|level|step|phase)\s+\d+\b/i;

/** "Stage 2 of 7: Monitor", or "Stage 2: Monitor (2 of 7)" where the title numbers itself. */
function numbered(title: string, index: number, count: number): string {
  return numberedTitle.test(title.trim()) ? `${title} (${index + 1} of ${count})` : `Stage ${index + 1} of ${count}: ${title}`;
}

export function stageMap(pathway: Pathway): StageMap {
  const stages = Array.isArray(pathway.stages) ? pathway.stages : [];
  const boxes: StageMapBox[] = [];
  let y = PADDING;
  stages.forEach((stage, index) => {
    const lines = boxLines(stage, pathway);
    const height = HEADER + lines.length * LINE_HEIGHT + PADDING;
    const title = typeof stage.title === 'string' ? stage.title : String(stage.id);
    boxes.push({
      stageId: stage.id,
      pointer: `/stages/${index}`,
      title: cut(title),
      x: PADDING,
      y,
      width: BOX_WIDTH,
      height,
      lines,
      description: joinSentences([numbered(title, index, stages.length), ...lines.map((line) => line.text)]),
    });
    y += height + GAP;
  });

  const byId = new Map(boxes.map((box) => [box.stageId, box]));
  // One arrow per pair of stages: two routes that each lead "up" and "down" draw two arrows, not
  // four, with the outcomes' titles listed at each (four labels side by side were unreadable).
  const arrows: StageMapArrow[] = [];
  const byPair = new Map<string, StageMapArrow>();
  stages.forEach((stage) => {
    for (const outcome of [...(stage.outcomes ?? []), ...(stage.routes ?? []).flatMap((r) => r.outcomes ?? [])]) {
      if (outcome.to === undefined || outcome.to === stage.id) continue;
      const from = byId.get(stage.id);
      const to = byId.get(outcome.to);
      if (from === undefined || to === undefined) continue;
      const label = cut(outcome.title, 40);
      const pair = byPair.get(`${stage.id}\u0000${outcome.to}`);
      if (pair !== undefined) {
        if (!pair.labels.includes(label)) pair.labels.push(label);
        continue;
      }
      const lane = BOX_WIDTH + PADDING + LANE * (arrows.length + 1);
      const fromY = from.y + Math.min(from.height / 2, HEADER);
      const toY = to.y + Math.min(to.height / 2, HEADER) + 6;
      const arrow: StageMapArrow = {
        from: stage.id,
        to: outcome.to,
        labels: [label],
        kind: outcome.kind,
        points: [[from.x + from.width, fromY], [lane, fromY], [lane, toY], [to.x + to.width, toY]],
        labelAt: [lane + 4, (fromY + toY) / 2],
      };
      byPair.set(`${stage.id}\u0000${outcome.to}`, arrow);
      arrows.push(arrow);
    }
  });
  // Each arrow's labels stand beside its lane, as near its middle as they can without running into
  // another arrow's (every label runs to the right across the later lanes, so any two could meet).
  let below = -Infinity;
  for (const arrow of [...arrows].sort((a, b) => a.labelAt[1] - b.labelAt[1])) {
    arrow.labelAt = [arrow.labelAt[0], Math.max(arrow.labelAt[1], below + STAGE_MAP_LABEL_LINE)];
    below = arrow.labelAt[1] + STAGE_MAP_LABEL_LINE * (arrow.labels.length - 1);
  }

  const width = BOX_WIDTH + PADDING * 2 + LANE * (arrows.length + 1) + (arrows.length > 0 ? 260 : 0);
  const height = Math.max(y - GAP + PADDING, PADDING * 2, below + PADDING);
  const textAlternative = [
    ...boxes.map((box) => box.description),
    ...arrows.map((arrow) => `${byId.get(arrow.from)?.title} leads to ${byId.get(arrow.to)?.title}: ${arrow.labels.join('; ')}`),
  ];
  return { width, height, boxes, arrows, textAlternative };
}
