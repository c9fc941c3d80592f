/** Drafts and scheduled posts of the paginated fixture are not published anywhere. */
import { describe, expect, it } from 'vitest';
import { get, linkHrefs } from './helpers';
import { CATEGORY_STARTUPS, DRAFT, NEWEST_FIRST, SCHEDULED, TAG_ML, TAG_QUANTUM } from './paginated-fixture';

/** Every listing of the fixture: home pages and every tag and category archive page. */
const LISTINGS = [
  '/',
  '/page/2/',
  '/page/3/',
  '/tag/machine-learning/',
  '/tag/machine-learning/page/2/',
  '/tag/quantum/',
  '/tag/weekly/',
  `/tag/${encodeURIComponent('café')}/`,
  `/tag/${encodeURIComponent('東京')}/`,
  '/category/startups/',
  '/category/startups/page/2/',
  '/category/news/',
  '/category/news/page/2/',
  '/category/policy/',
];

describe('drafts and scheduled posts', () => {
  it.each(LISTINGS)('%s lists neither the draft nor the scheduled post', async (path) => {
    const res = await get('paginated', path);
    expect(res.status).toBe(200);
    for (const text of [DRAFT.marker, SCHEDULED.marker, 'draftmarker', 'scheduledmarker']) {
      expect(res.body.toLowerCase()).not.toContain(text.toLowerCase());
    }
    // Page 1 of every listing was rendered from real data, not an empty list.
    expect(res.body).toContain('<article class="py-6">');
  });

  it.each([
    DRAFT.url,
    '/4417-draftmarker-unpublished-idea/',
    '/_drafts/4417-DRAFTMARKER-Unpublished-idea/',
    SCHEDULED.url,
    '/2099/01/01/scheduledmarker-post-from-the-future/',
  ])('%s is a 404', async (path) => {
    const res = await get('paginated', path);
    expect(res.status).toBe(404);
    expect(res.body).toContain('Page not found');
    expect(res.body).not.toContain(DRAFT.marker);
    expect(res.body).not.toContain(SCHEDULED.marker);
  });

  it('are not counted in the archives of their terms', async () => {
    // The draft and the scheduled post are both tagged Machine Learning and filed under Startups.
    for (const [path, summary] of [
      [`/tag/${TAG_ML.slug}/`, `${TAG_ML.posts.length} posts tagged “${TAG_ML.name}”`],
      [`/tag/${TAG_QUANTUM.slug}/`, `${TAG_QUANTUM.posts.length} posts tagged “Quantum”`],
      [`/category/${CATEGORY_STARTUPS.slug}/`, `${CATEGORY_STARTUPS.posts.length} posts filed under “Startups”`],
      ['/tags/', '5 tags, most posts first'],
    ] as const) {
      const res = await get('paginated', path);
      // React separates adjacent text with `<!-- -->`: read the text as a visitor sees it.
      expect(res.body.replaceAll('<!-- -->', '')).toContain(`>${summary}<`);
    }
    // Machine Learning's count on the tag index is its public posts'.
    expect((await get('paginated', '/tags/')).body).toMatch(/Machine Learning<\/span><span[^>]*><span aria-hidden="true">12</);
  });

  it('are nobody\'s neighbour: the newest public post links to no newer one', async () => {
    const newest = NEWEST_FIRST[0]!;
    const res = await get('paginated', newest.url);
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('rel="next"');
    expect(linkHrefs(res.body)).not.toContain(SCHEDULED.url);
  });
});
