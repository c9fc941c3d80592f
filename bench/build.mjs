#!/usr/bin/env node
/**
 * Build benchmark: for each export folder, times the two build phases (the content step, `next build`), samples
 * memory every 100 ms from /proc (the peak of the whole process tree, summed RSS, and of its largest process),
 * and measures what the build wrote: prerendered pages, bytes on disk (the Next.js output without its cache,
 * plus the generated content the server reads), and time per post.
 *
 *   node bench/build.mjs [export-folder ...]        default: content/
 *
 * Builds into .next-bench/ (content in .next-bench-content/), so the normal .next/ is left alone. Prints one
 * table row per folder; with BENCH_JSON=path also writes the rows as JSON.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteEnv } from './served-site.mjs';

export const DIST = '.next-bench';

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
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
      else resolve({ seconds, peakTotalMB: peakTotal / 1024, peakLargestMB: peakLargest / 1024, output });
    });
  });
}

/** Bytes and files under a folder (not following links), leaving out the named subfolders. */
function diskUsage(dir, skip = []) {
  let bytes = 0;
  let htmlFiles = 0;
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop();
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!skip.includes(path.relative(dir, full))) stack.push(full);
      } else if (entry.isFile()) {
        bytes += statSync(full).size;
        if (entry.name.endsWith('.html')) htmlFiles++;
      }
    }
  }
  return { bytes, htmlFiles };
}

/**
 * Builds one export and measures it. With `keep`, the build stays in `distDir` (to be served); otherwise it is
 * removed afterwards.
 */
export async function measureBuild(folder, { distDir = DIST, keep = false } = {}) {
  rmSync('.contentlayer', { recursive: true, force: true });
  rmSync(distDir, { recursive: true, force: true });
  const env = { ...siteEnv(folder, distDir), NODE_ENV: 'production' };
  const generated = env.BLOG_GENERATED_DIR;
  const content = await run(process.execPath, ['scripts/content-step.mjs'], env);
  const next = await run('node_modules/.bin/next', ['build'], env);
  const summary = /content: (.*)/.exec(content.output)?.[1] ?? '';
  // The content step's last part: `Search index: 600 posts and pages, 622 files, 1.3 MB, in 2.1 s`.
  const search = /Search index: .*?, ([\d.]+) MB, in ([\d.]+) s/.exec(content.output);
  const posts = Number(/(\d+) posts/.exec(summary)?.[1] ?? 0);
  const output = diskUsage(distDir, ['cache']);
  const contentBytes = diskUsage(generated).bytes;
  const totalSeconds = content.seconds + next.seconds;
  const row = {
    folder,
    summary,
    posts,
    contentSeconds: +content.seconds.toFixed(1),
    nextSeconds: +next.seconds.toFixed(1),
    totalSeconds: +totalSeconds.toFixed(1),
    peakTreeMB: Math.round(Math.max(content.peakTotalMB, next.peakTotalMB)),
    peakProcessMB: Math.round(Math.max(content.peakLargestMB, next.peakLargestMB)),
    pages: output.htmlFiles,
    outputMB: +(output.bytes / 2 ** 20).toFixed(1),
    contentMB: +(contentBytes / 2 ** 20).toFixed(1),
    searchMB: search ? Number(search[1]) : null,
    searchSeconds: search ? Number(search[2]) : null,
    msPerPost: posts ? +((totalSeconds * 1000) / posts).toFixed(1) : null,
  };
  if (!keep) {
    rmSync(distDir, { recursive: true, force: true });
    rmSync(generated, { recursive: true, force: true });
  }
  return row;
}

export function buildTable(rows) {
  const lines = [
    '| export | documents | content step | of which search index | next build | total | time per post | peak memory (tree) | largest process | pages | output on disk | generated content (with the search index) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.folder} | ${r.summary} | ${r.contentSeconds} s | ${r.searchSeconds} s, ${r.searchMB} MB | ${r.nextSeconds} s | ${r.totalSeconds} s | ${r.msPerPost} ms | ${r.peakTreeMB} MB | ${r.peakProcessMB} MB | ${r.pages} | ${r.outputMB} MB | ${r.contentMB} MB |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folders = process.argv.slice(2).length ? process.argv.slice(2) : ['content'];
  const rows = [];
  for (const folder of folders) rows.push(await measureBuild(folder));
  console.log(buildTable(rows));
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(rows, null, 2));
}
