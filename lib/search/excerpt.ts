/** A piece of a result's excerpt: plain text, highlighted (`mark`) where it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Pagefind's excerpt (`text with <mark>matches</mark>`) as text pieces, for React to render as text. Pagefind
 * escapes `<` and `>` in the page's text, so the only tags are its own `<mark>`s; nothing of it is rendered as
 * HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      mark = piece === '<mark>';
      continue;
    }
    if (piece) parts.push({ text: piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), mark });
  }
  return parts;
}
