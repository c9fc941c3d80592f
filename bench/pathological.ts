/**
 * Pathological bodies benchmark (not a test): a megabyte made of one piece repeated, rendered (Markdown to
 * sanitised HTML) and sent through one document's whole build path (front matter, rendering, excerpt and
 * reading time, feed HTML, search page), timed.
 * Each text pass is linear (tests/unit/markdown-linear.test.ts checks the output within a generous bound);
 * the time each body takes is here. Median of three runs, after one warm-up.
 *
 *   npx tsx bench/pathological.ts           a table and one PASS/FAIL line per budget
 *   npx tsx bench/pathological.ts --json    { title, markdown, budgets } for bench/run.mjs
 */
import { renderMarkdown } from '../lib/markdown/pipeline';
import { lines, MB, PATHOLOGICAL_SITE, repeat, throughTheBuild } from '../tests/helpers/pathological';

const BUDGET_MS = 1000;

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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Markdown to sanitised HTML alone (renderMarkdown), as the content step runs it for a post: timed. */
async function renderTime(body: string): Promise<number> {
  const started = performance.now();
  await renderMarkdown(body, { siteUrl: PATHOLOGICAL_SITE.url });
  return performance.now() - started;
}

const rows: { name: string; render: number; whole: number; budgeted: boolean }[] = [];
await throughTheBuild(repeat('warm up '));
for (const [name, body, budgeted] of BODIES) {
  const render: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < 3; i++) {
    render.push(await renderTime(body));
    whole.push((await throughTheBuild(body)).ms);
  }
  rows.push({ name, render: median(render), whole: median(whole), budgeted });
  if (!process.argv.includes('--json')) console.error(`${name}: ${Math.round(median(render))} ms, ${Math.round(median(whole))} ms`);
}

const slowest = rows.filter((row) => row.budgeted).reduce((a, b) => (b.render > a.render ? b : a));
const result = {
  title: 'Pathological bodies (1 MB of one piece)',
  markdown: [
    'Median of 3. *Render*: Markdown to sanitised HTML (renderMarkdown). *Whole path*: one document through the',
    'build: its file read, rendered, its excerpt and reading time, its feed HTML and its search page.',
    '',
    '| body (1 MB) | render | whole path |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.name} | ${Math.round(row.render)} ms | ${Math.round(row.whole)} ms |`),
  ].join('\n'),
  budgets: [
    {
      budget: 'a 1 MB body of `<a `, of `#` and spaces, of `[` or of `{:` renders in under a second',
      pass: slowest.render < BUDGET_MS,
      figure: `slowest ${slowest.name}: ${Math.round(slowest.render)} ms (${Math.round(slowest.whole)} ms through the whole path)`,
    },
  ],
};
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`## ${result.title}\n\n${result.markdown}\n`);
  for (const b of result.budgets) console.log(`${b.pass ? 'PASS' : 'FAIL'} ${b.budget}: ${b.figure}`);
}
