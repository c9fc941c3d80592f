/**
 * The visitor's address, for the preview rate limit (lib/preview/attempts.ts): the socket's peer, or, behind
 * proxies named in BLOG_TRUST_PROXY (proxy-addr's syntax: `loopback`, `10.0.0.0/8`, `uniquelocal`, a list with
 * commas), the first address in `X-Forwarded-For` that is not one of them. Without BLOG_TRUST_PROXY the header
 * is ignored: anyone can write it.
 */
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

export type TrustProxy = (address: string, hop: number) => boolean;

/** The trust function for a BLOG_TRUST_PROXY value; throws, naming it, when it is not valid. */
export function trustFrom(value: string | undefined): TrustProxy {
  const list = (value ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  if (list.length === 0) return () => false;
  try {
    return proxyAddr.compile(list);
  } catch (error) {
    throw new Error(`BLOG_TRUST_PROXY=${value}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  if (!req.socket.remoteAddress) return '';
  return proxyAddr(req, trust);
}
