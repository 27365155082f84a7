/**
 * The one questionnaire every renderer in the benchmark shows: a single stage of N reflective
 * questions, each answered yes / no / partly, each with an optional evidence note.
 * Written once here and translated into each renderer's own definition format, so the four
 * columns of the table measure the same work.
 */

/** The answer choices. "partial" is a third option, so every renderer shows three radios per question. */
export const CHOICES = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'partial', label: 'Partly' },
] as const;

/** The one stage's title (the widget shows it above the questions; so does the floor). */
export const STAGE_TITLE = 'Reflective questions';

export interface BenchQuestion {
  id: string;
  text: string;
  /** The evidence item's title, for renderers that add "(optional)" themselves (the widget, the floor). */
  noteTitle: string;
  /** The note's label for renderers that show it as written (SurveyJS, Form.io). */
  noteLabel: string;
}

export function benchQuestions(count: number): BenchQuestion[] {
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      id: `q${number}`,
      text: `Question ${number}: have you met the family, listened to the pupil and recorded what you agreed?`,
      noteTitle: `Evidence note for question ${number}`,
      noteLabel: `Evidence note for question ${number} (optional)`,
    };
  });
}

/**
 * The pathway the widget renders. The questions are "choice" questions with the same three
 * options as the peers (not yesNoNa, whose third answer means "not applicable", a different
 * question). Each has one optional, advisory evidence item: the widget's evidence note.
 * One universal stage plus a band covering every attendance figure, so whatever the widget
 * asks for first, the benchmark questions are the stage's questions.
 */
export function widgetPathway(count: number): Record<string, unknown> {
  return {
    schemaVersion: '1.0',
    id: `bench-${count}`,
    version: '1',
    title: `Benchmark pathway with ${count} questions`,
    authority: { name: 'Benchmark Council' },
    measures: [{ id: 'attendance', title: 'Attendance this academic year', kind: 'attendancePercentage' }],
    stages: [
      {
        id: 'reflect',
        title: STAGE_TITLE,
        bands: [
          {
            label: '100% and under',
            measure: 'attendance',
            upper: { value: 100, inclusive: true },
          },
        ],
        questions: benchQuestions(count).map((question) => ({
          id: question.id,
          text: question.text,
          type: 'choice',
          options: CHOICES.map((choice) => ({ ...choice })),
          expect: ['yes'],
          evidence: [
            {
              id: `${question.id}-note`,
              // The widget adds "(optional)" after the title of an optional item.
              title: question.noteTitle,
              required: false,
              severity: 'advisory',
            },
          ],
        })),
      },
    ],
  };
}

/**
 * SurveyJS: one page, one radiogroup per question with a comment area for the note, and the
 * progress bar counting answered questions (SurveyJS's own "how far am I" indicator).
 */
export function surveyJsDefinition(count: number): Record<string, unknown> {
  return {
    title: `Benchmark survey with ${count} questions`,
    showProgressBar: 'top',
    progressBarType: 'questions',
    pages: [
      {
        name: 'reflect',
        elements: benchQuestions(count).map((question) => ({
          type: 'radiogroup',
          name: question.id,
          title: question.text,
          isRequired: true,
          choices: CHOICES.map((choice) => ({ value: choice.value, text: choice.label })),
          showCommentArea: true,
          commentText: question.noteLabel,
        })),
      },
    ],
  };
}

/** Form.io: a radio component and a textarea component per question, all on one form (not a wizard). */
export function formioDefinition(count: number): Record<string, unknown> {
  return {
    display: 'form',
    components: benchQuestions(count).flatMap((question) => [
      {
        type: 'radio',
        key: question.id,
        label: question.text,
        input: true,
        validate: { required: true },
        values: CHOICES.map((choice) => ({ value: choice.value, label: choice.label })),
      },
      {
        type: 'textarea',
        key: `${question.id}Note`,
        label: question.noteLabel,
        input: true,
        rows: 2,
      },
    ]),
  };
}

export interface FloorDefinition {
  title: string;
  questions: BenchQuestion[];
  choices: typeof CHOICES;
}

/** The floor (both variants) takes the plain question list. */
export function floorDefinition(count: number): FloorDefinition {
  return { title: STAGE_TITLE, questions: benchQuestions(count), choices: CHOICES };
}
