/**
 * Builds each test site with the real build command (`npm run build`: content check, Contentlayer, next build)
 * and serves it with the production server (`node dist/server.mjs`, server.ts), as a visitor would get it.
 * Builds run one after another: Contentlayer writes one `.contentlayer/` folder, which each build then moves to
 * its own `BLOG_GENERATED_DIR`. Set E2E_REUSE_BUILD=1 to serve the last builds again while iterating (the
 * scheduled site is built every time: its post must still lie ahead; see scheduled-site.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { writeHostileSite } from './hostile-media-site';
import { HOME_AT_BUILD, POST_META_AT_BUILD, probeBeforeLive, SOON, writeScheduledSite } from './scheduled-site';
import { generatedDirOf, PREVIEW_SECRETS, SERVER_ENTRY, serverLogOf, SITES, siteUrl, type SiteName } from './sites';

export function envFor(name: SiteName): NodeJS.ProcessEnv {
  const { contentDir, distDir } = SITES[name];
  // Vitest sets NODE_ENV=test; the sites must be built and served exactly as in production.
  return {
    ...process.env,
    NODE_ENV: 'production',
    BLOG_CONTENT_DIR: contentDir,
    NEXT_DIST_DIR: distDir,
    // Each site serves its own generated content: the builds that follow it reuse `.contentlayer/`.
    BLOG_GENERATED_DIR: generatedDirOf(name),
    NEXT_TELEMETRY_DISABLED: '1',
    // Preview is on where a secret is set, and off (no secret at all) everywhere else.
    PREVIEW_SECRET: PREVIEW_SECRETS[name] ?? '',
    // The tests are the proxy: a test can speak for another client with X-Forwarded-For (preview's rate limit).
    BLOG_TRUST_PROXY: 'loopback',
  };
}

function build(name: SiteName) {
  let env = envFor(name);
  if (name === 'scheduled') {
    // Its post is scheduled a fixed lead after the build time, which the build is given rather than reads.
    const builtAt = Date.now();
    writeScheduledSite(SITES.scheduled.contentDir, builtAt);
    env = { ...env, BLOG_BUILD_TIME: String(builtAt) };
  } else if (process.env.E2E_REUSE_BUILD === '1' && existsSync(`${SITES[name].distDir}/BUILD_ID`)) {
    return;
  }
  const started = Date.now();
  const run = spawnSync('npm', ['run', 'build'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    throw new Error(`Building the ${name} site failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  console.log(`built the ${name} site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * A chunk named as Turbopack names some of its chunks, with square brackets, in the paginated site's
 * `/_next/static/chunks/` (proxy.test.ts requests it). `next start` serves only the static files present when it
 * starts, so it is copied from a real chunk here, after the build and before the server starts.
 */
export const BRACKETED_CHUNK = '[root-of-the-server]__e2e-probe.js';

function addBracketedChunk() {
  const chunks = path.join(SITES.paginated.distDir, 'static', 'chunks');
  const chunk = readdirSync(chunks).find((file) => file.endsWith('.js') && file !== BRACKETED_CHUNK);
  if (!chunk) throw new Error(`no client chunk in ${chunks}`);
  copyFileSync(path.join(chunks, chunk), path.join(chunks, BRACKETED_CHUNK));
}

/**
 * Fails, naming the port, when something already listens on it: an old `next start` left running would
 * otherwise answer the readiness check, and the tests would run against whatever it serves.
 */
async function assertPortFree(name: SiteName) {
  const { port } = SITES[name];
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} (the ${name} test site) is already in use by another process. ` +
                `Stop it (see \`ss -ltnp | grep ${port}\`) and run the tests again.`,
            )
          : error,
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

export async function waitUntilServing(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited early:\n${log()}`);
    // Each try is bounded: a process that accepts connections and never answers must not stall the run.
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    // An answer counts only while our server still runs (it exits at once when it cannot take the port).
    if (ok && server.exitCode === null) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within 30 s:\n${log()}`);
}

export async function stopAll(servers: ChildProcess[]) {
  await Promise.all(
    servers.map(async (server) => {
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }),
  );
}

export default async function setup() {
  // The scheduled site is built last and served first: its post's lead then covers its own build and start only.
  const names = (Object.keys(SITES) as SiteName[]).sort((a, b) => Number(a === 'scheduled') - Number(b === 'scheduled'));
  // Checked before the builds too, so a busy port fails the run in a second rather than after the builds.
  for (const name of names) await assertPortFree(name);
  // Served from a copy with symbolic links added (written also when a build is reused: the server reads it).
  writeHostileSite(SITES.hostile.contentDir, SITES.hostile.distDir);
  // Built first: a reused build (E2E_REUSE_BUILD) must still be served by the current server code.
  const serverBuild = spawnSync('npm', ['run', 'build:server'], { encoding: 'utf8' });
  if (serverBuild.status !== 0) throw new Error(`Building the server failed:\n${serverBuild.stdout}\n${serverBuild.stderr}`);
  for (const name of names) build(name);
  addBracketedChunk();
  const builtApp = path.join(SITES.scheduled.distDir, 'server', 'app');
  copyFileSync(path.join(builtApp, 'index.html'), HOME_AT_BUILD);
  copyFileSync(path.join(builtApp, `${SOON.url.replace(/^\/|\/$/g, '')}.meta`), POST_META_AT_BUILD);

  const servers: ChildProcess[] = [];
  try {
    for (const name of [...names].reverse()) {
      await assertPortFree(name);
      const server = spawn('node', [SERVER_ENTRY, '-H', '127.0.0.1', '-p', String(SITES[name].port)], {
        env: envFor(name),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // Kept for the error below, and written to a file the tests read (no stack traces, no secrets).
      mkdirSync(path.dirname(serverLogOf(name)), { recursive: true });
      const logFile = createWriteStream(serverLogOf(name));
      let output = '';
      for (const stream of [server.stdout!, server.stderr!]) {
        stream.on('data', (d) => {
          output += d;
          logFile.write(d);
        });
      }
      servers.push(server);
      await waitUntilServing(`${siteUrl(name)}/`, server, () => output);
      // What a visitor gets before the scheduled post's time, asked at once (scheduled.test.ts checks it).
      if (name === 'scheduled') await probeBeforeLive();
    }
  } catch (error) {
    // Servers already started would otherwise outlive the failed run and hold their ports.
    await stopAll(servers);
    throw error;
  }

  return () => stopAll(servers);
}
