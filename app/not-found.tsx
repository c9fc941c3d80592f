import Link from 'next/link';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-zinc-600 dark:text-zinc-400">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-blue-700 hover:underline dark:text-blue-400">
          Go to the latest posts
        </Link>
      </p>
    </div>
  );
}
