#!/usr/bin/env node
/**
 * Lighthouse benchmark (not a test): Lighthouse 12.2.3 with Debian's Chromium, mobile settings (Lighthouse's
 * default), three runs each on the home page, a post and a tag page of a built export served by `next start`.
 * Prints the median of each category score and of LCP, TBT and CLS, then every audit below full marks in any run.
 *
 *   node bench/lighthouse.mjs [export-folder=content] [post-path]
 *
 * With no post path, the newest post of the home page is used; the tag page is the first tag that post links to.
 * Budgets (medians, every page): accessibility, best practices and SEO 100, performance at least 95.
 *
 * This machine has no network, and posts hot-link their images (the bundled post's is on imgur): a failed image
 * load is a console error, which Lighthouse counts against best practices. So every host but the site's own is
 * answered by a local HTTPS stand-in (self-signed, via Chromium's host-resolver rules) that returns a small
 * image: the page loads as it does for a reader online. Set LIGHTHOUSE_OFFLINE=1 to measure without it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { runDirectly } from './served-site.mjs';

const RUNS = 3;
const STAND_IN_PORT = 3431;
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measure({ origin, paths }) {
  const pages = { home: paths.home, post: paths.post, ...(paths.tag && { tag: paths.tag }) };
  const standIn = remoteStandIn();
  const results = {}; // page name -> { scores: {category: median}, lcp, tbt, cls, audits: Map(id -> { title, values }) }
  try {
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
      for (const [name, pagePath] of Object.entries(pages)) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          const { lhr } = await lighthouse(`${origin}${pagePath}`, { port: chrome.port, output: 'json', logLevel: 'error' });
          runs.push(lhr);
        }
        const audits = new Map();
        for (const lhr of runs) {
          for (const a of Object.values(lhr.audits)) {
            if (a.score === null || a.score >= 1 || ['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode)) continue;
            if (!audits.has(a.id)) audits.set(a.id, { title: a.title, values: [] });
            audits.get(a.id).values.push(a.displayValue ?? a.score);
          }
        }
        const metric = (id) => median(runs.map((lhr) => lhr.audits[id].numericValue));
        results[name] = {
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((lhr) => Math.round((lhr.categories[c]?.score ?? 0) * 100)))])),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          audits,
        };
      }
    } finally {
      await chrome.kill();
    }
  } finally {
    standIn?.close();
  }

  const rows = Object.entries(results).map(
    ([name, r]) =>
      `| ${name} | ${pages[name]} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${(r.lcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} |`,
  );
  const notes = Object.entries(results).flatMap(([name, r]) => [...r.audits].map(([id, a]) => `- ${name}: ${id}, ${a.title} (${a.values.join('; ')})`));
  const markdown = [
    '| page | path | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...(notes.length ? ['', `Audits below full marks (the value of each run where they were):`, '', ...notes] : []),
  ].join('\n');
  const budget = (category, label, ok) => {
    const scores = Object.entries(results).map(([name, r]) => [name, r.scores[category]]);
    return {
      budget: `${label} on every page (median of ${RUNS})`,
      pass: scores.every(([, score]) => ok(score)),
      figure: scores.map(([name, score]) => `${name} ${score}`).join(', '),
    };
  };
  return {
    title: `Lighthouse 12.2.3, mobile, median of ${RUNS} runs${process.env.LIGHTHOUSE_OFFLINE === '1' ? ' (offline: no image stand-in)' : ''}`,
    markdown,
    budgets: [
      budget('performance', 'performance ≥ 95', (s) => s >= 95),
      budget('accessibility', 'accessibility = 100', (s) => s === 100),
      budget('best-practices', 'best practices = 100', (s) => s === 100),
      budget('seo', 'SEO = 100', (s) => s === 100),
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runDirectly(measure, { port: 3430 });
