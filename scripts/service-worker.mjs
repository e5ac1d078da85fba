// Offline support: after the production build, Workbox generates a service worker that
// precaches the whole site (both languages, every page, the islands, the search index and the
// sample files), so a workshop room with bad Wi-Fi works after the first visit.
// Workbox revisions every file by content hash, so a new build is picked up on the next visit.
import { generateSW } from 'workbox-build';

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,js,css,svg,png,ico,json,csv,txt,xml,webmanifest,pagefind,pf_meta,pf_index,pf_fragment}'],
  globIgnores: ['sw.js', 'workbox-*.js', '404.html'],
  swDest: 'dist/sw.js',
  // pagefind asks for its entry file with a cache-busting ?ts=… parameter.
  ignoreURLParametersMatching: [/^ts$/, /^utm_/],
  directoryIndex: 'index.html',
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB`);
