#!/usr/bin/env node
/**
 * Lighthouse benchmark (not a test): builds an export (the bundled content by default) into .next-lighthouse/,
 * serves it with `next start` on port 3300, and runs Lighthouse 12.2.3 with Debian's Chromium, mobile settings
 * (Lighthouse's default), on the home page and a post. Prints the four category scores of each page.
 *
 *   node bench/lighthouse.mjs [export-folder=content] [post-path]
 *
 * With no post path, the newest post of the home page is used. Set LIGHTHOUSE_REUSE_BUILD=1 to skip the build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [folder = 'content', postArg] = process.argv.slice(2);
const DIST = '.next-lighthouse';
const PORT = 3300;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, BLOG_CONTENT_DIR: folder, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };

if (!(process.env.LIGHTHOUSE_REUSE_BUILD === '1' && existsSync(`${DIST}/BUILD_ID`))) {
  const build = spawnSync('npm', ['run', 'build'], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
spawnSync('git', ['checkout', 'tsconfig.json']); // next build appends its types folder there

const server = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(PORT)], { env, stdio: 'ignore' });
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const home = await (await fetch(`${ORIGIN}/`)).text();
  const post = postArg ?? /<article[^>]*>[\s\S]*?<h2[^>]*><a[^>]*href="([^"]+)"/.exec(home)?.[1];
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    console.log(`| page | performance | accessibility | best practices | SEO |`);
    console.log(`| --- | --- | --- | --- | --- |`);
    for (const path of ['/', post]) {
      const { lhr } = await lighthouse(`${ORIGIN}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      console.log(`| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
      const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable');
      for (const audit of failing) console.log(`  - ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
    }
  } finally {
    await chrome.kill();
  }
} finally {
  server.kill();
}
