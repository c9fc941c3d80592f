/** Validation of XML against an XML Schema with Debian's xmllint (libxml2-utils; scripts/test.sh installs it). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './fixtures';

/** The sitemaps.org schemas, kept in tests/schemas/ (no network in tests). */
export const SITEMAP_XSD = path.join(REPO_ROOT, 'tests/schemas/sitemap.xsd');
export const SITEINDEX_XSD = path.join(REPO_ROOT, 'tests/schemas/siteindex.xsd');

/** xmllint's verdict on `xml`: `ok` when it validates against `xsd`, with what xmllint printed either way. */
export function validateXml(xml: string, xsd: string): { ok: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', xsd, '-'], { input: xml, encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint could not run (install libxml2-utils): ${run.error.message}`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
