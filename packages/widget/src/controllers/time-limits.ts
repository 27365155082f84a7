/**
 * How long the widget waits for things that may never answer, in milliseconds. Fixed numbers,
 * never worked out from how fast the machine seems: a slow council laptop must get the same
 * patience as a fast one.
 *
 * Tests shorten them with `setTimeLimits` (from `testing/`), so a hung request is seen in
 * milliseconds rather than seconds.
 */
export interface TimeLimits {
  /** Fetching `src`: then "took too long" with Try again. */
  load: number;
  /** Opening the device's draft store and reading the draft: then drafts are unavailable and the journey goes on. */
  drafts: number;
  /** One POST of the summary: then "did not answer in time" with Try again. */
  submit: number;
  /** Quiet time after the last change to the pathway before the change is announced (once) to screen readers. */
  announceUpdate: number;
}

export const DEFAULT_TIME_LIMITS: Readonly<TimeLimits> = Object.freeze({
  load: 30_000,
  drafts: 5_000,
  submit: 30_000,
  announceUpdate: 1_000,
});

let current: TimeLimits = { ...DEFAULT_TIME_LIMITS };

/** The limits in force now. */
export function timeLimits(): Readonly<TimeLimits> {
  return current;
}

/** Replaces some limits (for tests); returns a function that puts the previous ones back. */
export function setTimeLimits(limits: Partial<TimeLimits>): () => void {
  const previous = current;
  current = { ...current, ...limits };
  return () => {
    current = previous;
  };
}

/** Resolves with `promise`'s value, or with `onTimeout()` once `ms` pass first. */
export function withTimeLimit<T, U>(promise: Promise<T>, ms: number, onTimeout: () => U): Promise<T | U> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<U>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * A signal for one request: it aborts after `ms`, or when `outer` does (a newer load, the user's
 * Cancel). `timedOut()` tells the two apart afterwards; call `done()` when the request is over.
 */
export function limitedSignal(ms: number, outer?: AbortSignal): { signal: AbortSignal; timedOut(): boolean; done(): void } {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, ms);
  const follow = () => controller.abort();
  outer?.addEventListener('abort', follow, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', follow);
    },
  };
}
