/**
 * The search index over real fixture exports: what goes in (public posts and pages through the visibility gate,
 * titles escaped, dates as shown), what stays out (drafts, scheduled posts, plugin metadata), and which of the
 * written files the site serves. Pagefind's indexer runs for real, into a temporary folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCollection } from '../../lib/content/model/collection';
import type { RenderedEntry } from '../../lib/content/generated/entry';
import { buildSearchIndex, type SearchIndexReport } from '../../lib/search/build-index';
import { searchIndexDir, servedIndexFile } from '../../lib/search/files';
import { searchDocument } from '../../lib/search/index-document';
import { exportEntries, FIXTURES_DIR, PAGINATED_DIR } from '../helpers/fixtures';

const NOW = Date.parse('2026-11-29T00:00:00Z');

/** The index's own data (word chunks, fragments, metadata), without Pagefind's scripts, whose code has words too. */
const INDEX_DATA = /\.pf_(index|fragment|meta)$/;

/** The files of the index (those `only` matches, by default all) and their text: Pagefind gzips its data. */
function indexText(dir: string, only = /./): { files: string[]; text: string } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && only.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  const text = files
    .map((file) => {
      const bytes = readFileSync(path.join(dir, file));
      return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
    })
    .join('\n');
  return { files, text };
}

describe('the index of the paginated fixture', () => {
  let generated: string;
  let report: SearchIndexReport;
  let all: RenderedEntry[];
  let publicDocs: RenderedEntry[];

  beforeAll(async () => {
    generated = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    const { site, entries } = await exportEntries(PAGINATED_DIR);
    all = entries;
    publicDocs = [...buildCollection(entries, NOW).byUrl.values()];
    report = await buildSearchIndex(publicDocs, { generatedDir: generated, language: site.language, bodyOf: (entry) => (entry as RenderedEntry).html });
  }, 60_000);

  afterAll(() => rmSync(generated, { recursive: true, force: true }));

  test('holds the public posts and pages, and no other document', () => {
    // 28 posts and the About page; the two drafts and the post scheduled for 2099 are left out by the gate.
    expect(publicDocs.filter((d) => d.kind === 'post')).toHaveLength(28);
    expect(publicDocs.filter((d) => d.kind === 'page')).toHaveLength(1);
    expect(all.length - publicDocs.length).toBe(3);
    expect(report.documents).toBe(29);
    const entry = JSON.parse(readFileSync(path.join(searchIndexDir(generated), 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages).toEqual({ en: expect.objectContaining({ page_count: 29 }) });
  });

  test('has the public text, and none of the drafts, the scheduled post or plugin metadata', () => {
    const { text } = indexText(searchIndexDir(generated));
    // Positive controls: words of public posts, as text (fragments) and as index words.
    expect(text).toContain('Electric trucks need batteries');
    expect(text).toContain('español');
    for (const marker of ['DRAFTMARKER', 'SCHEDULEDMARKER', 'LEAKMARKER', '_yoast_wpseo', 'classic-editor', 'fifu_image', '10.0.0.1']) {
      expect(text.toLowerCase(), marker).not.toContain(marker.toLowerCase());
    }
  });

  test('the site serves exactly the files a search loads, content-hashed ones for good', () => {
    const { files } = indexText(searchIndexDir(generated));
    const served = files.filter((file) => servedIndexFile(file) !== null);
    expect(files.filter((file) => !served.includes(file))).toEqual([]);
    expect(served).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind']));
    expect(served.filter((file) => file.startsWith('fragment/'))).toHaveLength(29);
    for (const file of served) {
      expect(servedIndexFile(file)!.immutable, file).toBe(/^(fragment|index)\/|\.pf_meta$/.test(file));
    }
  });

  test('ready-made search interfaces Pagefind also writes are removed', () => {
    const { files } = indexText(searchIndexDir(generated));
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });
});

describe('the index of an export full of unpublished documents', () => {
  test('holds the three public ones: no draft, status, private page, scheduled post, revision or autosave', async () => {
    const generated = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    try {
      const { site, entries } = await exportEntries(path.join(FIXTURES_DIR, 'unpublished-site'));
      const publicDocs = [...buildCollection(entries, NOW).byUrl.values()];
      expect(publicDocs.map((d) => d.url).sort()).toEqual(['/about/', '/published/', '/status-publish/']);
      const report = await buildSearchIndex(publicDocs, { generatedDir: generated, language: site.language, bodyOf: (entry) => (entry as RenderedEntry).html });
      expect(report.documents).toBe(3);
      const { text: words } = indexText(searchIndexDir(generated), INDEX_DATA);
      // Positive control: the public documents' text is there.
      expect(words).toContain('Body of Status publish.');
      expect(words).toContain('A public page.');
      for (const word of ['trash', 'pending', 'private', 'scheduled', 'permalink', 'yes', 'auto', 'false', 'draft']) {
        expect(words.toLowerCase(), word).not.toContain(word);
      }
    } finally {
      rmSync(generated, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('which index files are served', () => {
  test.each([
    ['pagefind.js', 'text/javascript; charset=utf-8', false],
    ['pagefind-entry.json', 'application/json', false],
    ['wasm.en.pagefind', 'application/octet-stream', false],
    ['pagefind.en_3d9b1964e0.pf_meta', 'application/octet-stream', true],
    ['index/en_72523b5.pf_index', 'application/octet-stream', true],
    ['fragment/pt-br_2a8f348.pf_fragment', 'application/octet-stream', true],
  ])('%s as %s', (file, type, immutable) => {
    expect(servedIndexFile(file)).toEqual({ type, immutable });
  });

  test.each(['pagefind-ui.js', 'pagefind-ui.css', '../entries.json', 'index/../../entries.json', 'fragment/x.html', 'pagefind.js.map', 'playground/index.html', ''])(
    '%j is not served',
    (file) => {
      expect(servedIndexFile(file)).toBeNull();
    },
  );
});

describe('the page indexed for a document', () => {
  test('titles are text in the heading and the meta tag, never markup', async () => {
    const hostileSite = await exportEntries(path.join(FIXTURES_DIR, 'hostile-site'));
    const hostile = hostileSite.entries.find((e) => e.url === '/script-in-title/')!;
    const { url, content } = searchDocument(hostile, hostile.html, hostileSite.site.language);
    expect(url).toBe('/script-in-title/');
    // The export's `<script>` is gone from the title already; its quotes are escaped here.
    expect(content).not.toMatch(/<script|window\.__pwned = 'title'/);
    expect(content).toContain('<h1>window.__pwned = &apos;title&apos;Title with a script</h1>');
    // An entity in the export (`&#038;`) is one character in the title, escaped once.
    const { site, entries } = await exportEntries(PAGINATED_DIR);
    const apples = entries.find((e) => e.url === '/post-28-apples-oranges-comparing-two-app-stores/')!;
    const doc = searchDocument(apples, apples.html, site.language).content;
    expect(doc).toContain('<meta data-pagefind-meta="title[content]" content="Post 28 – Apples &amp; Oranges: comparing two app stores">');
    expect(doc).toContain('<h1>Post 28 – Apples &amp; Oranges: comparing two app stores</h1>');
  });

  test('a post carries its date as shown and as ISO; a page has none; non-ASCII URLs are encoded', async () => {
    const { site, entries } = await exportEntries(PAGINATED_DIR);
    const post = entries.find((e) => e.url.includes('hardware-meetup-notes'))!;
    const doc = searchDocument(post, post.html, site.language);
    expect(doc.url).toBe('/%E6%9D%B1%E4%BA%AC-hardware-meetup-notes/');
    expect(doc.content).toContain('<meta data-pagefind-meta="date[content]" content="July 8, 2019">');
    expect(doc.content).toContain(`<meta data-pagefind-meta="datetime[content]" content="${post.date}">`);
    const about = entries.find((e) => e.url === '/about/')!;
    expect(searchDocument(about, about.html, site.language).content).not.toContain('data-pagefind-meta="date');
  });
});
