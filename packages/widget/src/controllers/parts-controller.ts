/**
 * The widget's later parts (load/parts.ts) as one element sees them: it asks for the journey
 * pages as soon as it connects, prefetches the end pages when the browser is idle, and redraws
 * when a part arrives. A part that does not arrive within the load time limit, or fails, is
 * reported (`pathway-error` with code `part-failed`) and shown as a problem with "Try again"
 * (and, mid-journey, "Back"); what the user entered stays in the journey meanwhile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadPart, loadedPart, trackPartWork } from '../load/parts.js';
import type { PartName, Parts } from '../load/parts.js';
import { timeLimits, withTimeLimit } from './time-limits.js';

const TIMED_OUT: unique symbol = Symbol('timed out');

export class PartsController implements ReactiveController {
  /** A part that could not be loaded: the element shows a problem with "Try again". */
  failed: PartName | undefined;
  private idleHandle: number | undefined;
  /** Loads under way, so a page drawn several times while its part comes asks for it once. */
  private readonly attempts = new Map<PartName, Promise<unknown>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Told when a part this controller asked for arrives (after a retry too). */
    private readonly arrived: (name: PartName) => void = () => undefined,
    /** Told when a part it asked for could not be downloaded (not for a quiet prefetch). */
    private readonly lost: (name: PartName) => void = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.need('journey');
  }

  hostDisconnected(): void {
    if (this.idleHandle !== undefined) (globalThis.cancelIdleCallback ?? clearTimeout)(this.idleHandle);
    this.idleHandle = undefined;
  }

  /** The part if it is here; otherwise undefined, and it is asked for (the host redraws when it comes). */
  get<K extends PartName>(name: K): Parts[K] | undefined {
    const part = loadedPart(name);
    if (!part) void this.need(name);
    return part;
  }

  /** Loads a part within the load time limit; undefined (and `failed` set) when it cannot. */
  need<K extends PartName>(name: K): Promise<Parts[K] | undefined> {
    const ready = loadedPart(name);
    if (ready) return Promise.resolve(ready);
    const underWay = this.attempts.get(name) as Promise<Parts[K] | undefined> | undefined;
    if (underWay) return underWay;
    const attempt = withTimeLimit(
      loadPart(name).catch(() => undefined),
      timeLimits().load,
      (): typeof TIMED_OUT => TIMED_OUT,
    ).then((part) => {
      this.attempts.delete(name);
      if (part === undefined || part === TIMED_OUT) {
        if (this.failed === undefined) this.failed = name;
        this.lost(name);
        this.host.requestUpdate();
        return undefined;
      }
      this.arrived(name);
      this.host.requestUpdate();
      return part;
    });
    this.attempts.set(name, attempt);
    return trackPartWork(attempt);
  }

  /** Fetches parts the user will probably need soon, once the browser has nothing else to do. */
  prefetchWhenIdle(...names: PartName[]): void {
    if (this.idleHandle !== undefined || names.every((name) => loadedPart(name))) return;
    const run = () => {
      this.idleHandle = undefined;
      // Not `need`: a prefetch that fails says nothing; the page that needs the part asks again.
      for (const name of names) void loadPart(name).catch(() => undefined);
    };
    this.idleHandle = typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2_000 }) : (setTimeout(run, 200) as unknown as number);
  }

  /** "Back" from a part that failed: the problem goes; the part is asked for again when a page needs it. */
  dismiss = (): void => {
    this.failed = undefined;
    this.host.requestUpdate();
  };

  /** "Try again" after a part failed to load. */
  retry = (): void => {
    const name = this.failed;
    this.failed = undefined;
    if (name) void this.need(name);
    this.host.requestUpdate();
  };
}
