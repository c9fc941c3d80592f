/**
 * Preview sessions (lib/preview/session.ts) end on the server: after 12 hours, or at once when the secret
 * changes or goes. Wrong secrets are limited per client and overall, in bounded memory (lib/preview/attempts.ts).
 */
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { AttemptLimiter, checkPreviewSecret, clientKey, PREVIEW_ATTEMPTS, UNKNOWN_CLIENT } from '../../lib/preview/attempts';
import { issueSessionToken, isSessionToken, SESSION_SECONDS } from '../../lib/preview/session';

const SECRET = 'unit-preview-secret';
const NOW = Date.UTC(2026, 0, 1);
const HOUR = 3600 * 1000;

describe('session tokens', () => {
  test('a token is valid until 12 hours after it was made, and not a moment longer', () => {
    const token = issueSessionToken(SECRET, NOW);
    expect(token).toMatch(/^v1\.\d{13}\.[\w-]{43}$/);
    expect(SESSION_SECONDS).toBe(12 * 3600);
    expect(isSessionToken(token, SECRET, NOW)).toBe(true);
    expect(isSessionToken(token, SECRET, NOW + 12 * HOUR - 1)).toBe(true);
    expect(isSessionToken(token, SECRET, NOW + 12 * HOUR)).toBe(false);
    expect(isSessionToken(token, SECRET, NOW + 400 * 24 * HOUR)).toBe(false);
  });

  test('a token made with the previous secret, or with preview off, is not valid', () => {
    const token = issueSessionToken('the-previous-secret', NOW);
    expect(isSessionToken(token, SECRET, NOW)).toBe(false);
    expect(isSessionToken(issueSessionToken(SECRET, NOW), null, NOW)).toBe(false);
    expect(isSessionToken(issueSessionToken(SECRET, NOW), '', NOW)).toBe(false);
  });

  test('the expiry is signed: a token with its time moved is not valid', () => {
    const [version, expiry, mac] = issueSessionToken(SECRET, NOW).split('.');
    const later = String(Number(expiry) + HOUR);
    expect(isSessionToken(`${version}.${later}.${mac}`, SECRET, NOW)).toBe(false);
  });

  test('a token signed with the secret itself, not the derived key, is not valid', () => {
    const expiry = String(NOW + HOUR);
    const mac = createHmac('sha256', SECRET).update(`v1.${expiry}`).digest('base64url');
    expect(isSessionToken(`v1.${expiry}.${mac}`, SECRET, NOW)).toBe(false);
  });

  test('a validly signed expiry more than 12 hours ahead is not valid', () => {
    expect(isSessionToken(issueSessionToken(SECRET, NOW + HOUR), SECRET, NOW)).toBe(false);
  });

  test.each([
    ['nothing', undefined],
    ['empty', ''],
    ['Next.js\'s preview ID', 'a'.repeat(32)],
    ['no signature', `v1.${NOW + HOUR}.`],
    ['another version', issueSessionToken(SECRET, NOW).replace(/^v1/, 'v2')],
    ['a signature one character short', issueSessionToken(SECRET, NOW).slice(0, -1)],
    ['a signature with a character changed', issueSessionToken(SECRET, NOW).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))],
    ['padding', `${issueSessionToken(SECRET, NOW)}=`],
    ['spaces around', ` ${issueSessionToken(SECRET, NOW)} `],
    ['a negative expiry', `v1.-${NOW + HOUR}.${'A'.repeat(43)}`],
    ['a huge value', 'v1.'.repeat(100_000)],
    ['a huge value of the right shape', `v1.${'9'.repeat(100_000)}.${'A'.repeat(43)}`],
  ])('forged or malformed: %s', (_what, token) => {
    expect(isSessionToken(token, SECRET, NOW)).toBe(false);
  });

  test('a huge cookie is turned down without work', () => {
    const started = performance.now();
    for (let i = 0; i < 1000; i++) isSessionToken('x'.repeat(1_000_000), SECRET, NOW);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('client keys', () => {
  test('IPv4 as it is; IPv6 by its /64, however it is written; anything else shares one bucket', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKey('[2001:DB8:1:2::9]')).toBe('2001:db8:1:2::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'));
    for (const value of [null, undefined, '', 'not an address', '1.2.3.4, 5.6.7.8', 'x'.repeat(10_000)]) expect(clientKey(value)).toBe(UNKNOWN_CLIENT);
  });
});

describe('wrong secrets', () => {
  const limiter = (limits = {}) => {
    let now = NOW;
    const attempts = new AttemptLimiter({ ...PREVIEW_ATTEMPTS, ...limits }, () => now);
    return { attempts, wait: (ms: number) => (now += ms) };
  };

  test('10 a minute per client, then a wait of the rest of the minute, in seconds', () => {
    const { attempts, wait } = limiter();
    for (let i = 0; i < 10; i++) {
      expect(attempts.retryAfter('1.2.3.4')).toBe(0);
      attempts.fail('1.2.3.4');
    }
    expect(attempts.retryAfter('1.2.3.4')).toBe(60);
    wait(45_500);
    expect(attempts.retryAfter('1.2.3.4')).toBe(15);
    // Another client is not held back.
    expect(attempts.retryAfter('1.2.3.5')).toBe(0);
    wait(14_500);
    expect(attempts.retryAfter('1.2.3.4')).toBe(0);
    attempts.fail('1.2.3.4');
    expect(attempts.retryAfter('1.2.3.4')).toBe(0);
  });

  test('the addresses of one IPv6 /64 count together', () => {
    const { attempts } = limiter();
    for (let i = 0; i < 10; i++) attempts.fail(clientKey(`2001:db8:1:2::${i + 1}`));
    expect(attempts.retryAfter(clientKey('2001:db8:1:2:ffff::1'))).toBeGreaterThan(0);
    expect(attempts.retryAfter(clientKey('2001:db8:1:3::1'))).toBe(0);
  });

  test('all clients together: 100 a minute, so rotating addresses does not guess faster', () => {
    const { attempts, wait } = limiter();
    for (let i = 0; i < 100; i++) attempts.fail(`10.0.${i >> 8}.${i & 255}`);
    expect(attempts.retryAfter('192.0.2.1')).toBe(60);
    wait(60_000);
    expect(attempts.retryAfter('192.0.2.1')).toBe(0);
  });

  test('memory is bounded: at most maxClients are remembered, the oldest forgotten first', () => {
    const { attempts, wait } = limiter({ maxClients: 50, overall: Infinity });
    for (let i = 0; i < 10; i++) attempts.fail('first');
    for (let i = 0; i < 10_000; i++) {
      attempts.fail(`client-${i}`);
      if (i % 100 === 0) wait(1);
    }
    expect(attempts.size).toBe(50);
    expect(attempts.retryAfter('first')).toBe(0);
  });

  test('clients whose minute is over are forgotten', () => {
    const { attempts, wait } = limiter({ maxClients: 3 });
    attempts.fail('a');
    attempts.fail('b');
    attempts.fail('c');
    wait(60_000);
    attempts.fail('d');
    expect(attempts.size).toBe(1);
  });

  test('the check: no secret is not counted; 10 wrong ones, then 429 for any secret, the right one too', () => {
    const { attempts, wait } = limiter();
    for (let i = 0; i < 50; i++) expect(checkPreviewSecret('', SECRET, '1.2.3.4', attempts)).toEqual({ ok: false, status: 401 });
    for (let i = 0; i < 10; i++) expect(checkPreviewSecret(`guess-${i}`, SECRET, '1.2.3.4', attempts)).toEqual({ ok: false, status: 401 });
    expect(checkPreviewSecret('guess-10', SECRET, '1.2.3.4', attempts)).toEqual({ ok: false, status: 429, retryAfter: 60 });
    expect(checkPreviewSecret(SECRET, SECRET, '1.2.3.4', attempts)).toEqual({ ok: false, status: 429, retryAfter: 60 });
    // Not counted while held back, and no secret is still just refused.
    expect(checkPreviewSecret('', SECRET, '1.2.3.4', attempts)).toEqual({ ok: false, status: 401 });
    expect(checkPreviewSecret(SECRET, SECRET, '1.2.3.5', attempts)).toEqual({ ok: true });
    wait(60_000);
    expect(checkPreviewSecret(SECRET, SECRET, '1.2.3.4', attempts)).toEqual({ ok: true });
  });
});
