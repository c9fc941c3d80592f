/**
 * What tests/fixtures/paginated-site holds, written out by hand so the browser tests compare the served site
 * with known answers instead of re-deriving them with the app's own code.
 *
 * 28 published posts, one every 23 days from 2019-01-05, each with a different UTC offset; `n` grows with the
 * date, so the newest post is n = 28. Titles are written plain, double-quoted, single-quoted and with
 * `&#8211;`/`&#038;` entities; the titles below are what a reader sees.
 */
export interface FixturePost {
  n: number;
  title: string;
  /**
   * The post's URL as links write it (percent-encoded). In the export, post 6's permalink is /YYYY/MM/DD/slug/,
   * post 9's is percent-encoded UTF-8 in lower case, post 12's has no trailing slash, post 20's is `/?p=ID`
   * (so its URL comes from the file name).
   */
  url: string;
  /** The post's local date (its own offset), as the site shows it. */
  shownDate: string;
  author: string;
  categories: string[];
  tags: string[];
  /** The WordPress guid as the export wrote it (`http://` on some, `https://` on others); null: the export has none. */
  guid: string | null;
}

export const POSTS: FixturePost[] = [
  { n: 1, title: "Post 01 – Seed round for a robotics startup", url: "/post-01-seed-round-for-a-robotics-startup/", shownDate: "January 5, 2019", author: "Newb", categories: ["Startups"], tags: [] , guid: "http://paginated.example/?p=1007" },
  { n: 2, title: "Post 02 – Cloud prices keep falling", url: "/post-02-cloud-prices-keep-falling/", shownDate: "January 28, 2019", author: "Ada Editor", categories: ["News"], tags: ["Machine Learning"] , guid: "https://paginated.example/?p=1014" },
  { n: 3, title: "Post 03 – A new open source database", url: "/post-03-a-new-open-source-database/", shownDate: "February 20, 2019", author: "Newb", categories: ["Startups"], tags: ["Weekly"] , guid: "http://paginated.example/?p=1021" },
  { n: 4, title: "Post 04 – Regulators look at app stores", url: "/post-04-regulators-look-at-app-stores/", shownDate: "March 15, 2019", author: "Ada Editor", categories: ["News"], tags: ["Machine Learning"] , guid: "https://paginated.example/?p=1028" },
  { n: 5, title: "Post 05 – Chip shortage eases", url: "/post-05-chip-shortage-eases/", shownDate: "April 7, 2019", author: "Newb", categories: ["Startups"], tags: ["Quantum"] , guid: "http://paginated.example/?p=1035" },
  { n: 6, title: "Post 06 – Why batteries matter", url: "/2019/04/30/post-06-why-batteries-matter/", shownDate: "April 30, 2019", author: "Ada Editor", categories: ["News"], tags: ["Machine Learning","Weekly"] , guid: "https://paginated.example/?p=1042" },
  { n: 7, title: "Post 07 – Quarterly earnings roundup", url: "/post-07-quarterly-earnings-roundup/", shownDate: "May 23, 2019", author: "Newb", categories: ["Startups"], tags: [] , guid: "http://paginated.example/?p=1049" },
  { n: 8, title: "Post 08 – Satellite internet beta opens", url: "/post-08-satellite-internet-beta-opens/", shownDate: "June 15, 2019", author: "Ada Editor", categories: ["News","Policy"], tags: ["Machine Learning"] , guid: "https://paginated.example/?p=1056" },
  { n: 9, title: "Post 09 – Tokyo hardware meetup notes", url: "/%E6%9D%B1%E4%BA%AC-hardware-meetup-notes/", shownDate: "July 8, 2019", author: "Newb", categories: ["Startups"], tags: ["東京","Weekly"] , guid: "http://paginated.example/?p=1063" },
  { n: 10, title: "Post 10 – Cafe owners adopt mobile ordering", url: "/post-10-cafe-owners-adopt-mobile-ordering/", shownDate: "July 31, 2019", author: "Ada Editor", categories: ["News"], tags: ["Machine Learning","Café"] , guid: "https://paginated.example/?p=1070" },
  { n: 11, title: "Post 11 – Ride sharing after the pandemic", url: "/post-11-ride-sharing-after-the-pandemic/", shownDate: "August 23, 2019", author: "Newb", categories: ["Startups"], tags: [] , guid: "http://paginated.example/?p=1077" },
  { n: 12, title: "Post 12 – Privacy rules in Europe", url: "/post-12-privacy-rules-in-europe/", shownDate: "September 15, 2019", author: "Ada Editor", categories: ["News"], tags: ["Machine Learning","Weekly"] , guid: "https://paginated.example/?p=1084" },
  { n: 13, title: "Post 13 – Quantum computing milestone", url: "/post-13-quantum-computing-milestone/", shownDate: "October 8, 2019", author: "Newb", categories: ["Startups"], tags: ["Quantum"] , guid: "http://paginated.example/?p=1091" },
  { n: 14, title: "Post 14 – Edge computing explained", url: "/post-14-edge-computing-explained/", shownDate: "October 31, 2019", author: "Ada Editor", categories: ["News"], tags: ["Machine Learning"] , guid: "https://paginated.example/?p=1098" },
  { n: 15, title: "Post 15 – Comment spam we caught", url: "/post-15-comment-spam-we-caught/", shownDate: "November 23, 2019", author: "Newb", categories: ["Startups"], tags: ["Weekly"] , guid: "http://paginated.example/?p=1105" },
  { n: 16, title: "Post 16 – Antitrust hearing highlights", url: "/post-16-antitrust-hearing-highlights/", shownDate: "December 16, 2019", author: "Ada Editor", categories: ["News","Policy"], tags: ["Machine Learning"] , guid: "https://paginated.example/?p=1112" },
  { n: 17, title: "Post 17 – Startup layoffs slow down", url: "/post-17-startup-layoffs-slow-down/", shownDate: "January 8, 2020", author: "Newb", categories: ["Startups"], tags: [] , guid: "http://paginated.example/?p=1119" },
  { n: 18, title: "Post 18 – Browser engines compared", url: "/post-18-browser-engines-compared/", shownDate: "January 31, 2020", author: "Ada Editor", categories: ["News"], tags: ["Machine Learning","Weekly"] , guid: "https://paginated.example/?p=1126" },
  { n: 19, title: "Post 19 – Payments startup goes public", url: "/post-19-payments-startup-goes-public/", shownDate: "February 23, 2020", author: "Newb", categories: ["Startups"], tags: [] , guid: "http://paginated.example/?p=1133" },
  { n: 20, title: "Post 20 – Deep learning on phones", url: "/post-20-deep-learning-on-phones/", shownDate: "March 17, 2020", author: "Ada Editor", categories: ["News"], tags: ["Machine Learning"] , guid: "https://paginated.example/?p=1140" },
  { n: 21, title: "Post 21 – Quantum error correction", url: "/post-21-quantum-error-correction/", shownDate: "April 9, 2020", author: "Newb", categories: ["Startups"], tags: ["Quantum","Weekly"] , guid: "http://paginated.example/?p=1147" },
  { n: 22, title: "Post 22 – Smart speakers and privacy", url: "/post-22-smart-speakers-and-privacy/", shownDate: "May 2, 2020", author: "Ada Editor", categories: ["News"], tags: ["Machine Learning"] , guid: "https://paginated.example/?p=1154" },
  { n: 23, title: "Post 23 – Electric trucks arrive", url: "/post-23-electric-trucks-arrive/", shownDate: "May 25, 2020", author: "Newb", categories: ["Startups"], tags: [] , guid: "http://paginated.example/?p=1161" },
  { n: 24, title: "Post 24 – Language models get bigger", url: "/post-24-language-models-get-bigger/", shownDate: "June 17, 2020", author: "Ada Editor", categories: ["News"], tags: ["Machine Learning","Weekly"] , guid: "https://paginated.example/?p=1168" },
  { n: 25, title: "Post 25 – Delivery robots on campus", url: "/post-25-delivery-robots-on-campus/", shownDate: "July 10, 2020", author: "Newb", categories: ["News"], tags: [] , guid: null },
  { n: 26, title: "Post 26 – Data centre energy use", url: "/post-26-data-centre-energy-use/", shownDate: "August 2, 2020", author: "Ada Editor", categories: ["News","Policy"], tags: [] , guid: null },
  { n: 27, title: "Post 27 – Drone delivery trial", url: "/post-27-drone-delivery-trial/", shownDate: "August 25, 2020", author: "Newb", categories: ["News"], tags: ["Weekly"] , guid: "http://paginated.example/?p=1189" },
  { n: 28, title: "Post 28 – Apples & Oranges: comparing two app stores", url: "/post-28-apples-oranges-comparing-two-app-stores/", shownDate: "September 17, 2020", author: "Ada Editor", categories: ["News"], tags: [] , guid: "https://paginated.example/?p=1196" },
];

/** Newest first: the order of every listing. */
export const NEWEST_FIRST: FixturePost[] = [...POSTS].sort((a, b) => b.n - a.n);

export const post = (n: number): FixturePost => {
  const found = POSTS.find((p) => p.n === n);
  if (!found) throw new Error(`no fixture post ${n}`);
  return found;
};

export const PER_PAGE = 10;

/** A tag on exactly 12 posts (two archive pages), one on 3, and two whose names need slugging. */
export const TAG_ML = { name: 'Machine Learning', slug: 'machine-learning', posts: [24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2] };
export const TAG_QUANTUM = { name: 'Quantum', slug: 'quantum', posts: [21, 13, 5] };
export const TAG_TOKYO = { name: '東京', slug: '東京', posts: [9] };
export const TAG_CAFE = { name: 'Café', slug: 'café', posts: [10] };
export const CATEGORY_STARTUPS = { name: 'Startups', slug: 'startups', posts: [23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3, 1] };
export const CATEGORY_POLICY = { name: 'Policy', slug: 'policy', posts: [26, 16, 8] };

// Posts 3, 7, 11, 19 and 27 carry LEAKMARKER in their plugin metadata (the draft, the scheduled post and the About
// page do too): the leak tests look for it everywhere the site serves.
/** The post whose body is hostile HTML. */
export const HOSTILE_POST = 15;

export const DRAFT = { title: 'DRAFTMARKER-e2e-4417 Unpublished idea', url: '/draftmarker-unpublished-idea/', marker: 'DRAFTMARKER-e2e-4417' };
/** A draft with neither date nor permalink: previewed under /drafts/, by its file name. */
export const DRAFT_NO_PERMALINK = {
  title: 'DRAFTMARKER-e2e-4419 Notes without a permalink',
  url: '/drafts/4419-notes-without-a-permalink/',
  marker: 'DRAFTMARKER-e2e-4419',
};
export const SCHEDULED = {
  title: 'SCHEDULEDMARKER-e2e-7731 A post from the future',
  url: '/scheduledmarker-post-from-the-future/',
  marker: 'SCHEDULEDMARKER-e2e-7731',
};

/** Personal data in plugin metadata: must never be served or built into anything. */
export const LEAK_MARKERS = ['LEAKMARKER-e2e-9b2c', 'LEAKMARKER-shapes-5e1d', 'DRAFTMARKER-e2e-4417'];
