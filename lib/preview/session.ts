/**
 * An author's preview session: a cookie of our own, `v1.<expiry ms>.<HMAC-SHA256 of "v1.<expiry>">`, keyed by the
 * preview secret. It is checked on every preview request, so a session ends after 12 hours on the server (not
 * only in the browser), and changing or removing PREVIEW_SECRET ends every session at once. Next.js's own Draft
 * Mode cookie (`__prerender_bypass`) is the same for every author of a build and never expires on the server: it
 * only rides along, and counts only beside a valid session.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'blog_preview';
export const DRAFT_MODE_COOKIE = '__prerender_bypass';
export const SESSION_SECONDS = 12 * 3600;

const TOKEN = /^v1\.(\d{13})\.([\w-]{43})$/;
// `v1.` + 13 digits + `.` + 43 characters of base64url: anything longer is not ours, and is not even parsed.
const TOKEN_LENGTH = 60;

const keyOf = (secret: string) => createHmac('sha256', secret).update('blog-preview-session').digest();
const macOf = (secret: string, expiry: string) => createHmac('sha256', keyOf(secret)).update(`v1.${expiry}`).digest();

/** A session token that ends SESSION_SECONDS after `now`. */
export function issueSessionToken(secret: string, now = Date.now()): string {
  const expiry = String(now + SESSION_SECONDS * 1000);
  return `v1.${expiry}.${macOf(secret, expiry).toString('base64url')}`;
}

/** Whether `token` is a session made with this secret that has not ended at `now`. False when preview is off. */
export function isSessionToken(token: string | undefined, secret: string | null, now = Date.now()): boolean {
  if (!secret || !token || token.length !== TOKEN_LENGTH) return false;
  const match = TOKEN.exec(token);
  if (!match) return false;
  const expiry = Number(match[1]);
  // Never more than 12 hours ahead: a token from a clock that was wrong when it was made does not last longer.
  if (now >= expiry || expiry > now + SESSION_SECONDS * 1000) return false;
  const given = Buffer.from(match[2]!, 'base64url');
  const expected = macOf(secret, match[1]!);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The attributes both preview cookies are set with: first-party only, not readable by scripts, 12 hours. */
export const sessionCookieOptions = () =>
  ({
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    maxAge: SESSION_SECONDS,
  }) as const;
