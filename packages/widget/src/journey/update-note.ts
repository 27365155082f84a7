/**
 * The words of the note shown when the pathway changed under an open journey (the update note
 * controller decides when it shows). With the journey part: it is only needed once a journey is open.
 */
import { describeBounds } from '@pathway/core';
import type { DraftChangeReport } from '../drafts/draft-envelope.js';
import type { MeasuredBand } from '../drafts/stage-bands.js';
import type { WidgetStrings } from '../i18n/strings.js';
import type { Formatter } from '../i18n/format.js';

/**
 * The note as said and as shown: `text` whole (the live region says it), and its parts, so a
 * note of many changes is shown as a list, one change a line (pages/update-note-panel.ts).
 */
export interface UpdateNote {
  text: string;
  /** The changes, each a short phrase ("1 question added"); none when only the version changed. */
  changes: string[];
  /** What follows the changes: where the stage or the page moved. */
  after: string[];
}

/** The note from its parts. */
export function updateNote(changes: string[], after: string[], words: WidgetStrings): UpdateNote {
  return { text: [words.updateNote(changes), ...after].join(' '), changes, after };
}

/** The changes in a report, each as a short phrase ("1 question added"), in a fixed order. */
export function changePhrases(report: DraftChangeReport, words: WidgetStrings, format: Formatter): string[] {
  const phrases: string[] = [];
  // What the school entered and the change set aside is named by its title; what it never touched is counted.
  const answeredRemoved = report.removed.filter((item) => item.previousAnswer !== undefined).map((item) => item.text);
  const removed = report.removed.length - answeredRemoved.length;
  const cleared = report.changed.filter((item) => item.previousAnswer !== undefined).map((item) => item.text);
  const reworded = report.reworded.length + report.changed.length - cleared.length;
  const other = [...report.evidenceDropped, ...report.cohortsDropped, ...report.measuresDropped];
  if (report.added.length > 0) phrases.push(words.updateQuestionsAdded(report.added.length));
  if (answeredRemoved.length > 0) phrases.push(words.updateAnsweredRemoved(answeredRemoved));
  if (removed > 0) phrases.push(words.updateQuestionsRemoved(removed));
  if (cleared.length > 0) phrases.push(words.updateAnswersCleared(cleared));
  if (reworded > 0) phrases.push(words.updateQuestionsReworded(reworded));
  if (report.renamed.length > 0) phrases.push(words.updateQuestionsRenamed(report.renamed.length));
  if (other.length > 0) phrases.push(words.updateOtherRemoved(other));
  if (report.routesDropped.length > 0) phrases.push(words.updateRouteRemoved(report.routesDropped));
  for (const { from, to } of report.stages.renamed) phrases.push(words.updateStageRenamed(from, to));
  // A stage whose short name (id) changed and whose title did not is, to a school, the same
  // stage: it is said neither as added nor as removed ("stage "X" added, stage "X" removed").
  const removedTitles = [...report.stages.removed];
  const bands = report.stages.bands;
  for (const title of report.stages.added) {
    const same = removedTitles.indexOf(title);
    if (same >= 0) removedTitles.splice(same, 1);
    // A new stage with bands says when it applies: a pupil near it may be placed there next.
    else phrases.push(words.updateStageAdded(title, bandWords(bands?.added.find((added) => added.stage === title)?.bands ?? [])));
  }
  for (const title of removedTitles) phrases.push(words.updateStageRemoved(title));
  // Other stages' bands that moved, though the case's own stage may not have: only those that moved.
  phrases.push(...movedPhrases(report, words));
  phrases.push(...lengthPhrases(report, words, format));
  return phrases;
}

/** Each time limit that got longer or shorter: 'time limit "Support plan" now lasts 4 school weeks (was 6 school weeks)'. */
export function lengthPhrases(report: DraftChangeReport, words: WidgetStrings, format: Formatter): string[] {
  return report.timeLimitLengths.map(({ title, now, was }) => words.updateTimeLimitLength(title, format.duration(now), format.duration(was)));
}

/**
 * Bands in words, as a rule about the figure reads ("Attendance is at least 86% and at most
 * 90%"), or the bounds alone ("at most 90%") where the figure goes without saying; '' for none.
 */
function bandWords(bands: readonly MeasuredBand[], boundsOnly = false): string {
  return bands.map(({ measure, lower, upper }) => (boundsOnly ? '' : `${measure.title} is `) + describeBounds(measure, lower, upper)).join(' or ');
}

/** Each stage the case knew whose bands moved: "stage "X" now applies when … (was …)". */
function movedPhrases(report: DraftChangeReport, words: WidgetStrings): string[] {
  return (report.stages.bands?.moved ?? []).flatMap(({ stage, now, was }) => {
    // One band on the same figure either side: "(was at most 90%)"; else the whole rule it was.
    const oneFigure = now.length === 1 && was.length === 1 && now[0].measure === was[0].measure;
    const [nowWords, wasWords] = [bandWords(now), bandWords(was, oneFigure)];
    return nowWords === bandWords(was) ? [] : [words.updateStageBands(stage, nowWords, wasWords)];
  });
}

/** The stages' bands that changed, for a restored draft's notice: new stages with bands, then bands that moved. */
export function bandPhrases(report: DraftChangeReport, words: WidgetStrings): string[] {
  const added = (report.stages.bands?.added ?? []).map(({ stage, bands }) => words.updateStageAdded(stage, bandWords(bands)));
  return [...added, ...movedPhrases(report, words)];
}
