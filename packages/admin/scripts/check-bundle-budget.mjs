#!/usr/bin/env node
/**
 * `pnpm --filter @dangan/admin budget` (run after `vite build`): the sign-in page is what every
 * user loads first, often on a phone, so its JavaScript has a budget (issue 8).
 *
 * From Vite's manifest it collects every file a browser fetches to show /login: the entry chunk
 * with its static imports, and the login page's lazy chunk with its static imports. Each file is
 * gzipped (level 9, as the server ships it) and the JavaScript total must stay within the budget;
 * CSS is reported alongside.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const JS_BUDGET_BYTES = 200_000;
const LOGIN_PAGE = 'src/features/auth/pages/login.vue';

const dist = join(import.meta.dirname, '..', 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run \`vite build\` first (build.manifest must be on).`);
  process.exit(1);
}
/** @type {Record<string, { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const entryKeys = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entryKeys.length !== 1) fail(`expected one entry chunk in the manifest, found ${entryKeys.length}`);
if (!manifest[LOGIN_PAGE]) fail(`the manifest has no chunk for ${LOGIN_PAGE}: is it still a lazy route?`);

const files = new Set();
for (const key of [entryKeys[0], LOGIN_PAGE]) collect(key, files, new Set());

const rows = [...files].map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
const js = rows.filter((row) => row.file.endsWith('.js'));
const css = rows.filter((row) => row.file.endsWith('.css'));
const jsTotal = sum(js);
const cssTotal = sum(css);

console.log('Files the sign-in route downloads (gzipped):');
for (const row of [...js, ...css].sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${kB(row.gzip).padStart(10)}  ${row.file}`);
}
console.log(`JavaScript: ${kB(jsTotal)} in ${js.length} files (budget ${kB(JS_BUDGET_BYTES)})`);
console.log(`CSS:        ${kB(cssTotal)} in ${css.length} files`);

if (jsTotal > JS_BUDGET_BYTES) {
  fail(`the sign-in route's JavaScript is ${kB(jsTotal - JS_BUDGET_BYTES)} over its budget of ${kB(JS_BUDGET_BYTES)}`);
}

/** Adds a chunk's file, its CSS and, recursively, its static imports (dynamic imports load later). */
function collect(key, into, seen) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) fail(`the manifest names an import ${key} it does not describe`);
  into.add(chunk.file);
  for (const file of chunk.css ?? []) into.add(file);
  for (const imported of chunk.imports ?? []) collect(imported, into, seen);
}

function sum(list) {
  return list.reduce((total, row) => total + row.gzip, 0);
}

function kB(bytes) {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

function fail(message) {
  console.error(`Bundle budget: ${message}`);
  process.exit(1);
}
