#!/usr/bin/env node
/**
 * Serving benchmark (not a test): `next start` of a built export under load. autocannon 9.0.0, run as a second
 * process, keeps 100 connections busy for 20 s on each of: a post, the home page, the feed, a redirect
 * (/page/1/ → 308 /) and a 404. Prints requests per second (average), p50 and p99 latency, and errors:
 * connection errors and timeouts (autocannon's `errors`, which include its `timeouts`) plus every response
 * whose status code is not the one that URL should answer (from autocannon's `statusCodeStats`).
 *
 *   node bench/serve.mjs [export-folder=content] [post-path]        SERVE_SECONDS=5 for a shorter run
 *
 * Load generator and server share the machine's cores: the figures are for comparing builds on one machine.
 * A timeout is a request without an answer after 30 s (autocannon's default is 10 s). The max column shows the
 * slowest answer: on 2 cores, a Node server kept busy by 100 connections accepts the last of them seconds late,
 * so a few of the requests sent in the first instant can wait up to about 10 s (a plain `http.createServer`
 * does the same); with the default timeout those counted as errors.
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { runDirectly } from './served-site.mjs';

const SECONDS = Number(process.env.SERVE_SECONDS || 20);
const CONNECTIONS = 100;

/** autocannon's --json result for one URL. */
function autocannon(url) {
  return new Promise((resolve, reject) => {
    // A 30 s timeout: see the top of this file; the max column shows how long the slowest answer took.
    const args = ['-c', String(CONNECTIONS), '-d', String(SECONDS), '-t', '30', '--json', url];
    const child = spawn('node_modules/.bin/autocannon', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`autocannon ${args.join(' ')} failed (${code}):\n${err}`));
      else resolve(JSON.parse(out));
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
  for (const target of targets) {
    const result = await autocannon(`${origin}${target.path}`);
    const codes = result.statusCodeStats ?? {};
    const responses = Object.values(codes).reduce((sum, { count }) => sum + count, 0);
    const wrongStatus = responses - (codes[target.status]?.count ?? 0);
    const errors = result.errors + wrongStatus; // errors already counts timeouts
    totalErrors += errors;
    const seen = Object.entries(codes).map(([code, { count }]) => `${code}×${count}`).join(' ');
    rows.push(
      `| ${target.name} | ${target.path} | ${target.status} | ${Math.round(result.requests.average)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.latency.max} ms | ${errors} (${result.errors - result.timeouts} connection, ${result.timeouts} timeouts, ${wrongStatus} wrong status) | ${seen} |`,
    );
  }
  const markdown = [
    `| page | path | expected | requests/s | p50 | p99 | max | errors | status codes seen |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
    ...rows,
  ].join('\n');
  return {
    title: `next start under load (${CONNECTIONS} connections, ${SECONDS} s per URL)`,
    markdown,
    budgets: [{ budget: 'no errors under load', pass: totalErrors === 0, figure: `${totalErrors} errors over ${targets.length} URLs` }],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runDirectly(measure, { port: 3420 });
