/**
 * What tests/fixtures/fidelity-site holds for the site's address and locked posts (issue 19, items 1 and 6),
 * written out by hand so the browser tests compare the served site with known answers.
 */

/** The address the posts' guids give (most are https://fidelity.example/?p=N, some http://, one a feed proxy's). */
export const INFERRED_URL = 'https://fidelity.example';

/** A post with `post_password` in its front matter, and one whose body is WordPress's password form. */
export const LOCKED = {
  marker: 'LOCKEDMARKER',
  url: '/lockedmarker-members-only-plans/',
  wpId: 105,
  /** Archives only it is in: they must not exist. */
  ownArchives: ['/tag/lockedonly/', '/category/lockedcat/', '/2025/01/13/'],
} as const;
export const FORM_LOCKED = {
  marker: 'FORMLOCKMARKER',
  url: '/formlockmarker-board-minutes/',
  wpId: 106,
  ownArchives: ['/2025/01/14/'],
} as const;

/** The password of the locked post: in no file the build writes. */
export const PASSWORD = 'hunter2-PASSWORDMARKER-7c1e';

/**
 * Public posts of the fixture, for positive controls. The locked posts are newer than `harbour` and the fixture's
 * other posts: were they public, every listing and feed that shows `harbour` would show them.
 */
export const PUBLIC = {
  harbour: { url: '/harbour-notes/', text: 'the harbour in spring' },
  tides: { url: '/tide-tables/' },
  /** Its permalink and featured image are absolute, on the inferred address. */
  lighthouse: { url: '/lighthouse-keepers/', image: '/wp-content/uploads/2025/01/lighthouse.png' },
} as const;

/** Listings the locked posts would be on, were they public: they exist (public posts share them) and list neither. */
export const SHARED_LISTINGS = ['/', '/tag/shared/', '/category/notes/', '/author/rhea/', '/2025/', '/2025/01/', '/archives/', '/tags/', '/categories/'];
