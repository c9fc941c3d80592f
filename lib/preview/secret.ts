import { createHash, timingSafeEqual } from 'node:crypto';

/** The preview secret, or null when preview is off: there is no built-in default. */
export function previewSecret(): string | null {
  return process.env.PREVIEW_SECRET?.trim() || null;
}

/**
 * Whether `given` is the secret, in time that does not depend on where they differ (or on their lengths:
 * both sides are hashed to the same size first), so the secret cannot be guessed a character at a time.
 */
export function isPreviewSecret(given: string, secret: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(secret)) && given.length > 0;
}
