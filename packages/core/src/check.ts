/**
 * The one call that says whether a document is a usable pathway: schema validation with the
 * validator given (explained in plain English), then lint once the structure is sound.
 *
 * The validator is a parameter so the embeddable widget can pass the small structural one
 * and leave the full authoring validator to the editor and CLI.
 */
import { explainErrors, type CompiledValidator, type Pathway, type Problem } from '@pathway/schema';
import { lintPathway } from './lint/index.js';

export interface CheckOptions {
  /** A compiled validator from @pathway/schema: `validatePathway` or `validatePathwayStructure`. */
  validate: CompiledValidator;
}

export interface CheckResult {
  /** No problem of severity "error" (warnings allowed). */
  ok: boolean;
  /** The document as a pathway, when it passed schema validation (even if lint found errors). */
  pathway?: Pathway;
  /** Schema problems, or lint findings when the schema passed; in document order. */
  problems: Problem[];
}

export function checkPathway(doc: unknown, options: CheckOptions): CheckResult {
  const { validate } = options;
  if (!validate(doc)) {
    const problems = explainErrors(doc, validate.errors);
    return { ok: false, problems };
  }
  const pathway = doc as Pathway;
  const problems = lintPathway(pathway);
  return { ok: !problems.some((p) => p.severity === 'error'), pathway, problems };
}
