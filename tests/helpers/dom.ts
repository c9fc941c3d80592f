/** Queries over rendered HTML parsed with jsdom, shared by the Markdown tests. */
import { expect } from 'vitest';

export const all = (root: ParentNode, selector: string): Element[] => [...root.querySelectorAll(selector)];

/** The one element matching `selector` (fails when there are none or several). */
export function one(root: ParentNode, selector: string): Element {
  const found = all(root, selector);
  // Compared as markup: jsdom elements cannot be pretty-printed in a failure message.
  expect(found.map((el) => el.outerHTML), `exactly one ${selector}`).toHaveLength(1);
  return found[0]!;
}

/** No element matches `selector` (the failure shows the ones that do). */
export function none(root: ParentNode, selector: string) {
  expect(all(root, selector).map((el) => el.outerHTML), `no ${selector}`).toEqual([]);
}

/** What a reader sees: the text of a fragment or element, whitespace collapsed. */
export const visible = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A heading's own text, without the anchor link appended to it. */
export function headingText(heading: Element): string {
  const copy = heading.cloneNode(true) as Element;
  for (const anchor of all(copy, '.heading-anchor')) anchor.remove();
  return visible(copy);
}

export const classes = (el: Element): string[] => [...el.classList];
