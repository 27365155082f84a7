/** Publishing: versions with a plain-English change list, and the three outputs. */
export { PublishPanel } from './publish-panel.js';
export type { PublishedEvent } from './publish-panel.js';
export { CHANGE_MEANINGS, embedSnippet, nextVersion, planPublication, publishedElsewhere, publishedPathway, today, versionOrder } from './versions.js';
export type { ChangeSize, PublishPlan } from './versions.js';
export { looseProperty, readinessOf } from './readiness.js';
export type { Readiness } from './readiness.js';
