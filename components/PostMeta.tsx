import Link from 'next/link';
import { archivePath, authorTerm, hrefFor } from '@/lib/content';
import type { Translator } from '@/lib/i18n';
import { PostDate } from './PostDate';

/** "September 8, 2020 · Newb · 2 min read" */
export function PostMeta({ date, author, readingMinutes, t }: { date: string | null; author: string | null; readingMinutes?: number; t: Translator }) {
  const parts = [
    date ? <PostDate key="date" date={date} t={t} /> : null,
    author ? <Author key="author" name={author} /> : null,
    readingMinutes ? <span key="time">{t.count('post.readingTime', readingMinutes)}</span> : null,
  ].filter(Boolean);
  return (
    <p className="flex flex-wrap gap-x-2 text-sm text-zinc-600 dark:text-zinc-400">
      {parts.map((part, i) => (
        <span key={i} className="flex gap-x-2">
          {i > 0 && <span aria-hidden="true">·</span>}
          {part}
        </span>
      ))}
    </p>
  );
}

/** The author's name, linking to their archive (`/author/<slug>/`) when the name gives a slug. */
function Author({ name }: { name: string }) {
  const term = authorTerm(name);
  if (!term) return <span className="author">{name}</span>;
  return (
    <Link href={hrefFor(archivePath('author', term.slug))} rel="author" className="author hover:underline">
      {name}
    </Link>
  );
}
