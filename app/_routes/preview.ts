import { draftMode } from 'next/headers';
import { previewSecret } from '@/lib/preview-secret';

/**
 * Whether this request is an author's preview: Next.js Draft Mode, entered through /api/draft, on a server that
 * has a preview secret. Removing PREVIEW_SECRET ends every preview, whatever cookies browsers still hold.
 */
export async function isPreview(): Promise<boolean> {
  return previewSecret() !== null && (await draftMode()).isEnabled;
}
