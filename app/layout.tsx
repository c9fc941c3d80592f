import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { getSite } from '@/lib/content';
import './globals.css';

export function generateMetadata(): Metadata {
  const site = getSite();
  return {
    metadataBase: new URL(site.url),
    title: { default: site.title, template: `%s – ${site.title}` },
    description: site.description,
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const site = getSite();
  return (
    <html lang={site.language}>
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          Skip to content
        </a>
        <SiteHeader title={site.title} description={site.description} />
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          {children}
        </main>
        <SiteFooter title={site.title} />
      </body>
    </html>
  );
}
