/**
 * The front door server.ts puts before Next.js (lib/server/front-door.ts), called directly: which requests it
 * answers itself (400, 404, 405, 414, 204), with which headers, and how it hands the rest on. Also that its
 * method table matches what the route handlers under app/ export.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../lib/security-headers';
import {
  clientErrorAnswer,
  frontDoor,
  logLine,
  MAX_TARGET_LENGTH,
  rawAnswer,
  type Answer,
  type Decision,
} from '../../lib/server/front-door';
import { allowedMethods, ROUTE_METHODS } from '../../lib/server/methods';

const SECURITY = securityHeaders({ dev: false, siteUrl: 'https://blog.example' });
const HOST = { host: 'blog.example' };
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS', 'PROPFIND'];

const door = (method: string, url: string, headers: Record<string, string> = HOST) => frontDoor(method, url, headers, SECURITY);

function answered(decision: Decision): Answer {
  if (!('respond' in decision)) throw new Error(`passed on as ${decision.pass.url}, expected an answer`);
  return decision.respond;
}

function passed(decision: Decision): { url: string; dropHeaders: string[] } {
  if (!('pass' in decision)) throw new Error(`answered ${decision.respond.status}, expected to pass`);
  return decision.pass;
}

/** The headers every answer of the front door carries. */
function expectSecured(answer: Answer) {
  for (const { key, value } of SECURITY) expect(answer.headers[key], key).toBe(value);
  expect(answer.headers['Content-Security-Policy']).toContain("default-src 'self'");
  expect(answer.headers['Cache-Control']).toBe('no-store');
  expect(answer.headers['Content-Type']).toBe('text/plain; charset=utf-8');
  expect(answer.headers.Location).toBeUndefined();
}

describe('methods', () => {
  const READ_ONLY = {
    page: '/some-post/',
    feed: '/feed/',
    media: '/wp-content/uploads/2021/05/photo.jpg',
    'Next file': '/_next/static/chunks/a.js',
  };
  describe.each(Object.entries(READ_ONLY))('on a %s', (_kind, url) => {
    it.each(['GET', 'HEAD'])('%s passes on, unchanged', (method) => {
      expect(passed(door(method, url)).url).toBe(url);
    });
    it('OPTIONS is a 204 with Allow', () => {
      const answer = answered(door('OPTIONS', url));
      expect(answer.status).toBe(204);
      expect(answer.body).toBe('');
      expect(answer.headers.Allow).toBe('GET, HEAD, OPTIONS');
      expectSecured(answer);
    });
    it.each(METHODS.filter((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m)))('%s is a 405 with Allow', (method) => {
      const answer = answered(door(method, url));
      expect(answer.status).toBe(405);
      expect(answer.headers.Allow).toBe('GET, HEAD, OPTIONS');
      expectSecured(answer);
    });
  });

  describe('on /api/draft/exit/ (POST only)', () => {
    it('POST passes on', () => {
      expect(passed(door('POST', '/api/draft/exit/')).url).toBe('/api/draft/exit/');
    });
    it('OPTIONS lists POST', () => {
      const answer = answered(door('OPTIONS', '/api/draft/exit/'));
      expect([answer.status, answer.headers.Allow]).toEqual([204, 'POST, OPTIONS']);
    });
    it.each(METHODS.filter((m) => !['POST', 'OPTIONS'].includes(m)))('%s is a 405', (method) => {
      const answer = answered(door(method, '/api/draft/exit/'));
      expect([answer.status, answer.headers.Allow]).toEqual([405, 'POST, OPTIONS']);
      expectSecured(answer);
    });
  });

  it('OPTIONS * lists every method some URL takes', () => {
    const answer = answered(door('OPTIONS', '*'));
    expect([answer.status, answer.headers.Allow]).toEqual([204, 'GET, HEAD, POST, OPTIONS']);
    expect(answered(door('GET', '*')).status).toBe(400);
  });
});

describe('malformed and over-long targets', () => {
  it.each([
    '/tag/%zz/',
    '/og/%zz/x/image.png',
    '/wp-content/uploads/%zz.png',
    '/%00/',
    '/wp-content/uploads/a%00.png',
    '/tag/%E0%A4%A/', // a UTF-8 sequence cut short
    '/tag/%C3/',
    '/100%/',
  ])('%s is a 400', (url) => {
    for (const method of ['GET', 'HEAD', 'POST']) {
      const answer = answered(door(method, url));
      expect(answer.status).toBe(400);
      expect(answer.body).toBe('400 Bad Request\n');
      expectSecured(answer);
    }
  });

  it.each(['/tag/caf%C3%A9/', '/search/?q=%zz', '/search/?q=100%', '/a%20b/'])('%s (well-formed path) passes on', (url) => {
    expect(passed(door('GET', url)).url).toBe(url);
  });

  it(`a target over ${MAX_TARGET_LENGTH} characters is a 414, one of exactly ${MAX_TARGET_LENGTH} passes`, () => {
    const longest = `/search/?q=${'a'.repeat(MAX_TARGET_LENGTH - '/search/?q='.length)}`;
    expect(passed(door('GET', longest)).url).toBe(longest);
    const answer = answered(door('GET', `${longest}a`));
    expect(answer.status).toBe(414);
    expectSecured(answer);
  });

  it('a target that is no URL is a 400; the absolute form is served by its path', () => {
    expect(answered(door('GET', 'example.com:443')).status).toBe(400);
    expect(passed(door('GET', 'http://blog.example/page/2/?x=1')).url).toBe('/page/2/?x=1');
    expect(passed(door('GET', 'http://blog.example')).url).toBe('/');
    expect(answered(door('GET', 'http://blog.example/tag/%zz/')).status).toBe(400);
  });
});

describe('URLs Next.js would mishandle', () => {
  it('/api/draft without its slash is served as /api/draft/, query kept, with no redirect', () => {
    const url = '/api/draft?secret=s3cret&path=/a-post/';
    expect(passed(door('GET', url)).url).toBe('/api/draft/?secret=s3cret&path=/a-post/');
    expect(passed(door('GET', '/api/draft')).url).toBe('/api/draft/');
    expect(passed(door('POST', '/api/draft/exit')).url).toBe('/api/draft/exit/');
    // The slashed path decides the methods too.
    expect(answered(door('GET', '/api/draft/exit')).status).toBe(405);
    expect(answered(door('POST', '/api/draft?secret=s3cret')).status).toBe(405);
  });

  it('other paths keep their spelling (Next.js redirects them as before)', () => {
    expect(passed(door('GET', '/about')).url).toBe('/about');
    expect(passed(door('GET', '/api/drafts?x')).url).toBe('/api/drafts?x');
  });

  it.each([
    '/_next/data/BUILD/index.json',
    '/_next/data/x/_not-found.json',
    '/_next/data',
    '/_next/image?url=%2Ficon.png&w=64&q=75',
    '/_next/image/?url=x',
  ])('%s is a 404', (url) => {
    const answer = answered(door('GET', url));
    expect(answer.status).toBe(404);
    expectSecured(answer);
  });

  it("drops request headers only Next.js itself may set, and keeps its router's", () => {
    const headers = {
      ...HOST,
      'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy',
      'x-invoke-path': '/drafts/',
      'x-matched-path': '/drafts/',
      'x-nextjs-data': '1',
      rsc: '1',
      'next-router-state-tree': '%5B%5D',
      'x-nextjs-request-id': 'abc',
    };
    const dropped = passed(door('GET', '/', headers)).dropHeaders;
    expect(dropped.sort()).toEqual(['x-invoke-path', 'x-matched-path', 'x-middleware-subrequest', 'x-nextjs-data']);
  });
});

describe('requests Node cannot parse', () => {
  it.each([
    ['HPE_HEADER_OVERFLOW', 'GET /aaaa', 431],
    ['HPE_INVALID_METHOD', 'TRACK / HTTP/1.1\r\n', 405],
    ['HPE_INVALID_METHOD', '\x16\x03\x01\x02\x00', 400], // a TLS handshake on the plain port
    ['HPE_INVALID_URL', 'GET /\x01 HTTP/1.1\r\n', 400],
    ['HPE_INVALID_CONSTANT', 'GET /a b HTTP/1.1\r\n', 400],
    ['ERR_HTTP_REQUEST_TIMEOUT', '', 408],
  ])('%s (%j) is a %i, as raw HTTP that closes the connection', (code, packet, status) => {
    const answer = clientErrorAnswer(code, Buffer.from(packet, 'latin1'), SECURITY)!;
    expect(answer.status).toBe(status);
    expectSecured(answer);
    const raw = rawAnswer(answer);
    expect(raw).toMatch(new RegExp(`^HTTP/1\\.1 ${status} [A-Za-z ]+\\r\\n`));
    expect(raw).toContain('\r\nConnection: close\r\n');
    expect(raw).toContain(`\r\nContent-Length: ${Buffer.byteLength(answer.body)}\r\n`);
    expect(raw.endsWith(`\r\n\r\n${answer.body}`)).toBe(true);
    if (status === 405) expect(raw).toContain('\r\nAllow: GET, HEAD, POST, OPTIONS\r\n');
  });

  it('a client already gone gets nothing', () => {
    expect(clientErrorAnswer('ECONNRESET', undefined, SECURITY)).toBeNull();
  });
});

describe('log lines', () => {
  it('never carry a query or the preview secret', () => {
    const error = new TypeError('Invalid URL: /api/draft/?secret=s3cret&path=/x/ (secret=s3cret)');
    const line = logLine('GET', '/api/draft/?secret=s3cret&path=/x/', error);
    expect(line).toMatch(/^GET \/api\/draft\/: TypeError: Invalid URL: /);
    expect(line).not.toContain('s3cret');
    expect(line).not.toContain('path=');
    expect(line).not.toContain('\n');
  });

  it('are one line, without the stack', () => {
    const line = logLine('POST', '/x/', new Error('boom\n    at somewhere (file.js:1:1)'));
    expect(line).toBe('POST /x/: Error: boom at somewhere (file.js:1:1)');
  });
});

describe('the method table', () => {
  const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
  /** Every app/**\/route.ts(x) as [the URL path it serves, the methods it exports]. */
  const routes = (readdirSync('app', { recursive: true }) as string[])
    .filter((file) => /(^|\/)route\.tsx?$/.test(file))
    .map((file): [string, string[]] => {
      const source = readFileSync(path.join('app', file), 'utf8');
      const exported = HTTP_METHODS.filter((m) => new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${m}\\b`).test(source));
      const dir = path.dirname(file).split(path.sep).filter((part) => !/^\(.*\)$/.test(part) && part !== '.');
      return [`/${dir.map((part) => `${part}/`).join('')}`, exported];
    });

  it('finds the route handlers', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes).toContainEqual(['/api/draft/exit/', ['POST']]);
  });

  it.each(routes)("%s: the table allows exactly what the route exports", (url, exported) => {
    expect(exported.length).toBeGreaterThan(0);
    const expected = new Set(exported.includes('GET') ? [...exported, 'HEAD', 'OPTIONS'] : [...exported, 'OPTIONS']);
    expect(new Set(allowedMethods(url))).toEqual(expected);
  });

  it('lists no URL without a route handler', () => {
    const urls = routes.map(([url]) => url);
    expect(Object.keys(ROUTE_METHODS).length).toBeGreaterThan(0);
    for (const url of Object.keys(ROUTE_METHODS)) expect(urls).toContain(url);
  });
});
