export function SiteFooter({ title }: { title: string }) {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">{title}</div>
    </footer>
  );
}
