#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark, its budgets as PASS/FAIL lines, and `bench/results.md` with the figures, the
 * machine, the date and the commit. Benchmarks are figures, not tests: nothing here fails the test suite.
 *
 *   npm run bench                       all: build, weight, lighthouse, serve, hostile, search, pathological
 *   npm run bench -- build serve        some of them (each also runs alone: see bench/README.md)
 *   BENCH_SIZES=600,5000 npm run bench  other site sizes for the build benchmark
 *   SEARCH_SIZES=600 npm run bench -- search   other site sizes for the search benchmark (default 600,20000)
 *
 * The sites are synthetic exports from scripts/generate-site.ts (seed 1), written under the system's temp folder.
 * The page-level benchmarks (weight, lighthouse, serve) run on the ~600-post site, the size of new.blicio.us;
 * search on that site and on the 20,000-post one (the build benchmark keeps its 20,000-post build for it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildTable, measureBuild } from './build.mjs';
import { ensureBuilt, markBuilt, samplePaths, startSite } from './served-site.mjs';

const GiB = 1024;
const ALL = ['build', 'weight', 'lighthouse', 'serve', 'hostile', 'search', 'pathological'];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const unknown = chosen.filter((name) => !ALL.includes(name));
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
  process.exit(2);
}
const SIZES = (process.env.BENCH_SIZES ?? '600,5000,10000,20000').split(',').map(Number);
const SITE_POSTS = 600;
const SERVE_PORT = 3310;
const SEARCH_SIZES = (process.env.SEARCH_SIZES ?? '600,20000').split(',').map(Number);
/** Where each site size is built to be served: the page benchmarks' site, and one folder per other size. */
const servedDist = (posts) => (posts === SITE_POSTS ? '.next-bench-site' : `.next-bench-${posts}`);

/** A synthetic export of `posts` posts, generated once per run. */
const generated = new Set();
function site(posts) {
  const dir = path.join(os.tmpdir(), `bench-site-${posts}`);
  if (!generated.has(dir)) {
    execFileSync('node_modules/.bin/tsx', ['scripts/generate-site.ts', String(posts), dir, '1'], { stdio: 'inherit' });
    generated.add(dir);
  }
  return dir;
}

const budget = (name, pass, figure) => ({ budget: name, pass, figure });

async function buildBenchmark() {
  const rows = [];
  // Largest first: the site most likely to miss a budget is known soonest.
  for (const posts of [...SIZES].sort((a, b) => b - a)) {
    console.log(`build: ${posts} posts…`);
    // A size the search benchmark serves next is kept, so it is not built twice.
    const keep = chosen.includes('search') && SEARCH_SIZES.includes(posts) && posts !== SITE_POSTS;
    rows.push(await measureBuild(site(posts), keep ? { distDir: servedDist(posts), keep } : {}));
    if (keep) markBuilt(site(posts), servedDist(posts));
    console.log(buildTable(rows.slice(-1)).split('\n').at(-1));
  }
  rows.sort((a, b) => a.posts - b.posts);
  const at = (posts) => rows.find((row) => Math.abs(row.posts - posts) <= posts * 0.02);
  const budgets = [];
  const small = at(600);
  if (small) budgets.push(budget('a ~600-post site builds end to end in under 40 s', small.totalSeconds < 40, `${small.totalSeconds} s`));
  for (const [posts, minutes] of [[10000, 6], [20000, 12]]) {
    const row = at(posts);
    if (!row) continue;
    budgets.push(
      budget(
        `${posts.toLocaleString('en')} posts build in under ${minutes} min with the process tree under 4 GiB`,
        row.totalSeconds < minutes * 60 && row.peakTreeMB < 4 * GiB,
        `${(row.totalSeconds / 60).toFixed(1)} min, ${(row.peakTreeMB / GiB).toFixed(2)} GiB`,
      ),
    );
  }
  // Linear: each step up in posts adds about the same bytes per added post (no page grows with the archive).
  const large = rows.filter((row) => row.posts >= 1000).sort((a, b) => a.posts - b.posts);
  if (large.length >= 3) {
    const bytes = (row) => row.outputMB + row.contentMB;
    const marginal = large.slice(1).map((row, i) => ((bytes(row) - bytes(large[i])) * 1024) / (row.posts - large[i].posts));
    const spread = Math.max(...marginal) / Math.min(...marginal);
    budgets.push(
      budget(
        'build output on disk grows linearly with the posts (each step adds the same KB per post, within 25%)',
        spread <= 1.25,
        `${marginal.map((kb) => `${kb.toFixed(1)} KB`).join(', ')} per added post`,
      ),
    );
  }
  return { title: 'Build', markdown: buildTable(rows), budgets };
}

/** The page-level benchmarks, against the ~600-post site served by `next start`. */
async function pageBenchmarks(names) {
  const dir = site(SITE_POSTS);
  const distDir = servedDist(SITE_POSTS);
  await ensureBuilt(dir, distDir);
  const sections = [];
  for (const name of names) {
    const file = { weight: './page-weight.mjs', lighthouse: './lighthouse.mjs', serve: './serve.mjs', hostile: './hostile.mjs' }[name];
    const { measure, SERVER_NODE_OPTIONS } = await import(file);
    // A fresh server per benchmark, so one's load does not warm or tire the next.
    const server = await startSite({ exportDir: dir, distDir, port: SERVE_PORT, nodeOptions: SERVER_NODE_OPTIONS });
    try {
      console.log(`${name}…`);
      sections.push(await measure({ origin: server.origin, paths: await samplePaths(server.origin), distDir, pid: server.pid }));
    } finally {
      await server.stop();
    }
  }
  return sections;
}

/** The search index of each size's site, on disk and in Chromium (bench/search.mjs). */
async function searchBenchmark() {
  const { measure } = await import('./search.mjs');
  const results = [];
  for (const posts of SEARCH_SIZES) {
    const dir = site(posts);
    const distDir = servedDist(posts);
    await ensureBuilt(dir, distDir);
    const server = await startSite({ exportDir: dir, distDir, port: SERVE_PORT });
    try {
      console.log(`search: ${posts} posts…`);
      results.push({ posts, ...(await measure({ origin: server.origin, distDir, label: `${posts.toLocaleString('en')} posts` })) });
    } finally {
      await server.stop();
    }
  }
  const budgets = [
    budget(
      'the search page loads no index data before a query is typed',
      results.every((r) => r.loadedBeforeTyping === 0),
      results.map((r) => `${r.loadedBeforeTyping} bytes at ${r.posts.toLocaleString('en')} posts`).join(', '),
    ),
  ];
  const largest = results.at(-1);
  if (largest) {
    const worst = Math.max(...largest.rows.map((row) => row.bytes));
    budgets.push(
      budget(
        `a first query transfers under 1 MB of search files at ${largest.posts.toLocaleString('en')} posts (script, WebAssembly, index chunks, 10 results)`,
        worst < 2 ** 20,
        `${(worst / 1024).toFixed(0)} KB at most`,
      ),
    );
  }
  return { title: 'Search', markdown: results.map((r) => `### ${r.title}\n\n${r.markdown}`).join('\n\n'), budgets };
}

/** bench/pathological.ts, in its own process (it imports the TypeScript pipeline through tsx). */
function pathologicalBenchmark() {
  console.log('pathological bodies…');
  const out = execFileSync('node_modules/.bin/tsx', ['bench/pathological.ts', '--json'], { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
  return JSON.parse(out.trim().split('\n').at(-1));
}

function machine() {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim() !== '';
  return [
    `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- commit: ${commit}${dirty ? ' (with uncommitted changes)' : ''}`,
    `- machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, ${os.platform()} ${os.release()}`,
    `- command: \`npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\`${process.env.BENCH_SIZES ? ` with BENCH_SIZES=${process.env.BENCH_SIZES}` : ''}`,
  ].join('\n');
}

/**
 * Runs one part of the run. A part that fails is a failed budget with its error, and the others' figures are
 * still written.
 */
async function part(title, fn) {
  try {
    return await fn();
  } catch (error) {
    console.error(`${title} failed:`, error);
    return [{ title, markdown: `Failed: ${String(error?.message ?? error).split('\n')[0]}`, budgets: [budget(`the ${title} benchmark runs`, false, 'failed')] }];
  }
}

const started = Date.now();
const sections = [];
if (chosen.includes('build')) sections.push(...(await part('build', async () => [await buildBenchmark()])));
const pageNames = chosen.filter((name) => !['build', 'search', 'pathological'].includes(name));
if (pageNames.length) sections.push(...(await part(pageNames.join(', '), () => pageBenchmarks(pageNames))));
if (chosen.includes('search')) sections.push(...(await part('search', async () => [await searchBenchmark()])));
if (chosen.includes('pathological')) sections.push(...(await part('pathological', async () => [pathologicalBenchmark()])));

const budgets = sections.flatMap((section) => section.budgets);
const budgetLines = budgets.map((b) => `${b.pass ? 'PASS' : 'FAIL'} ${b.budget}: ${b.figure}`);
const report = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (bench/run.mjs); every figure below comes from that one run.',
  '',
  machine(),
  '',
  '## Budgets',
  '',
  ...budgetLines.map((line) => `- ${line}`),
  '',
  ...sections.flatMap((section) => [`## ${section.title}`, '', section.markdown, '']),
  `Run time: ${((Date.now() - started) / 60000).toFixed(1)} min.`,
  '',
].join('\n');
writeFileSync(path.join('bench', 'results.md'), report);
console.log(`\n${budgetLines.join('\n')}\n\nWrote bench/results.md.`);
