/** Names for parts of the generated schema types that the engine needs but the schema leaves unnamed. */
import type { Exception, Outcome, Question } from '@pathway/schema';

export type * from '@pathway/schema';
export type ExceptionEffect = Exception['effect'];
export type OutcomeKind = Outcome['kind'];
export type QuestionType = Question['type'];
