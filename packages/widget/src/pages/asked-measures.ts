/**
 * Which figures and dates the journey asks for, and what they are called. A pathway where
 * nothing uses a figure and there is no circumstance or outcome to record (one universal
 * stage, no bands) asks for none: the measures page is left out and no figures are listed.
 * Otherwise every measure is asked (a figure no rule uses is still recorded for the summary,
 * as lint allows). The heading says "Attendance" only when every figure asked is one.
 */
import type { Measure } from '@pathway/schema';
import type { WidgetStrings } from '../i18n/strings.js';
import type { PathwayIndex } from '../journey/pathway-index.js';
import { asksFigures } from '../journey/pages.js';

/** The measures the journey asks for, in the pathway's order. */
export function askedMeasures(index: PathwayIndex): Measure[] {
  return asksFigures(index) ? [...index.measures.values()] : [];
}

const ATTENDANCE_KINDS = new Set(['attendancePercentage', 'absencePercentage', 'sessionCount']);

/** Every figure asked is an attendance figure (a percentage or a count of sessions). */
function allAttendance(index: PathwayIndex): boolean {
  return askedMeasures(index).every((measure) => ATTENDANCE_KINDS.has(measure.kind));
}

/** The headings for the figures: the measures page's, and the check page's and summary's section. */
export function measureHeadings(strings: WidgetStrings, index: PathwayIndex): { page: string; intro: string; section: string } {
  return allAttendance(index)
    ? { page: strings.measuresHeading, intro: strings.measuresIntro, section: strings.summaryMeasures }
    : { page: strings.measuresHeadingMixed, intro: strings.measuresIntroMixed, section: strings.summaryMeasuresMixed };
}

/** A date a "time since" rule counts from is after today: the count would be negative. */
export function futureSinceDate(index: PathwayIndex, measureId: string, date: string | undefined, today: string | undefined): boolean {
  return date !== undefined && today !== undefined && index.sinceDates.has(measureId) && date > today;
}
