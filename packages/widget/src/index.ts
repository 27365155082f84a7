/**
 * @pathway/widget: `<pathway-widget>` and its parts, without registering anything (import
 * `@pathway/widget/embed` or load `dist/pathway-widget.js` for that).
 */
export { PathwayWidget } from './pathway-widget/pathway-widget.js';
export { widgetStyles } from './pathway-widget/widget-styles.js';
export { en as englishStrings, mergeStrings, reasonCodes } from './i18n/strings.js';
export type { WidgetStrings } from './i18n/strings.js';
export { createFormatter } from './i18n/format.js';
export type { Formatter } from './i18n/format.js';
export { safeLink, safeHref } from './links.js';
export type { SafeLink } from './links.js';
export { pathwayEvent } from './events.js';
export type * from './events.js';
export { DRAFT_FORMAT, MAX_DRAFT_ENTRIES, buildDraft, readDraft, reconcile, restoreDraft } from './drafts/draft-envelope.js';
export type { Draft, DraftChangeReport, DraftContent, ReconcileOptions } from './drafts/draft-envelope.js';
export type { PathwayCase } from './journey/case-seed.js';
export { closeBidi } from './journey/bidi.js';
export { DEFAULT_TIME_LIMITS } from './controllers/time-limits.js';
export type { TimeLimits } from './controllers/time-limits.js';
export { openDraftStore, DRAFT_DATABASE, DRAFT_STORE } from './drafts/draft-store.js';
export type { DraftStore } from './drafts/draft-store.js';
