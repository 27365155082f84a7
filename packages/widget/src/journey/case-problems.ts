/**
 * What a page's `case` holds that the widget cannot use: an entry in a shape it cannot read (a
 * measure written `{ "count": 6 }`), an answer its question cannot take, an id the pathway does
 * not have. Each is ignored, so without a word the pupil would just show "Not entered": the
 * journey tells the web team (load/web-team.ts words it). Where and what kind only, never a
 * value: a case is pupil data.
 */
import { answerStillFits, isAnswer, isEvidenceState, isMeasureInput, MAX_DRAFT_ENTRIES } from '../drafts/draft-envelope.js';
import type { PathwayIndex } from './pathway-index.js';
import { OWN_COPY_FIELDS } from './pupil.js';

/** `key`: the case's key ("" for the case itself); `id`: the entry, when one; `unknown`: the pathway has no such id. */
export interface CaseProblem {
  key: string;
  id?: string;
  unknown?: true;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a figure has the shape its measure's kind is entered in. */
function fitsMeasure(kind: string, item: unknown): boolean {
  if (!isMeasureInput(item)) return false;
  if (kind === 'date') return 'date' in item;
  if (kind === 'attendancePercentage') return 'percentage' in item || 'attendedSessions' in item;
  if (kind === 'absencePercentage') return 'percentage' in item || 'absentSessions' in item;
  return 'value' in item;
}

/** The problems in `doc` (the case as read: plain, bounded data), in the case's order. */
export function caseProblems(doc: unknown, index: PathwayIndex): CaseProblem[] {
  const problems: CaseProblem[] = [];
  if (doc === undefined) return problems;
  if (!isObject(doc)) return [{ key: '' }];
  const byId = (key: string, known: (id: string) => boolean, fits: (id: string, item: {}) => boolean) => {
    const section = doc[key];
    // null, like a missing entry, says nothing is recorded.
    if (section == null) return;
    if (!isObject(section)) return void problems.push({ key });
    for (const [id, item] of Object.entries(section).slice(0, MAX_DRAFT_ENTRIES)) {
      if (!known(id)) problems.push({ key, id, unknown: true });
      else if (item != null && !fits(id, item)) problems.push({ key, id });
    }
  };
  byId('measures', (id) => index.measures.has(id), (id, item) => fitsMeasure(index.measures.get(id)!.kind, item));
  byId('answers', (id) => index.questions.has(id), (id, item) => isAnswer(item) && answerStillFits(index, id, item));
  byId('evidence', (id) => index.evidence.has(id), (_, item) => isEvidenceState(item));
  byId('details', (id) => index.fields.has(id) || (OWN_COPY_FIELDS as readonly string[]).includes(id), (_, item) => typeof item === 'string');
  const { cohorts, stage } = doc;
  if (cohorts != null) {
    if (!Array.isArray(cohorts) || !cohorts.every((id) => typeof id === 'string')) problems.push({ key: 'cohorts' });
    else for (const id of cohorts.slice(0, MAX_DRAFT_ENTRIES) as string[]) if (!index.cohorts.has(id)) problems.push({ key: 'cohorts', id, unknown: true });
  }
  if (stage != null) problems.push(...(typeof stage !== 'string' ? [{ key: 'stage' }] : index.stages.has(stage) ? [] : [{ key: 'stage', id: stage, unknown: true as const }]));
  return problems;
}
