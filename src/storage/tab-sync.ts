/** What one tab tells the others about the library. */
export type TabMessage =
  /** A saved scenario was created or changed. */
  | { readonly type: 'saved'; readonly id: string; readonly revision: number }
  /** A saved scenario was deleted. */
  | { readonly type: 'deleted'; readonly id: string; readonly name: string }
  /** Scenarios were restored or imported. */
  | { readonly type: 'listChanged' }
  /** A tab with this app version started. */
  | { readonly type: 'hello'; readonly appVersion: string };

const CHANNEL = 'qianjiang-simulator';

/**
 * Keep tabs of the app in step: a BroadcastChannel when the browser has one; without it, nothing is
 * sent and tabs re-read the library when they regain focus.
 */
export class TabSync {
  readonly #channel: BroadcastChannel | null;

  constructor(onMessage: (message: TabMessage) => void) {
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    if (this.#channel !== null) {
      this.#channel.onmessage = (event: MessageEvent<unknown>) => {
        if (isTabMessage(event.data)) onMessage(event.data);
      };
    }
  }

  /** Tell the other tabs. */
  post(message: TabMessage): void {
    this.#channel?.postMessage(message);
  }

  /** Stop listening. */
  close(): void {
    this.#channel?.close();
  }
}

function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  const type = (data as { type?: unknown }).type;
  return type === 'saved' || type === 'deleted' || type === 'listChanged' || type === 'hello';
}
