import Link from 'next/link';

export function SiteHeader({ title, description }: { title: string; description: string }) {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-3xl px-4 py-6">
        <Link href="/" className="text-2xl font-bold tracking-tight hover:underline">
          {title}
        </Link>
        {description && <p className="mt-1 text-zinc-600 dark:text-zinc-400">{description}</p>}
      </div>
    </header>
  );
}
