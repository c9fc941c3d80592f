/**
 * Posts are static documents: a post page loads only the framework's shared client chunks (the same as the
 * home page), and no client chunk carries post content.
 */
import { describe, expect, it } from 'vitest';
import { get, scriptSources } from './helpers';
import { NEWEST_FIRST, post } from './paginated-fixture';

async function scriptsOf(path: string): Promise<string[]> {
  const res = await get('paginated', path);
  expect(res.status, path).toBe(200);
  return [...new Set(scriptSources(res.body))].sort();
}

describe('client JavaScript', () => {
  it('a post page loads exactly the scripts the home page loads, all of them shared framework chunks', async () => {
    const home = await scriptsOf('/');
    const onPost = await scriptsOf(post(15).url);
    expect(home.length).toBeGreaterThan(0);
    for (const src of home) expect(src).toMatch(/^\/_next\/static\/chunks\/[\w.-]+\.js$/);
    expect(onPost).toEqual(home);
  });

  it('every post, archive and page loads that same set of scripts', async () => {
    const home = await scriptsOf('/');
    const paths = [
      ...NEWEST_FIRST.map((p) => p.url),
      '/page/2/',
      '/tag/machine-learning/',
      '/tag/machine-learning/page/2/',
      '/category/policy/',
      '/about/',
    ];
    const differing: string[] = [];
    for (const path of paths) {
      const scripts = await scriptsOf(path);
      if (JSON.stringify(scripts) !== JSON.stringify(home)) differing.push(`${path}: ${scripts.join(' ')}`);
    }
    expect(differing).toEqual([]);
  });

  it('no client chunk contains post text', async () => {
    const home = await get('paginated', '/');
    const chunks = scriptSources(home.body);
    // The body of every post, the title of one: bodies belong in HTML, not in JavaScript bundles.
    const needles = ['This is the body of fixture post number', 'Spammers tried to post this', post(9).title];
    expect(chunks.length).toBeGreaterThan(0);
    for (const src of chunks) {
      const js = await get('paginated', src);
      expect(js.status, src).toBe(200);
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      for (const needle of needles) expect(js.body, `${src} contains "${needle}"`).not.toContain(needle);
    }
  });
});
