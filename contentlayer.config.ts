import { defineDocumentType, defineNestedType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import { entryOfDocument, toEntry, type GeneratedDocument, type RenderedEntry } from './lib/content/generated/entry';
import { renderService } from './lib/content/generated/render-service';
import { CONTENTLAYER_OUTPUT, writeStore } from './lib/content/generated/store';
import { DOCUMENT_TYPES, metaOf, stageDir, type StagedDocument } from './lib/content/generated/stage';
import { progress } from './lib/progress';

/**
 * Contentlayer turns the export into typed documents. It reads the export as the content step staged it
 * (lib/content/generated/stage.ts): each document's front matter already read, checked and normalised (dates
 * keep their offset, plugin metadata is gone), so Contentlayer parses no YAML and holds nothing but documents.
 * The fields below are those normalised ones; the computed fields render the body with the blog's Markdown
 * pipeline (lib/markdown) and what derives from it. `scripts/build-content.ts` runs it and checks its output.
 */
const stage = stageDir();
// What the stage holds arrives once it is complete: the content step starts Contentlayer before it has read the
// export, and says when (lib/content/generated/render-service.ts).
const service = renderService(stage);

const Term = defineNestedType(() => ({
  name: 'Term',
  fields: {
    name: { type: 'string', required: true },
    slug: { type: 'string', required: true, description: 'As in the archive URL: `/tag/<slug>/`' },
  },
}));

const FeaturedImage = defineNestedType(() => ({
  name: 'FeaturedImage',
  fields: {
    src: { type: 'string', required: true, description: 'Root-relative for the export’s own uploads' },
    alt: { type: 'string', description: 'Absent: the title is the alt text' },
  },
}));

const fields: FieldDefs = {
  kind: { type: 'enum', options: ['post', 'page', 'draft'], required: true },
  file: { type: 'string', required: true, description: 'Path inside the export folder, which errors and reports name' },
  wpId: { type: 'number', description: 'The WordPress post ID' },
  givenTitle: { type: 'string', description: 'The title the export gives, as plain text (absent for untitled asides)' },
  date: { type: 'string', description: 'ISO 8601 with the UTC offset it was written with (a Contentlayer date would lose it)' },
  url: { type: 'string', required: true, description: 'Canonical path, decoded: `/slug/`' },
  author: { type: 'string' },
  givenExcerpt: { type: 'string', description: 'The hand-written excerpt, as plain text' },
  guid: { type: 'string', description: 'The WordPress guid, byte for byte (feeds keep it)' },
  categories: { type: 'list', of: Term, required: true },
  tags: { type: 'list', of: Term, required: true },
  image: { type: 'nested', of: FeaturedImage },
  format: { type: 'string', description: 'WordPress post format: aside, status, quote, link…' },
  math: { type: 'boolean', required: true, description: 'Typeset the body’s TeX' },
  menuOrder: { type: 'number', required: true, description: 'WordPress’s menu_order: a page’s place in the default page menu' },
  markdown: { type: 'string', required: true, description: 'The body as the export wrote it' },
};

let showProgress = () => {};
const renders = new WeakMap<object, Promise<RenderedEntry>>();

/**
 * A document's entry, rendered once however many of its computed fields ask (Contentlayer asks in parallel): by
 * the content step or here, shared between them (lib/content/generated/render-service.ts), else here on demand.
 */
function rendered(doc: StagedDocument & { _id: string }): Promise<RenderedEntry> {
  let render = renders.get(doc);
  if (!render) {
    const entry = service.entryOf(doc._id) ?? service.settings.then(({ site }) => toEntry(metaOf(doc), doc.markdown, site));
    render = entry.then((entry) => {
      showProgress();
      return entry;
    });
    renders.set(doc, render);
  }
  return render;
}

// (Contentlayer types a resolver's document loosely; the fields above are what it holds.)
const from = <T,>(pick: (entry: RenderedEntry) => T) => (doc: unknown) => rendered(doc as StagedDocument & { _id: string }).then(pick);

const documentType = (name: (typeof DOCUMENT_TYPES)[keyof typeof DOCUMENT_TYPES]) =>
  defineDocumentType(() => ({
    name,
    filePathPattern: `${name}/**/*.json`,
    contentType: 'data',
    fields,
    computedFields: {
      title: { type: 'string', description: 'Heading and link text; for untitled posts the first words (or the date)', resolve: from((e) => e.title) },
      hasTitle: { type: 'boolean', description: 'False for asides without a title', resolve: from((e) => e.hasTitle) },
      excerpt: { type: 'string', description: 'The given excerpt, else the text before <!--more-->, else the first 55 words', resolve: from((e) => e.excerpt) },
      readingMinutes: { type: 'number', resolve: from((e) => e.readingMinutes) },
      html: { type: 'string', description: 'The body, rendered and sanitised', resolve: from((e) => e.html) },
      findings: {
        type: 'json',
        description: 'What rendering found, for the build report: { removedShortcodes, internalLinks, longLines, insecureImages, mathErrors }',
        resolve: from(({ removedShortcodes, internalLinks, longLines, insecureImages, mathErrors }) => ({ removedShortcodes, internalLinks, longLines, insecureImages, mathErrors })),
      },
    },
  }));

export const Post = documentType(DOCUMENT_TYPES.post);
export const Page = documentType(DOCUMENT_TYPES.page);
export const Draft = documentType(DOCUMENT_TYPES.draft);

export default makeSource(async () => {
  const { documents } = await service.settings;
  showProgress = progress('rendering documents', documents);
  return {
    contentDirPath: stage,
    contentDirExclude: ['settings.json'],
    documentTypes: [Post, Page, Draft],
    onUnknownDocuments: 'fail',
    onMissingOrIncompatibleData: 'fail',
    onExtraFieldData: 'fail',
    disableImportAliasWarning: true,
    // The app reads the store (entries.json, bodies.html), never Contentlayer's whole-archive indexes.
    onSuccess: async (importData) => {
      // (Contentlayer's own `Document` type knows none of the fields declared above.)
      const documents = (await importData()).allDocuments as unknown as GeneratedDocument[];
      writeStore(CONTENTLAYER_OUTPUT, documents.map(entryOfDocument));
    },
  };
});
