/**
 * The words of the note shown when the pathway changed under an open journey (the update note
 * controller decides when it shows). With the journey part: it is only needed once a journey is open.
 */
import type { DraftChangeReport } from '../drafts/draft-envelope.js';
import type { WidgetStrings } from '../i18n/strings.js';

/** The changes in a report, each as a short phrase ("1 question added"), in a fixed order. */
export function changePhrases(report: DraftChangeReport, words: WidgetStrings): string[] {
  const phrases: string[] = [];
  const answeredRemoved = report.removed.filter((item) => item.previousAnswer !== undefined).length;
  const removed = report.removed.length - answeredRemoved;
  const cleared = report.changed.filter((item) => item.previousAnswer !== undefined).length;
  const reworded = report.reworded.length + report.changed.length - cleared;
  const other = report.evidenceDropped.length + report.cohortsDropped.length + report.measuresDropped.length;
  if (report.added.length > 0) phrases.push(words.updateQuestionsAdded(report.added.length));
  if (answeredRemoved > 0) phrases.push(words.updateAnsweredRemoved(answeredRemoved));
  if (removed > 0) phrases.push(words.updateQuestionsRemoved(removed));
  if (cleared > 0) phrases.push(words.updateAnswersCleared(cleared));
  if (reworded > 0) phrases.push(words.updateQuestionsReworded(reworded));
  if (report.renamed.length > 0) phrases.push(words.updateQuestionsRenamed(report.renamed.length));
  if (other > 0) phrases.push(words.updateOtherRemoved(other));
  for (const { from, to } of report.stages.renamed) phrases.push(words.updateStageRenamed(from, to));
  // A stage whose short name (id) changed and whose title did not is, to a school, the same
  // stage: it is said neither as added nor as removed ("stage "X" added, stage "X" removed").
  const removedTitles = [...report.stages.removed];
  for (const title of report.stages.added) {
    const same = removedTitles.indexOf(title);
    if (same >= 0) removedTitles.splice(same, 1);
    else phrases.push(words.updateStageAdded(title));
  }
  for (const title of removedTitles) phrases.push(words.updateStageRemoved(title));
  return phrases;
}
