/**
 * Pathological bodies benchmark (not a test): a megabyte made of one piece repeated, through one document's
 * whole build path (front matter, Markdown to HTML, excerpt and reading time, feed HTML, search page), timed.
 * Each text pass is linear (tests/unit/markdown-linear.test.ts checks the output within a generous bound);
 * the time each body takes is here. Median of three runs, after one warm-up.
 *
 *   npx tsx bench/pathological.ts           a table and one PASS/FAIL line per budget
 *   npx tsx bench/pathological.ts --json    { title, markdown, budgets } for bench/run.mjs
 */
import { lines, MB, repeat, throughTheBuild } from '../tests/helpers/pathological';

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

const rows: { name: string; ms: number; budgeted: boolean }[] = [];
await throughTheBuild(repeat('warm up '));
for (const [name, body, budgeted] of BODIES) {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push((await throughTheBuild(body)).ms);
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
