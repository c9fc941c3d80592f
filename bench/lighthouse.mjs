#!/usr/bin/env node
/**
 * Lighthouse benchmark (not a test): builds an export (the bundled content by default) into .next-lighthouse/,
 * serves it with `next start` on port 3300, and runs Lighthouse 12.2.3 with Debian's Chromium, mobile settings
 * (Lighthouse's default), on the home page and a post. Prints the four category scores of each page.
 *
 *   node bench/lighthouse.mjs [export-folder=content] [post-path]
 *
 * With no post path, the newest post of the home page is used. Set LIGHTHOUSE_REUSE_BUILD=1 to skip the build.
 *
 * This machine has no network, and posts hot-link their images (the bundled post's is on imgur): a failed image
 * load is a console error, which Lighthouse counts against best practices. So every host but the site's own is
 * answered by a local HTTPS stand-in (self-signed, via Chromium's host-resolver rules) that returns a small
 * image: the page loads as it does for a reader online. Set LIGHTHOUSE_OFFLINE=1 to measure without it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

const STAND_IN_PORT = 3301;
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');

/** The stand-in for the image hosts of the web (see the top of this file); null with LIGHTHOUSE_OFFLINE=1. */
function remoteStandIn() {
  if (process.env.LIGHTHOUSE_OFFLINE === '1') return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'lighthouse-tls-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=stand-in', '-days', '1', '-keyout', key, '-out', cert]);
  if (made.status !== 0) throw new Error('openssl could not make the stand-in certificate');
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=3600' });
    res.end(PIXEL);
  });
  server.listen(STAND_IN_PORT, '127.0.0.1');
  return server;
}

const standIn = remoteStandIn();
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
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      ...(standIn ? [`--host-resolver-rules=MAP * 127.0.0.1:${STAND_IN_PORT}, EXCLUDE 127.0.0.1`, '--ignore-certificate-errors'] : []),
    ],
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
  standIn?.close();
}
