/**
 * Bodies made of one piece repeated, and one document's whole path through the build, timed: shared by the
 * linear-time tests (tests/unit/markdown-linear.test.ts, which check the output) and the benchmark
 * (bench/pathological.ts, which reports the times).
 */
import { normaliseDocument } from '../../lib/content/source/document';
import { toEntry, type RenderedEntry } from '../../lib/content/generated/entry';
import type { SiteConfig } from '../../lib/content/source/site';
import { feedHtml } from '../../lib/feeds/feed-html';
import { searchDocument } from '../../lib/search/index-document';

export const MB = 1_000_000;

export const PATHOLOGICAL_SITE: SiteConfig = {
  title: 'Linear',
  description: '',
  url: 'https://linear.example',
  exportUrl: 'https://linear.example',
  email: null,
  paginate: 10,
  language: 'en',
  indentedCode: false,
  math: false,
  feedItems: 10,
  icon: '/icon.png',
  menu: null,
};

/** `piece` repeated to `size` characters, on one line. */
export const repeat = (piece: string, size = MB) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
/** Lines of `piece`, about 80 characters each: one paragraph, not one line. */
export const lines = (piece: string, size = MB) => repeat(`${piece.repeat(Math.floor(79 / piece.length))}\n`, size);

/** The build's path for one document, timed: its file normalised, toEntry, its feed HTML, its search page. */
export async function throughTheBuild(body: string, site: SiteConfig = PATHOLOGICAL_SITE): Promise<{ entry: RenderedEntry; ms: number }> {
  const started = performance.now();
  const source = normaliseDocument('_posts/2020-01-01-shape.md', `---\ntitle: Shape\ndate: 2020-01-01T00:00:00+00:00\n---\n${body}`, site);
  if (source.status !== 'content') throw new Error(source.reason);
  const entry = await toEntry(source.meta, source.body, site);
  feedHtml(entry.html, `${site.url}/shape/`, site.url);
  searchDocument(entry, entry.html, site.language);
  return { entry, ms: performance.now() - started };
}
