import { draftMode } from 'next/headers';

/** Whether this request is an author's preview (Next.js Draft Mode, entered through /api/draft). */
export async function isPreview(): Promise<boolean> {
  return (await draftMode()).isEnabled;
}
