import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveInside } from '../../lib/media';

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
