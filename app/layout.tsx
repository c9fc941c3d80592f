import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
// The settings alone: `@/lib/content` would bring every document's data into each route, the 404 page too.
import { loadSiteConfig } from '@/lib/content/site';
import { feedAlternates } from '@/lib/feeds/discovery';
import './globals.css';

export function generateMetadata(): Metadata {
  const site = loadSiteConfig();
  return {
    metadataBase: new URL(site.url),
    title: { default: site.title, template: `%s – ${site.title}` },
    description: site.description,
    alternates: { types: feedAlternates(site) },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const site = loadSiteConfig();
  return (
    <html lang={site.language}>
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a href="#_main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          Skip to content
        </a>
        <SiteHeader title={site.title} description={site.description} />
        {/* `_main`: body headings get ids from their text, never starting with `_`, so a heading "Main" cannot take this one. */}
        <main id="_main" className="mx-auto max-w-3xl px-4 py-8">
          {children}
        </main>
        <SiteFooter title={site.title} />
      </body>
    </html>
  );
}
