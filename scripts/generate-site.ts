/**
 * Writes a synthetic WordPress export (Jekyll Exporter layout) of N posts, for the benchmarks. The same seed
 * gives the same files, byte for byte.
 *
 *   npx tsx scripts/generate-site.ts <posts> <out-dir> [seed=1]
 *
 * What it holds, in proportions like new.blicio.us's: bodies with a median near 2 KB and a long tail to ~20 KB;
 * titles with entities; dates over 15 years with the site's UTC offset (and a few others); tags and categories
 * with a long-tail distribution; raw HTML, YouTube and tweet embeds, shortcodes, images from the export's own
 * uploads, fenced code, links to earlier posts; plugin metadata keys (personal data among them); a few drafts,
 * revisions and scheduled posts; two pages.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const [countArg, outArg, seedArg = '1'] = process.argv.slice(2);
if (!countArg || !outArg || !/^\d+$/.test(countArg) || !/^\d+$/.test(seedArg)) {
  console.error('usage: tsx scripts/generate-site.ts <posts> <out-dir> [seed]');
  process.exit(2);
}
const POSTS = Number(countArg);
const OUT = path.resolve(outArg);

/** mulberry32: a small seeded generator, so a run can be repeated exactly. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(Number(seedArg));
// A second stream for the companies the posts mention (below): adding them changed nothing else of a site.
const companyRandom = generator(Number(seedArg) + 7919);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;
/** An index in [0, n) drawn from a Zipf-like law: a few terms are on many posts, most on one or two. */
const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1))) - 1);

const WORDS = (
  'startup funding cloud platform market growth privacy security data network users product launch app mobile ' +
  'search social video advertising revenue investors acquisition browser developer open source api chip device ' +
  'software hardware regulators antitrust streaming subscription payments crypto artificial intelligence model ' +
  'battery electric vehicle satellite broadband outage lawsuit settlement earnings quarter founder engineers ' +
  'layoffs hiring office remote policy europe china india brazil japan release update beta feature design'
).split(' ');
const NAMES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Pied Piper', 'Stark', 'Wayne', 'Cyberdyne', 'Soylent', 'Tyrell', 'Wonka'];
const ENTITY_JOINS = [' &#038; ', ' &#8211; ', '&#8217;s ', ': ', ' — ', ' &amp; '];
const CATEGORIES = ['Startups', 'Big Tech', 'Funding', 'Policy', 'Mobile', 'Cloud', 'Security', 'Hardware', 'Media', 'Science', 'Crypto', 'AI', 'Gaming', 'Transport', 'Uncategorized', 'Deals', 'Interviews', 'Opinion', 'Español', 'Europe'];
const AUTHORS = ['Sam Carter', 'José Núñez', 'Ada Byrne', 'Lee Wong', 'Priya Raman'];
const OFFSETS = ['-05:00', '-04:00', '-05:00', '-04:00', '+00:00', '+01:00', '+12:00', '+13:00'];
const TAG_COUNT = Math.max(40, Math.round(POSTS / 8));

/**
 * Company k, a made-up name (`Kalomi Labs`). A news archive's words are mostly rare: a few companies are in many
 * stories, most in one or two. The search benchmark queries them (bench/search.mjs finds them by ` Labs`).
 */
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'zu', 'be', 'da', 'fe', 'go', 'hi', 'ju', 'ko', 'pa', 're', 'su', 'wi'];
const COMPANY_COUNT = Math.max(100, Math.round(POSTS / 3));
function companyName(k: number): string {
  const n = SYLLABLES.length;
  const word = SYLLABLES[k % n]! + SYLLABLES[Math.floor(k / n) % n]! + SYLLABLES[Math.floor(k / n / n) % n]!;
  const series = Math.floor(k / n ** 3);
  return `${word[0]!.toUpperCase()}${word.slice(1)}${series ? ` ${series + 1}` : ''} Labs`;
}
const companyMention = () => {
  const k = Math.min(COMPANY_COUNT - 1, Math.floor(Math.exp(companyRandom() * Math.log(COMPANY_COUNT + 1))) - 1);
  const phrases = ['declined to comment', 'did not respond', 'confirmed the news', 'announced the deal'];
  return `${companyName(k)} ${phrases[Math.floor(companyRandom() * phrases.length)]}.`;
};

/** Tag k: a word for the common ones, then `word 2`, `word 3`… down the long tail. */
const tagName = (k: number) => (k < WORDS.length ? WORDS[k]! : `${WORDS[k % WORDS.length]} ${Math.floor(k / WORDS.length) + 1}`);

const sentence = () => {
  const words = Array.from({ length: int(8, 22) }, () => pick(WORDS));
  if (chance(0.3)) words.splice(int(0, words.length - 1), 0, pick(NAMES));
  if (chance(0.05)) words.push('&#x1f680;');
  if (chance(0.04)) words.push('$400-$600');
  const text = words.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + pick(['.', '.', '.', '?', '!']);
};
const paragraph = () => Array.from({ length: int(2, 5) }, sentence).join(' ');

// A few real PNGs in the export's uploads, shared by the posts that show an image.
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}
const IMAGES = Array.from({ length: 12 }, (_, i) => `/wp-content/uploads/20${10 + i}/0${(i % 9) + 1}/photo-${i}.png`);

interface Post {
  id: number;
  file: string;
  title: string;
  slug: string;
  date: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local date-time with its offset, as the exporter writes it: 2014-03-09T21:05:00-04:00. */
function localDate(utc: number, offset: string) {
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const local = new Date(utc + minutes * 60_000);
  const day = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  return { day, iso: `${day}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${offset}` };
}

const yamlList = (key: string, items: string[]) => (items.length ? `${key}:\n${items.map((i) => `  - ${JSON.stringify(i)}`).join('\n')}\n` : '');

function body(post: Post, earlier: Post[]): string {
  // Median about 2 KB; one post in thirty is a long read of about 20 KB.
  const paragraphs = chance(1 / 30) ? int(35, 50) : Math.max(1, Math.round(Math.exp(1.55 + random() * 0.9 - 0.45)));
  const blocks: string[] = [];
  if (chance(0.05)) blocks.push('<!-- wp:paragraph -->');
  for (let p = 0; p < paragraphs; p++) {
    blocks.push(chance(0.15) ? `<p>${paragraph()}</p>` : paragraph());
    if (p === 0 && chance(0.3)) blocks.push('<!--more-->');
    if (chance(0.05)) blocks.push(`## ${sentence().replace(/[.?!]$/, '')}`);
  }
  const at = () => int(1, blocks.length);
  const insert = (block: string) => blocks.splice(at(), 0, block);
  if (chance(0.25)) insert(`<img src="${pick(IMAGES)}" alt="${pick(NAMES)} ${pick(WORDS)}" width="640" height="360" />`);
  if (chance(0.05)) insert(`[caption id="attachment_${post.id}" align="aligncenter" width="640"]<img src="${pick(IMAGES)}" width="640" height="360" /> ${sentence()}[/caption]`);
  if (chance(0.04)) insert(`<iframe width="560" height="315" src="https://www.youtube.com/embed/${post.id.toString(36).padStart(11, 'x')}" frameborder="0" allowfullscreen></iframe>`);
  if (chance(0.03)) insert(`<blockquote class="twitter-tweet"><p>${sentence()}</p>&mdash; ${pick(NAMES)} (@bench) <a href="https://twitter.com/bench/status/${post.id}">March 1, 2014</a></blockquote>`);
  if (chance(0.04)) insert('```js\nconst total = items.reduce((sum, item) => sum + item.price, 0);\nif (total > 400) console.log("<script>alert(1)</script>");\n```');
  if (chance(0.02)) insert(`<blockquote>${sentence()}<cite>${pick(NAMES)}</cite></blockquote>`);
  if (chance(0.01)) insert('[contact-form-7 id="12" title="Contact form 1"]');
  if (earlier.length > 0 && chance(0.2)) {
    const other = earlier[int(Math.max(0, earlier.length - 500), earlier.length - 1)]!;
    insert(`As we reported in [${other.title.replace(/&#?\w+;/g, '').replace(/[[\]]/g, '')}](/${other.slug}/), ${sentence().toLowerCase()}`);
  }
  if (chance(0.15)) insert(`Source: <a href="https://example.com/${post.slug}">${pick(NAMES)}</a>`);
  if (companyRandom() < 0.6) blocks.push(companyMention());
  return blocks.join('\n\n') + '\n';
}

function frontMatter(post: Post, fields: { author: string; categories: string[]; tags: string[]; image?: string; extra?: string }) {
  return (
    '---\n' +
    `id: ${post.id}\n` +
    `title: ${JSON.stringify(post.title)}\n` +
    `date: ${post.date}\n` +
    `author: ${fields.author}\n` +
    (chance(0.1) ? `excerpt: ${JSON.stringify(sentence())}\n` : '') +
    'layout: post\n' +
    `guid: ${chance(0.3) ? 'http' : 'https'}://bench.example/?p=${post.id}\n` +
    `permalink: /${post.slug}/\n` +
    (fields.image ? `image: ${fields.image}\n` : '') +
    yamlList('categories', fields.categories) +
    yamlList('tags', fields.tags) +
    'classic-editor-remember:\n  - classic-editor\n' +
    (fields.extra ?? '') +
    '---\n'
  );
}

function main() {
  rmSync(OUT, { recursive: true, force: true });
  for (const dir of ['_posts', '_drafts', 'about']) mkdirSync(path.join(OUT, dir), { recursive: true });
  writeFileSync(
    path.join(OUT, '_config.yml'),
    `title: Synthetic ${POSTS}\ndescription: A generated site for the benchmarks\nurl: https://bench.example\npermalink: /:title/\npaginate: 10\n`,
  );
  for (const [i, image] of IMAGES.entries()) {
    mkdirSync(path.join(OUT, path.dirname(image)), { recursive: true });
    writeFileSync(path.join(OUT, image), png(1200, 675, [40 + i * 15, 90, 160 - i * 8]));
  }
  writeFileSync(path.join(OUT, 'about.md'), '---\nid: 2\ntitle: About\nlayout: page\n---\nA generated site: ' + paragraph() + '\n');
  writeFileSync(path.join(OUT, 'about', 'privacy-policy.md'), '---\ntitle: Privacy policy\nlayout: page\n---\n' + paragraph() + '\n');

  const start = Date.UTC(2007, 0, 1);
  const span = Date.UTC(2022, 0, 1) - start;
  const siteOffset = () => (chance(0.9) ? pick(OFFSETS.slice(0, 4)) : pick(OFFSETS));
  const times = Array.from({ length: POSTS }, () => start + Math.floor(random() * span)).sort((a, b) => a - b);
  const posts: Post[] = [];
  const slugs = new Set<string>();
  let drafts = 0;
  let scheduled = 0;
  for (let i = 0; i < POSTS; i++) {
    const id = 100 + i * 3;
    const head = `${pick(NAMES)}${pick(ENTITY_JOINS)}${sentence().replace(/[.?!]$/, '')}`;
    const title = head.length > 90 ? head.slice(0, 90).replace(/\s+\S*$/, '').replace(/&#?\w*$/, '') : head;
    let slug = title.toLowerCase().replace(/&#?\w+;/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
    if (slugs.has(slug)) slug = `${slug}-${i}`;
    slugs.add(slug);
    // One post in 500 is scheduled (dated far ahead, so the site's shape does not change with the day it is built).
    const isScheduled = i % 500 === 250;
    const when = localDate(isScheduled ? Date.UTC(2099, i % 12, 1 + (i % 28), 9) : times[i]!, siteOffset());
    const post: Post = { id, file: `${when.day}-${slug}.md`, title, slug, date: when.iso };
    scheduled += isScheduled ? 1 : 0;
    const categories = [...new Set(Array.from({ length: chance(0.3) ? 2 : 1 }, () => CATEGORIES[zipf(CATEGORIES.length)]!))];
    const tags = [...new Set(Array.from({ length: int(0, 6) }, () => tagName(zipf(TAG_COUNT))))];
    const extra =
      (chance(0.2) ? `fifu_image_alt:\n  - Auto Draft\n` : '') +
      (chance(0.05) ? `submitter_email:\n  - reader-${id}@private.example\nsubmitter_ip:\n  - 203.0.113.${id % 250}\n` : '') +
      (chance(0.3) ? `_yoast_wpseo_metadesc:\n  - ${JSON.stringify(sentence())}\n` : '') +
      (chance(0.1) ? `slide_template:\n  - 'a:0:{}'\n` : '');
    const text = frontMatter(post, { author: AUTHORS[zipf(AUTHORS.length)]!, categories, tags, image: chance(0.3) ? pick(IMAGES) : undefined, extra }) + body(post, posts);
    // One post in 400 is still a draft, and every 1000th leaves a revision behind (never content).
    if (i % 400 === 200) {
      drafts++;
      writeFileSync(path.join(OUT, '_drafts', `${slug}.md`), text);
      continue;
    }
    if (i % 1000 === 500) writeFileSync(path.join(OUT, '_drafts', `${id}-revision-v1-${slug}.md`), text.replace('layout: post', 'layout: revision'));
    writeFileSync(path.join(OUT, '_posts', post.file), text);
    if (!isScheduled) posts.push(post);
  }
  writeFileSync(path.join(OUT, '_drafts', 'Auto-Draft.md'), '---\ntitle: Auto Draft\nlayout: post\n---\n');
  console.log(`wrote ${posts.length} published posts, ${scheduled} scheduled, ${drafts} drafts, 2 pages to ${OUT}`);
}

main();
