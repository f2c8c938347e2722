export const TAB_SYNC_CHANNEL = 'competency-constructor';

export type SavedListener = (key: string, revision: number, fromTab: string) => void;

export interface TabSync {
  announceSaved(key: string, revision: number): void;
  /** Returns the unsubscribe function. */
  onSaved(listener: SavedListener): () => void;
  close(): void;
}

interface SavedMessage {
  type: 'saved';
  key: string;
  revision: number;
  fromTab: string;
}

// Other versions of the app share the channel, so anything that is not exactly this shape is ignored.
function isSavedMessage(data: unknown): data is SavedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<Record<keyof SavedMessage, unknown>>;
  return (
    m.type === 'saved' &&
    typeof m.key === 'string' &&
    m.key !== '' &&
    typeof m.revision === 'number' &&
    Number.isSafeInteger(m.revision) &&
    m.revision > 0 &&
    typeof m.fromTab === 'string'
  );
}

/**
 * Tells other tabs of this origin that a programme was saved, so they can reload their list or warn an
 * editor open on the same programme before its next save conflicts. Silent where BroadcastChannel is missing.
 */
export function createTabSync(tabId: string, channelName: string = TAB_SYNC_CHANNEL): TabSync {
  if (typeof BroadcastChannel === 'undefined')
    return { announceSaved: () => undefined, onSaved: () => () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(channelName);
  const listeners = new Set<SavedListener>();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const m = event.data;
    if (!isSavedMessage(m) || m.fromTab === tabId) return;
    for (const listener of listeners) listener(m.key, m.revision, m.fromTab);
  };
  return {
    announceSaved(key, revision) {
      const message: SavedMessage = { type: 'saved', key, revision, fromTab: tabId };
      channel.postMessage(message);
    },
    onSaved(listener) {
      // A wrapper per subscription, so subscribing the same function twice is undone one at a time.
      const subscription: SavedListener = (...args) => listener(...args);
      listeners.add(subscription);
      return () => listeners.delete(subscription);
    },
    close: () => channel.close(),
  };
}
