/**
 * The content step of every build. It reads the export once, checking every file (source/), and stages each
 * document for Contentlayer (generated/stage.ts); runs Contentlayer, which renders them into the store the app
 * reads (generated/store.ts); checks that the store holds exactly the export's documents; writes the manifest
 * next.config.ts and proxy.ts read (routing/manifest.ts); and builds the search index of the public documents.
 * Any difference between the export and Contentlayer's output stops the build, naming the file.
 *
 *   node scripts/content-step.mjs           the whole step (`npm run build:content`, part of `npm run build`)
 *   node scripts/content-step.mjs --check   check the export only, and print preview links
 *   node scripts/content-step.mjs --dev     the whole step, then `next dev`, and the step again on every change
 *                                           to the export (`npm run dev`)
 * (scripts/content-step.mjs compiles this file and runs it; `tsx scripts/build-content.ts` runs it too, slower.)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, watch } from 'node:fs';
import path from 'node:path';
import { ContentErrors } from '../lib/content/core/errors';
import { forgetGeneratedJson } from '../lib/content/core/generated-file';
import { publicationState } from '../lib/content/core/publication';
import { startContentlayer, type ContentlayerRun } from '../lib/content/generated/contentlayer-run';
import { Stage, stageDir } from '../lib/content/generated/stage';
import { exportHasHttpImages } from '../lib/content/generated/insecure-images';
import { CONTENTLAYER_OUTPUT, generatedDir, removeContentlayerDocuments, renderedBody } from '../lib/content/generated/store';
import { bodyReport, compareWithGenerated } from '../lib/content/generated/verify';
import { getContent } from '../lib/content/model/queries';
import { buildManifest, writeManifest } from '../lib/content/routing/manifest';
import { readInventory, summarise, type Inventory } from '../lib/content/source/inventory';
import { contentDir, type SiteConfig } from '../lib/content/source/site';
import { isServedMediaIn } from '../lib/media';
import { mediaWarnings } from '../lib/media/link-scan';
import { progress } from '../lib/progress';
import { buildSearchIndex } from '../lib/search/build-index';

const dir = contentDir();
const shownDir = path.relative(process.cwd(), dir) || '.';
const mode = process.argv.includes('--check') ? 'check' : process.argv.includes('--dev') ? 'dev' : 'build';

class StepFailed extends Error {}

function fail(message: string): never {
  throw new StepFailed(`\n✖ Content build failed (export folder: ${shownDir})\n${message}\n`);
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

/** Reads and checks the export; with a stage, writes each document to it as it is read. */
function readExport(stage?: Stage): Inventory {
  try {
    const inventory = readInventory(dir, stage && { onDocument: (meta, body) => stage.add(meta, body) });
    stage?.finish(inventory.site);
    return inventory;
  } catch (error) {
    if (error instanceof ContentErrors) fail(error.message);
    throw error;
  }
}

/**
 * Hands the stage to Contentlayer, started earlier, rendering the documents staged anew with it meanwhile, and
 * moves its output where this build's generated content goes.
 */
async function generate(contentlayer: ContentlayerRun, stage: Stage, site: SiteConfig): Promise<string> {
  // (Loaded only now: the Markdown pipeline takes a while to load, and Contentlayer is already starting meanwhile.)
  const { renderFor } = await import('../lib/content/generated/render-service');
  await renderFor(contentlayer, stage.dir, stage.changed, site);
  const status = await contentlayer.exited;
  if (status !== 0) fail(`contentlayer2 build exited with ${status}`);
  removeContentlayerDocuments(CONTENTLAYER_OUTPUT);
  // BLOG_GENERATED_DIR: this build's own copy of the output (a rename, not a copy), so builds of other sites
  // made later in the same project do not change what this one serves.
  const generated = generatedDir();
  if (generated !== path.resolve(CONTENTLAYER_OUTPUT)) {
    rmSync(generated, { recursive: true, force: true });
    mkdirSync(path.dirname(generated), { recursive: true });
    renameSync(CONTENTLAYER_OUTPUT, generated);
  }
  return generated;
}

async function contentStep(): Promise<Inventory> {
  // The instant every page of the build is judged as of (BLOG_BUILD_TIME pins it, for tests).
  const builtAt = Number(process.env.BLOG_BUILD_TIME) || Date.now();
  const started = Date.now();
  console.log(`Reading the export in ${shownDir}`);
  const stage = mode === 'check' ? undefined : new Stage(stageDir());
  // Contentlayer takes longer to start than the export takes to read: it starts now, and waits for the stage.
  const contentlayer = stage && startContentlayer(stage.dir);
  let inventory: Inventory;
  try {
    inventory = readExport(stage);
    console.log(inventory.address);
    for (const { file, reason } of inventory.skipped) console.log(`  skipped ${file} (${reason})`);
    for (const { file, reason } of inventory.locked) console.log(`  locked ${file} (${reason}): not published, previewable as a draft`);
    for (const line of await mediaWarnings(dir)) console.warn(`  warning: ${line}`);
  } catch (error) {
    contentlayer?.child.kill();
    throw error;
  }
  if (mode === 'check' || !stage || !contentlayer) return inventory;
  console.log(`Read ${inventory.posts.length + inventory.pages.length + inventory.drafts.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const generated = await generate(contentlayer, stage, inventory.site);
  // (Under --dev the step runs again in this process: what an earlier run read is stale.)
  forgetGeneratedJson();
  const problems = compareWithGenerated(inventory, generated);
  if (problems.length > 0) fail(problems.map((p) => `  - ${p}`).join('\n'));
  writeManifest(buildManifest(inventory, { builtAt, httpImages: exportHasHttpImages(generated) }), generated);
  const report = bodyReport(inventory, generated, isServedMediaIn(dir));
  if (report.length > 0) {
    console.log(`What rendering the posts found (${report.length}):`);
    for (const line of report) console.log(`  ${line}`);
  }
  // Public documents only, through the same gate as every page: no draft, scheduled post or revision.
  const searched = getContent().documents();
  const search = await buildSearchIndex(searched, {
    generatedDir: generated,
    language: inventory.site.language,
    bodyOf: (entry) => renderedBody(entry, generated),
    onIndexed: progress('indexing for search', searched.length),
  });
  const megabytes = (search.bytes / 1e6).toFixed(1);
  console.log(`Search index: ${search.documents} posts and pages, ${search.files} files, ${megabytes} MB, in ${search.seconds.toFixed(1)} s`);
  return inventory;
}

/** `--dev`: `next dev` on the built content, and the content step again (debounced) whenever the export changes. */
function develop() {
  const next = spawn(path.resolve('node_modules/.bin/next'), ['dev'], { stdio: 'inherit' });
  next.on('exit', (code) => process.exit(code ?? 0));
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const rerun = async () => {
    if (running) return void (again = true);
    running = true;
    try {
      console.log(summarise(await contentStep()));
    } catch (error) {
      console.error(error instanceof StepFailed ? error.message : error);
    }
    running = false;
    if (again) {
      again = false;
      void rerun();
    }
  };
  watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rerun, 300);
  });
}

try {
  const inventory = await contentStep();
  if (mode !== 'build') printPreviewLinks(inventory);
  console.log(summarise(inventory));
  if (mode === 'dev') develop();
} catch (error) {
  if (!(error instanceof StepFailed)) throw error;
  console.error(error.message);
  process.exit(1);
}
