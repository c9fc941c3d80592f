/**
 * Pathological bodies benchmark (not a test): a megabyte made of one piece repeated, through one document's
 * whole build path (front matter, Markdown to HTML, excerpt and reading time, feed HTML, search page), timed.
 * Each text pass is linear (tests/unit/markdown-linear.test.ts checks the output within a generous bound);
 * the time each body takes is here. Median of three runs, after one warm-up.
 *
 *   npx tsx bench/pathological.ts           a table and one PASS/FAIL line per budget
 *   npx tsx bench/pathological.ts --json    { title, markdown, budgets } for bench/run.mjs
 */
import { normaliseDocument } from '../lib/content/document';
import { toEntry } from '../lib/content/entry';
import type { SiteConfig } from '../lib/content/site';
import { feedHtml } from '../lib/feeds/feed-html';
import { searchDocument } from '../lib/search/index-document';

const MB = 1_000_000;
const BUDGET_MS = 1000;
const SITE: SiteConfig = {
  title: 'Pathological',
  description: '',
  url: 'https://pathological.example',
  email: null,
  paginate: 10,
  language: 'en',
  indentedCode: false,
  math: false,
  feedItems: 10,
  icon: '/icon.png',
};

const repeat = (piece: string) => piece.repeat(Math.ceil(MB / piece.length)).slice(0, MB);
/** Lines of about 80 characters: one paragraph, not one line. */
const lines = (piece: string) => repeat(`${piece.repeat(Math.floor(79 / piece.length))}\n`);

/**
 * The four bodies issue 17 names (budget: under a second each), then the same pieces broken into lines, which
 * Markdown parses in full (their time is that of any megabyte of prose: compare the last row).
 */
const BODIES: [name: string, body: string, budgeted: boolean][] = [
  ['`<a ` repeated', repeat('<a '), true],
  ['`#` then spaces', `#${' '.repeat(MB - 1)}`, true],
  ['`[` repeated', repeat('['), true],
  ['`{:` repeated', repeat('{:'), true],
  ['`# ` repeated', repeat('# '), false],
  ['`[gallery ` repeated', repeat('[gallery '), false],
  ['`<img src=` repeated', repeat('<img src='), false],
  ['`<a ` on lines of 80', lines('<a '), false],
  ['`# ` on lines of 80', lines('# '), false],
  ['`[` on lines of 80', lines('['), false],
  ['`{:` on lines of 80', lines('{:'), false],
  ['plain words on lines of 80 (for comparison)', lines('word '), false],
];

async function throughTheBuild(body: string): Promise<number> {
  const started = performance.now();
  const source = normaliseDocument('_posts/2020-01-01-shape.md', `---\ntitle: Shape\ndate: 2020-01-01T00:00:00+00:00\n---\n${body}`, SITE);
  if (source.status !== 'content') throw new Error(source.reason);
  const entry = await toEntry(source.meta, source.body, SITE);
  feedHtml(entry.html, `${SITE.url}/shape/`, SITE.url);
  searchDocument(entry, entry.html, SITE.language);
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const rows: { name: string; ms: number; budgeted: boolean }[] = [];
await throughTheBuild(repeat('warm up '));
for (const [name, body, budgeted] of BODIES) {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await throughTheBuild(body));
  rows.push({ name, ms: median(runs), budgeted });
  if (!process.argv.includes('--json')) console.error(`${name}: ${Math.round(median(runs))} ms`);
}

const slowest = rows.filter((row) => row.budgeted).reduce((a, b) => (b.ms > a.ms ? b : a));
const result = {
  title: 'Pathological bodies (1 MB of one piece, one document through the build)',
  markdown: ['| body (1 MB) | time (median of 3) |', '| --- | --- |', ...rows.map((row) => `| ${row.name} | ${Math.round(row.ms)} ms |`)].join('\n'),
  budgets: [
    {
      budget: 'a 1 MB body of `<a `, of `#` and spaces, of `[` or of `{:` goes through the build in under a second',
      pass: slowest.ms < BUDGET_MS,
      figure: `slowest ${slowest.name}: ${Math.round(slowest.ms)} ms`,
    },
  ],
};
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`## ${result.title}\n\n${result.markdown}\n`);
  for (const b of result.budgets) console.log(`${b.pass ? 'PASS' : 'FAIL'} ${b.budget}: ${b.figure}`);
}
