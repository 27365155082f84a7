/**
 * The one call that says whether a document is a usable pathway: schema validation with the
 * validator given (explained in plain English), then lint once the structure is sound. While the
 * schema finds errors, lint's reference checks still run where they are sound
 * (./lint/well-formed-parts.ts), so an author sees every mistyped id at once.
 *
 * The validator is a parameter so the embeddable widget can pass the small structural one
 * and leave the full authoring validator to the editor and CLI.
 */
import { explainErrors, sortByDocumentOrder, type CompiledValidator, type Pathway, type Problem } from '@pathway/schema';
import { lintPathway, lintWellFormedParts } from './lint/index.js';

export interface CheckOptions {
  /** A compiled validator from @pathway/schema: `validatePathway` or `validatePathwayStructure`. */
  validate: CompiledValidator;
}

export interface CheckResult {
  /** No problem of severity "error" (warnings allowed). */
  ok: boolean;
  /** The document as a pathway, when it passed schema validation (even if lint found errors). */
  pathway?: Pathway;
  /**
   * Lint findings when the schema passed; otherwise the schema's problems with lint's reference
   * checks on the well-formed parts. In document order.
   */
  problems: Problem[];
}

export function checkPathway(doc: unknown, options: CheckOptions): CheckResult {
  const { validate } = options;
  if (!validate(doc)) {
    const schemaProblems = explainErrors(doc, validate.errors);
    const lint = lintWellFormedParts(doc, schemaProblems);
    // Sorting walks the whole document: only when there is something to put in order.
    const problems = lint.length === 0 ? schemaProblems : sortByDocumentOrder(doc, [...schemaProblems, ...lint]);
    return { ok: false, problems };
  }
  const pathway = doc as Pathway;
  const problems = lintPathway(pathway);
  return { ok: !problems.some((p) => p.severity === 'error'), pathway, problems };
}
