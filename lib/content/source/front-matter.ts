import { parseDocument } from 'yaml';
import { ContentError } from '../core/errors';

export type FrontMatter = Record<string, unknown>;

export interface SplitFile {
  /** Parsed front matter, or null when the file has none. */
  data: FrontMatter | null;
  body: string;
}

// `---` may carry trailing spaces (seen in real exports); CRLF files are accepted too.
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/**
 * Splits a content file into YAML front matter and body. YAML is read with the 1.2 core schema, so an
 * unquoted `2020-09-08T16:17:01+00:00` stays the string it was written as and keeps its UTC offset.
 */
export function splitFrontMatter(text: string, file: string): SplitFile {
  const open = OPENING.exec(text);
  if (!open) return { data: null, body: text };
  const rest = text.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) throw new ContentError(file, 'front matter', 'no closing `---` line');
  const yamlText = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');

  return { data: parseYamlMapping(yamlText, file, 'front matter', 1), body };
}

/**
 * Parses YAML that must be a `key: value` mapping (front matter, `_config.yml`). `firstLine` is the file line
 * the YAML starts on, so errors point at the right line of the file.
 */
export function parseYamlMapping(yamlText: string, file: string, field: string, firstLine = 0): FrontMatter {
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: false, prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = err.linePos?.[0]?.line;
    const where = line ? ` (line ${line + firstLine} of the file)` : '';
    // The parser's own position counts lines of the YAML alone; the file line above is the one to trust.
    const reason = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ContentError(file, field, `YAML does not parse${where}: ${reason}`);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, field, 'is not a list of `key: value` lines');
  }
  return data as FrontMatter;
}