/**
 * @pathway/widget: `<pathway-widget>` and its parts, without registering anything (import
 * `@pathway/widget/embed` or load `dist/pathway-widget.js` for that).
 */
export { PathwayWidget } from './pathway-widget/pathway-widget.js';
export { widgetStyles } from './pathway-widget/pathway-widget.styles.js';
export { en as englishStrings, mergeStrings } from './i18n/strings.js';
export type { WidgetStrings } from './i18n/strings.js';
export { createFormatter } from './i18n/format.js';
export type { Formatter } from './i18n/format.js';
export { safeLink, safeHref } from './links.js';
export type { SafeLink } from './links.js';
export { pathwayEvent } from './events.js';
export type * from './events.js';
export { DRAFT_FORMAT, buildDraft, readDraft, restoreDraft } from './drafts/draft-envelope.js';
export type { Draft, DraftChangeReport, DraftContent } from './drafts/draft-envelope.js';
export { openDraftStore, DRAFT_DATABASE, DRAFT_STORE } from './drafts/draft-store.js';
export type { DraftStore } from './drafts/draft-store.js';
