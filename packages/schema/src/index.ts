/**
 * @pathway/schema: the pathway format. Types generated from `schemas/pathway.schema.json`,
 * validators compiled or read from it at build time (no `new Function` at run time), and
 * plain-English explanations of what is wrong.
 */
export type * from './generated/pathway.js';
export type { SchemaError, CompiledValidator } from './generated/validate.js';
export { default as validatePathway } from './generated/validate-pathway.js';
export { default as validatePathwayStructure } from './validate-pathway-structure.js';

/** The format version this package reads and writes (a pathway's `schemaVersion`). */
export const SCHEMA_VERSION = '1.1' as const;
/** The `$id` of the JSON Schema. */
export const SCHEMA_ID = 'urn:pathway:schema:pathway:1.1' as const;
export type { Problem } from './problem.js';
export { describeLocation, schemaAt, sortByDocumentOrder } from './describe-location.js';
export { closest, explainChoice, explainErrors, validateAndExplain } from './explain-errors.js';
export type { DocumentMap, DocumentMapDefinition, DocumentMapProperty } from './document-map.js';
export { documentMap } from './document-map.js';
export { enumLabel } from './enum-labels.js';
export { enumLabelAt } from './enum-label-at.js';
export type { AppliesWhen } from './applies-when.js';
export { appliesWhen } from './applies-when.js';
export type { JsonSyntaxError } from './json-syntax.js';
export { findJsonSyntaxError } from './json-syntax.js';
export { childPointer, escapePointerSegment, pointerFrom, pointerSegments, unescapePointerSegment } from './json-pointer.js';
