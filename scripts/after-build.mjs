// What the build does after `ng build`, in order: what always loads together in one file, the
// pages' preloads, then the compressed copies the server sends. Run by `npm run build`,
// `npm start` and the performance scripts, so every one of them serves the same files.
//   node scripts/after-build.mjs [dist/rso-dashboard/browser]
import { spawnSync } from 'node:child_process';

const dir = process.argv[2] ?? 'dist/rso-dashboard/browser';
for (const step of [
  'scripts/merge-chunks.mjs',
  'scripts/preload-app.mjs',
  'scripts/compress.mjs',
]) {
  const { status } = spawnSync(process.execPath, [step, dir], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
