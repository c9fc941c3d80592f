import { open } from 'node:fs/promises';
import path from 'node:path';
import { NO_FOLLOW_READ } from './open-inside';

/**
 * Apache's deny-all directives, 2.2 (`Deny from all`) and 2.4 (`Require all denied`), in any letter case. Only
 * whole-line comments (`# Deny from all`) are not directives, as in Apache.
 */
const DENY_ALL = /^(?:deny[ \t]+from[ \t]+all|require[ \t]+all[ \t]+denied)\b/i;
const SECTION_OPEN = /^<([a-z]+)(?:[ \t]+([^>]*))?>/i;
const SECTION_CLOSE = /^<\/([a-z]+)[ \t]*>/i;

/** Larger than any real `.htaccess` of an uploads folder; beyond it, the file is not read and counts as denying. */
const MAX_HTACCESS_BYTES = 1024 * 1024;
/**
 * Patterns that could backtrack for ever on a file name are not run: longer ones, a quantified group
 * (`(a|aa)+`), a back-reference, more than three unbounded repeats (`.*.*.*.*`). Real `.htaccess` patterns
 * (`\.(php|phtml)$`) have none of these.
 */
const MAX_PATTERN_LENGTH = 256;
const RISKY_PATTERN = /\)[ \t]*[+*?{]|\\[1-9]|\\k</;
const MAX_UNBOUNDED_REPEATS = 3;
const isRisky = (source: string) =>
  source.length > MAX_PATTERN_LENGTH || RISKY_PATTERN.test(source) || (source.match(/(?<!\\)[*+]|\{\d*,\}/g)?.length ?? 0) > MAX_UNBOUNDED_REPEATS;

/** Which file names a `<Files>` or `<FilesMatch>` section holds; a pattern that cannot be judged holds all. */
type FileTest = (fileName: string) => boolean;
const ALL_FILES: FileTest = () => true;

const unquote = (text: string) => text.trim().replace(/^(["'])(.*)\1$/, '$2');

function regexTest(source: string): FileTest {
  if (isRisky(source)) return ALL_FILES;
  try {
    // Case-insensitive, unlike Apache: an export may come from a case-insensitive disk, and wider is safer.
    const pattern = new RegExp(source, 'i');
    return (fileName) => pattern.test(fileName);
  } catch {
    return ALL_FILES;
  }
}

/** `<Files *.php>` (a wildcard), `<Files ~ "regex">`, `<FilesMatch "regex">`. */
function filesTest(kind: string, argument: string): FileTest {
  const text = argument.trim();
  if (kind === 'filesmatch') return regexTest(unquote(text));
  if (text.startsWith('~')) return regexTest(unquote(text.slice(1)));
  const wildcard = unquote(text);
  if (wildcard.length > MAX_PATTERN_LENGTH) return ALL_FILES;
  const source = wildcard.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return regexTest(`^${source}$`);
}

/** Whether a `<Limit …>` (or, `except`, `<LimitExcept …>`) section applies to a GET request. */
function limitAppliesToGet(argument: string, except: boolean): boolean {
  const methods = argument.toUpperCase().split(/[ \t]+/);
  const listed = methods.includes('GET') || methods.includes('HEAD');
  return except ? !listed : listed;
}

/** One deny directive: the file tests of the sections around it (all must hold), and whether it applies to GET. */
interface DenyRule {
  files: FileTest[];
  get: boolean;
}

/**
 * The deny directives of an `.htaccess` text, each with where Apache applies it. `<Files>` and `<FilesMatch>`
 * limit a deny to the names they match (WordPress security plugins put `<Files *.php> deny from all` in
 * uploads folders, which must not withhold the images beside), `<Limit>` and `<LimitExcept>` to their methods;
 * any other section (`<IfModule>`, `<RequireAll>`…) is taken as applying, since the server does not evaluate
 * Apache's conditions: it errs on the side of not serving. An `Allow` after a deny is not weighed either.
 */
function denyRules(text: string): DenyRule[] {
  const rules: DenyRule[] = [];
  const stack: { kind: string; files?: FileTest; get: boolean }[] = [];
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const close = SECTION_CLOSE.exec(line);
    if (close) {
      const kind = close[1]!.toLowerCase();
      const at = stack.map((section) => section.kind).lastIndexOf(kind);
      if (at !== -1) stack.length = at;
      continue;
    }
    const open = SECTION_OPEN.exec(line);
    if (open) {
      const kind = open[1]!.toLowerCase();
      const argument = open[2] ?? '';
      if (kind === 'files' || kind === 'filesmatch') stack.push({ kind, files: filesTest(kind, argument), get: true });
      else if (kind === 'limit' || kind === 'limitexcept') stack.push({ kind, get: limitAppliesToGet(argument, kind === 'limitexcept') });
      else stack.push({ kind, get: true });
      continue;
    }
    if (DENY_ALL.test(line)) {
      rules.push({ files: stack.flatMap((section) => (section.files ? [section.files] : [])), get: stack.every((section) => section.get) });
    }
  }
  return rules;
}

/** Whether an `.htaccess` text denies GET requests for `fileName` in its folder (and the folders below). */
export function htaccessDenies(text: string, fileName: string): boolean {
  const name = fileName.slice(0, 255);
  return denyRules(text).some((rule) => rule.get && rule.files.every((test) => test(name)));
}

/** Whether an `.htaccess` text denies access to its whole folder: a deny for GET not limited to some files. */
export function htaccessDeniesAll(text: string): boolean {
  return denyRules(text).some((rule) => rule.get && rule.files.length === 0);
}

/**
 * What the `.htaccess` of `folder` says of `fileName` (of the whole folder without one): `absent`, `denies`, or
 * `allows`. One that is there but cannot be read as a plain file (a symbolic link, a folder, unreadable, too
 * large) counts as denying: what it said is unknown.
 */
export async function htaccessVerdict(folder: string, fileName?: string): Promise<'absent' | 'denies' | 'allows'> {
  const file = path.join(folder, '.htaccess');
  let handle;
  try {
    handle = await open(/* turbopackIgnore: true */ file, NO_FOLLOW_READ);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'absent' : 'denies';
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || stats.size > MAX_HTACCESS_BYTES) return 'denies';
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(stats.size), 0, stats.size, 0);
    // Directives are ASCII; latin1 reads any byte without failing.
    const text = buffer.toString('latin1', 0, bytesRead);
    return (fileName === undefined ? htaccessDeniesAll(text) : htaccessDenies(text, fileName)) ? 'denies' : 'allows';
  } catch {
    return 'denies';
  } finally {
    await handle.close();
  }
}

/**
 * The folder (relative to the media root, `''` for the root itself) whose `.htaccess` denies access to the file
 * `fileName` in `folders` under `realRoot`, checking every level from the root down; null when none does.
 */
export async function folderDeniedByHtaccess(realRoot: string, folders: string[], fileName: string): Promise<string | null> {
  for (let depth = 0; depth <= folders.length; depth++) {
    const relative = folders.slice(0, depth);
    if ((await htaccessVerdict(path.join(realRoot, ...relative), fileName)) === 'denies') return relative.join('/');
  }
  return null;
}
