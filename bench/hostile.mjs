#!/usr/bin/env node
/**
 * Hostile-load benchmark (not a test): what a flood of requests leaves behind. autocannon 9.0.0, 50 connections
 * for 10 s on each of: a post, the home page, unknown URLs (a new one every request), the same with a forged
 * preview cookie (Next.js's real preview ID, read from the build, without a preview session), with a forged
 * session cookie, and unknown Open Graph images. Before and after the whole run: the size of the site's build
 * folder (where Next.js would store pages it renders on demand) and the server's memory (resident set, summed
 * over its process group). The server runs with a 192 MB old-generation heap, as a small host would give it, so
 * memory that is only garbage not yet collected does not pass for growth.
 *
 *   node bench/hostile.mjs [export-folder=content] [post-path]        HOSTILE_SECONDS=3 for a shorter run
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { runDirectly } from './served-site.mjs';

const SECONDS = Number(process.env.HOSTILE_SECONDS || 10);
const CONNECTIONS = 50;
/** What the server may keep of the flood: a few log lines' worth on disk, a small constant in memory. */
const DISK_BUDGET = 64 * 1024;
const MEMORY_BUDGET_MB = 64;

/** Node options for the served site's process (served-site.mjs passes them on). */
export const SERVER_NODE_OPTIONS = '--max-old-space-size=192';

/** Bytes of every file under dir. */
function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/** Resident memory, in MB, of every process in the process group `pgid` (the server and any worker it runs). */
function groupRssMB(pgid) {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // Field 5 of /proc/<pid>/stat is the process group; the command name before it may hold spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return kb / 1024;
}

/** One autocannon run; `unique` makes each request's path new (`/no-such-<n>/`). */
async function flood(origin, { path: fixed, unique, headers = {} }) {
  let n = 0;
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
    requests: [
      {
        method: 'GET',
        path: fixed ?? '/',
        headers,
        ...(unique && {
          setupRequest: (request) => ({ ...request, path: unique(n++) }),
        }),
      },
    ],
  });
  return result;
}

export async function measure({ origin, paths, distDir, pid }) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'));
  const previewId = manifest.preview?.previewModeId ?? 'forged';
  const stamp = Date.now().toString(36);
  const targets = [
    { name: 'post', path: paths.post, status: 200 },
    { name: 'home', path: paths.home, status: 200 },
    { name: 'unknown URLs', unique: (n) => `/no-such-${stamp}-${n}/`, status: 404 },
    {
      name: "unknown URLs, Next's real preview ID as the bypass cookie",
      unique: (n) => `/no-such-bypass-${stamp}-${n}/`,
      headers: { cookie: `__prerender_bypass=${previewId}` },
      status: 404,
    },
    {
      name: 'unknown URLs, a forged preview session',
      unique: (n) => `/no-such-session-${stamp}-${n}/`,
      headers: { cookie: `blog_preview=v1.${Date.now() + 3600_000}.forgedforgedforged; __prerender_bypass=${previewId}` },
      status: 404,
    },
    { name: 'unknown Open Graph images', unique: (n) => `/og/no-such-${stamp}-${n}/image.png`, status: 404 },
  ];
  const diskBefore = folderBytes(distDir);
  const memoryBefore = groupRssMB(pid);
  const rows = [];
  let totalErrors = 0;
  for (const target of targets) {
    const result = await flood(origin, target);
    const codes = result.statusCodeStats ?? {};
    const responses = Object.values(codes).reduce((sum, { count }) => sum + count, 0);
    const wrongStatus = responses - (codes[target.status]?.count ?? 0);
    const errors = result.errors + wrongStatus;
    totalErrors += errors;
    const seen = Object.entries(codes).map(([code, { count }]) => `${code}×${count}`).join(' ');
    rows.push(
      `| ${target.name} | ${target.path ?? target.unique('<n>')} | ${target.status} | ${Math.round(result.requests.average)} | ${result.latency.p99} ms | ${errors} | ${seen} | ${Math.round(groupRssMB(pid))} MB |`,
    );
  }
  const diskGrowth = folderBytes(distDir) - diskBefore;
  const memoryAfter = groupRssMB(pid);
  const markdown = [
    `| requests | path | expected | requests/s | p99 | errors | status codes seen | server memory after |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- |`,
    ...rows,
    '',
    `Build folder (${distDir}): ${diskBefore.toLocaleString('en')} bytes before, ${(diskBefore + diskGrowth).toLocaleString('en')} after (${diskGrowth >= 0 ? '+' : ''}${diskGrowth.toLocaleString('en')}). ` +
      `Server memory (resident, process group, \`NODE_OPTIONS=${SERVER_NODE_OPTIONS}\`): ${Math.round(memoryBefore)} MB before, ${Math.round(memoryAfter)} MB after.`,
  ].join('\n');
  return {
    title: `Hostile load (${CONNECTIONS} connections, ${SECONDS} s per row)`,
    markdown,
    budgets: [
      { budget: 'no errors under a hostile flood', pass: totalErrors === 0, figure: `${totalErrors} errors over ${targets.length} rows` },
      { budget: 'the flood grows the build folder by under 64 KB', pass: diskGrowth < DISK_BUDGET, figure: `${diskGrowth.toLocaleString('en')} bytes` },
      {
        budget: `the flood grows the server's memory by under ${MEMORY_BUDGET_MB} MB`,
        pass: memoryAfter - memoryBefore < MEMORY_BUDGET_MB,
        figure: `${Math.round(memoryBefore)} → ${Math.round(memoryAfter)} MB`,
      },
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runDirectly(measure, { port: 3430, nodeOptions: SERVER_NODE_OPTIONS });
}
