/**
 * The production server's front door (server.ts, lib/server/front-door.ts) over real HTTP: malformed, over-long
 * and wrong-method requests get their status (400, 405, 414, 431, 404), never a 500, each with the security
 * headers; preview is entered at `/api/draft?…` without a redirect that would echo the secret; and the server's
 * log holds no stack trace and no secret afterwards. Requests fetch cannot send go over a raw socket.
 */
import { readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { POSTS } from './paginated-fixture';
import { PREVIEW_SECRETS, serverLogOf, SITES } from './sites';

const SITE = 'paginated';
const SECRET = PREVIEW_SECRETS.paginated!;
const POST = POSTS[0]!.url;
const MEDIA = '/wp-content/uploads/2020/09/pixel.png';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
}

/**
 * Sends bytes as they are and reads the response head, until the server closes the connection (the requests
 * ask it to). The socket is not half-closed: Node's server drops the requests of a client that did.
 */
function raw(request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(SITES[SITE].port, '127.0.0.1', () => socket.write(request));
    let received = '';
    const done = () => {
      const [statusLine, ...lines] = received.split('\r\n\r\n', 1)[0]!.split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine ?? '')?.[1]);
      if (!status) return reject(new Error(`no HTTP response: ${JSON.stringify(received.slice(0, 200))}`));
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status, headers });
    };
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('end', done);
    socket.on('error', (error) => (received ? done() : reject(error)));
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
  });
}

const request = (method: string, target: string, extra = '') =>
  raw(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${SITES[SITE].port}\r\n${extra}Connection: close\r\n\r\n`);

function expectSecured(res: RawResponse) {
  expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
}

/** Where the server's log stood before this file's requests: only what they add is checked. */
let logStart = 0;
beforeAll(() => {
  logStart = statSync(serverLogOf(SITE)).size;
});

describe('malformed targets are a 400', () => {
  it.each(['/tag/%zz/', '/og/%zz/x/image.png', '/wp-content/uploads/%zz.png', '/%00/', `${MEDIA}%00`, '/tag/%E0%A4%A/'])(
    '%s',
    async (target) => {
      const res = await request('GET', target);
      expect(res.status).toBe(400);
      expectSecured(res);
    },
  );

  it.each([
    ['a space in the target', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a control character in the target', 'GET /\x01/ HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['no Host header', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n'],
    ['a CONNECT-style target on GET', 'GET example.com:443 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ])('%s', async (_what, bytes) => {
    const res = await raw(bytes);
    expect(res.status).toBe(400);
    expectSecured(res);
  });
});

describe('methods', () => {
  it.each([
    ['a page', POST],
    ['the home page', '/'],
    ['a feed', '/feed/'],
    ['media', MEDIA],
  ])('on %s: GET and HEAD served, OPTIONS a 204, every other method a 405, with Allow', async (_what, target) => {
    for (const method of ['GET', 'HEAD']) expect((await request(method, target)).status, method).toBe(200);
    const options = await request('OPTIONS', target);
    expect([options.status, options.headers.allow]).toEqual([204, 'GET, HEAD, OPTIONS']);
    expectSecured(options);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND']) {
      const res = await request(method, target, 'Content-Length: 0\r\n');
      expect([method, res.status, res.headers.allow]).toEqual([method, 405, 'GET, HEAD, OPTIONS']);
      expectSecured(res);
    }
  });

  it('TRACK (a method Node does not parse) and CONNECT are a 405', async () => {
    for (const bytes of [
      `TRACK / HTTP/1.1\r\nHost: x\r\n\r\n`,
      `CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n`,
    ]) {
      const res = await raw(bytes);
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
      expectSecured(res);
    }
  });

  it('/api/draft/exit/ takes POST (also without its slash) and nothing else', async () => {
    for (const target of ['/api/draft/exit/', '/api/draft/exit']) {
      const res = await request('POST', target, 'Content-Length: 0\r\n');
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/');
    }
    const get = await request('GET', '/api/draft/exit/');
    expect([get.status, get.headers.allow]).toEqual([405, 'POST, OPTIONS']);
    expectSecured(get);
  });
});

describe('sizes', () => {
  it('a request-target over 8192 characters is a 414; one of 8192 is served', async () => {
    const prefix = '/search/?q=';
    expect((await request('GET', `${prefix}${'a'.repeat(8192 - prefix.length)}`)).status).toBe(200);
    const res = await request('GET', `${prefix}${'a'.repeat(8193 - prefix.length)}`);
    expect(res.status).toBe(414);
    expectSecured(res);
  });

  it('a head over 64 KB (a header or the target itself) is a 431', async () => {
    const bigHeader = await request('GET', '/', `X-Big: ${'a'.repeat(70_000)}\r\n`);
    const bigTarget = await request('GET', `/${'a'.repeat(70_000)}`);
    for (const res of [bigHeader, bigTarget]) {
      expect(res.status).toBe(431);
      expect(res.headers.connection).toBe('close');
      expectSecured(res);
    }
  });
});

describe('URLs Next.js would mishandle', () => {
  it.each(['/_next/data/x/index.json', '/_next/data/x/_not-found.json'])('%s is a 404', async (target) => {
    const res = await request('GET', target);
    expect(res.status).toBe(404);
    expectSecured(res);
  });

  it('/api/draft?… (no slash) with the secret enters preview: a 307 to the post, the secret echoed nowhere', async () => {
    const res = await request('GET', `/api/draft?secret=${encodeURIComponent(SECRET)}&path=${encodeURIComponent(POST)}`);
    expect(res.status).toBe(307);
    expect(res.headers.location).toBe(POST);
    expect(res.headers['set-cookie']).toBeTruthy();
    expect(JSON.stringify(res.headers)).not.toContain(SECRET);
  });

  it('/api/draft?… (no slash) with a wrong secret is a 401, not a redirect', async () => {
    const res = await request('GET', `/api/draft?secret=wrong-${encodeURIComponent(SECRET)}&path=${encodeURIComponent(POST)}`);
    expect(res.status).toBe(401);
    expect(res.headers.location).toBeUndefined();
  });

  it("a visitor's x-middleware-subrequest header does not skip proxy.ts", async () => {
    const res = await request('GET', '/drafts/', 'x-middleware-subrequest: proxy:proxy:proxy:proxy:proxy\r\n');
    expect(res.status).toBe(404);
  });
});

describe("the server's log, after all of the above", () => {
  it('has no stack trace and no secret', async () => {
    // The server's output reaches the file through the test runner's process: give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const added = readFileSync(serverLogOf(SITE)).subarray(logStart).toString('utf8');
    expect(added).not.toMatch(/^\s+at /m);
    expect(added).not.toContain(SECRET);
    expect(added).not.toContain(encodeURIComponent(SECRET));
  });
});
