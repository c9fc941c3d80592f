/**
 * Light and dark themes. The page follows the system setting until the reader picks one with the toggle; the
 * choice is kept in localStorage. A small inline script in <head> applies it before the first paint, so the
 * page never flashes the other theme.
 */
export const THEME_STORAGE_KEY = 'theme';

/**
 * Runs before the body is parsed: `.dark` or `.light` on <html>, from the stored choice, else the system's.
 * Kept tiny and dependency-free; it is inlined into every page.
 */
export const THEME_SCRIPT = `(function(){try{var s=localStorage.getItem('${THEME_STORAGE_KEY}');var d=s==='dark'||(s!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);var c=document.documentElement.classList;c.toggle('dark',d);c.toggle('light',!d)}catch(e){}})()`;
