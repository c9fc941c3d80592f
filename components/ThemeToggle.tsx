'use client';

import { useEffect, useState } from 'react';
import { THEME_STORAGE_KEY } from '@/lib/theme';

/**
 * Switches between the light and dark themes and remembers the choice (the first paint is themed by the script
 * in app/layout.tsx). Until the reader chooses, the page follows the system setting, live.
 */
/** The toggle's words, in the site's language: its name, and the hint for each state. */
export interface ThemeToggleLabels {
  name: string;
  toLight: string;
  toDark: string;
}

export function ThemeToggle({ labels }: { labels: ThemeToggleLabels }) {
  const [dark, setDark] = useState(false);

  useEffect(() => {
    const root = document.documentElement;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncs with the <html> class the inline script set before hydration
    setDark(root.classList.contains('dark'));
    // (Browsers without matchMedia have no system setting to follow.)
    if (typeof window.matchMedia !== 'function') return;
    const system = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => {
      if (localStorage.getItem(THEME_STORAGE_KEY)) return;
      root.classList.toggle('dark', system.matches);
      root.classList.toggle('light', !system.matches);
      setDark(system.matches);
    };
    system.addEventListener('change', follow);
    return () => system.removeEventListener('change', follow);
  }, []);

  const toggle = () => {
    const next = !dark;
    const root = document.documentElement;
    root.classList.toggle('dark', next);
    root.classList.toggle('light', !next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next ? 'dark' : 'light');
    } catch {
      // storage off (private mode): the choice lasts for this page only
    }
    setDark(next);
  };

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      aria-label={labels.name}
      title={dark ? labels.toLight : labels.toDark}
      className="inline-flex h-8 w-8 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      {/* Moon in light mode, sun in dark: CSS picks, so the server's HTML is right in both. */}
      <svg viewBox="0 0 20 20" aria-hidden="true" className="h-5 w-5 dark:hidden" fill="currentColor">
        <path
          fillRule="evenodd"
          d="M7.455 2.004a.75.75 0 0 1 .26.77 7 7 0 0 0 9.958 7.967.75.75 0 0 1 1.067.853A8.5 8.5 0 1 1 6.647 1.921a.75.75 0 0 1 .808.083z"
          clipRule="evenodd"
        />
      </svg>
      <svg viewBox="0 0 20 20" aria-hidden="true" className="hidden h-5 w-5 dark:block" fill="currentColor">
        <circle cx="10" cy="10" r="3.5" />
        <path d="M10 1v2.5M10 16.5V19M1 10h2.5M16.5 10H19M3.6 3.6l1.8 1.8M14.6 14.6l1.8 1.8M3.6 16.4l1.8-1.8M14.6 5.4l1.8-1.8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    </button>
  );
}
