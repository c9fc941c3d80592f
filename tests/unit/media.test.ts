import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveInside, servableType } from '../../lib/media';
import { htaccessDenies, htaccessDeniesAll } from '../../lib/media/htaccess';
import {
  isBackupZipName,
  PROTECTED_PLUGIN_FOLDERS,
  refusalByName,
  refusedExtensionOf,
} from '../../lib/media/refused-names';

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
    'server.key', // far more often a private key than an Apple Keynote deck
    'Slides.KEY',
    'Makefile', // no extension
    'png', // an extension alone is not a file name with one
    'trailing.',
  ])('%s is not served', (name) => {
    expect(servableType(name)).toBeNull();
  });
});

describe('refusalByName: media an export holds but must not publish', () => {
  test.each([
    'server.key',
    'SERVER.KEY',
    'cert.pem',
    'site.crt',
    'site.cer',
    'site.der',
    'id.p12',
    'id.pfx',
    'store.jks',
    'putty.ppk',
    'dump.sql',
    'dump.sql.gz',
    'dump.SQL.zip',
    'site.sqlite',
    'app.db',
    'mysql.dump',
    'wp-config.php.bak',
    'photo.bak.jpg', // a refused extension anywhere among the name's extensions
    'debug.log',
    'site.wpress',
    'site.tar',
    'site.tar.gz',
    'site.tgz',
    'site.gz',
    'site.7z',
    'site.rar',
    'site.daf',
    'site.jpa',
  ])('%s is refused for its extension', (name) => {
    expect(refusedExtensionOf(name)).not.toBeNull();
    expect(refusalByName(['uploads', '2021', name])).not.toBeNull();
  });

  test.each([
    'backup_2021-03-01-1200_Site_1a2b3c-db.zip', // UpdraftPlus
    'backup_2021-03-01-1200_Site_1a2b3c-uploads.zip',
    'site_1a2b3c4d_20210301120000_archive.zip', // Duplicator
    'sitebackup.zip',
    'Site-Backup-2021.zip',
    'db.zip',
    'db2021.zip',
    'wp-db-2021-03-01.zip',
    'database.zip',
    'mysqldump-2021.zip',
    'my_sql_dump.zip',
    'public_html.zip',
    'htdocs-copy.zip',
    'wp-content.zip',
    'www.zip',
    'wordpress.zip',
    'snapshot-2021.zip',
  ])('%s is a backup zip', (name) => {
    expect(isBackupZipName(name)).toBe(true);
    expect(refusalByName(['uploads', name])).toBe('a zip named as a backup');
  });

  test.each([
    'theme-files.zip',
    'photo-archive.zip',
    'dumpling-recipes.zip',
    'press-kit-2021.zip',
    'dbz-wallpapers.zip',
    'wordpress-theme-starter.zip',
  ])('%s is an ordinary zip', (name) => {
    expect(isBackupZipName(name)).toBe(false);
    expect(refusalByName(['uploads', '2021', '03', name])).toBeNull();
  });

  // Every pattern of the named list, made concrete: `backwpup-*` as `backwpup-1a2b3c-backups`.
  test.each(PROTECTED_PLUGIN_FOLDERS.map((pattern) => pattern.replace(/\*$/, '1a2b3c-backups')))(
    'a file under %s/ is refused, at any depth and in any letter case',
    (folder) => {
      expect(refusalByName(['uploads', folder, 'file.pdf'])).toMatch(/protected folder/);
      expect(refusalByName([folder, '2021', '03', 'file.pdf'])).toMatch(/protected folder/);
      expect(refusalByName(['uploads', folder.toUpperCase(), 'file.pdf'])).toMatch(/protected folder/);
    },
  );

  test.each([
    [['uploads', '2021', '03', 'photo.jpg']],
    [['uploads', '2021', '03', 'report.pdf']],
    [['uploads', 'edd-logo.png']], // a file named like a plugin folder is not in it
    [['uploads', 'wpforms-screenshots', 'form.png']], // nor a folder whose name only starts like one
    [['uploads', 'Mr.Keynote.pdf']],
    [['uploads', '2021', 'episode.mp3']],
  ])('%j is not refused by name', (parts) => {
    expect(refusalByName(parts)).toBeNull();
  });
});

describe('htaccessDeniesAll: an .htaccess that denies its folder', () => {
  test.each([
    ['Apache 2.2', 'Deny from all\n'],
    ['Apache 2.4', 'Require all denied\n'],
    ['lower case', 'deny from all'],
    ['mixed case', 'DeNy FrOm AlL\r\n'],
    ['upper case, extra spaces', '  REQUIRE   ALL\tDENIED'],
    ['after Order', 'Order Deny,Allow\nDeny from all\n'],
    ['inside IfModule', '<IfModule mod_authz_core.c>\n  Require all denied\n</IfModule>\n'],
    ['inside Limit GET', '<Limit GET POST>\ndeny from all\n</Limit>\n'],
    ['inside LimitExcept without GET', '<LimitExcept POST>\nRequire all denied\n</LimitExcept>\n'],
    // Conservative: a later Allow is not weighed.
    ['EDD-style, with allowed images', "Options -Indexes\ndeny from all\n<FilesMatch '\\.(jpg|png|gif)$'>\nOrder Allow,Deny\nAllow from all\n</FilesMatch>\n"],
  ])('%s', (_, text) => {
    expect(htaccessDeniesAll(text)).toBe(true);
  });

  test.each([
    ['empty', ''],
    ['no listings', 'Options -Indexes\n'],
    ['caching rules', '<IfModule mod_expires.c>\nExpiresActive On\n</IfModule>\n'],
    ['a commented-out deny', '# Deny from all\n  # Require all denied\n'],
    ['allow from all', 'Order Allow,Deny\nAllow from all\n'],
    ['require all granted', 'Require all granted\n'],
    ['deny from one address', 'Deny from 203.0.113.7\n'],
    // What security plugins write into uploads folders: no PHP runs there; the images beside are public.
    ['a deny for PHP files only', '<Files *.php>\ndeny from all\n</Files>\n'],
    ['a deny for some methods only', '<Limit POST PUT DELETE>\nRequire all denied\n</Limit>\n'],
    ['a deny for every method but GET', '<LimitExcept GET HEAD>\nDeny from all\n</LimitExcept>\n'],
  ])('%s does not deny', (_, text) => {
    expect(htaccessDeniesAll(text)).toBe(false);
  });
});

describe('htaccessDenies: what an .htaccess denies of one file', () => {
  const PHP_ONLY = '<Files *.php>\ndeny from all\n</Files>\n';
  const SCRIPTS = "<FilesMatch \"\\.(?i:php|phtml|pl|py|cgi)$\">\n  Require all denied\n</FilesMatch>\n";
  const SCRIPTS_CASELESS = '<FilesMatch "\\.(php|phtml)$">\nOrder Deny,Allow\nDeny from all\n</FilesMatch>\n';
  test.each([
    [PHP_ONLY, 'shell.php', true],
    [PHP_ONLY, 'photo.jpg', false],
    [PHP_ONLY, 'photo.php.jpg', false],
    [SCRIPTS_CASELESS, 'x.PHP', true],
    [SCRIPTS_CASELESS, 'x.pdf', false],
    ['<Files "private.pdf">\nRequire all denied\n</Files>\n', 'private.pdf', true],
    ['<Files "private.pdf">\nRequire all denied\n</Files>\n', 'public.pdf', false],
    ['<Files ~ "\\.(mp3|mp4)$">\nDeny from all\n</Files>\n', 'song.mp3', true],
    ['<IfModule mod_authz_core.c>\n<FilesMatch "\\.pdf$">\nRequire all denied\n</FilesMatch>\n</IfModule>\n', 'a.pdf', true],
    ['<Limit POST>\n<Files *.pdf>\ndeny from all\n</Files>\n</Limit>\n', 'a.pdf', false],
    ['Deny from all\n', 'photo.jpg', true],
    // A pattern that does not compile, or is shaped to backtrack for ever, is not run: it holds every file.
    ['<FilesMatch "(unclosed">\ndeny from all\n</FilesMatch>\n', 'photo.jpg', true],
    ['<FilesMatch "^(a+)+$">\ndeny from all\n</FilesMatch>\n', 'photo.jpg', true],
    ['<FilesMatch "^(a|aa)+$">\ndeny from all\n</FilesMatch>\n', 'photo.jpg', true],
    ['<FilesMatch "^(a)\\1$">\ndeny from all\n</FilesMatch>\n', 'photo.jpg', true],
    ['<FilesMatch ".*a.*a.*a.*a.*b">\ndeny from all\n</FilesMatch>\n', 'photo.jpg', true],
    ['<FilesMatch "^.*\\.(php|phtml)$">\ndeny from all\n</FilesMatch>\n', 'photo.jpg', false],
    [`<FilesMatch "${'a'.repeat(300)}">\ndeny from all\n</FilesMatch>\n`, 'photo.jpg', true],
  ])('%j, %s: denied %s', (text, fileName, denied) => {
    expect(htaccessDenies(text, fileName)).toBe(denied);
  });

  test('SCRIPTS with an inline flag Node does not know: the pattern holds every file', () => {
    // `(?i:…)` is PCRE; JavaScript before Node 23 rejects it, and a rejected pattern denies (see above).
    expect(htaccessDenies(SCRIPTS, 'a.php')).toBe(true);
  });
});
