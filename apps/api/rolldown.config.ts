/** The server entries bundled for start-up (`npm start`, `npm run start:bun`, the smoke tests and
 * the bench run them): one file per entry plus lazily loaded chunks, instead of a few hundred
 * modules resolved and compiled one by one. Everything pure JavaScript is bundled; native
 * addons, the MongoDB driver (with its optional native dependencies; loaded only when chosen)
 * and files read at run time (fonts, the docs' assets, the password list) stay in node_modules.
 * The PDF library, the OpenAPI/YAML builders and the multipart parser are behind dynamic
 * imports, so they are chunks loaded on first use. Output sits in dist/ beside tsc's, so paths
 * relative to a module (`../../web/dist/`) mean the same in both. */
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: { 'server.node': 'dist/main.node.js', 'server.bun': 'dist/main.bun.js' },
  platform: 'node',
  external: [/^better-sqlite3(\/|$)/, /^@node-rs\/argon2(\/|$)/, /^mongodb(\/|$)/, /^bun:/],
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: '[name].mjs',
    // Without a hash, a rebuild replaces its chunks instead of leaving the old ones beside them.
    chunkFileNames: 'chunk-[name].mjs',
    // Keep the files readable in a stack trace; start-up cost is module count, not bytes.
    minify: false,
  },
});
