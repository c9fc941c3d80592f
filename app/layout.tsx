import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { isPreview } from '@/app/_routes/preview';
import { PreviewBar } from '@/components/PreviewBar';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
// The settings and menus alone (from the manifest): document queries would load every document's data into each
// route, the 404 page too.
import { getSite, getSiteMenus } from '@/lib/content';
import { feedAlternates } from '@/lib/feeds/discovery';
import { translator } from '@/lib/i18n';
import { THEME_SCRIPT } from '@/lib/theme';
import './globals.css';

/**
 * How often (seconds) a prerendered page may be regenerated: the longest a scheduled post waits, after its time,
 * to appear on listings. Next.js needs the number written here, literally.
 */
export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const site = getSite();
  return {
    // Preview pages must never be indexed (they are also sent `Cache-Control: private, no-store`).
    ...((await isPreview()) && { robots: { index: false, follow: false } }),
    metadataBase: new URL(site.url),
    title: { default: site.title, template: `%s – ${site.title}` },
    description: site.description,
    alternates: { types: feedAlternates(site) },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const site = getSite();
  const menus = getSiteMenus();
  const t = translator(site.language);
  const preview = await isPreview();
  return (
    // The theme script sets `dark`/`light` on <html> before React hydrates: that difference is expected.
    <html lang={site.language} dir={t.dir} suppressHydrationWarning>
      <head>
        {/* Before the first paint, so the page never flashes the wrong theme (lib/theme.ts). */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a href="#_main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          {t.text('site.skipToContent')}
        </a>
        {preview && <PreviewBar t={t} />}
        <SiteHeader title={site.title} description={site.description} menu={menus.header} t={t} />
        {/* `_main`: body headings get ids from their text, never starting with `_`, so a heading "Main" cannot take this one. */}
        <main id="_main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <SiteFooter title={site.title} description={site.description} menu={menus.footer} t={t} />
      </body>
    </html>
  );
}
