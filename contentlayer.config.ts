import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import type { Processor } from 'unified';
import { readSourceFile } from './lib/content/source/document';
import { toEntry, type Entry } from './lib/content/generated/entry';
import { MEDIA_DIRS } from './lib/content/source/export-layout';
import { CONTENTLAYER_OUTPUT, writeEntryIndex } from './lib/content/generated/store';
import { readInventory } from './lib/content/source/inventory';
import { contentDir, loadSiteConfig } from './lib/content/source/site';

/**
 * Contentlayer turns the export into typed data. It declares no front-matter fields of its own: the one
 * computed field `entry` runs the blog's normaliser and Markdown pipeline (lib/content, lib/markdown) on the
 * file, so the offset of every date survives, plugin metadata is never copied into the generated data, and
 * Contentlayer has no field it could skip a document over. `scripts/build-content.ts` checks the export
 * before and the output after.
 */
const dir = contentDir();

// Revisions, auto-drafts and stray files never reach Contentlayer (nor its generated data).
const notContent = (() => {
  try {
    return readInventory(dir).skipped.map((s) => s.file);
  } catch {
    return []; // the content check reports the errors; here they would only be printed twice
  }
})();

function entryOf(file: string): Promise<Entry> {
  const site = loadSiteConfig(dir);
  const source = readSourceFile(dir, file, site);
  if (source.status !== 'content') throw new Error(`${file}: ${source.reason}, yet Contentlayer read it`);
  return toEntry(source.meta, source.body, site);
}

function skipMarkdown(this: Processor) {
  this.parser = () => ({ type: 'root', children: [] });
  this.compiler = () => '';
}

const documentType = (name: 'Post' | 'Draft' | 'Page', filePathPattern: string) =>
  defineDocumentType(() => ({
    name,
    filePathPattern,
    contentType: 'markdown',
    fields: {},
    computedFields: {
      entry: { type: 'json', resolve: (doc) => entryOf(doc._raw.sourceFilePath) },
    },
  }));

// Order matters: a file takes the first type whose pattern matches it.
export const Post = documentType('Post', '_posts/**/*.md');
export const Draft = documentType('Draft', '_drafts/**/*.md');
export const Page = documentType('Page', '**/*.md');

export default makeSource({
  contentDirPath: dir,
  contentDirExclude: [...MEDIA_DIRS, '_config.yml', '**/*.{json,yaml,yml,mdx}', ...notContent],
  documentTypes: [Post, Draft, Page],
  // The body is rendered by the blog's own pipeline in `entry`; Contentlayer's pass would only repeat the work
  // (and it renders the whole file, front matter included).
  markdown: (builder) => {
    builder.use(skipMarkdown);
  },
  // A front-matter key named `type` would otherwise be read as the document type.
  fieldOptions: { typeFieldName: 'documentType' },
  onExtraFieldData: 'ignore',
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  disableImportAliasWarning: true,
  // The app reads metadata from this index and each body from its own file, never the whole archive at once.
  onSuccess: async () => {
    writeEntryIndex(CONTENTLAYER_OUTPUT);
  },
});
