#!/usr/bin/env node
/**
 * Search benchmark (not a test): the Pagefind index of a built export, on disk and on the wire.
 *
 *   node bench/search.mjs [export-folder=content]
 *
 * On disk: the index folder the content step wrote (`<generated content>/search/`): files, bytes, the largest
 * index chunk. In Debian's Chromium (playwright-core, each run a fresh profile, cache empty), on `/search/`:
 * - what the page loads from the index before a query is typed (the budget: nothing);
 * - per query, typed and submitted (companies the synthetic posts mention, `Xyz Labs`: the most mentioned, one in
 *   about ten posts, one in a single post; and two words that are on nearly every post, the worst case): the index bytes transferred (every `/pagefind/` response, headers included:
 *   Pagefind's script, its WebAssembly, the metadata, the word chunks and the fragments of the ten results
 *   shown) and the time from submitting to the first result on screen, on the machine's loopback and with
 *   Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbit/s down, CPU 4x slower); median of 3 runs;
 * - a second query in the same page (the script and WebAssembly already loaded).
 *
 * Besides the companies, the synthetic sites draw their text from a 90-word vocabulary, so each of those words
 * is on most posts, and its chunk lists most of the site: the worst case for a per-word index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { runDirectly } from './served-site.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RUNS = 3;
/** Two words on nearly every synthetic post. */
const WORST_CASE = 'satellite broadband';

/**
 * The queries for an export: companies its posts mention (`Xyz Labs`, scripts/generate-site.ts) by how many
 * posts mention them (the most, about ten, one), then the worst case. Other exports: the worst case alone.
 */
export function queriesFor(exportDir) {
  const posts = new Map();
  const postsDir = path.join(exportDir, '_posts');
  for (const file of readdirSync(postsDir)) {
    for (const name of new Set(readFileSync(path.join(postsDir, file), 'utf8').match(/\b[A-Z][a-z]+(?: \d+)? Labs\b/g) ?? [])) {
      posts.set(name, (posts.get(name) ?? 0) + 1);
    }
  }
  const byCount = [...posts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (byCount.length === 0) return [{ query: WORST_CASE, posts: null }];
  const nearest = (n) => byCount.reduce((best, entry) => (Math.abs(entry[1] - n) < Math.abs(best[1] - n) ? entry : best));
  const chosen = [byCount[0], nearest(10), nearest(1)];
  // The name without `Labs`: a reader types the company.
  return [...chosen.map(([name, count]) => ({ query: name.replace(/ Labs$/, ''), posts: count })), { query: WORST_CASE, posts: null }];
}
const MOBILE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The index on disk: files and bytes, and its word chunks (the files a query picks from). */
export function indexOnDisk(distDir) {
  const dir = path.join(`${distDir}-content`, 'search');
  let files = 0;
  let bytes = 0;
  let chunks = 0;
  let chunkBytes = 0;
  let largestChunk = 0;
  let fragments = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
    bytes += size;
    if (entry.name.endsWith('.pf_index')) {
      chunks++;
      chunkBytes += size;
      largestChunk = Math.max(largestChunk, size);
    }
    if (entry.name.endsWith('.pf_fragment')) fragments++;
  }
  return { files, bytes, chunks, chunkBytes, largestChunk, fragments };
}

/**
 * Records every `/pagefind/` response of a context, the search worker's included (Pagefind queries from a Web
 * Worker, whose requests the page's Resource Timing does not list): its size on the wire (body as sent, and
 * headers) and when it finished.
 */
function recordIndexTransfers(context) {
  const transfers = [];
  context.on('requestfinished', async (request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    const sizes = await request.sizes();
    transfers.push({ at: Date.now(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  return transfers;
}

const sum = (transfers, from, to = Infinity) => {
  const within = transfers.filter((t) => t.at >= from && t.at < to);
  return { bytes: within.reduce((total, t) => total + t.bytes, 0), requests: within.length };
};

/** Types `query` into the search page's box, submits it, and resolves when the first result is on screen. */
const submitAndWait = (page, query) =>
  page.evaluate(async (q) => {
    const input = document.querySelector('#search-query');
    const started = performance.now();
    const shown = new Promise((resolve) => {
      // The first result is on screen, or the page says there is none.
      // The status names the query once its results are in (and the first of them on screen), or there are none.
      const done = () => (document.querySelector('[role="status"]')?.textContent ?? '').includes(`“${q}”`);
      if (done()) return resolve();
      new MutationObserver((_, observer) => {
        if (done()) {
          observer.disconnect();
          resolve();
        }
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    // As a reader's typing does: React's onChange fires on the input event.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form.requestSubmit();
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`no results for ${q} within 60 s`)), 60_000));
    await Promise.race([shown, timeout]);
    const status = document.querySelector('[role="status"]')?.textContent ?? '';
    return { started, ms: performance.now() - started, status };
  }, query);

async function openSearchPage(browser, origin, throttle) {
  const context = await browser.newContext();
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const transfers = recordIndexTransfers(context);
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...throttle, latency: throttle.latency });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
  }
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  // The box is the search page's own once it has focus (until then it is the plain form rendered by the server).
  await page.waitForFunction(() => document.activeElement?.id === 'search-query');
  return { context, page, transfers };
}

/** One cold run of `query` (and a warm `next` query after it), optionally throttled. */
async function run(browser, origin, query, next, throttle) {
  const { context, page, transfers } = await openSearchPage(browser, origin, throttle);
  try {
    const before = sum(transfers, 0);
    const firstAt = Date.now();
    const first = await submitAndWait(page, query);
    // Fragments of the results shown are fetched before they render; a moment more lets every event arrive.
    await page.waitForTimeout(200);
    const secondAt = Date.now();
    const second = await submitAndWait(page, next);
    await page.waitForTimeout(200);
    return { before, first: { ...first, ...sum(transfers, firstAt, secondAt) }, second: { ...second, ...sum(transfers, secondAt) } };
  } finally {
    await context.close();
  }
}

export async function measure({ origin, distDir, label = distDir }) {
  const disk = indexOnDisk(distDir);
  // The export this build was made from (bench/served-site.mjs records it).
  const planned = queriesFor(readFileSync(path.join(distDir, 'bench-export.txt'), 'utf8').trim());
  const queries = planned.map((q) => q.query);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  let loadedBeforeTyping = 0;
  try {
    for (const [i, query] of queries.entries()) {
      const next = queries[(i + 1) % queries.length];
      const local = [];
      const mobile = [];
      for (let r = 0; r < RUNS; r++) local.push(await run(browser, origin, query, next, null));
      for (let r = 0; r < RUNS; r++) mobile.push(await run(browser, origin, query, next, MOBILE));
      loadedBeforeTyping = Math.max(loadedBeforeTyping, ...local.map((x) => x.before.bytes), ...mobile.map((x) => x.before.bytes));
      rows.push({
        query,
        mentionedIn: planned[i].posts,
        status: local[0].first.status,
        bytes: median(local.map((x) => x.first.bytes)),
        requests: median(local.map((x) => x.first.requests)),
        localMs: median(local.map((x) => x.first.ms)),
        mobileMs: median(mobile.map((x) => x.first.ms)),
        next,
        nextBytes: median(local.map((x) => x.second.bytes)),
        nextLocalMs: median(local.map((x) => x.second.ms)),
        nextMobileMs: median(mobile.map((x) => x.second.ms)),
      });
    }
  } finally {
    await browser.close();
  }
  const ms = (value) => `${Math.round(value)} ms`;
  const markdown = [
    `Index on disk (${label}): ${disk.files.toLocaleString('en')} files, ${(disk.bytes / 2 ** 20).toFixed(1)} MB; ${disk.chunks} word chunks (${kb(disk.chunkBytes)} in all, the largest ${kb(disk.largestChunk)}), ${disk.fragments.toLocaleString('en')} fragments. Index bytes loaded by \`/search/\` before a query is typed: ${loadedBeforeTyping}.`,
    '',
    '| query | results | index transferred (first query) | requests | to first result, loopback | to first result, mobile throttling | then another query | its bytes | its time, loopback / mobile |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.query}${r.mentionedIn ? ` (a company in ${r.mentionedIn} ${r.mentionedIn === 1 ? 'post' : 'posts'})` : ' (on nearly every post)'} | ${r.status} | ${kb(r.bytes)} | ${r.requests} | ${ms(r.localMs)} | ${ms(r.mobileMs)} | ${r.next} | ${kb(r.nextBytes)} | ${ms(r.nextLocalMs)} / ${ms(r.nextMobileMs)} |`,
    ),
  ].join('\n');
  return { title: `Search (${label})`, markdown, rows, disk, loadedBeforeTyping, budgets: [] };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runDirectly(measure, { port: 3440, distDir: '.next-bench' });
}
