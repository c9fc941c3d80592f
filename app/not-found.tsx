import type { Metadata } from 'next';
import Link from 'next/link';
import { siteWords } from '@/app/_routes/words';

export function generateMetadata(): Metadata {
  return { title: siteWords().text('notFound.title') };
}

export default function NotFound() {
  const t = siteWords();
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight">{t.text('notFound.title')}</h1>
      <p className="mt-4 text-zinc-600 dark:text-zinc-400">{t.text('notFound.text')}</p>
      <p className="mt-6">
        <Link href="/" className="text-blue-700 hover:underline dark:text-blue-400">
          {t.text('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
