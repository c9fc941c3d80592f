/**
 * Feed benchmark: builds the feeds of an export (the paginated fixture by default, or a folder from
 * scripts/generate-site.ts) from the same entries and collection the app uses, and prints how long one feed
 * takes to build and serialise in each format: the cost of a feed request that is not answered from memory.
 *
 *   npx tsx bench/feeds.ts [export-folder=tests/fixtures/paginated-site] [rounds=200]
 */
import { readSourceFile } from '../lib/content/source/document';
import { buildCollection } from '../lib/content/model/collection';
import { toEntry } from '../lib/content/generated/entry';
import { readInventory } from '../lib/content/source/inventory';
import { renderAtom } from '../lib/feeds/atom';
import { feedFrom } from '../lib/feeds/feed';
import { renderJsonFeed } from '../lib/feeds/json-feed';
import { renderRss } from '../lib/feeds/rss';

const [dir = 'tests/fixtures/paginated-site', roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 200);

const inventory = readInventory(dir);
const entries = await Promise.all(
  inventory.posts.map((doc) => {
    const source = readSourceFile(dir, doc.file, inventory.site);
    if (source.status !== 'content') throw new Error(`${doc.file}: ${source.reason}`);
    return toEntry(source.meta, source.body, inventory.site);
  }),
);
const { posts } = buildCollection(entries, Date.now());
console.log(`${dir}: ${posts.length} public posts, feeds of ${Math.min(posts.length, inventory.site.feedItems)} items`);

for (const [name, render] of [['RSS', renderRss], ['Atom', renderAtom], ['JSON Feed', renderJsonFeed]] as const) {
  render(feedFrom(inventory.site, posts)); // warm up
  const started = performance.now();
  let bytes = 0;
  for (let i = 0; i < rounds; i++) bytes = render(feedFrom(inventory.site, posts)).length;
  const ms = (performance.now() - started) / rounds;
  console.log(`${name.padEnd(9)} ${ms.toFixed(2)} ms per feed, ${(bytes / 1024).toFixed(0)} KB`);
}
