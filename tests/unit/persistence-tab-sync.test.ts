import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTabSync, type TabSync } from '../../src/io/persistence/tab-sync';

const open: { close(): void }[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
  vi.unstubAllGlobals();
});

const channelName = () => `test-${nanoid()}`;
function tab(tabId: string, channel: string): TabSync {
  const sync = createTabSync(tabId, channel);
  open.push(sync);
  return sync;
}
function rawChannel(name: string) {
  const channel = new BroadcastChannel(name);
  open.push(channel);
  return channel;
}

/** Collects notices, and resolves once one for `key` arrives. */
function collect(sync: TabSync) {
  const seen: [string, number, string][] = [];
  const waiters = new Map<string, () => void>();
  const unsubscribe = sync.onSaved((key, revision, fromTab) => {
    seen.push([key, revision, fromTab]);
    waiters.get(key)?.();
  });
  const arrival = (key: string) => new Promise<void>((resolve) => waiters.set(key, resolve));
  return { seen, arrival, unsubscribe };
}

describe('tab sync', () => {
  it('tells other tabs what was saved', async () => {
    const name = channelName();
    const a = tab('tab-a', name);
    const b = collect(tab('tab-b', name));
    const arrived = b.arrival('k-1');
    a.announceSaved('k-1', 3);
    await arrived;
    expect(b.seen).toEqual([['k-1', 3, 'tab-a']]);
  });

  it('ignores notices from its own tab and messages of other shapes', async () => {
    const name = channelName();
    const b = collect(tab('tab-b', name));
    const sameTab = tab('tab-b', name);
    const raw = rawChannel(name);

    sameTab.announceSaved('own', 1);
    for (const junk of [
      'saved',
      null,
      42,
      { type: 'saved' },
      { type: 'saved', key: 5, revision: 1, fromTab: 'x' },
      { type: 'saved', key: '', revision: 1, fromTab: 'x' },
      { type: 'saved', key: 'k', revision: 0, fromTab: 'x' },
      { type: 'saved', key: 'k', revision: 1.5, fromTab: 'x' },
      { type: 'saved', key: 'k', revision: '2', fromTab: 'x' },
      { type: 'saved', key: 'k', revision: 2 },
      { type: 'deleted', key: 'k', revision: 2, fromTab: 'x' },
    ])
      raw.postMessage(junk);
    // Messages from one sender arrive in order, so once this one is in, the rest have been handled.
    const last = b.arrival('last');
    raw.postMessage({ type: 'saved', key: 'last', revision: 7, fromTab: 'tab-c', extra: true });
    await last;
    expect(b.seen).toEqual([['last', 7, 'tab-c']]);
  });

  it('stops calling a listener after it unsubscribes', async () => {
    const name = channelName();
    const a = tab('tab-a', name);
    const b = tab('tab-b', name);
    const gone = collect(b);
    const stays = collect(b);
    gone.unsubscribe();
    const arrived = stays.arrival('k');
    a.announceSaved('k', 1);
    await arrived;
    expect(gone.seen).toEqual([]);
    expect(stays.seen).toEqual([['k', 1, 'tab-a']]);
  });

  it('does nothing where BroadcastChannel does not exist', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const sync = createTabSync('tab-a');
    const listener = vi.fn();
    const unsubscribe = sync.onSaved(listener);
    sync.announceSaved('k', 1);
    unsubscribe();
    sync.close();
    expect(listener).not.toHaveBeenCalled();
  });
});
