/**
 * Builds each test site with the real build command (`npm run build`: content check, Contentlayer, next build)
 * and serves it with `next start`, as a visitor would get it. Builds run one after another: Contentlayer
 * writes one `.contentlayer/` folder. Set E2E_REUSE_BUILD=1 to serve the last builds again while iterating.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SITES, siteUrl, type SiteName } from './sites';

function envFor(name: SiteName): NodeJS.ProcessEnv {
  const { contentDir, distDir } = SITES[name];
  // Vitest sets NODE_ENV=test; the sites must be built and served exactly as in production.
  return {
    ...process.env,
    NODE_ENV: 'production',
    BLOG_CONTENT_DIR: contentDir,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

function build(name: SiteName) {
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(`${SITES[name].distDir}/BUILD_ID`)) return;
  const started = Date.now();
  const run = spawnSync('npm', ['run', 'build'], { env: envFor(name), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    throw new Error(`Building the ${name} site failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  console.log(`built the ${name} site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function waitUntilServing(url: string, server: ChildProcess, log: () => string) {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited early:\n${log()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within 30 s:\n${log()}`);
}

export default async function setup() {
  const names = Object.keys(SITES) as SiteName[];
  for (const name of names) build(name);

  const servers: ChildProcess[] = [];
  for (const name of names) {
    const server = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(SITES[name].port)], {
      env: envFor(name),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout!.on('data', (d) => (output += d));
    server.stderr!.on('data', (d) => (output += d));
    servers.push(server);
    await waitUntilServing(`${siteUrl(name)}/`, server, () => output);
  }

  return () => {
    for (const server of servers) server.kill('SIGTERM');
  };
}
