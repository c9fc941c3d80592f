/**
 * Locked posts (issue 19, item 6): a post or page WordPress kept behind a password (`post_password`/`password` in
 * its front matter, or a body that is WordPress's password form) is a draft: previewable, public nowhere, named by
 * the build; its password is read by nothing and written nowhere.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { publicationState } from '../../lib/content/core/publication';
import { Stage } from '../../lib/content/generated/stage';
import { buildCollection } from '../../lib/content/model/collection';
import { buildManifest } from '../../lib/content/routing/manifest';
import { normaliseDocument } from '../../lib/content/source/document';
import { readInventory, summarise } from '../../lib/content/source/inventory';
import { FIXTURES_DIR, exportEntries, shapesInventory } from '../helpers/fixtures';
import { repeat } from '../helpers/pathological';

const DIR = path.join(FIXTURES_DIR, 'fidelity-site');
const LOCKED = '_posts/2025-01-13-lockedmarker-members-only-plans.md';
const FORM_LOCKED = '_posts/2025-01-14-formlockmarker-board-minutes.md';
const PASSWORD = 'hunter2-PASSWORDMARKER-7c1e';
const NOW = Date.parse('2026-01-01T00:00:00Z');

const FORM =
  '<form action="https://x.example/wp-login.php?action=postpass" class="post-password-form" method="post">\n' +
  '<p>This content is password protected. To view it please enter your password below:</p>\n' +
  '<p><label for="pwbox-7">Password: <input name="post_password" id="pwbox-7" type="password" size="20" /></label> <input type="submit" name="Submit" value="Enter" /></p>\n' +
  '</form>\n';

/** One post with `frontMatter` and `body`, normalised as the inventory does. */
function post(frontMatter: string, body = 'Text.', file = '_posts/2020-01-01-a-post.md') {
  const source = normaliseDocument(file, `---\ntitle: A post\ndate: 2020-01-01T12:00:00+00:00\n${frontMatter}\n---\n${body}`, shapesInventory().site);
  if (source.status !== 'content') throw new Error(`skipped: ${source.reason}`);
  return source;
}

describe('what is locked', () => {
  test.each([
    ['post_password: hunter2', 'post_password in its front matter'],
    ['password: hunter2', 'password in its front matter'],
    ['password: 1234', 'password in its front matter'],
    ["post_password:\n  - 'hunter2'", 'post_password in its front matter'],
    ['post_password: true', 'post_password in its front matter'],
  ])('%s: a draft, and why', (frontMatter, reason) => {
    const { meta, locked } = post(frontMatter);
    expect(meta.kind).toBe('draft');
    expect(locked).toBe(reason);
    expect(publicationState(meta, NOW)).toBe('draft');
  });

  test.each(['post_password: ""', "post_password:\n  - ''", 'post_password:', 'password: false', 'password: "  "', 'passwords: x', 'status: publish'])(
    '%s: not locked',
    (frontMatter) => {
      const { meta, locked } = post(frontMatter);
      expect(meta.kind).toBe('post');
      expect(locked).toBeNull();
    },
  );

  test.each([
    ['WordPress\'s form as it renders it', FORM],
    ['the form as an exporter converted it to Markdown', FORM.replace(/<\/?p>/g, '\n')],
    ['single quotes, upper case, the action first', "<FORM action='https://x.example/wp-login.php?action=postpass' method='post'>Protected</FORM>"],
    ['only the class', '<form class="entry post-password-form">Protected</form>'],
    ['WordPress before 3.4, without the class', '<form action="https://x.example/wp-pass.php" method="post">Protected</form>'],
    ['after other text', `Intro.\n\n${FORM}`],
  ])('a body that is the password form (%s): a draft', (_what, body) => {
    const { meta, locked } = post('', body);
    expect(meta.kind).toBe('draft');
    expect(locked).toBe("its body is WordPress's password form");
  });

  test.each([
    ['a sample in a fenced code block', `How to style it:\n\n\`\`\`html\n${FORM}\`\`\`\n`],
    ['a sample in inline code', 'Style `<form class="post-password-form">` with CSS.'],
    ['a sample in <pre><code>', `<pre><code>${FORM}</code></pre>`],
    ['escaped HTML', '&lt;form class="post-password-form"&gt;'],
    ['the class named in text', 'The post-password-form class and action=postpass are WordPress\'s.'],
    ['another form', '<form action="/search/" class="search-form"><input name="s" /></form>'],
    ['a tag that only starts like form', '<formula class="post-password-form">x</formula>'],
    ['a form tag that never ends', '<form class="post-password-form"'],
  ])('%s: not locked', (_what, body) => {
    const { meta, locked } = post('', body);
    expect(meta.kind).toBe('post');
    expect(locked).toBeNull();
  });

  test('a page with a password is a draft too; a draft with one was one already (not reported as locked)', () => {
    expect(post('post_password: x', 'Text.', 'about.md')).toMatchObject({ meta: { kind: 'draft', url: '/about/' }, locked: 'post_password in its front matter' });
    expect(post('post_password: x', 'Text.', '_drafts/a-draft.md')).toMatchObject({ meta: { kind: 'draft' }, locked: null });
    expect(post('post_password: x\ndraft: true')).toMatchObject({ meta: { kind: 'draft' }, locked: null });
  });

  test('a locked post keeps its URL (its preview is there), and nothing of its password', () => {
    const { meta } = post('post_password: hunter2\npermalink: /members/');
    expect(meta.url).toBe('/members/');
    expect(JSON.stringify(meta)).not.toContain('hunter2');
    expect(JSON.stringify(meta)).not.toContain('password');
  });

  test('the form check reads a 1 MB body of pieces of forms in linear time', () => {
    for (const piece of ['<form class="post-password-form" ', '<form ', '<formx post-password-form', 'action=postpass <form>']) {
      const started = performance.now();
      post('', repeat(piece));
      expect(performance.now() - started, piece).toBeLessThan(2000);
    }
  });
});

describe('the fidelity fixture', () => {
  test('its two locked posts are drafts, named with why; the summary counts them', () => {
    const inventory = readInventory(DIR);
    expect(inventory.locked).toEqual([
      { file: LOCKED, reason: 'post_password in its front matter' },
      { file: FORM_LOCKED, reason: "its body is WordPress's password form" },
    ]);
    expect(inventory.drafts.map((draft) => draft.file)).toEqual(expect.arrayContaining([LOCKED, FORM_LOCKED]));
    expect(inventory.posts.map((post) => post.file)).not.toContain(LOCKED);
    expect(summarise(inventory)).toMatch(/, \d+ drafts \(2 locked\), /);
  });

  test('the public collection has neither, in any listing; the preview collection has both', async () => {
    const { entries } = await exportEntries(DIR);
    const collection = buildCollection(entries, NOW);
    const files = (list: { file: string }[]) => list.map((entry) => entry.file);
    const everywhere = [
      ...files(collection.posts),
      ...files([...collection.byUrl.values()]),
      ...[...collection.tags.values(), ...collection.categories.values(), ...collection.authors.values()].flatMap((archive) => files(archive.posts)),
      ...[...collection.dates.values()].flatMap(files),
    ];
    expect(everywhere.length).toBeGreaterThan(0);
    expect(everywhere).not.toContain(LOCKED);
    expect(everywhere).not.toContain(FORM_LOCKED);
    expect(collection.tags.has('lockedonly')).toBe(false);
    expect(collection.dates.has('/2025/01/13/')).toBe(false);
    const preview = buildCollection(entries, NOW, { preview: true });
    expect(files(preview.posts)).toEqual(expect.arrayContaining([LOCKED, FORM_LOCKED]));
  });

  test('the password is in nothing staged for Contentlayer, nor in the manifest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'locked-stage-'));
    const stage = new Stage(dir);
    const inventory = readInventory(DIR, { onDocument: (meta, body) => stage.add(meta, body) });
    stage.finish(inventory.site);
    const staged = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(staged.length).toBeGreaterThan(inventory.posts.length);
    const texts = staged.map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
    // The locked post is staged (for preview), without its password.
    expect(texts.some((text) => text.includes('LOCKEDMARKER body'))).toBe(true);
    expect(texts.filter((text) => text.includes(PASSWORD))).toEqual([]);
    // Nor is the post itself there (its URL, its title), as a draft's is not: the proxy answers it 404.
    const manifest = JSON.stringify(buildManifest(inventory, { builtAt: NOW, httpImages: false })).toLowerCase();
    expect(manifest).toContain('/harbour-notes/');
    for (const needle of [PASSWORD, 'LOCKEDMARKER', 'FORMLOCKMARKER']) expect(manifest).not.toContain(needle.toLowerCase());
  });

  test('nor in the rendered entries the store is made of', async () => {
    const { entries } = await exportEntries(DIR);
    const locked = entries.find((entry) => entry.file === LOCKED)!;
    expect(locked.html).toContain('LOCKEDMARKER body');
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
  });
});
