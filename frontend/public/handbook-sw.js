// Service worker of the member handbook (/handbook). It makes the handbook open and the saved reads show without a
// network: the app shell (the page and its hashed assets) and the handbook's GET answers are cached as they are
// fetched; when the network fails, the cached copy answers. Writes are never cached or replayed. Documents the
// member saves live in their own cache ('handbook-saved', written by the app). Logging out deletes every cache.
const SHELL = 'handbook-shell-v1';
const RUNTIME = 'handbook-runtime-v1';
const SAVED = 'handbook-saved';
const KEEP = new Set([SHELL, RUNTIME, SAVED]);

// Reads kept for offline use: the member's own card and lists, documents and meetings they open.
const CACHED_API = [
  /^\/api\/v1\/handbook\//,
  /^\/api\/v1\/me$/,
  /^\/api\/v1\/documents\//,
  /^\/api\/v1\/meetings\//,
];

// The page and every asset it names (scripts, module preloads, styles), so that the first offline start works.
async function precache() {
  const cache = await caches.open(SHELL);
  const page = await fetch('/handbook', { credentials: 'same-origin' });
  const html = await page.clone().text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await cache.put('/handbook', page);
  await cache.addAll(['/handbook-icon.svg', '/handbook.webmanifest', ...new Set(assets)]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((n) => n.startsWith('handbook-') && !KEEP.has(n)).map((n) => caches.delete(n)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheName) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL);
    await cache.put(request, response.clone());
  }
  return response;
}

async function shell(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(SHELL);
      await cache.put('/handbook', response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match('/handbook');
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && url.pathname.startsWith('/handbook')) {
    event.respondWith(shell(request));
  } else if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/handbook-icon')) {
    // hashed file names (and the icons): a cached file never changes
    event.respondWith(cacheFirst(request));
  } else if (CACHED_API.some((pattern) => pattern.test(url.pathname))) {
    event.respondWith(networkFirst(request, RUNTIME));
  }
});
