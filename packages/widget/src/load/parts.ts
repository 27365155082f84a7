/**
 * The widget's parts that are not needed for its first paint, each loaded once, when needed.
 * In the built file each is a sibling chunk (`chunks/<name>-<hash>.js`) that the browser finds
 * relative to the script's own URL, so the folder works from any CDN (vite.config.ts).
 *
 * - journey:  the pages from "Start now" to pupil details; asked for as the script runs
 *             (early-journey.ts), and again by an element that connects before it has come.
 * - end:      "Check your answers", the summary and its downloads; prefetched when the browser
 *             is idle after the pathway appears, else loaded when the user gets there.
 * - drafts:   the device's draft store (IndexedDB); only when the page offers drafts.
 * - explain:  plain-English explanations of a pathway's mistakes; only for a broken pathway.
 * - webTeam:  what the page's web team should fix when `src` cannot be downloaded, or when the
 *             `case` holds what the widget cannot use; only then.
 *
 * A part that fails to load (a network blip, a CDN deploy mid-visit) is forgotten, so the next
 * request tries again.
 */
import type * as JourneyPart from '../pages/journey-pages.js';
import type * as EndPart from '../pages/end-pages.js';
import type * as DraftsPart from '../drafts/draft-store.js';
import type * as ExplainPart from './explain.js';
import type * as WebTeamPart from './web-team.js';

export type JourneyModule = typeof JourneyPart;
export type EndModule = typeof EndPart;
export type DraftsModule = typeof DraftsPart;
export type ExplainModule = typeof ExplainPart;
export type WebTeamModule = typeof WebTeamPart;

export interface Parts {
  journey: JourneyModule;
  end: EndModule;
  drafts: DraftsModule;
  explain: ExplainModule;
  webTeam: WebTeamModule;
}
export type PartName = keyof Parts;

const importers: { [K in PartName]: () => Promise<Parts[K]> } = {
  journey: () => import('../pages/journey-pages.js'),
  // Imported from inside the journey part, so the bundler knows the journey part is always
  // here first and puts what both share in it, rather than in extra shared chunks.
  end: () => loadPart('journey').then((journey) => journey.loadEndPages()),
  // Through the journey part too: drafts are opened only for a pathway the engine has read.
  drafts: () => loadPart('journey').then((journey) => journey.loadDraftStore()),
  explain: () => import('./explain.js'),
  webTeam: () => import('./web-team.js'),
};

/**
 * For tests: imports a part some other way (a failing importer stands in for a chunk the
 * network lost), until the returned function puts the real importer back.
 */
export function replaceImporter<K extends PartName>(name: K, importer: () => Promise<Parts[K]>): () => void {
  // One table of importers, each typed by its name: written through the general view of it.
  const table = importers as Record<PartName, () => Promise<unknown>>;
  const real = table[name];
  table[name] = importer;
  return () => {
    table[name] = real;
  };
}

const loading = new Map<PartName, Promise<unknown>>();
const loaded = new Map<PartName, unknown>();

/** The part, if it has already arrived (so the element can draw with it synchronously). */
export function loadedPart<K extends PartName>(name: K): Parts[K] | undefined {
  return loaded.get(name) as Parts[K] | undefined;
}

/** Loads a part once; concurrent callers share the request, and a failure lets the next call retry. */
export function loadPart<K extends PartName>(name: K): Promise<Parts[K]> {
  const ready = loaded.get(name);
  if (ready) return Promise.resolve(ready as Parts[K]);
  let pending = loading.get(name) as Promise<Parts[K]> | undefined;
  if (!pending) {
    pending = importers[name]().then(
      (module) => {
        loaded.set(name, module);
        loading.delete(name);
        return module;
      },
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, pending);
  }
  return pending;
}

/** Work waiting on a part (a load and what follows it), so `updateComplete` can wait for the redraw it causes. */
const underWay = new Set<Promise<unknown>>();

/** Counts `work` as under way until it settles; returns it. */
export function trackPartWork<T>(work: Promise<T>): Promise<T> {
  underWay.add(work);
  const forget = () => underWay.delete(work);
  work.then(forget, forget);
  return work;
}

/** Waits for all work on parts under way; false when there was none (the element's `updateComplete` loops on it). */
export async function partsSettled(): Promise<boolean> {
  if (underWay.size === 0) return false;
  await Promise.allSettled([...underWay]);
  return true;
}
