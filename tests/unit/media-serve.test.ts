/**
 * The media routes' serving function, called directly on an export folder built in the system's temporary
 * folder: what it refuses (symbolic links anywhere, denying .htaccess, plugins' protected folders, keys, dumps
 * and backups), what it serves byte for byte, and how (conditional requests, byte ranges, HEAD).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MEDIA_CSP, serveExportFile, serveMediaFile } from '../../lib/media';
import { openInside } from '../../lib/media/open-inside';
import { MAX_RANGES } from '../../lib/media/response-plan';
import { PROTECTED_PLUGIN_FOLDERS } from '../../lib/media/refused-names';

let tmp: string;
/** The export folder; its media folder is `<exportDir>/wp-content`. */
let exportDir: string;
let mediaRoot: string;
/** A folder beside the export, which no request may reach. */
let outsideDir: string;

/** Distinct bytes for each file, so a test sees which file it got. */
const bytesOf = (seed: number, size: number) => Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + seed) % 256));

const PUBLIC: Record<string, Buffer> = {
  'uploads/2021/05/photo.jpg': bytesOf(1, 2048),
  'uploads/2021/05/report.pdf': Buffer.concat([Buffer.from('%PDF-1.4\n'), bytesOf(2, 3000)]),
  'uploads/2021/05/episode.mp3': bytesOf(3, 4096),
  'uploads/2021/05/clip.mp4': bytesOf(4, 10_000),
  'uploads/2021/05/theme-files.zip': bytesOf(5, 1500),
  'uploads/harmless/notes.pdf': bytesOf(6, 100),
  'uploads/2021/05/empty.txt': Buffer.alloc(0),
};
/** The file the range and conditional tests ask for: 10,000 bytes. */
const VIDEO = 'uploads/2021/05/clip.mp4';
const SECRET = 'SECRET-OUTSIDE-THE-EXPORT';

function write(relative: string, data: Buffer | string) {
  const file = path.join(mediaRoot, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

function link(relative: string, target: string) {
  const file = path.join(mediaRoot, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  symlinkSync(target, file);
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'media-serve-'));
  exportDir = path.join(tmp, 'export');
  mediaRoot = path.join(exportDir, 'wp-content');
  outsideDir = path.join(tmp, 'outside');
  mkdirSync(outsideDir, { recursive: true });
  writeFileSync(path.join(outsideDir, 'secret.pdf'), SECRET);
  writeFileSync(path.join(exportDir + '-config.txt'), SECRET);
  for (const [file, bytes] of Object.entries(PUBLIC)) write(file, bytes);

  // Symbolic links, each named with a type the routes serve, so that only the link rule stops them.
  link('uploads/links/passwd.txt', '/etc/passwd');
  link('uploads/links/environ.txt', '/proc/self/environ');
  link('uploads/links/outside-folder', outsideDir);
  link('uploads/links/inside-folder', '../2021');
  link('uploads/links/inside-file.jpg', '../2021/05/photo.jpg');
  link('uploads/links/absolute-inside-file.jpg', path.join(mediaRoot, 'uploads/2021/05/photo.jpg'));
  link('uploads/2022', '2021'); // a link as an intermediate folder: uploads/2022/05/photo.jpg
  link('uploads/2021/06', '05'); // one deeper in the path: uploads/2021/06/photo.jpg
  link('uploads/links/loop', '.'); // a link to its own folder

  // Folders withheld by their .htaccess.
  write('uploads/denied/deny-from-all/.htaccess', '# a plugin\nDeny from all\n');
  write('uploads/denied/require-all-denied/.htaccess', 'Require all denied\n');
  write('uploads/denied/mixed-case/.htaccess', 'Order deny,allow\nDENY From ALL\n');
  write('uploads/denied/ifmodule/.htaccess', '<IfModule mod_authz_core.c>\n  Require all denied\n</IfModule>\n');
  write('uploads/denied/parent/.htaccess', 'deny from all\n');
  link('uploads/denied/link/.htaccess', '/etc/passwd'); // a link where the rules should be: counts as denying
  mkdirSync(path.join(mediaRoot, 'uploads/denied/folder/.htaccess'), { recursive: true }); // not a file either
  for (const folder of ['deny-from-all', 'require-all-denied', 'mixed-case', 'ifmodule', 'link', 'folder']) {
    write(`uploads/denied/${folder}/file.pdf`, SECRET);
  }
  write('uploads/denied/parent/child/deeper/file.pdf', SECRET); // denied two levels up
  write('uploads/harmless/.htaccess', 'Options -Indexes\n# Deny from all\n<IfModule mod_expires.c>\nExpiresActive On\n</IfModule>\n');

  // Every protected plugin folder of the named list, made concrete, holding a file of a served type.
  for (const pattern of PROTECTED_PLUGIN_FOLDERS) {
    write(`uploads/${pattern.replace(/\*$/, '1a2b3c-backups')}/2021/file.pdf`, SECRET);
  }
  write('updraft/backup.pdf', SECRET); // wp-content/updraft, beside uploads/

  // Keys, dumps and backups.
  for (const name of [
    'server.key',
    'cert.pem',
    'dump.sql',
    'dump.sql.gz',
    'backup_2021-03-01-1200_Site_1a2b3c-db.zip',
    'site.wpress',
    'site.tar.gz',
    'db.sqlite',
  ]) {
    write(`uploads/2021/05/${name}`, SECRET);
  }
  // A named pipe: opening it must neither block nor serve it.
  spawnSync('mkfifo', [path.join(mediaRoot, 'uploads/2021/05/pipe.mp3')]);
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const request = (headers: Record<string, string> = {}, method = 'GET') => new Request('http://blog.test/x', { method, headers });

async function serve(file: string, headers: Record<string, string> = {}, method = 'GET') {
  const res = await serveMediaFile(request(headers, method), mediaRoot, file.split('/'));
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

describe('public media are served byte for byte', () => {
  test.each(Object.keys(PUBLIC))('%s', async (file) => {
    const { res, body } = await serve(file);
    expect(res.status).toBe(200);
    expect(body.equals(PUBLIC[file]!)).toBe(true);
    expect(res.headers.get('content-length')).toBe(String(PUBLIC[file]!.length));
  });

  test('with the headers every media file has', async () => {
    const { res } = await serve('uploads/2021/05/report.pdf');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe(MEDIA_CSP);
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400, no-transform');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    const { size, mtime } = statSync(path.join(mediaRoot, 'uploads/2021/05/report.pdf'));
    expect(res.headers.get('etag')).toBe(`"${size.toString(16)}-${mtime.getTime().toString(16)}"`);
    expect(res.headers.get('last-modified')).toBe(mtime.toUTCString());
  });

  test('serveExportFile serves the export BLOG_CONTENT_DIR names, also when reached through a link', async () => {
    const previous = process.env.BLOG_CONTENT_DIR;
    const linkedExport = path.join(tmp, 'linked-export');
    symlinkSync(exportDir, linkedExport); // the operator's choice of path, not the export's
    try {
      for (const dir of [exportDir, linkedExport]) {
        process.env.BLOG_CONTENT_DIR = dir;
        const res = await serveExportFile(request(), 'wp-content', ['uploads', '2021', '05', 'photo.jpg']);
        expect(res.status).toBe(200);
        expect(Buffer.from(await res.arrayBuffer()).equals(PUBLIC['uploads/2021/05/photo.jpg']!)).toBe(true);
        expect((await serveExportFile(request(), 'assets', ['photo.jpg'])).status).toBe(404); // no assets/ folder
      }
    } finally {
      if (previous === undefined) delete process.env.BLOG_CONTENT_DIR;
      else process.env.BLOG_CONTENT_DIR = previous;
    }
  });
});

describe('symbolic links are never followed', () => {
  test.each([
    ['to /etc/passwd', 'uploads/links/passwd.txt'],
    ['to /proc/self/environ', 'uploads/links/environ.txt'],
    ['to a folder outside the export', 'uploads/links/outside-folder/secret.pdf'],
    ['to a folder inside the export', 'uploads/links/inside-folder/05/photo.jpg'],
    ['to a file inside the export', 'uploads/links/inside-file.jpg'],
    ['to a file inside the export, by absolute path', 'uploads/links/absolute-inside-file.jpg'],
    ['as an intermediate folder', 'uploads/2022/05/photo.jpg'],
    ['as a folder deeper in the path', 'uploads/2021/06/photo.jpg'],
    ['to its own folder', 'uploads/links/loop/loop/passwd.txt'],
  ])('a link %s is a 404', async (_, file) => {
    const { res, body } = await serve(file);
    expect(res.status).toBe(404);
    expect(body.toString()).toBe('Not found');
  });

  test('the files those links point to inside the export are served at their own paths', async () => {
    expect((await serve('uploads/2021/05/photo.jpg')).res.status).toBe(200);
  });

  test('a media folder that is itself a link is refused whole', async () => {
    const other = path.join(tmp, 'export-with-linked-media');
    mkdirSync(other, { recursive: true });
    symlinkSync(path.join(mediaRoot), path.join(other, 'wp-content'));
    const res = await serveMediaFile(request(), path.join(other, 'wp-content'), ['uploads', '2021', '05', 'photo.jpg']);
    expect(res.status).toBe(404);
  });

  test('a link the folder checks cannot see (above the root given) is caught by where the open file really is', async () => {
    const linkedExport = path.join(tmp, 'linked-for-open');
    symlinkSync(exportDir, linkedExport);
    // openInside expects a real root; given one reached through a link, the descriptor's real path differs.
    expect(await openInside(path.join(linkedExport, 'wp-content'), ['uploads', '2021', '05', 'photo.jpg'])).toBeNull();
    const opened = await openInside(mediaRoot, ['uploads', '2021', '05', 'photo.jpg']);
    expect(opened?.stats.size).toBe(2048);
    await opened?.handle.close();
  });

  test('a named pipe is a 404, without waiting on it', async () => {
    expect((await serve('uploads/2021/05/pipe.mp3')).res.status).toBe(404);
  });

  test('nothing leaves the media folder', async () => {
    for (const segments of [['..', '..', 'export-config.txt'], ['..%2F..%2Fexport-config.txt'], ['uploads', '..', '..', '..', 'outside', 'secret.pdf']]) {
      expect((await serveMediaFile(request(), mediaRoot, segments)).status).toBe(404);
    }
  });
});

describe('folders WordPress protected are not served', () => {
  test.each([
    'uploads/denied/deny-from-all/file.pdf',
    'uploads/denied/require-all-denied/file.pdf',
    'uploads/denied/mixed-case/file.pdf',
    'uploads/denied/ifmodule/file.pdf',
    'uploads/denied/parent/child/deeper/file.pdf',
    'uploads/denied/link/file.pdf',
    'uploads/denied/folder/file.pdf',
  ])('%s (a denying .htaccess on its path) is a 404', async (file) => {
    const { res, body } = await serve(file);
    expect(res.status).toBe(404);
    expect(body.toString()).not.toContain(SECRET);
  });

  test('a folder with a harmless .htaccess is served', async () => {
    expect((await serve('uploads/harmless/notes.pdf')).res.status).toBe(200);
  });

  test("an .htaccess that denies some files only (a security plugin's `<Files *.php>`) withholds those, not the rest", async () => {
    const root = path.join(tmp, 'php-denied-export', 'wp-content');
    mkdirSync(path.join(root, 'uploads', '2021'), { recursive: true });
    writeFileSync(path.join(root, 'uploads', '2021', 'photo.jpg'), PUBLIC['uploads/2021/05/photo.jpg']!);
    writeFileSync(path.join(root, 'uploads', '2021', 'private.pdf'), SECRET);
    writeFileSync(path.join(root, 'uploads', '.htaccess'), '<Files *.php>\ndeny from all\n</Files>\n<FilesMatch "^private\\.pdf$">\nRequire all denied\n</FilesMatch>\n');
    const photo = await serveMediaFile(request(), root, ['uploads', '2021', 'photo.jpg']);
    expect(photo.status).toBe(200);
    await photo.body?.cancel(); // closes the file
    expect((await serveMediaFile(request(), root, ['uploads', '2021', 'private.pdf'])).status).toBe(404);
  });

  test('an .htaccess in the media folder itself that denies access withholds everything', async () => {
    const root = path.join(tmp, 'denied-export', 'wp-content');
    mkdirSync(path.join(root, 'uploads'), { recursive: true });
    writeFileSync(path.join(root, 'uploads', 'photo.jpg'), PUBLIC['uploads/2021/05/photo.jpg']!);
    const served = await serveMediaFile(request(), root, ['uploads', 'photo.jpg']);
    expect(served.status).toBe(200);
    await served.body?.cancel(); // closes the file
    writeFileSync(path.join(root, '.htaccess'), 'Require all denied\n');
    expect((await serveMediaFile(request(), root, ['uploads', 'photo.jpg'])).status).toBe(404);
  });

  test.each([...PROTECTED_PLUGIN_FOLDERS.map((p) => `uploads/${p.replace(/\*$/, '1a2b3c-backups')}/2021/file.pdf`), 'updraft/backup.pdf'])(
    '%s (a plugin\'s protected folder) is a 404',
    async (file) => {
      const { res, body } = await serve(file);
      expect(res.status).toBe(404);
      expect(body.toString()).not.toContain(SECRET);
    },
  );
});

describe('keys, dumps and backups are not served', () => {
  test.each([
    'server.key',
    'cert.pem',
    'dump.sql',
    'dump.sql.gz',
    'backup_2021-03-01-1200_Site_1a2b3c-db.zip',
    'site.wpress',
    'site.tar.gz',
    'db.sqlite',
  ])('%s is a 404', async (name) => {
    const { res, body } = await serve(`uploads/2021/05/${name}`);
    expect(res.status).toBe(404);
    expect(body.toString()).not.toContain(SECRET);
  });
});

/** The parts of a multipart/byteranges body: each part's headers and bytes. */
function multipartParts(body: Buffer, contentType: string): { headers: Record<string, string>; bytes: Buffer }[] {
  const boundary = /boundary=(\S+)/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`no boundary in ${contentType}`);
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const parts: { headers: Record<string, string>; bytes: Buffer }[] = [];
  let at = body.indexOf(delimiter);
  expect(at).toBe(0);
  for (;;) {
    const afterDelimiter = at + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 4).toString() === '--\r\n') {
      expect(afterDelimiter + 4).toBe(body.length); // the closing delimiter ends the body
      return parts;
    }
    const headEnd = body.indexOf('\r\n\r\n', afterDelimiter);
    const headers = Object.fromEntries(
      body
        .subarray(afterDelimiter + 2, headEnd)
        .toString()
        .split('\r\n')
        .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    at = body.indexOf(delimiter, headEnd + 4);
    parts.push({ headers, bytes: body.subarray(headEnd + 4, at) });
  }
}

describe('byte ranges', () => {
  const video = PUBLIC[VIDEO]!;

  test.each([
    ['first bytes', 'bytes=0-99', 0, 99],
    ['a middle range', 'bytes=4000-4999', 4000, 4999],
    ['a suffix', 'bytes=-500', 9500, 9999],
    ['open-ended', 'bytes=1000-', 1000, 9999],
    ['an end past the end of the file', 'bytes=9990-20000', 9990, 9999],
    ['overlapping ranges, combined into one', 'bytes=0-99,50-149', 0, 149],
    ['adjacent ranges, combined into one', 'bytes=0-9,10-19', 0, 19],
  ])('%s (%s) -> 206', async (_, range, start, end) => {
    const { res, body } = await serve(VIDEO, { range });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/10000`);
    expect(res.headers.get('content-length')).toBe(String(end - start + 1));
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(body.equals(video.subarray(start, end + 1))).toBe(true);
  });

  test.each(['bytes=10000-10100', 'bytes=20000-', 'bytes=-0'])('%s, beyond the end -> 416', async (range) => {
    const { res, body } = await serve(VIDEO, { range });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */10000');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(body.length).toBe(0);
  });

  test('several ranges -> multipart/byteranges, each part with its range and bytes', async () => {
    const { res, body } = await serve(VIDEO, { range: 'bytes=0-9, 5000-5099, -5' });
    expect(res.status).toBe(206);
    const contentType = res.headers.get('content-type')!;
    expect(contentType).toMatch(/^multipart\/byteranges; boundary=\S+$/);
    expect(res.headers.get('content-range')).toBeNull();
    expect(res.headers.get('content-length')).toBe(String(body.length));
    const parts = multipartParts(body, contentType);
    expect(parts.map((p) => p.headers['content-range'])).toEqual([
      'bytes 0-9/10000',
      'bytes 5000-5099/10000',
      'bytes 9995-9999/10000',
    ]);
    for (const part of parts) {
      expect(part.headers['content-type']).toBe('video/mp4');
      const [start, end] = /bytes (\d+)-(\d+)/.exec(part.headers['content-range']!)!.slice(1).map(Number) as [number, number];
      expect(part.bytes.equals(video.subarray(start, end + 1))).toBe(true);
    }
  });

  test('overlapping ranges among several are combined before the parts are made', async () => {
    const { res, body } = await serve(VIDEO, { range: 'bytes=0-9,5-19,100-109,105-200' });
    const parts = multipartParts(body, res.headers.get('content-type')!);
    expect(parts.map((p) => p.headers['content-range'])).toEqual(['bytes 0-19/10000', 'bytes 100-200/10000']);
    expect(parts[1]!.bytes.equals(video.subarray(100, 201))).toBe(true);
  });

  test(`more than ${MAX_RANGES} ranges -> the whole file, 200`, async () => {
    const range = `bytes=${Array.from({ length: MAX_RANGES + 1 }, (_, i) => `${i * 100}-${i * 100 + 9}`).join(',')}`;
    const { res, body } = await serve(VIDEO, { range });
    expect(res.status).toBe(200);
    expect(body.equals(video)).toBe(true);
  });

  test(`${MAX_RANGES} ranges are still served as ranges`, async () => {
    const range = `bytes=${Array.from({ length: MAX_RANGES }, (_, i) => `${i * 100}-${i * 100 + 9}`).join(',')}`;
    const { res, body } = await serve(VIDEO, { range });
    expect(res.status).toBe(206);
    expect(multipartParts(body, res.headers.get('content-type')!)).toHaveLength(MAX_RANGES);
  });

  test.each(['bytes=abc', 'bytes=5-x', 'items=0-9', 'bytes'])('a malformed or foreign range (%s) is ignored: 200', async (range) => {
    const { res, body } = await serve(VIDEO, { range });
    expect(res.status).toBe(200);
    expect(body.equals(video)).toBe(true);
  });

  test('a range of an empty file is unsatisfiable', async () => {
    expect((await serve('uploads/2021/05/empty.txt', { range: 'bytes=0-' })).res.status).toBe(416);
  });

  describe('If-Range', () => {
    const validators = async () => {
      const { res } = await serve(VIDEO);
      return { etag: res.headers.get('etag')!, lastModified: res.headers.get('last-modified')! };
    };

    test('the current strong ETag gives the range', async () => {
      const { etag } = await validators();
      const { res, body } = await serve(VIDEO, { range: 'bytes=0-99', 'if-range': etag });
      expect(res.status).toBe(206);
      expect(body.equals(video.subarray(0, 100))).toBe(true);
    });

    test('the exact Last-Modified date gives the range', async () => {
      const { lastModified } = await validators();
      expect((await serve(VIDEO, { range: 'bytes=0-99', 'if-range': lastModified })).res.status).toBe(206);
    });

    test.each([
      ['another ETag', () => '"1-2"'],
      ['the weak form of the ETag', (etag: string) => `W/${etag}`],
      ['another date', () => 'Thu, 01 Jan 2015 00:00:00 GMT'],
      ['garbage', () => 'not a validator'],
    ])('%s gives the whole file', async (_, ifRange) => {
      const { etag } = await validators();
      const { res, body } = await serve(VIDEO, { range: 'bytes=0-99', 'if-range': ifRange(etag) });
      expect(res.status).toBe(200);
      expect(body.equals(video)).toBe(true);
    });

    test('a date a second later than Last-Modified gives the whole file', async () => {
      const { lastModified } = await validators();
      const later = new Date(Date.parse(lastModified) + 1000).toUTCString();
      expect((await serve(VIDEO, { range: 'bytes=0-99', 'if-range': later })).res.status).toBe(200);
    });
  });
});

describe('conditional requests', () => {
  const validators = async () => {
    const { res } = await serve(VIDEO);
    return { etag: res.headers.get('etag')!, lastModified: res.headers.get('last-modified')! };
  };

  test('If-None-Match with the current ETag -> 304 without a body', async () => {
    const { etag } = await validators();
    const { res, body } = await serve(VIDEO, { 'if-none-match': etag });
    expect(res.status).toBe(304);
    expect(body.length).toBe(0);
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400, no-transform');
  });

  test('If-None-Match among several tags, or weak -> 304', async () => {
    const { etag } = await validators();
    expect((await serve(VIDEO, { 'if-none-match': `"other", ${etag}` })).res.status).toBe(304);
    expect((await serve(VIDEO, { 'if-none-match': `W/${etag}` })).res.status).toBe(304);
  });

  test('If-Modified-Since at or after Last-Modified -> 304', async () => {
    const { lastModified } = await validators();
    expect((await serve(VIDEO, { 'if-modified-since': lastModified })).res.status).toBe(304);
    const later = new Date(Date.parse(lastModified) + 3600_000).toUTCString();
    expect((await serve(VIDEO, { 'if-modified-since': later })).res.status).toBe(304);
  });

  test('a 304 wins over a range', async () => {
    const { etag } = await validators();
    expect((await serve(VIDEO, { 'if-none-match': etag, range: 'bytes=0-9' })).res.status).toBe(304);
  });

  test('stale validators -> 200 with the file', async () => {
    const { etag, lastModified } = await validators();
    const earlier = new Date(Date.parse(lastModified) - 86400_000).toUTCString();
    const staleConditionals: Record<string, string>[] = [
      { 'if-none-match': '"stale-tag"' },
      { 'if-modified-since': earlier },
      // If-None-Match decides when both are sent: a stale tag is a 200 even with a current date.
      { 'if-none-match': '"stale-tag"', 'if-modified-since': lastModified },
    ];
    for (const headers of staleConditionals) {
      const { res, body } = await serve(VIDEO, headers);
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(body.equals(PUBLIC[VIDEO]!)).toBe(true);
      expect(res.headers.get('etag')).toBe(etag);
    }
  });
});

describe('the open file', () => {
  const openFiles = () => readdirSync('/proc/self/fd').length;

  test.runIf(existsSync('/proc/self/fd'))('is closed when the client stops reading the body', async () => {
    const before = openFiles();
    const res = await serveMediaFile(request(), mediaRoot, VIDEO.split('/'));
    expect(openFiles()).toBe(before + 1);
    const reader = res.body!.getReader();
    expect((await reader.read()).value?.length).toBeGreaterThan(0);
    await reader.cancel();
    expect(openFiles()).toBe(before);
  });

  test.runIf(existsSync('/proc/self/fd'))('is closed when no body is sent (304, 416, HEAD) and after a whole body', async () => {
    const before = openFiles();
    const { res } = await serve(VIDEO);
    await serve(VIDEO, { 'if-none-match': res.headers.get('etag')! });
    await serve(VIDEO, { range: 'bytes=20000-' });
    await serve(VIDEO, {}, 'HEAD');
    await serve(VIDEO, { range: 'bytes=0-1,5-6' });
    expect(openFiles()).toBe(before);
  });
});

describe('HEAD', () => {
  test('the same headers as GET, no body', async () => {
    const get = await serve(VIDEO);
    const head = await serve(VIDEO, {}, 'HEAD');
    expect(head.res.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Object.fromEntries(head.res.headers)).toEqual(Object.fromEntries(get.res.headers));
    expect(head.res.headers.get('content-length')).toBe('10000');
  });

  test('a Range on HEAD is ignored; a current validator still gives 304', async () => {
    expect((await serve(VIDEO, { range: 'bytes=0-9' }, 'HEAD')).res.status).toBe(200);
    const { res } = await serve(VIDEO);
    expect((await serve(VIDEO, { 'if-none-match': res.headers.get('etag')! }, 'HEAD')).res.status).toBe(304);
  });

  test('refused files are 404 on HEAD too', async () => {
    expect((await serve('uploads/links/passwd.txt', {}, 'HEAD')).res.status).toBe(404);
    expect((await serve('uploads/2021/05/server.key', {}, 'HEAD')).res.status).toBe(404);
  });
});
