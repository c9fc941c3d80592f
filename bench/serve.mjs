#!/usr/bin/env node
/**
 * Serving benchmark (not a test): `next start` of a built export under load. autocannon 9.0.0, run as a second
 * process (bench/load.mjs), keeps 100 connections busy for 20 s on each of: a post, the home page, the feed, a
 * redirect (/page/1/ → 308 /) and a 404. Prints requests per second (average), p50, p99 and max latency, the
 * responses slower than the latency budget, and errors: connection errors and timeouts (autocannon's `errors`,
 * which include its `timeouts`) plus every response whose status code is not the one that URL should answer
 * (from autocannon's `statusCodeStats`).
 *
 *   node bench/serve.mjs [export-folder=content] [post-path]        SERVE_SECONDS=5 for a shorter run
 *
 * Load generator and server share the machine's cores: the figures are for comparing builds on one machine.
 * Two budgets: no errors, and every response within SLOW_MS (1 s). A timeout is a request without an answer
 * after 30 s (autocannon's default is 10 s), so that a slow answer is measured rather than cut off; it is the
 * latency budget, not the timeout, that says what is too slow. On 2 cores, a Node server kept busy by 100
 * connections accepts the last of them seconds late, so a few of the requests sent in the first instant can
 * wait up to about 10 s (a plain `http.createServer` does the same): those count against the latency budget.
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { runDirectly } from './served-site.mjs';

const SECONDS = Number(process.env.SERVE_SECONDS || 20);
const CONNECTIONS = 100;

/** Every response slower than this misses the latency budget. */
const SLOW_MS = 1000;
/** A request without an answer after this long is a timeout (an error). */
const TIMEOUT_SECONDS = 30;

/** autocannon's JSON result for one URL, with `slow`: the responses slower than SLOW_MS (bench/load.mjs). */
function autocannon(url) {
  return new Promise((resolve, reject) => {
    const options = { url, connections: CONNECTIONS, duration: SECONDS, timeout: TIMEOUT_SECONDS, slowMs: SLOW_MS };
    const child = spawn('node', ['bench/load.mjs', JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`bench/load.mjs ${url} failed (${code}):\n${err}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1)));
    });
  });
}

export async function measure({ origin, paths }) {
  const targets = [
    { name: 'post', path: paths.post, status: 200 },
    { name: 'home', path: paths.home, status: 200 },
    { name: 'feed', path: paths.feed, status: 200 },
    { name: 'redirect', path: '/page/1/', status: 308 },
    { name: '404', path: '/no-such-page-bench/', status: 404 },
  ];
  const rows = [];
  let totalErrors = 0;
  let totalResponses = 0;
  let totalSlow = 0;
  let slowest = 0;
  let worstP99 = 0;
  for (const target of targets) {
    const result = await autocannon(`${origin}${target.path}`);
    const codes = result.statusCodeStats ?? {};
    const responses = Object.values(codes).reduce((sum, { count }) => sum + count, 0);
    const wrongStatus = responses - (codes[target.status]?.count ?? 0);
    const errors = result.errors + wrongStatus; // errors already counts timeouts
    totalErrors += errors;
    totalResponses += responses;
    totalSlow += result.slow.count;
    slowest = Math.max(slowest, result.latency.max);
    worstP99 = Math.max(worstP99, result.latency.p99);
    const seen = Object.entries(codes).map(([code, { count }]) => `${code}×${count}`).join(' ');
    const slow = result.slow.count === 0 ? '0' : `${result.slow.count} (slowest ${result.slow.slowest.join(', ')} ms)`;
    rows.push(
      `| ${target.name} | ${target.path} | ${target.status} | ${Math.round(result.requests.average)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.latency.max} ms | ${slow} | ${errors} (${result.errors - result.timeouts} connection, ${result.timeouts} timeouts, ${wrongStatus} wrong status) | ${seen} |`,
    );
  }
  const markdown = [
    `| page | path | expected | requests/s | p50 | p99 | max | slower than ${SLOW_MS} ms | errors | status codes seen |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
    ...rows,
  ].join('\n');
  return {
    title: `next start under load (${CONNECTIONS} connections, ${SECONDS} s per URL)`,
    markdown,
    budgets: [
      { budget: 'no errors under load', pass: totalErrors === 0, figure: `${totalErrors} errors over ${targets.length} URLs` },
      {
        budget: `every response under load within ${SLOW_MS / 1000} s`,
        pass: totalSlow === 0,
        figure: `${totalSlow} of ${totalResponses} responses slower (the slowest ${slowest} ms; p99 at most ${worstP99} ms)`,
      },
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runDirectly(measure, { port: 3420 });
