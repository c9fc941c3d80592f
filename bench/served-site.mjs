/**
 * Shared by the benchmarks that measure a built site as `next start` serves it (page-weight, serve, lighthouse):
 * build an export into its own dist folder (once: later runs reuse it), start and stop the server, and pick
 * the pages to measure.
 *
 * A build records its export's absolute path in <distDir>/bench-export.txt; ensureBuilt() rebuilds only when
 * that file or BUILD_ID is missing, or names another export.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const MARKER = 'bench-export.txt';

/** The environment that builds and serves an export into distDir (its generated content beside it). */
export const siteEnv = (exportDir, distDir) => ({
  ...process.env,
  BLOG_CONTENT_DIR: exportDir,
  NEXT_DIST_DIR: distDir,
  BLOG_GENERATED_DIR: `${distDir}-content`,
  NEXT_TELEMETRY_DISABLED: '1',
});

function run(command, args, env) {
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/** The content step and `next build` of an export into distDir. */
export async function buildSite(exportDir, distDir = '.next-bench') {
  const env = siteEnv(exportDir, distDir);
  rmSync(path.join(distDir, MARKER), { force: true }); // a failed build must not pass for the old one
  try {
    run(process.execPath, ['scripts/content-step.mjs'], env);
    run('node_modules/.bin/next', ['build'], env);
    run('npm', ['run', 'build:server'], env);
  } finally {
  }
  markBuilt(exportDir, distDir);
}

/** Records that distDir holds a build of exportDir (for ensureBuilt; the build benchmark keeps some builds). */
export function markBuilt(exportDir, distDir) {
  writeFileSync(path.join(distDir, MARKER), path.resolve(exportDir));
}

/** Builds unless distDir already holds a build of this export. */
export async function ensureBuilt(exportDir, distDir = '.next-bench') {
  const marker = path.join(distDir, MARKER);
  const built =
    existsSync(path.join(distDir, 'BUILD_ID')) &&
    existsSync(marker) &&
    readFileSync(marker, 'utf8').trim() === path.resolve(exportDir);
  if (!built) await buildSite(exportDir, distDir);
}

/**
 * `next start` on 127.0.0.1:port, resolved once `/` answers. stop() ends the server and its child process; pid is
 * the server's, which leads its own process group. nodeOptions: NODE_OPTIONS for the server (a heap limit).
 */
export async function startSite({ exportDir, distDir = '.next-bench', port, nodeOptions }) {
  const env = { ...siteEnv(exportDir, distDir), NODE_ENV: 'production', ...(nodeOptions && { NODE_OPTIONS: nodeOptions }) };
  if (!existsSync('dist/server.mjs')) run('npm', ['run', 'build:server'], env); // a build kept from before it existed
  const child = spawn('node', ['dist/server.mjs', '-H', '127.0.0.1', '-p', String(port)], {
    env,
    stdio: 'ignore',
    detached: true, // its own process group, so stop() reaches the worker next start spawns
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = async () => {
    if (exited) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, 5000);
    await gone;
    clearTimeout(timer);
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (exited) throw new Error(`next start exited early (is port ${port} free?)`);
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop, pid: child.pid };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`next start did not answer ${origin}/ within 30 s`);
}

/**
 * Home, the newest post (first card of the home page) unless a post path is given, the first tag that post
 * links to, and the feed.
 */
export async function samplePaths(origin, postPath) {
  const home = await (await fetch(`${origin}/`)).text();
  const post = postPath ?? /<article[^>]*>[\s\S]*?<h2[^>]*>\s*<a[^>]*href="([^"]+)"/.exec(home)?.[1];
  if (!post) throw new Error(`no post link (<article> … <h2><a href>) on ${origin}/`);
  const postPage = await fetch(`${origin}${post}`);
  if (!postPage.ok) throw new Error(`${origin}${post} answered ${postPage.status}`);
  const postHtml = await postPage.text();
  // A site whose newest post has no tag (the bundled seed post) is measured without a tag page.
  const tag = /href="(\/tag\/[^"/]+\/)"/.exec(postHtml)?.[1];
  return { home: '/', post, ...(tag && { tag }), feed: '/feed/' };
}

/**
 * What each script does when run directly (`node bench/<script>.mjs [export-folder=content] [post-path]`):
 * build if needed, serve, measure, print the table and one PASS/FAIL line per budget, always stop the server.
 */
export async function runDirectly(measure, { port, distDir = '.next-bench', nodeOptions }) {
  const [exportDir = 'content', postPath] = process.argv.slice(2);
  await ensureBuilt(exportDir, distDir);
  const site = await startSite({ exportDir, distDir, port, nodeOptions });
  try {
    const paths = await samplePaths(site.origin, postPath);
    const { title, markdown, budgets } = await measure({ origin: site.origin, paths, distDir, pid: site.pid });
    console.log(`## ${title}\n\n${markdown}\n`);
    for (const b of budgets) console.log(`${b.pass ? 'PASS' : 'FAIL'} ${b.budget}: ${b.figure}`);
  } finally {
    await site.stop();
  }
}
