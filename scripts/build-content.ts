/**
 * The content step of every build: checks the export, runs Contentlayer, then checks that Contentlayer
 * produced exactly the documents the export holds, and builds the search index of the public ones.
 * Contentlayer on its own skips a document it cannot read with a warning; here any difference stops the
 * build, naming the file.
 *
 *   tsx scripts/build-content.ts           check, generate, verify (what `npm run build` runs)
 *   tsx scripts/build-content.ts --check   check only (what `npm run dev` runs first)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { publicationState } from '../lib/content/core/publication';
import { ContentErrors } from '../lib/content/core/errors';
import { readInventory, summarise, type Inventory } from '../lib/content/source/inventory';
import { CONTENTLAYER_OUTPUT, generatedDir } from '../lib/content/generated/store';
import { getContent, renderedBody } from '../lib/content/model/queries';
import { contentDir } from '../lib/content/source/site';
import { mediaWarnings } from '../lib/media/link-scan';
import { buildSearchIndex } from '../lib/search/build-index';
import { bodyReport, compareWithGenerated } from '../lib/content/generated/verify';

const dir = contentDir();
const shownDir = path.relative(process.cwd(), dir) || '.';

function fail(message: string): never {
  console.error(`\n✖ Content build failed (export folder: ${shownDir})\n${message}\n`);
  process.exit(1);
}

/** For `npm run dev`: a ready-made preview link for each draft and scheduled post. */
function printPreviewLinks({ posts, drafts }: Inventory) {
  const now = Date.now();
  const unpublished = [...drafts, ...posts.filter((post) => publicationState(post, now) === 'scheduled')];
  if (unpublished.length === 0) return;
  const secret = process.env.PREVIEW_SECRET?.trim();
  if (!secret) {
    console.log(`${unpublished.length} drafts and scheduled posts: set PREVIEW_SECRET to get preview links for them.`);
    return;
  }
  const origin = `http://localhost:${process.env.PORT || 3000}`;
  console.log('Preview links (drafts and scheduled posts):');
  for (const doc of unpublished) {
    const query = new URLSearchParams({ secret, path: doc.url });
    console.log(`  ${doc.title ?? doc.file}\n    ${origin}/api/draft/?${query}`);
  }
}

function checkExport(dir: string): Inventory {
  try {
    return readInventory(dir);
  } catch (error) {
    if (error instanceof ContentErrors) fail(error.message);
    throw error;
  }
}

console.log(`Reading the export in ${shownDir}`);
const inventory = checkExport(dir);
for (const { file, reason } of inventory.skipped) console.log(`  skipped ${file} (${reason})`);
for (const line of await mediaWarnings(dir)) console.warn(`  warning: ${line}`);

if (!process.argv.includes('--check')) {
  const run = spawnSync(path.resolve('node_modules/.bin/contentlayer2'), ['build'], { stdio: 'inherit' });
  if (run.status !== 0) fail(`contentlayer2 build exited with ${run.status ?? run.signal}`);
  // BLOG_GENERATED_DIR: this build's own copy of the output (a rename, not a copy), so builds of other sites
  // made later in the same project do not change what this one serves.
  const generated = generatedDir();
  if (generated !== path.resolve(CONTENTLAYER_OUTPUT)) {
    rmSync(generated, { recursive: true, force: true });
    mkdirSync(path.dirname(generated), { recursive: true });
    renameSync(CONTENTLAYER_OUTPUT, generated);
  }
  const problems = compareWithGenerated(inventory, generated);
  if (problems.length > 0) fail(problems.map((p) => `  - ${p}`).join('\n'));
  const report = bodyReport(inventory, generated, dir);
  if (report.length > 0) {
    console.log(`What rendering the posts found (${report.length}):`);
    for (const line of report) console.log(`  ${line}`);
  }
  // Public documents only, through the same gate as every page: no draft, scheduled post or revision.
  const search = await buildSearchIndex(getContent().documents(), {
    generatedDir: generated,
    language: inventory.site.language,
    bodyOf: (entry) => renderedBody(entry, generated),
  });
  const megabytes = (search.bytes / 1e6).toFixed(1);
  console.log(`Search index: ${search.documents} posts and pages, ${search.files} files, ${megabytes} MB, in ${search.seconds.toFixed(1)} s`);
}
if (process.argv.includes('--check')) printPreviewLinks(inventory);
console.log(summarise(inventory));
