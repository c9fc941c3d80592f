import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveInside, servableType } from '../../lib/media';

const root = path.resolve('tests/fixtures/wp-shapes/wp-content');

describe('resolveInside: which media file a request may read', () => {
  test.each([
    [['uploads', '2020', '09', 'tiny.png'], 'uploads/2020/09/tiny.png'],
    [['uploads', 'caf%C3%A9.png'], 'uploads/café.png'],
    [['uploads%2F2020', 'x.png'], 'uploads/2020/x.png'],
  ])('%j -> %s', (segments, expected) => {
    expect(resolveInside(root, segments)).toBe(path.join(root, expected));
  });

  test.each([
    [['uploads', '.htaccess']],
    [['uploads%2F.htaccess']],
    [['x%2F..%2Fuploads%2F.htaccess']],
    [['..', '..', '_config.yml']],
    [['%2E%2E', '_config.yml']],
    [['uploads', '..%5C..%5C_config.yml']],
    [['.git', 'config']],
    [['uploads', 'a%00.png']],
    [['uploads', '%E0%A4%A']], // malformed escape
    [['uploads', '']],
  ])('%j is refused', (segments) => {
    expect(resolveInside(root, segments)).toBeNull();
  });
});

describe('servableType: which file types the media routes serve', () => {
  test.each([
    ['pixel.png', 'image/png'],
    ['photo-300x229.JPG', 'image/jpeg'],
    ['photo.jpeg', 'image/jpeg'],
    ['anim.gif', 'image/gif'],
    ['pic.webp', 'image/webp'],
    ['pic.avif', 'image/avif'],
    ['logo.svg', 'image/svg+xml'],
    ['favicon.ico', 'image/vnd.microsoft.icon'],
    ['episode.mp3', 'audio/mpeg'],
    ['episode.m4a', 'audio/mp4'],
    ['episode.ogg', 'audio/ogg'],
    ['clip.mp4', 'video/mp4'],
    ['clip.webm', 'video/webm'],
    ['clip.mov', 'video/quicktime'],
    ['clip.en.vtt', 'text/vtt'],
    ['report.pdf', 'application/pdf'],
    ['letter.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['sheet.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['deck.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['old.doc', 'application/msword'],
    ['paper.odt', 'application/vnd.oasis.opendocument.text'],
    ['theme.zip', 'application/zip'],
    ['font.woff2', 'font/woff2'],
    ['font.ttf', 'font/ttf'],
    ['readme.txt', 'text/plain'],
    ['data.csv', 'text/csv'],
    ['/srv/export/wp-content/uploads/2020/09/pixel.png', 'image/png'],
    ['page.html.png', 'image/png'], // the last extension decides, and the file is served as that type
  ])('%s is served as %s', (name, type) => {
    expect(servableType(name)).toBe(type);
  });

  test.each([
    'page.html',
    'page.HTM',
    'page.xhtml',
    'page.shtml',
    'feed.xml',
    'script.js',
    'module.mjs',
    'shell.php',
    'shell.phtml',
    'shell.php5',
    'movie.swf',
    'setup.exe',
    'style.css',
    'x.png.html',
    'x.svgz', // gzip-compressed SVG, which would need Content-Encoding to display
    'Makefile', // no extension
    'png', // an extension alone is not a file name with one
    'trailing.',
  ])('%s is not served', (name) => {
    expect(servableType(name)).toBeNull();
  });
});
