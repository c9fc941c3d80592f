#!/usr/bin/env node
/**
 * Page weight benchmark (not a test): what the home page, a post, a tag page and the feed of a built export
 * weigh as `next start` serves them.
 *
 *   node bench/page-weight.mjs [export-folder=content] [post-path]
 *
 * HTML: the body as served, without and with `Accept-Encoding: gzip` (the server gzips). JavaScript and requests:
 * each page loaded once in Debian's Chromium (playwright-core, fresh profile, cache empty) until the network is
 * idle (1280×720 viewport: next/link prefetches the RSC payload of every link in view, the "RSC fetches").
 * Every request counts; other hosts are aborted (no network here). Sizes by type are the bodies as Chromium
 * received them (the server gzips: Content-Encoding gzip), "transfer" adds the response headers. The feed is
 * not rendered by a browser: it is one request with no scripts.
 *
 * Each script is classified with the build's manifests: Next's runtime (build-manifest.json rootMainFiles and
 * polyfills) or a chunk that client components put on the page (server/app/**\/*_client-reference-manifest.js),
 * split into its modules to size the app's own. Budget: a post loads no JavaScript beyond the runtime and the
 * theme toggle (components/ThemeToggle.tsx, the app's only client component).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { runDirectly } from './served-site.mjs';

const ALLOWED_APP_MODULES = ['[project]/components/ThemeToggle.tsx'];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Body size in bytes as the server sends it, with or without gzip. */
function servedBytes(url, gzip) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: gzip ? { 'Accept-Encoding': 'gzip' } : {} }, (res) => {
      let bytes = 0;
      res.on('data', (d) => (bytes += d.length));
      res.on('end', () => resolve(bytes));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs JavaScript that only assigns globals (manifests, Turbopack chunks) and returns those globals. */
function globalsOf(code) {
  const context = {};
  context.globalThis = context;
  vm.runInNewContext(code, context, { timeout: 1000 });
  return context;
}

/** What the build says about its client chunks: the runtime's URLs and, per chunk URL, its client modules. */
function readBuild(distDir) {
  const build = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'));
  const runtime = new Set([...build.rootMainFiles, ...build.polyfillFiles].map((f) => `/_next/${f}`));
  const clientModules = new Map(); // chunk URL -> Map(module id -> module path)
  const appDir = path.join(distDir, 'server/app');
  for (const file of readdirSync(appDir, { recursive: true })) {
    if (!String(file).endsWith('_client-reference-manifest.js')) continue;
    const { __RSC_MANIFEST } = globalsOf(readFileSync(path.join(appDir, String(file)), 'utf8'));
    for (const manifest of Object.values(__RSC_MANIFEST ?? {})) {
      for (const [modulePath, { id, chunks }] of Object.entries(manifest.clientModules)) {
        for (const chunk of chunks) {
          if (!clientModules.has(chunk)) clientModules.set(chunk, new Map());
          clientModules.get(chunk).set(String(id), modulePath);
        }
      }
    }
  }
  return { runtime, clientModules };
}

/** The source of each module factory in a Turbopack chunk ([script, id, factory, id, factory, …]); empty if not one. */
function moduleSources(code) {
  const sources = new Map();
  try {
    for (const push of globalsOf(code).TURBOPACK ?? []) {
      for (let i = 1; i < push.length - 1; i++) {
        if (typeof push[i + 1] === 'function') sources.set(String(push[i]), push[i + 1].toString());
      }
    }
  } catch {
    // not a plain chunk
  }
  return sources;
}

/** Loads a page once in a fresh context; every response with its type and sizes. */
async function load(browser, url) {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === new URL(url).origin ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  const requests = [];
  page.on('request', (req) => requests.push(req));
  await page.goto(url, { waitUntil: 'networkidle' });
  const loaded = [];
  for (const req of requests) {
    const response = await req.response();
    if (!response) continue; // aborted (another host) or failed
    const sizes = await req.sizes();
    loaded.push({
      url: new URL(req.url()).pathname,
      type: req.resourceType(),
      encoding: (await response.allHeaders())['content-encoding'] ?? 'identity',
      body: sizes.responseBodySize,
      transfer: sizes.responseBodySize + sizes.responseHeadersSize,
      text: req.resourceType() === 'script' ? await response.text() : '',
    });
  }
  await context.close();
  return { requests: requests.length, loaded };
}

export async function measure({ origin, paths, distDir }) {
  const { runtime, clientModules } = readBuild(distDir);
  /** A script's role, and the app (not node_modules) modules it carries, with their source. */
  const classify = (script) => {
    if (runtime.has(script.url)) return { role: 'Next runtime', app: [] };
    const modules = clientModules.get(script.url);
    if (!modules) return { role: 'unattributed', app: [{ path: '(unknown chunk)', code: script.text }] };
    const factories = moduleSources(script.text);
    // A manifest lists, for each client module, every chunk it needs: its own and those of what it imports. A
    // module counts where its code is (its factory), not in the chunks it only depends on; in a chunk that could
    // not be read, every module listed counts.
    const app = [...modules]
      .filter(([id, modulePath]) => !modulePath.includes('/node_modules/') && (factories.size === 0 || factories.has(id)))
      .map(([id, modulePath]) => ({ path: modulePath, code: factories.get(id) ?? '' }));
    const next = [...modules.values()].filter((p) => p.includes('/node_modules/next/')).length;
    return { role: `client chunk: ${next} Next client components${app.length ? ` + ${app.map((m) => path.basename(m.path)).join(', ')}` : ''}`, app };
  };

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  let postScripts = [];
  try {
    for (const [name, pagePath] of Object.entries(paths)) {
      const url = `${origin}${pagePath}`;
      const html = { raw: await servedBytes(url, false), gzip: await servedBytes(url, true) };
      if (name === 'feed') {
        rows.push(`| feed | ${pagePath} | ${kb(html.raw)} | ${kb(html.gzip)} | 0 | – | – | – | – | – | – | 1 | ${kb(html.gzip)} |`);
        continue;
      }
      const { requests, loaded } = await load(browser, url);
      const scripts = loaded.filter((r) => r.type === 'script').map((s) => ({ ...s, ...classify(s) }));
      const beyond = scripts.filter((s) => s.role !== 'Next runtime');
      const sum = (list, key) => list.reduce((total, r) => total + r[key], 0);
      const notGzip = scripts.filter((s) => s.encoding !== 'gzip').map((s) => s.url);
      if (notGzip.length) console.warn(`not gzipped: ${notGzip.join(' ')}`);
      const ofType = (...types) => loaded.filter((r) => types.includes(r.type));
      const other = loaded.filter((r) => !['document', 'script', 'stylesheet', 'fetch'].includes(r.type));
      rows.push(
        `| ${name} | ${pagePath} | ${kb(html.raw)} | ${kb(html.gzip)} | ${scripts.length} | ${kb(sum(scripts, 'body'))} | ${kb(sum(scripts, 'transfer'))} | ${kb(sum(beyond, 'body'))} | ${kb(sum(ofType('stylesheet'), 'body'))} | ${ofType('fetch').length}, ${kb(sum(ofType('fetch'), 'body'))} | ${other.length}, ${kb(sum(other, 'body'))} | ${requests} | ${kb(sum(loaded, 'transfer'))} |`,
      );
      if (name === 'post') postScripts = beyond;
    }
  } finally {
    await browser.close();
  }

  const chunkRows = postScripts.map((s) => {
    const app = s.app.map((m) => `${m.path.replace('[project]/', '')} ${kb(Buffer.byteLength(m.code))} (${kb(gzipSync(m.code).length)} gzip)`).join(', ');
    return `| ${path.basename(s.url)} | ${s.role} | ${kb(Buffer.byteLength(s.text))} | ${kb(s.body)} | ${app || 'none'} |`;
  });
  const others = postScripts.flatMap((s) => s.app.filter((m) => !ALLOWED_APP_MODULES.includes(m.path)).map((m) => `${path.basename(s.url)}: ${m.path}`));
  const appBytes = postScripts.flatMap((s) => s.app).reduce((total, m) => total + Buffer.byteLength(m.code), 0);
  const markdown = [
    '| page | path | HTML | HTML gzip | scripts | JS gzip | JS transfer | JS gzip beyond the runtime | CSS gzip | RSC fetches (prefetch) | other (icon, images) | requests | all transferred |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Scripts a post loads beyond Next's runtime (${paths.post}):`,
    '',
    '| chunk | what it carries | raw | gzip | app code in it (raw, gzip alone) |',
    '| --- | --- | --- | --- | --- |',
    ...(chunkRows.length ? chunkRows : ['| none | | | | |']),
  ].join('\n');
  return {
    title: 'Page weight',
    markdown,
    budgets: [
      {
        budget: 'post page loads no JavaScript beyond the framework runtime and the theme toggle',
        pass: others.length === 0,
        figure: others.length
          ? `other app code: ${others.join('; ')}`
          : `${postScripts.length} chunk(s) beyond the runtime, whose only app code is ThemeToggle (${kb(appBytes)} raw)`,
      },
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runDirectly(measure, { port: 3410 });
