// After every production build (npm run build, npm start, the e2e and performance servers):
// complete index.html's module preloads, then write the Brotli and gzip copies.
//   node scripts/postbuild.mjs [dist/rso-dashboard/browser]
await import('./preload.mjs');
await import('./compress.mjs');
