import { cookies, draftMode } from 'next/headers';
import { previewSecret } from '@/lib/preview/secret';
import { isSessionToken, SESSION_COOKIE } from '@/lib/preview/session';

/**
 * Whether this request is an author's preview: Next.js Draft Mode and a preview session that has not ended
 * (lib/preview/session.ts), on a server that has a preview secret. Removing or changing PREVIEW_SECRET ends every
 * preview, whatever cookies browsers still hold.
 */
export async function isPreview(): Promise<boolean> {
  const secret = previewSecret();
  if (secret === null || !(await draftMode()).isEnabled) return false;
  return isSessionToken((await cookies()).get(SESSION_COOKIE)?.value, secret);
}
