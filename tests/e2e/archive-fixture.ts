/**
 * What tests/fixtures/archive-site holds, written out by hand so that tests compare with known answers instead
 * of re-deriving them with the app's own code. A site on date permalinks (`/YYYY/MM/DD/slug/`), 3 posts a page.
 *
 * 13 public posts; `n` follows the file date. Posts 7 and 8 cross midnight in different offsets: post 7 is
 * 2019-12-31 23:30 in New York (-05:00), post 8 2020-01-01 00:30 in Auckland (+13:00). By instant post 8 is the
 * older one, yet it is filed under 2020 and post 7 under 2019. Also: a `draft: true` post, a `_drafts/` post dated
 * into the busiest day archive, and a post scheduled for 2099, each titled ARCHIVEDRAFT.
 */
export interface ArchivePost {
  n: number;
  title: string;
  url: string;
  author: string | null;
}

export const ARCHIVE_POSTS: ArchivePost[] = [
  { n: 1, title: 'Hello archives', url: '/2018/03/10/hello-archives/', author: 'Ada Lovelace' },
  { n: 2, title: 'Late autumn notes', url: '/2018/11/05/late-autumn-notes/', author: 'Grace Hopper' },
  { n: 3, title: 'June first, morning', url: '/2019/06/01/june-first-morning/', author: 'Ada Lovelace' },
  { n: 4, title: 'June first, afternoon', url: '/2019/06/01/june-first-afternoon/', author: 'Grace Hopper' },
  { n: 5, title: 'June first, evening', url: '/2019/06/01/june-first-evening/', author: 'José Núñez' },
  { n: 6, title: 'Midsummer', url: '/2019/06/20/midsummer/', author: 'Ada Lovelace' },
  { n: 7, title: 'New Year’s Eve in New York', url: '/2019/12/31/new-years-eve-in-new-york/', author: 'Grace Hopper' },
  { n: 8, title: 'New Year’s Day in Auckland', url: '/2020/01/01/new-years-day-in-auckland/', author: 'José Núñez' },
  { n: 9, title: 'Leap day', url: '/2020/02/29/leap-day/', author: null },
  { n: 10, title: 'Cinco de mayo', url: '/2020/05/05/cinco-de-mayo/', author: 'Ada Lovelace' },
  { n: 11, title: 'Bastille Day', url: '/2020/07/14/bastille-day/', author: 'Grace Hopper' },
  { n: 12, title: 'September start', url: '/2020/09/01/september-start/', author: 'José Núñez' },
  { n: 13, title: 'Christmas Eve', url: '/2020/12/24/christmas-eve/', author: 'Ada Lovelace' },
];

export const archivePost = (n: number): ArchivePost => {
  const found = ARCHIVE_POSTS.find((p) => p.n === n);
  if (!found) throw new Error(`no archive fixture post ${n}`);
  return found;
};

/** Newest first by instant: post 7 (04:30 UTC on Jan 1) is newer than post 8 (11:30 UTC on Dec 31). */
export const ARCHIVE_NEWEST_FIRST = [13, 12, 11, 10, 9, 7, 8, 6, 5, 4, 3, 2, 1];

export const ARCHIVE_PER_PAGE = 3;

/** Every tag with its public posts (newest first), in the order `/tags/` lists them: most posts, then by name. */
export const ARCHIVE_TAGS = [
  // Written `Machine Learning`, `machine-learning` and `Machine  Learning`: one term, under the spelling most use.
  { name: 'Machine Learning', slug: 'machine-learning', posts: [11, 5, 4, 3, 2] },
  // `robots` once, `Robots` four times.
  { name: 'Robots', slug: 'robots', posts: [12, 10, 5, 4, 3] },
  { name: 'Español', slug: 'español', posts: [13, 10, 1] },
  { name: '東京', slug: '東京', posts: [12, 5] },
  // `Cafe` and `Café` are two terms: their slugs differ once accents are kept. On a tie in name, by slug.
  { name: 'Cafe', slug: 'cafe', posts: [9] },
  { name: 'Café', slug: 'café', posts: [8] },
  // A space-separated legacy tag string stays one term.
  { name: 'robotics cloud funding', slug: 'robotics-cloud-funding', posts: [7] },
];

export const ARCHIVE_CATEGORIES = [
  { name: 'News', slug: 'news', posts: [13, 11, 7, 8, 2, 1] },
  { name: 'Tech', slug: 'tech', posts: [12, 9, 5, 4, 3] },
  { name: 'Opinion', slug: 'opinion', posts: [13, 10, 2] },
  { name: 'Uncategorized', slug: 'uncategorized', posts: [6] },
];

export const ARCHIVE_AUTHORS = [
  { name: 'Ada Lovelace', slug: 'ada-lovelace', posts: [13, 10, 6, 3, 1] },
  { name: 'Grace Hopper', slug: 'grace-hopper', posts: [11, 7, 4, 2] },
  // WordPress's slug was `jose-nunez`: old links redirect to this one.
  { name: 'José Núñez', slug: 'josé-núñez', posts: [12, 8, 5] },
];

/** Date archives by path, each newest first; post 8 is in 2020 and post 7 in 2019, by their own local dates. */
export const ARCHIVE_DATES: Record<string, number[]> = {
  '/2018/': [2, 1],
  '/2018/03/': [1],
  '/2018/03/10/': [1],
  '/2018/11/': [2],
  '/2018/11/05/': [2],
  '/2019/': [7, 6, 5, 4, 3],
  '/2019/06/': [6, 5, 4, 3],
  '/2019/06/01/': [5, 4, 3],
  '/2019/06/20/': [6],
  '/2019/12/': [7],
  '/2019/12/31/': [7],
  '/2020/': [13, 12, 11, 10, 9, 8],
  '/2020/01/': [8],
  '/2020/01/01/': [8],
  '/2020/02/': [9],
  '/2020/02/29/': [9],
  '/2020/05/': [10],
  '/2020/05/05/': [10],
  '/2020/07/': [11],
  '/2020/07/14/': [11],
  '/2020/09/': [12],
  '/2020/09/01/': [12],
  '/2020/12/': [13],
  '/2020/12/24/': [13],
};

/**
 * Related posts, worked out by hand: a shared tag scores 2, a shared category 1, `Uncategorized` nothing; ties
 * newest first. Post 3 (Machine Learning, Robots; Tech): 5 and 4 score 5, 12 scores 3, then 11 (2) over 10 and 2.
 * Post 7 (News only): the four newest News posts. Post 6 (Uncategorized, an empty tag): none.
 */
export const ARCHIVE_RELATED: Record<number, number[]> = {
  3: [5, 4, 12, 11],
  7: [13, 11, 8, 2],
  6: [],
  9: [12, 5, 4, 3],
};

/** Text of the export's own page at /archives/, shown above the generated archive. */
export const ARCHIVES_PAGE = { title: 'The Archive', text: 'ARCHIVE-PAGE-TEXT' };
export const UNPUBLISHED_MARKER = 'ARCHIVEDRAFT';
