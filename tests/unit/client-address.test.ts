/**
 * The client address the front door hands the preview rate limit: the socket's peer, and X-Forwarded-For only
 * from proxies BLOG_TRUST_PROXY names.
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { clientAddress, trustFrom } from '../../lib/server/client-address';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, connection: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  test('without BLOG_TRUST_PROXY, X-Forwarded-For is ignored: anyone can write it', () => {
    expect(clientAddress(request('203.0.113.9', '198.51.100.1'), trustFrom(undefined))).toBe('203.0.113.9');
    expect(clientAddress(request('127.0.0.1', '198.51.100.1'), trustFrom(''))).toBe('127.0.0.1');
  });

  test('behind a trusted proxy, the first untrusted address from the right', () => {
    const trust = trustFrom('loopback, 10.0.0.0/8');
    expect(clientAddress(request('127.0.0.1', '198.51.100.1'), trust)).toBe('198.51.100.1');
    // A visitor's own X-Forwarded-For entry, left of what the proxies added, is not believed.
    expect(clientAddress(request('127.0.0.1', '1.2.3.4, 198.51.100.1, 10.1.2.3'), trust)).toBe('198.51.100.1');
    // A request that did not come through the proxy keeps its own address.
    expect(clientAddress(request('203.0.113.9', '198.51.100.1'), trust)).toBe('203.0.113.9');
  });

  test('a BLOG_TRUST_PROXY that is not an address list fails, naming the variable', () => {
    expect(() => trustFrom('not-an-address')).toThrow(/BLOG_TRUST_PROXY=not-an-address/);
  });
});
