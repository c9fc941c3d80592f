/**
 * The content step of every build: checks the export, runs Contentlayer, then checks that Contentlayer
 * produced exactly the documents the export holds. Contentlayer on its own skips a document it cannot read
 * with a warning; here any difference stops the build, naming the file.
 *
 *   tsx scripts/build-content.ts           check, generate, verify (what `npm run build` runs)
 *   tsx scripts/build-content.ts --check   check only (what `npm run dev` runs first)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentErrors } from '../lib/content/errors';
import { readInventory, summarise, type Inventory } from '../lib/content/inventory';
import { contentDir } from '../lib/content/site';

const GENERATED = path.resolve('.contentlayer/generated');

const dir = contentDir();
const shownDir = path.relative(process.cwd(), dir) || '.';

function fail(message: string): never {
  console.error(`\n✖ Content build failed (export folder: ${shownDir})\n${message}\n`);
  process.exit(1);
}

function checkExport(dir: string): Inventory {
  try {
    return readInventory(dir);
  } catch (error) {
    if (error instanceof ContentErrors) fail(error.message);
    if (error instanceof Error && error.name === 'ContentError') fail(error.message);
    throw error;
  }
}

function generatedFiles(type: string): string[] {
  const index = JSON.parse(readFileSync(path.join(GENERATED, type, '_index.json'), 'utf8')) as {
    _raw: { sourceFilePath: string };
  }[];
  return index.map((doc) => doc._raw.sourceFilePath);
}

/** Every document of the export is in Contentlayer's output under its own type, and nothing else is. */
function verifyGenerated(inventory: Inventory) {
  const problems: string[] = [];
  const expected = { Post: inventory.posts, Page: inventory.pages, Draft: inventory.drafts };
  for (const [type, docs] of Object.entries(expected)) {
    const generated = new Set(generatedFiles(type));
    for (const doc of docs) if (!generated.delete(doc.file)) problems.push(`  - ${doc.file}: missing from Contentlayer's ${type} output`);
    for (const extra of generated) problems.push(`  - ${extra}: in Contentlayer's ${type} output but not content`);
  }
  if (problems.length > 0) fail(problems.join('\n'));
}

console.log(`Reading the export in ${shownDir}`);
const inventory = checkExport(dir);
for (const { file, reason } of inventory.skipped) console.log(`  skipped ${file} (${reason})`);

if (!process.argv.includes('--check')) {
  const run = spawnSync('contentlayer2', ['build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) fail(`contentlayer2 build exited with ${run.status ?? run.signal}`);
  verifyGenerated(inventory);
}
console.log(summarise(inventory));
