/**
 * band-label: a band whose label states a figure its bounds do not ("Below 90%" on a band whose
 * upper bound is 92%) tells schools the wrong figure: the engine places a pupil by the bounds,
 * and the widget shows the label ("91% is Below 90%"). A warning naming both figures. A figure
 * within a point of a bound describes it ("89.9% or below" for below 90%, "10 or more" for above
 * 9, "51% to 79%" for above 50% and below 80%); a label with no figure says nothing to compare.
 *
 * Figures are read only where they are plainly this measure's: a percentage's with "%" (or
 * the first of a range, "90-95%"), a count's before "+", "or more", "sessions", "days"… (or the
 * first of a range of them), so
 * "Tier 2" or "Stage 3: below 90%" never reads as 2 or 3. The editor's band line uses the same
 * reading (`relabelled`) to offer a label's update when a bound is changed.
 */
import type { Bound, Measure } from '@pathway/schema';
import { finding, joinAnd, type LintRule } from './report.js';
import { firstOfKinds } from './lookup.js';

/** How a measure's figures are written in a label: with "%", as a count, or not read at all. */
export type FigureStyle = 'percentage' | 'count';

/** A figure a label states, where it is in the label. */
interface LabelFigure {
  value: number;
  index: number;
  text: string;
}

const number = String.raw`\d+(?:\.\d+)?`;
const percentFigure = new RegExp(String.raw`(${number})(?=\s*%|\s*(?:-|–|to)\s*${number}\s*%)`, 'gi');
const countUnit = String.raw`(?:\+|or (?:more|fewer|less|above|below)\b|and (?:above|over|below|under)\b|(?:[a-z-]+ )?(?:sessions?|days?|absences?|half[- ]days?)\b)`;
const countFigure = new RegExp(String.raw`(${number})(?=\s*${countUnit}|\s*(?:-|–|to)\s*${number}\s*${countUnit})`, 'gi');

/** The style of the measure's figures, by its kind: dates and other kinds are never read. */
export function figureStyle(kind: Measure['kind'] | undefined): FigureStyle | undefined {
  if (kind === 'attendancePercentage' || kind === 'absencePercentage') return 'percentage';
  if (kind === 'sessionCount' || kind === 'dayCount') return 'count';
  return undefined;
}

function figuresIn(label: string, style: FigureStyle): LabelFigure[] {
  const pattern = style === 'percentage' ? percentFigure : countFigure;
  return [...label.matchAll(pattern)].map((match) => ({ value: Number(match[1]), index: match.index ?? 0, text: match[1]! }));
}

/**
 * A figure describes a bound when it is the bound, or within a point of it (89.9% for below
 * 90%), or the first whole figure inside a bound that leaves its own figure out ("51% to 79%"
 * for above 50% and below 80%, the way councils write whole percentages).
 */
function describes(figure: number, side: 'lower' | 'upper', bound: Bound, style: FigureStyle): boolean {
  const difference = Math.abs(figure - bound.value);
  if (style === 'count' || difference < 1) return difference <= 1;
  const inside = side === 'lower' ? figure > bound.value : figure < bound.value;
  return bound.inclusive !== true && inside && difference <= 1;
}

const written = (value: number, style: FigureStyle) => (style === 'percentage' ? `${value}%` : String(value));

/**
 * The label with `from` changed to `to`, when it states `from` as a figure of this style
 * ("Below 90%" → "Below 92%"); undefined when it does not (nothing to update).
 */
export function relabelled(label: string, style: FigureStyle, from: number, to: number): string | undefined {
  const figures = figuresIn(label, style).filter((figure) => figure.value === from);
  if (figures.length === 0 || from === to) return undefined;
  let result = label;
  for (const figure of [...figures].reverse()) result = `${result.slice(0, figure.index)}${to}${result.slice(figure.index + figure.text.length)}`;
  return result;
}

export const bandLabel: LintRule = (context) =>
  context.map.bands.flatMap(({ band, pointer }) => {
    const measure = typeof band.measure === 'string' ? (firstOfKinds(context.map, band.measure, ['measure'])?.node as Measure | undefined) : undefined;
    const style = figureStyle(measure?.kind);
    if (style === undefined || typeof band.label !== 'string') return [];
    const bounds = ([['lower', band.lower], ['upper', band.upper]] as const).filter((entry): entry is readonly ['lower' | 'upper', Bound] => typeof entry[1]?.value === 'number');
    if (bounds.length === 0) return [];
    // An open end runs to the end of the scale: "100%-93%" with no upper bound states its top.
    const ends = [...(band.lower === undefined ? [0] : []), ...(band.upper === undefined && style === 'percentage' ? [100] : [])];
    const stray = figuresIn(band.label, style).filter(
      (figure) => !ends.includes(figure.value) && !bounds.some(([side, bound]) => describes(figure.value, side, bound, style)),
    );
    if (stray.length === 0) return [];
    const said = joinAnd([...new Set(stray.map((figure) => written(figure.value, style)))]);
    const actual =
      bounds.length === 1
        ? `the ${bounds[0]![0]} bound is ${written(bounds[0]![1].value, style)}`
        : `the bounds are ${written(bounds[0]![1].value, style)} (lower) and ${written(bounds[1]![1].value, style)} (upper)`;
    return [
      finding(
        context.pathway,
        'band-label',
        'warning',
        pointer,
        `the label says ${said} but ${actual}: schools are placed by the bounds and shown the label, so change one of them to match the other`,
      ),
    ];
  });
