// After `vite build`: a brotli (.br) and a gzip (.gz) copy beside every text asset, made once here so
// the server sends them as they are (@fastify/static `preCompressed`) instead of compressing per
// request or sending 250 KB of raw JavaScript to a phone on a slow line.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

let raw = 0;
let br = 0;
for await (const path of files(DIST)) {
  const content = await readFile(path);
  const brotli = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
  await writeFile(`${path}.br`, brotli);
  await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
  raw += content.length;
  br += brotli.length;
}
console.log(`precompressed: ${(raw / 1024).toFixed(0)} KB of text assets → ${(br / 1024).toFixed(0)} KB brotli (and gzip)`);
