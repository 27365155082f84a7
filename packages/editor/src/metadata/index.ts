/** @pathway/editor metadata: what the forms draw, worked out from the schema. No DOM. */
export { buildFormMetadata, formMetadata, pathwaySchema } from './form-metadata.js';
export type { DefinitionMeta, EnumOption, FieldKind, FieldMeta, FormMetadata, VariantMeta } from './form-metadata.js';
export { fieldOf, locate, resolveVariant } from './locate.js';
export type { Location } from './locate.js';
export { SETTINGS_TITLE, kindWords, nothingToChoose, placesMade } from './where-made.js';
