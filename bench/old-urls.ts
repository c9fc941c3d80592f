/**
 * Old-URL lookup benchmark: builds the table proxy.ts gets (lib/content/old-urls.ts) from one or more exports and
 * times the lookup a request makes, for a mix of requests: `/?p=<id>` of every post, a wrong-case spelling of
 * every permalink, canonical permalinks (no redirect) and unknown paths. The cost per request should not grow
 * with the site: one hash lookup, not a list of rules.
 *
 *   npx tsx bench/old-urls.ts [export-folder ...]      e.g. folders from scripts/generate-site.ts
 */
import { readInventory } from '../lib/content/source/inventory';
import { indexOldUrls, oldUrlTable, oldUrlTarget } from '../lib/content/routing/old-urls';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['tests/fixtures/paginated-site'];
const ROUNDS = 1_000_000;

const SCAN_ROUNDS = 2_000;

console.log('| export | documents | table (JSON) | build table | lookups | per lookup | per lookup, rules tried in turn |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const dir of dirs) {
  const { posts, pages } = readInventory(dir);
  const docs = [...posts, ...pages];
  let started = performance.now();
  const table = oldUrlTable(docs, Date.now());
  const index = indexOldUrls(table);
  const buildMs = performance.now() - started;
  const requests: [string, string][] = [];
  for (const doc of docs) {
    if (doc.wpId !== null) requests.push(['/', `?p=${doc.wpId}`]);
    requests.push([doc.url.toUpperCase(), '']);
    requests.push([doc.url, '']);
    requests.push([`${doc.url}nope/`, '']);
  }
  let redirects = 0;
  started = performance.now();
  for (let i = 0; i < ROUNDS; i++) {
    const [path, search] = requests[i % requests.length]!;
    if (oldUrlTarget(path, search, index) !== null) redirects++;
  }
  const lookupMs = performance.now() - started;
  // For comparison, what a list of rules costs (Next's redirects(), one regex per old URL, tried in order).
  const rules = docs.map((doc) => new RegExp(`^${doc.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'));
  started = performance.now();
  for (let i = 0; i < SCAN_ROUNDS; i++) {
    const [path] = requests[(i * 7919) % requests.length]!;
    rules.findIndex((rule) => rule.test(path));
  }
  const scanMs = performance.now() - started;
  const kb = (JSON.stringify(table).length / 1024).toFixed(0);
  console.log(
    `| ${dir} | ${docs.length} | ${kb} KB | ${buildMs.toFixed(1)} ms | ${ROUNDS.toLocaleString('en-US')} (${redirects.toLocaleString('en-US')} redirects) | ${((lookupMs * 1000) / ROUNDS).toFixed(2)} µs | ${((scanMs * 1000) / SCAN_ROUNDS).toFixed(0)} µs |`,
  );
}
