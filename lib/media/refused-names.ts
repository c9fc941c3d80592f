/**
 * Media an export holds but must never serve, decided from names alone: the protected folders of WordPress
 * plugins, keys and certificates, database dumps and backup archives. On WordPress these sat behind a
 * denying `.htaccess` or outside any public URL; an export copies them into `wp-content/` as plain files.
 * Every rule is case-insensitive: an export may come from a case-insensitive disk.
 */

/**
 * Folders where well-known plugins keep uploads that are not public: paid downloads, form submissions,
 * logs, exports of customer data and site backups. A request whose path passes through a folder of this
 * name, at any depth, is refused. `*` at the end matches any rest of the name (`backwpup-1a2b3c-backups`).
 */
export const PROTECTED_PLUGIN_FOLDERS: readonly string[] = [
  // Shops and paid downloads
  'woocommerce_uploads', // WooCommerce: downloadable products
  'wc-logs', // WooCommerce: logs (orders, payment gateways)
  'wpo_wcpdf', // PDF Invoices & Packing Slips for WooCommerce: invoices
  'edd', // Easy Digital Downloads: paid downloads
  'dlm_uploads', // Download Monitor: protected downloads
  // Forms: files visitors sent
  'wpforms', // WPForms
  'gravity_forms', // Gravity Forms
  'wpcf7_uploads', // Contact Form 7: attachments
  'wpcf7_captcha', // Contact Form 7: Really Simple CAPTCHA answers
  'formidable', // Formidable Forms
  'ninja-forms', // Ninja Forms
  'fluentform', // Fluent Forms
  'forminator', // Forminator
  // Data exports and imports
  'wpallexport', // WP All Export: exported posts, orders, users
  'wpallimport', // WP All Import: imported files
  // Security plugins: logs and firewall data
  'wflogs', // Wordfence
  'ithemes-security', // iThemes Security / Solid Security: logs and database backups
  'sucuri', // Sucuri Security: audit logs
  'wp-security-audit-log', // WP Activity Log
  'aiowps_backups', // All In One WP Security: database backups
  // Backups, migrations and staging copies
  'updraft', // UpdraftPlus
  'ai1wm-backups', // All-in-One WP Migration
  'backwpup-*', // BackWPup: backups, logs, temp
  'backupbuddy_backups', // BackupBuddy
  'backupbuddy_temp', // BackupBuddy
  'pb_backupbuddy', // BackupBuddy
  'wp-migrate-db', // WP Migrate DB
  'wpvivid*', // WPvivid Backup: wpvividbackups, wpvivid_staging…
  'wp-staging*', // WP Staging: staging copies and backups
  'backups-dup-*', // Duplicator (lite and pro)
  'wp-snapshots', // Duplicator before 1.5
  'backupwordpress-*', // BackUpWordPress
  'backup-guard', // Backup Guard
  'boldgrid_backup', // Total Upkeep (BoldGrid Backup)
  'xcloner*', // XCloner
  'backup', // generic names backup plugins and hosts use
  'backups',
  'backup-*',
];

/**
 * Extensions never served, wherever they appear among a file name's extensions (`dump.sql.gz`,
 * `site.sql.zip`, `server.key.txt`): keys, certificates, databases, dumps, editor copies and logs. Most are not
 * media types anyway (file-types.ts); listing them here keeps them refused should one ever be added there.
 */
const REFUSED_EXTENSIONS: readonly string[] = [
  // private keys and certificates
  'key', 'pem', 'crt', 'cer', 'der', 'csr', 'p7b', 'p7c', 'p8', 'pk8', 'p12', 'pfx', 'jks', 'keystore', 'ppk',
  'asc', 'gpg', 'pgp', 'kdbx', 'ovpn',
  // databases and dumps
  'sql', 'sqlite', 'sqlite3', 'db', 'db3', 'mdb', 'accdb', 'dump', 'dmp',
  // copies an editor or an admin left behind, and logs
  'bak', 'backup', 'old', 'orig', 'save', 'swp', 'log',
  // backup archives: All-in-One WP Migration, Duplicator Pro, Akeeba, and plain compressed archives
  'wpress', 'daf', 'jpa', 'jps', 'tar', 'tgz', 'gz', 'bz2', 'tbz', 'tbz2', 'xz', 'txz', 'zst', 'lz', 'lzma', '7z', 'rar',
];

/**
 * Words in a zip's name that say it is a backup, a dump or a copy of the whole site (UpdraftPlus's
 * `backup_2021-03-01-1200_Site_1a2b3c-db.zip`, `db-2021.zip`). Matched as whole words of the name, split at
 * punctuation and between letters and digits, so `dumpling-recipes.zip` stays public.
 */
const BACKUP_ZIP_WORDS = new Set([
  'backup', 'backups', 'bak', 'bck', 'bkp', 'dump', 'db', 'database', 'sql', 'mysql', 'wpdb',
  'snapshot', 'updraft', 'duplicator', 'backwpup', 'ai1wm', 'wpvivid',
]);
/** The same, as parts of longer names: `sitebackup.zip`, `mysqldump-2021.zip`, `public_html.zip`, `wp-content.zip`. */
const BACKUP_ZIP_FRAGMENTS = ['backup', 'database', 'mysqldump', 'public_html', 'htdocs', 'wp-content', 'wp_content'];
/** Whole names of copies of a site's folder: `www.zip`, `wordpress.zip`. */
const SITE_COPY_NAMES = new Set(['www', 'web', 'html', 'wordpress', 'wp']);
/** Duplicator names its archives `<site>_<hash>_<date>_archive.zip`. */
const DUPLICATOR_ARCHIVE = /_archive$/;

const REFUSED_EXTENSION_SET = new Set(REFUSED_EXTENSIONS);

function matchesFolderPattern(folder: string, pattern: string): boolean {
  return pattern.endsWith('*') ? folder.startsWith(pattern.slice(0, -1)) : folder === pattern;
}

/** The plugin-protected folder a path passes through (the pattern it matched), or null. */
export function protectedFolderOf(folders: string[]): string | null {
  for (const folder of folders) {
    const name = folder.toLowerCase();
    const pattern = PROTECTED_PLUGIN_FOLDERS.find((p) => matchesFolderPattern(name, p));
    if (pattern) return pattern;
  }
  return null;
}

/** Whether a `.zip` file's name says it is a backup or a dump. */
export function isBackupZipName(fileName: string): boolean {
  const stem = fileName.toLowerCase().replace(/\.zip$/, '');
  if (SITE_COPY_NAMES.has(stem) || DUPLICATOR_ARCHIVE.test(stem)) return true;
  if (BACKUP_ZIP_FRAGMENTS.some((fragment) => stem.includes(fragment))) return true;
  const words = stem.split(/[^a-z0-9]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/);
  return words.some((word) => BACKUP_ZIP_WORDS.has(word));
}

/** The refused extension among a file name's extensions (`.sql` for `dump.sql.gz`), or null. */
export function refusedExtensionOf(fileName: string): string | null {
  const extensions = fileName.toLowerCase().split('.').slice(1);
  return extensions.find((ext) => REFUSED_EXTENSION_SET.has(ext)) ?? null;
}

/**
 * Why a file of the media folder must not be served, judged from its path's parts (relative to the media
 * root, file name last), or null when its name raises nothing.
 */
export function refusalByName(parts: string[]): string | null {
  const fileName = parts.at(-1) ?? '';
  const folder = protectedFolderOf(parts.slice(0, -1));
  if (folder) return `in a plugin's protected folder (${folder})`;
  const extension = refusedExtensionOf(fileName);
  if (extension) return `a .${extension} file (keys, dumps, backups)`;
  if (/\.zip$/i.test(fileName) && isBackupZipName(fileName)) return 'a zip named as a backup';
  return null;
}
