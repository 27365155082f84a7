/**
 * Which saved draft belongs to which journey. Each journey has a key of its own, remembered
 * for its tab in sessionStorage (never in the URL), so reloading the tab finds its own draft,
 * and another tab, or a second widget on the page, gets a key of its own.
 *
 * A key in use is held with a Web Lock (same-origin, released when the tab goes), so two live
 * journeys never share one, even in a duplicated tab whose sessionStorage is a copy. Where the
 * browser has no Web Locks, keys are held within this page only.
 */

const LOCK_PREFIX = 'pathway-widget-journey:';
/** Keys remembered per pathway in one tab: enough for several widgets, never a growing list. */
const SESSION_KEYS_LIMIT = 20;

/** Keys used by journeys on this page now (reserved before any lock is asked for, so two widgets never race for one). */
const heldHere = new Set<string>();
/**
 * Keys whose Web Lock this page holds. A lock is kept until the page goes, not given back when
 * a widget leaves: a widget added again at once (a re-render, a test) then finds its key
 * free, with no race against the lock's release.
 */
const lockedHere = new Set<string>();

/** Holds this key's Web Lock for the rest of the page's life; false when another page holds it. */
async function lock(key: string): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks || lockedHere.has(key)) return true;
  const got = await new Promise<boolean>((resolve) => {
    locks
      .request(`${LOCK_PREFIX}${key}`, { ifAvailable: true }, (granted) => {
        resolve(granted !== null);
        // Held until the page goes.
        return granted === null ? undefined : new Promise<void>(() => undefined);
      })
      // Locks refused here (a sandboxed frame): this page's own record is all there is.
      .catch(() => resolve(true));
  });
  if (got) lockedHere.add(key);
  return got;
}

/** Holds `key` for this journey, or undefined when another live journey holds it. */
async function hold(key: string): Promise<(() => void) | undefined> {
  if (heldHere.has(key)) return undefined;
  heldHere.add(key);
  if (!(await lock(key))) {
    heldHere.delete(key);
    return undefined;
  }
  let held = true;
  return () => {
    if (held) heldHere.delete(key);
    held = false;
  };
}


export interface JourneyClaim {
  /** This journey's key. */
  key: string;
  /** Let another journey on this page have the key (the widget left the page or stopped saving). */
  release(): void;
}

const sessionName = (pathwayId: string) => `pathway-widget-journeys:${pathwayId}`;

function rememberedKeys(pathwayId: string): string[] {
  try {
    const list: unknown = JSON.parse(sessionStorage.getItem(sessionName(pathwayId)) ?? '[]');
    return Array.isArray(list) ? list.filter((key): key is string => typeof key === 'string').slice(-SESSION_KEYS_LIMIT) : [];
  } catch {
    return [];
  }
}

function remember(pathwayId: string, keys: string[]): void {
  try {
    sessionStorage.setItem(sessionName(pathwayId), JSON.stringify(keys.slice(-SESSION_KEYS_LIMIT)));
  } catch {
    // No sessionStorage (some sandboxed frames): the key lasts as long as this page.
  }
}

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('-');
}

/** This journey's key for the pathway: the tab's own from before if no live journey holds it, else a new one. */
export async function claimJourney(pathwayId: string): Promise<JourneyClaim> {
  const known = rememberedKeys(pathwayId);
  for (const key of known) {
    const release = await hold(key);
    if (release) return { key, release };
  }
  for (;;) {
    const key = newKey();
    const release = await hold(key);
    if (release) {
      remember(pathwayId, [...known, key]);
      return { key, release };
    }
  }
}

/** Holds a key again (the widget came back into the page); false if another journey took it meanwhile. */
export async function reclaimJourney(key: string): Promise<(() => void) | undefined> {
  return hold(key);
}

/** Keys of journeys open now, in any other tab of this site, or in a widget on this page. */
export async function liveJourneys(): Promise<Set<string>> {
  const live = new Set(heldHere);
  try {
    const state = await navigator.locks?.query();
    for (const held of state?.held ?? []) {
      const key = held.name?.startsWith(LOCK_PREFIX) ? held.name.slice(LOCK_PREFIX.length) : undefined;
      // This page's own locks outlive its widgets: only a widget here in use makes its key live.
      if (key !== undefined && !lockedHere.has(key)) live.add(key);
    }
  } catch {
    // Without the query, this page's journeys are still known.
  }
  return live;
}
