import path from 'node:path';

/**
 * The path a request names, as decoded parts (`['uploads', '2020', 'x.png']`), or null. Segments are decoded
 * first (`uploads%2F.htaccess` is `uploads/.htaccess`), then every part is checked: no dotfiles or dot-folders
 * (so no `..` either), no empty part, no NUL.
 */
export function requestedParts(segments: string[]): string[] | null {
  let parts: string[];
  try {
    parts = segments.map((s) => decodeURIComponent(s)).join('/').split(/[/\\]/);
  } catch {
    return null; // malformed escape
  }
  if (parts.some((part) => part === '' || part.startsWith('.') || part.includes('\0'))) return null;
  return parts;
}

/**
 * The file a request names inside `root`, or null: `requestedParts`, joined under `root`. A check on the
 * path's text only: it follows whatever links the folder holds (the media routes open files with
 * `openInside`, which refuses links).
 */
export function resolveInside(root: string, segments: string[]): string | null {
  const parts = requestedParts(segments);
  if (!parts) return null;
  const file = path.resolve(root, ...parts);
  return file.startsWith(root + path.sep) ? file : null;
}
