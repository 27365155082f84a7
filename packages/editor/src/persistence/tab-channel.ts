/**
 * Tabs editing the same pathway find each other over a BroadcastChannel named after the
 * pathway's key. A tab says `hello` when it opens the pathway; any tab already editing it
 * answers `here`. Then both know, and neither saves until the author chooses: `take-over`
 * ("carry on here") or `yield` ("carry on in the other tab"). `bye` when a tab goes.
 */
export type TabMessage =
  | { type: 'hello'; tab: string }
  | { type: 'here'; tab: string }
  | { type: 'take-over'; tab: string }
  | { type: 'yield'; tab: string }
  | { type: 'bye'; tab: string };

const messageTypes = new Set(['hello', 'here', 'take-over', 'yield', 'bye']);

function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return typeof message.type === 'string' && messageTypes.has(message.type) && typeof message.tab === 'string';
}

export class TabChannel {
  readonly tab: string;
  private readonly channel: BroadcastChannel | undefined;

  constructor(key: string, onMessage: (message: TabMessage) => void, tab: string = newTabId()) {
    this.tab = tab;
    // Without BroadcastChannel (very old browsers) a second tab cannot be seen; saving still works.
    this.channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(`pathway-editor:${key}`);
    if (this.channel !== undefined) {
      this.channel.onmessage = (event: MessageEvent<unknown>) => {
        if (isTabMessage(event.data) && event.data.tab !== this.tab) onMessage(event.data);
      };
    }
  }

  send(type: TabMessage['type']): void {
    this.channel?.postMessage({ type, tab: this.tab });
  }

  close(): void {
    if (this.channel === undefined) return;
    this.channel.onmessage = null;
    this.channel.close();
  }
}

/** A random id for this tab. */
export function newTabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}
