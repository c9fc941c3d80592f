/**
 * Old WordPress URLs over the real paginated fixture (IDs 1000 + 7n, post 20 on `/?p=1140` links, post 12's
 * permalink without a trailing slash, post 9's percent-encoded, a page with `page_id` 2, two drafts and a
 * scheduled post) and wp-shapes (a post whose ID is only in its guid).
 */
import { describe, expect, test } from 'vitest';
import { readInventory } from '../../lib/content/source/inventory';
import { indexOldUrls, oldUrlTable, oldUrlTarget } from '../../lib/content/routing/old-urls';
import { PAGINATED_DIR, WP_SHAPES_DIR } from '../helpers/fixtures';

const NOW = Date.parse('2026-11-29T00:00:00Z');
const table = (dir: string) => {
  const { posts, pages } = readInventory(dir);
  return oldUrlTable([...posts, ...pages], NOW);
};
const index = indexOldUrls(table(PAGINATED_DIR));
const target = (path: string, search = '', previewOn = false) => oldUrlTarget(path, search, index, { previewOn });

describe('WordPress query-string URLs', () => {
  test.each([
    ['?p=1007', '/post-01-seed-round-for-a-robotics-startup/'],
    // A site on WordPress's default links: the post's URL comes from its file name.
    ['?p=1140', '/post-20-deep-learning-on-phones/'],
    ['?p=1140&replytocom=5', '/post-20-deep-learning-on-phones/'],
    ['?p=01140', '/post-20-deep-learning-on-phones/'],
    ['?page_id=2', '/about/'],
    ['?p=2', '/about/'], // WordPress answered ?p= for pages too
    ['?tag=machine-learning', '/tag/machine-learning/'],
    ['?tag=Machine-Learning', '/tag/machine-learning/'],
    ['?category_name=policy', '/category/policy/'],
    ['?author_name=ada-editor', '/author/ada-editor/'],
    ['?m=2019', '/2019/'],
    ['?m=201904', '/2019/04/'],
    ['?m=20190430', '/2019/04/30/'],
  ])('/%s -> %s (the query dropped)', (search, path) => {
    expect(target('/', search)).toEqual({ redirect: path });
  });

  test.each([
    ['/', '?s=quantum+computing', '?q=quantum+computing'],
    ['/', '?s=caf%C3%A9', '?q=caf%C3%A9'],
    ['/', '?s=++spaced++', '?q=spaced'],
    ['/', '?s=', ''],
    ['/', '?s=drone&paged=2', '?q=drone'],
    ['/index.php', '?s=drone', '?q=drone'],
    ['/search/quantum+computing/', '', '?q=quantum+computing'],
    ['/search/quantum%20computing/', '', '?q=quantum+computing'],
    ['/search/caf%C3%A9/page/3/', '', '?q=caf%C3%A9'],
    ['/search/drone', '', '?q=drone'],
    ['/index.php/search/drone/', '', '?q=drone'],
  ])('a WordPress search, %s%s, goes to the search page with %s', (path, search, query) => {
    expect(target(path, search)).toEqual({ redirect: '/search/', search: query });
  });

  test.each(['/search/', '/search/a/b/', '/searching/drone/'])('%s is not a WordPress search URL', (path) => {
    expect(target(path)).toBeNull();
  });

  test.each([
    ['?p=999999', 'an ID nobody has'],
    ['?p=4417', 'a draft\'s ID'],
    ['?page_id=1140', 'a post\'s ID asked as a page'],
    ['?tag=nope', 'a tag nobody has'],
    ['?p=4417&preview=true', 'a preview link while preview is off'],
  ])('/%s is a 404: %s', (search) => {
    expect(target('/', search)).toEqual({ notFound: true });
  });

  test('with preview on, WordPress\'s preview links open the preview entry (which asks for the secret)', () => {
    expect(target('/', '?p=4417&preview=true', true)).toEqual({ redirect: '/api/draft/?id=4417' });
    expect(target('/', '?preview_id=4417&preview_nonce=abc', true)).toEqual({ redirect: '/api/draft/?id=4417' });
  });

  test.each(['', '?utm_source=mastodon', '?cat=5', '?p=abc'])('/%s is the home page itself', (search) => {
    expect(target('/', search)).toBeNull();
  });

  test('a post whose ID is only in its guid is found by it', () => {
    const shapes = indexOldUrls(table(WP_SHAPES_DIR));
    expect(oldUrlTarget('/', '?p=1905', shapes)).toEqual({ redirect: '/id-missing/' });
    expect(oldUrlTarget('/', '?page_id=4', shapes)).toEqual({ redirect: '/privacy-policy/' });
  });

  test('drafts have no entry; the scheduled post has one (proxy.ts holds it back until its time)', () => {
    const { ids } = table(PAGINATED_DIR);
    expect(Object.values(ids)).not.toContain('/draftmarker-unpublished-idea/');
    expect(ids['p:9001']).toBe('/scheduledmarker-post-from-the-future/');
    // 28 posts and the scheduled one by `p`; the About page by `p` and by `page_id`.
    expect(Object.keys(ids)).toHaveLength(31);
  });
});

describe('other spellings of a path', () => {
  test.each([
    ['/Post-01-Seed-Round-For-A-Robotics-Startup/', '', '/post-01-seed-round-for-a-robotics-startup/'],
    ['/post-12-privacy-rules-in-europe', '', '/post-12-privacy-rules-in-europe/'],
    ['/post 12 privacy rules in europe/', '', '/post-12-privacy-rules-in-europe/'],
    ['/Post-01-Seed-Round-For-A-Robotics-Startup/', '?ref=hn', '/post-01-seed-round-for-a-robotics-startup/'],
    ['/2019/04/30/Post-06-Why-Batteries-Matter/', '', '/2019/04/30/post-06-why-batteries-matter/'],
    ['/TAG/Machine-Learning/', '', '/tag/machine-learning/'],
    ['/index.php/post-01-seed-round-for-a-robotics-startup/', '', '/post-01-seed-round-for-a-robotics-startup/'],
    ['/index.php/About', '?x=1', '/about/'],
  ])('%s%s -> %s, the query kept', (path, search, canonical) => {
    expect(target(path, search)).toEqual({ redirect: canonical, search });
  });

  test('/index.php alone is the home page; with ?p= it is /?p=', () => {
    expect(target('/index.php', '')).toEqual({ redirect: '/', search: '' });
    expect(target('/index.php', '?p=1007')).toEqual({ redirect: '/post-01-seed-round-for-a-robotics-startup/' });
  });

  test.each([
    '/post-01-seed-round-for-a-robotics-startup/',
    '/%E6%9D%B1%E4%BA%AC-hardware-meetup-notes/',
    '/%e6%9d%b1%e4%ba%ac-hardware-meetup-notes/',
    '/tag/machine-learning/',
    '/nope/',
    '/Nope/',
    '/draftmarker-unpublished-idea/',
    '/feed/',
  ])('%s is served as it is (canonical already, or nobody\'s)', (path) => {
    expect(target(path)).toBeNull();
  });
});
