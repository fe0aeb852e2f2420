// Writes a Brotli (.br) and a gzip (.gz) copy beside every compressible file of the build, at
// the best levels: the server then sends the copy the browser accepts (express-static-gzip)
// instead of compressing on every request.
//   node scripts/compress.mjs [dist/rso-dashboard/browser]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist/rso-dashboard/browser';
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|ico|webmanifest)$/;

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(name)) yield path;
  }
}

let count = 0;
let before = 0;
let brotli = 0;
for (const path of files(dir)) {
  const bytes = readFileSync(path);
  if (bytes.length < 512) continue;
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gz = gzipSync(bytes, { level: 9 });
  if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
  if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
  count++;
  before += bytes.length;
  brotli += br.length;
}
console.log(
  `Compressed ${count} files: ${(before / 1000).toFixed(0)} kB → ${(brotli / 1000).toFixed(0)} kB with Brotli (and a gzip copy each).`,
);
