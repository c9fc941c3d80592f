/** The feed glyph (a dot and two arcs), decorative: the link text says what it is. */
export function FeedIcon({ className = 'h-4 w-4' }: { className?: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={className} fill="currentColor">
      <circle cx="3" cy="13" r="2" />
      <path d="M1 6.5a8.5 8.5 0 0 1 8.5 8.5h-2A6.5 6.5 0 0 0 1 8.5z" />
      <path d="M1 1a14 14 0 0 1 14 14h-2A12 12 0 0 0 1 3z" />
    </svg>
  );
}
