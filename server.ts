/**
 * The production server (`npm start`, built to dist/server.mjs by `npm run build:server`): Next.js behind a front
 * door (lib/server/front-door.ts) that gives malformed, over-long and wrong-method requests their status with
 * the security headers, instead of Next's 500s and stack traces.
 *
 *   node dist/server.mjs [-p|--port PORT] [-H|--hostname HOST]
 *
 * Serves the project in the working directory, as `next start` does. The port is `-p`, else PORT, else 3000.
 * The address is `-H`, else BLOG_HOST, else every interface: HOSTNAME is not read, since containers set it to
 * the machine's name.
 */
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { Socket } from 'node:net';
import { parseArgs } from 'node:util';
import { readManifest } from './lib/content/routing/manifest';
import { securityHeaders } from './lib/security-headers';
import { CLIENT_HEADER } from './lib/preview/attempts';
import { clientAddress, trustFrom } from './lib/server/client-address';
import { answer, clientErrorAnswer, frontDoor, logLine, rawAnswer, type Header } from './lib/server/front-door';
import { serverMethods } from './lib/server/methods';

/** How long in-flight requests get to finish after SIGTERM (the test suite waits 5 s before moving on). */
const SHUTDOWN_GRACE_MS = 4000;

function options(): { port: number; hostname: string | undefined } {
  const { values } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
    strict: true,
  });
  // An empty PORT (`PORT=` as in .env.example) is unset, not port 0 (any free port).
  const given = values.port ?? (process.env.PORT || undefined);
  const port = Number(given ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${given}`);
  return { port, hostname: values.hostname || process.env.BLOG_HOST || undefined };
}

/** The headers next.config.ts gives every response; HSTS when the export's `url` is https, as there. */
function siteSecurityHeaders(): Header[] {
  let siteUrl: string | null = null;
  try {
    siteUrl = readManifest().site.url;
  } catch {
    // No content built: the headers without HSTS (Next.js will not start either).
  }
  return securityHeaders({ dev: false, siteUrl });
}

function send(res: http.ServerResponse, { status, headers, body }: ReturnType<typeof answer>) {
  res.writeHead(status, headers);
  res.end(body);
}

async function main() {
  const { port, hostname } = options();
  // As `next start` does; before Next is imported, which reads it as it loads.
  (process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';
  const { default: next } = await import('next');
  const app = next({
    dev: false,
    dir: process.cwd(),
    hostname: hostname ?? 'localhost',
    port,
    // Next attaches its WebSocket handler (for `next dev`'s refresh) to this server on the first request. In
    // production it answers nothing and leaves the socket open; Node serves requests that ask to upgrade (a stray
    // WebSocket, curl's h2c) as ordinary ones when no one listens for them, so Next gets a stand-in to attach to.
    httpServer: new EventEmitter() as http.Server,
  });
  await app.prepare();
  const handle = app.getRequestHandler();
  const security = siteSecurityHeaders();
  const trust = trustFrom(process.env.BLOG_TRUST_PROXY);

  // An HTTP/1.1 request without Host is refused below as Node would, but with the security headers.
  const server = http.createServer({ maxHeaderSize: 64 * 1024, requireHostHeader: false }, (req, res) => {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const hostless = !req.headers.host && req.httpVersion !== '1.0';
    const decision = hostless ? { respond: answer(400, security) } : frontDoor(method, rawUrl, req.headers, security);
    if ('respond' in decision) return send(res, decision.respond);
    req.url = decision.pass.url;
    for (const name of decision.pass.dropHeaders) delete req.headers[name];
    req.headers[CLIENT_HEADER] = clientAddress(req, trust);
    handle(req, res).catch((error: unknown) => {
      console.error(logLine(method, rawUrl, error));
      if (!res.headersSent) send(res, answer(500, security));
      else res.destroy();
    });
  });

  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
    const refusal = clientErrorAnswer(error.code, error.rawPacket, security);
    if (refusal === null || !socket.writable) return void socket.destroy();
    socket.end(rawAnswer(refusal));
  });
  // CONNECT (a proxy's tunnel): no URL here takes it.
  server.on('connect', (_req: http.IncomingMessage, socket: Socket) => {
    socket.end(rawAnswer(answer(405, security, { Allow: serverMethods().join(', ') })));
  });

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  server.on('error', (error) => {
    console.error(`Could not serve on ${hostname ?? '*'}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    console.log(`> Ready on http://${hostname ?? 'localhost'}:${port}`);
  });
}

main().catch((error: unknown) => {
  console.error(`The server did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
