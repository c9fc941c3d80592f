/**
 * Wrong preview secrets, counted per client so the secret cannot be guessed by brute force: 10 a minute per
 * client, and 100 a minute from all clients together (so many addresses cannot guess faster either). Memory is
 * bounded: at most `maxClients` clients are remembered, IPv6 clients by their /64 (one host usually has a whole
 * /64), and a client is forgotten once its minute is over.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { isPreviewSecret } from './secret';

export interface AttemptLimits {
  perClient: number;
  overall: number;
  windowMs: number;
  maxClients: number;
}

export const PREVIEW_ATTEMPTS: AttemptLimits = { perClient: 10, overall: 100, windowMs: 60_000, maxClients: 10_000 };

/** The request header the front door (server.ts) sets to the client's address; it removes any a visitor sends. */
export const CLIENT_HEADER = 'x-blog-client';
/** Requests that name no client share one bucket. */
export const UNKNOWN_CLIENT = 'unknown';

function ipv6Groups(address: string): string[] | null {
  const [head = '', tail, ...rest] = address.split('::');
  if (rest.length > 0) return null;
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  if (fill < 0) return null;
  return [...left, ...Array<string>(fill).fill('0'), ...right];
}

/** The bucket of a client address: an IPv4 address as it is, an IPv6 one by its /64, anything else `unknown`. */
export function clientKey(address: string | null | undefined): string {
  const value = (address ?? '').trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(value)) return value;
  if (!isIPv6(value)) return UNKNOWN_CLIENT;
  const groups = ipv6Groups(value);
  return groups ? `${groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16)).join(':')}::/64` : UNKNOWN_CLIENT;
}

interface Window {
  start: number;
  count: number;
}

export class AttemptLimiter {
  // In order of their windows' start: the expired ones are always at the front.
  private readonly clients = new Map<string, Window>();
  private overall: Window = { start: 0, count: 0 };

  constructor(
    private readonly limits: AttemptLimits = PREVIEW_ATTEMPTS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** How many clients are remembered. */
  get size(): number {
    return this.clients.size;
  }

  /** Seconds `client` must wait before trying a secret again; 0 when it may try now. */
  retryAfter(client: string): number {
    const now = this.clock();
    const wait = Math.max(this.waitOf(this.clients.get(client), this.limits.perClient, now), this.waitOf(this.overall, this.limits.overall, now));
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  /** Counts a wrong secret from `client`. */
  fail(client: string): void {
    const now = this.clock();
    if (this.expired(this.overall, now)) this.overall = { start: now, count: 0 };
    this.overall.count++;
    let window = this.clients.get(client);
    if (window && this.expired(window, now)) {
      this.clients.delete(client);
      window = undefined;
    }
    if (!window) {
      this.makeRoom(now);
      window = { start: now, count: 0 };
      this.clients.set(client, window);
    }
    window.count++;
  }

  private expired(window: Window, now: number): boolean {
    return now - window.start >= this.limits.windowMs || now < window.start;
  }

  private waitOf(window: Window | undefined, limit: number, now: number): number {
    return window && window.count >= limit && !this.expired(window, now) ? window.start + this.limits.windowMs - now : 0;
  }

  private makeRoom(now: number) {
    for (const [client, window] of this.clients) {
      if (this.clients.size < this.limits.maxClients && !this.expired(window, now)) break;
      // Expired, or (all full of live windows) the oldest, which the overall limit still covers.
      this.clients.delete(client);
    }
  }
}

/** The limiter of this server process (app/api/draft). */
const previewAttempts = new AttemptLimiter();

export type SecretCheck = { ok: true } | { ok: false; status: 401 } | { ok: false; status: 429; retryAfter: number };

/**
 * Checks a secret given by `client`. No secret guesses nothing: it is refused, not counted, and not held back by
 * others' guesses. While a client (or everyone) has made too many wrong guesses, no secret is even compared.
 */
export function checkPreviewSecret(given: string, secret: string, client: string, attempts = previewAttempts): SecretCheck {
  if (!given) return { ok: false, status: 401 };
  const retryAfter = attempts.retryAfter(client);
  if (retryAfter > 0) return { ok: false, status: 429, retryAfter };
  if (isPreviewSecret(given, secret)) return { ok: true };
  attempts.fail(client);
  return { ok: false, status: 401 };
}
