/** kramdown inline attribute lists (`## Heading {.western}`, `{: .class}`, `{#id}`) that Markdown shows as text. */
const ITEM = String.raw`(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))`;
const IAL = new RegExp(String.raw`[ \t]*\{:?[ \t]*${ITEM}(?:[ \t]+${ITEM})*[ \t]*\}[ \t]*$`, 'gm');
const BARE = /^[ \t]*\{:[ \t]*[\w-]*[ \t]*\}[ \t]*$/gm;

export function removeAttributeLists(markdown: string): string {
  return markdown.replace(IAL, '').replace(BARE, '');
}
