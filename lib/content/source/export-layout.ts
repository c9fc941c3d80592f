/**
 * Where things live in a Jekyll Exporter folder, decided from the path alone. Front matter can still turn a
 * file away later (a revision, an auto-draft, a page file without front matter).
 */

export type PathKind = 'post' | 'draft' | 'page' | 'settings' | 'media' | 'other';

/** Folders of files the blog serves or ignores as a whole: never listed one by one. */
export const MEDIA_DIRS = ['wp-content', 'assets'];
const IGNORED_DIRS = ['.git', 'node_modules', '.contentlayer', '.next'];

export function pathKind(relPath: string): PathKind {
  const [top = '', ...rest] = relPath.split('/');
  if (rest.length > 0 && (MEDIA_DIRS.includes(top) || IGNORED_DIRS.includes(top))) return 'media';
  if (relPath === '_config.yml') return 'settings';
  if (!relPath.endsWith('.md')) return 'other';
  if (top === '_posts' && rest.length > 0) return 'post';
  if (top === '_drafts' && rest.length > 0) return 'draft';
  if (top === '_pages' && rest.length > 0) return 'page';
  // Other `_`-folders (`_layouts`, `_includes`, `_data`) and dotfiles are Jekyll machinery, not content.
  if (relPath.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))) return 'other';
  return 'page';
}

/** WordPress revisions and autosaves: `410-revision-v1-Title.md`, `410-autosave-v1.md`. */
export function isRevisionFileName(fileName: string): boolean {
  return /(^|-)(revision|autosave)-v\d+/i.test(fileName);
}

/** WordPress's empty "Auto Draft" placeholders. */
export function isAutoDraftFileName(fileName: string): boolean {
  return /^auto-draft(-\d+)?\.md$/i.test(fileName);
}
