#!/usr/bin/env node
/**
 * Build benchmark: times the two build phases (content step, next build) for one or more export folders and
 * samples memory every 100 ms from /proc: the peak of the whole process tree (summed RSS) and the peak of the
 * largest single process.
 *
 *   node bench/build.mjs [export-folder ...]        default: content/
 *
 * Builds into .next-bench/ so the normal .next/ is left alone. Prints one table row per folder; with
 * BENCH_JSON=path also writes the rows as JSON.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const folders = process.argv.slice(2).length ? process.argv.slice(2) : ['content'];
const DIST = '.next-bench';

function rssOfTree(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(name), kb);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  let largest = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    const kb = rss.get(pid) ?? 0;
    total += kb;
    largest = Math.max(largest, kb);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakTotal = 0;
    let peakLargest = 0;
    const timer = setInterval(() => {
      const { total, largest } = rssOfTree(child.pid);
      peakTotal = Math.max(peakTotal, total);
      peakLargest = Math.max(peakLargest, largest);
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`));
      else resolve({ seconds, peakTotalMB: peakTotal / 1024, peakLargestMB: peakLargest / 1024, output });
    });
  });
}

const rows = [];
for (const folder of folders) {
  rmSync('.contentlayer', { recursive: true, force: true });
  rmSync(DIST, { recursive: true, force: true });
  const env = { BLOG_CONTENT_DIR: folder, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' };
  const content = await run('node_modules/.bin/tsx', ['scripts/build-content.ts'], env);
  const next = await run('node_modules/.bin/next', ['build'], env);
  const summary = /content: .*/.exec(content.output)?.[0] ?? '';
  rows.push({
    folder,
    summary,
    contentSeconds: +content.seconds.toFixed(1),
    nextSeconds: +next.seconds.toFixed(1),
    totalSeconds: +(content.seconds + next.seconds).toFixed(1),
    peakTreeMB: Math.round(Math.max(content.peakTotalMB, next.peakTotalMB)),
    peakProcessMB: Math.round(Math.max(content.peakLargestMB, next.peakLargestMB)),
  });
}
rmSync(DIST, { recursive: true, force: true });

console.log('| export | documents | content step | next build | total | peak memory (tree) | largest process |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.folder} | ${r.summary.replace('content: ', '')} | ${r.contentSeconds} s | ${r.nextSeconds} s | ${r.totalSeconds} s | ${r.peakTreeMB} MB | ${r.peakProcessMB} MB |`,
  );
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(rows, null, 2));
