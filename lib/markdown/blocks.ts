/**
 * Gutenberg block markup that would lose its content on the way through the sanitiser or the embed step:
 * a cover's image given in its `style` (which the sanitiser drops), and an embed block's URL, which the block
 * keeps as text in its wrapper until WordPress replaces it at display time.
 */
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';

/** An element's classes (the sanitiser leaves them as a list). */
export const classesOf = (node: Element): string[] => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

// `background-image:url(…)`, quoted or not, as the cover block writes it.
const BACKGROUND_IMAGE = /background-image\s*:\s*url\(\s*(["']?)([^"')\s]+)\1\s*\)/i;

/**
 * Before sanitising: an older cover block (`<div class="wp-block-cover" style="background-image:url(…)">`)
 * gets its image as an `<img>`, which the sanitiser then checks like any other.
 */
export function coverImageFromStyle(node: Element): void {
  if (!classesOf(node).includes('wp-block-cover') || typeof node.properties.style !== 'string') return;
  const url = BACKGROUND_IMAGE.exec(node.properties.style)?.[2];
  if (url) node.children.unshift(h('img', { src: url, alt: '', className: ['wp-block-cover__image-background'] }));
}

/** The URL an embed block's wrapper holds (`<div class="wp-block-embed__wrapper">URL</div>`), or null. */
export function embedBlockUrl(node: Element): string | null {
  if (node.tagName !== 'div' || !classesOf(node).includes('wp-block-embed__wrapper')) return null;
  const text = toText(node).trim();
  return /^https?:\/\/\S+$/i.test(text) ? text : null;
}
