import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThemeToggle } from '@/components/ThemeToggle';
import { THEME_SCRIPT, THEME_STORAGE_KEY } from '@/lib/theme';

const LABELS = { name: 'Dark theme', toLight: 'Switch to the light theme', toDark: 'Switch to the dark theme' };

/** A system that prefers dark (or not), as matchMedia reports it. */
function systemPrefersDark(dark: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: dark && query === '(prefers-color-scheme: dark)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
}

const runThemeScript = () => new Function(THEME_SCRIPT)();
const root = () => document.documentElement.classList;

beforeEach(() => {
  localStorage.clear();
  root().remove('dark', 'light');
});
afterEach(() => localStorage.clear());

describe('the theme script', () => {
  it.each([
    [false, null, 'light'],
    [true, null, 'dark'],
    [true, 'light', 'light'],
    [false, 'dark', 'dark'],
  ] as const)('system dark %s, stored %s: %s', (system, stored, expected) => {
    systemPrefersDark(system);
    if (stored) localStorage.setItem(THEME_STORAGE_KEY, stored);
    runThemeScript();
    expect(root().contains(expected)).toBe(true);
    expect(root().contains(expected === 'dark' ? 'light' : 'dark')).toBe(false);
  });
});

describe('ThemeToggle', () => {
  it('switches the theme and remembers the choice', () => {
    systemPrefersDark(false);
    runThemeScript();
    render(<ThemeToggle labels={LABELS} />);
    const button = screen.getByRole('button', { name: 'Dark theme' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(button);
    expect(root().contains('dark')).toBe(true);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(button);
    expect(root().contains('light')).toBe(true);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
  });

  it('starts from the theme the script chose', () => {
    systemPrefersDark(true);
    runThemeScript();
    render(<ThemeToggle labels={LABELS} />);
    expect(screen.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });
});
