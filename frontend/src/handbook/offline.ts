/**
 * Offline reading: the service worker (public/handbook-sw.js) keeps the app shell and the handbook's reads (card,
 * documents) as they were last fetched, and answers from them when the network is gone. Documents the member saves
 * are put in their own cache explicitly, so they stay readable offline whatever the runtime cache evicts. Everything
 * is personal data: logging out deletes every cache.
 */
export const SAVED_CACHE = 'handbook-saved';
const CACHE_PREFIX = 'handbook-';

export function registerServiceWorker() {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  globalThis.addEventListener?.('load', () => {
    navigator.serviceWorker.register('/handbook-sw.js', { scope: '/handbook' }).catch(() => {
      // without a service worker the handbook works online only
    });
  });
}

/** Keeps the answers of `urls` (fetched now, with the session) for offline reading. */
export async function saveForOffline(urls: string[]): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(SAVED_CACHE);
  await cache.addAll(urls.map((url) => new Request(url, { credentials: 'same-origin' })));
}

/** Forgets the saved answers of `urls`. */
export async function forgetOffline(urls: string[]): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(SAVED_CACHE);
  await Promise.all(urls.map((url) => cache.delete(url)));
}

export async function clearOfflineData(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX)).map((name) => caches.delete(name)));
}
