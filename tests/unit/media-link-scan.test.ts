/**
 * The content step's scan of the media folders: every symbolic link named with its target, every withheld
 * folder named once, links never followed, large and deep trees walked.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mediaScanWarnings, mediaWarnings, scanMediaFolders } from '../../lib/media/link-scan';

let tmp: string;
let exportDir: string;
let outsideDir: string;

function put(relative: string, data = 'x') {
  const file = path.join(exportDir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

function link(relative: string, target: string) {
  const file = path.join(exportDir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  symlinkSync(target, file);
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'media-scan-'));
  exportDir = path.join(tmp, 'export');
  outsideDir = path.join(tmp, 'outside');
  mkdirSync(outsideDir, { recursive: true });
  // Inside the folder a link points to: never reported, as the walk does not follow links.
  symlinkSync('/etc/hostname', path.join(outsideDir, 'nested-link.txt'));

  put('_posts/2021-01-01-hello.md', '---\ntitle: Hello\n---\n');
  link('stray-link.md', '/etc/passwd'); // outside the media folders: not this scan's business
  put('wp-content/uploads/2021/05/photo.jpg');
  link('wp-content/uploads/2021/05/passwd.jpg', '/etc/passwd');
  link('wp-content/uploads/environ.txt', '/proc/self/environ');
  link('wp-content/uploads/outside', outsideDir);
  link('wp-content/uploads/loop', '.');
  link('wp-content/uploads/dangling.png', 'does-not-exist.png');
  link('assets/images', '../wp-content/uploads/2021');
  put('wp-content/uploads/members/.htaccess', 'Deny from all\n');
  put('wp-content/uploads/members/sub/.htaccess', 'Require all denied\n'); // nested: named once, at the top
  link('wp-content/uploads/members/sub/secret.pdf', '/etc/shadow'); // links are named even in withheld folders
  put('wp-content/uploads/harmless/.htaccess', 'Options -Indexes\n');
  put('wp-content/uploads/woocommerce_uploads/2021/ebook.pdf');
  put('wp-content/updraft/backup.zip');
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('scanMediaFolders', () => {
  test('names every link under wp-content/ and assets/ with its target, and no other', async () => {
    const { links } = await scanMediaFolders(exportDir);
    expect(links).toEqual([
      { path: 'assets/images', target: '../wp-content/uploads/2021' },
      { path: 'wp-content/uploads/2021/05/passwd.jpg', target: '/etc/passwd' },
      { path: 'wp-content/uploads/dangling.png', target: 'does-not-exist.png' },
      { path: 'wp-content/uploads/environ.txt', target: '/proc/self/environ' },
      { path: 'wp-content/uploads/loop', target: '.' },
      { path: 'wp-content/uploads/members/sub/secret.pdf', target: '/etc/shadow' },
      { path: 'wp-content/uploads/outside', target: outsideDir },
    ]);
  });

  test('names each withheld folder once, with its reason', async () => {
    const { withheld } = await scanMediaFolders(exportDir);
    expect(withheld).toEqual([
      { path: 'wp-content/updraft/', reason: "a plugin's protected folder (updraft)" },
      { path: 'wp-content/uploads/members/', reason: 'its .htaccess denies access' },
      { path: 'wp-content/uploads/woocommerce_uploads/', reason: "a plugin's protected folder (woocommerce_uploads)" },
    ]);
  });

  test('a media folder that is itself a link is named, and not walked', async () => {
    const other = path.join(tmp, 'linked-media');
    mkdirSync(other, { recursive: true });
    symlinkSync(outsideDir, path.join(other, 'wp-content'));
    expect(await scanMediaFolders(other)).toEqual({ links: [{ path: 'wp-content', target: outsideDir }], withheld: [] });
  });

  test('an export without media folders has nothing to say', async () => {
    const bare = path.join(tmp, 'bare');
    mkdirSync(bare, { recursive: true });
    expect(await mediaWarnings(bare)).toEqual([]);
  });

  test('walks a large, deep upload tree', async () => {
    const big = path.join(tmp, 'big');
    // 4,000 files in one folder, and a chain of 200 nested folders with a link at the bottom.
    const flat = path.join(big, 'wp-content', 'uploads', 'flat');
    mkdirSync(flat, { recursive: true });
    for (let i = 0; i < 4000; i++) writeFileSync(path.join(flat, `image-${i}.jpg`), '');
    const deep = path.join(big, 'wp-content', 'uploads', ...Array.from({ length: 200 }, () => 'd'));
    mkdirSync(deep, { recursive: true });
    symlinkSync('/etc/passwd', path.join(deep, 'bottom.txt'));
    const { links } = await scanMediaFolders(big);
    expect(links).toEqual([{ path: `wp-content/uploads/${'d/'.repeat(200)}bottom.txt`, target: '/etc/passwd' }]);
  });
});

describe('mediaWarnings: the lines the content step prints', () => {
  test('one line per link naming it and its target, one per withheld folder', async () => {
    const lines = await mediaWarnings(exportDir);
    expect(lines).toContain(
      'wp-content/uploads/2021/05/passwd.jpg is a symbolic link to /etc/passwd: not served (links are never followed)',
    );
    expect(lines).toContain(
      'wp-content/uploads/environ.txt is a symbolic link to /proc/self/environ: not served (links are never followed)',
    );
    expect(lines).toContain(`wp-content/uploads/outside is a symbolic link to ${outsideDir}: not served (links are never followed)`);
    expect(lines).toContain('wp-content/uploads/members/: its .htaccess denies access, so nothing under it is served');
    expect(lines).toHaveLength(7 + 3);
  });

  test('mediaScanWarnings formats a scan', () => {
    expect(mediaScanWarnings({ links: [{ path: 'wp-content/a.png', target: '/etc/passwd' }], withheld: [] })).toEqual([
      'wp-content/a.png is a symbolic link to /etc/passwd: not served (links are never followed)',
    ]);
  });
});
