/**
 * The embeddable widget's check of a pathway: every type, required property, enum and
 * combination of the schema, without text limits, id patterns or unknown-property checks
 * (authoring checks, run by the editor and the CLI with `validatePathway`). The trimmed schema
 * is generated data (`npm run generate`), read by a small interpreter that gives ajv's
 * verdicts and errors, so `explainErrors` explains them as it does the full validator's.
 */
import schema from './generated/structural-schema.json' with { type: 'json' };
import { structureValidator, type StructureSchema } from './structure-validator.js';

const validatePathwayStructure = /* @__PURE__ */ structureValidator(schema as StructureSchema);
export default validatePathwayStructure;
