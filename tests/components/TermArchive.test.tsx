// environment is jsdom already
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import './next-config-env';
import { ArticleBody } from '@/components/ArticleBody';
import { TermArchive } from '@/components/TermArchive';
import type { Entry } from '@/lib/content/entry';
import type { TermListing } from '@/lib/content/listings';

function entry(n: number): Entry {
  return {
    kind: 'post',
    file: `_posts/2020-01-${String(n).padStart(2, '0')}-post-${n}.md`,
    wpId: n,
    title: `Post ${n}`,
    hasTitle: true,
    date: `2020-01-${String(n).padStart(2, '0')}T12:00:00+00:00`,
    url: `/post-${n}/`,
    author: 'Newb',
    excerpt: `Excerpt ${n}`,
    guid: null,
    categories: [],
    tags: [{ name: 'Machine Learning', slug: 'machine-learning' }],
    image: null,
    format: null,
    math: false,
    readingMinutes: 1,
    html: `<p>Body ${n}</p>`,
    removedShortcodes: [],
    internalLinks: [],
  };
}

function listing(count: number, page: number, perPage = 10): TermListing {
  const posts = Array.from({ length: count }, (_, i) => entry(count - i));
  return {
    archive: { term: { name: 'Machine Learning', slug: 'machine-learning' }, posts },
    items: posts.slice((page - 1) * perPage, page * perPage),
    page,
    totalPages: Math.max(1, Math.ceil(count / perPage)),
    base: '/tag/machine-learning/',
  };
}

describe('TermArchive', () => {
  it('names the taxonomy and the term, counts all its posts and lists the page\'s posts', () => {
    render(<TermArchive taxonomy="tag" listing={listing(12, 1)} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Machine Learning');
    expect(screen.getByText('Tag')).toBeInTheDocument();
    expect(screen.getByText('12 posts')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(10);
    expect(screen.getByRole('link', { name: /Older posts/ })).toHaveAttribute('href', '/tag/machine-learning/page/2/');
  });

  it('on page 2 lists the rest and links back to the archive\'s first page', () => {
    render(<TermArchive taxonomy="tag" listing={listing(12, 2)} />);
    expect(screen.getAllByRole('article').map((a) => a.querySelector('h2')!.textContent)).toEqual(['Post 2', 'Post 1']);
    expect(screen.getByRole('link', { name: /Newer posts/ })).toHaveAttribute('href', '/tag/machine-learning/');
  });

  it('links the archive\'s own feed, by taxonomy', () => {
    render(<TermArchive taxonomy="tag" listing={listing(3, 1)} />);
    expect(screen.getByRole('link', { name: 'Feed of this tag' })).toHaveAttribute('href', '/tag/machine-learning/feed/');
  });

  it('says "1 post" for a single post, and labels categories', () => {
    render(<TermArchive taxonomy="category" listing={listing(1, 1)} />);
    expect(screen.getByText('1 post')).toBeInTheDocument();
    expect(screen.getByText('Category')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull();
  });
});

describe('ArticleBody', () => {
  it('inserts the already-sanitised body HTML as HTML', () => {
    // (In a JSX attribute string `&lt;` would be decoded by JSX itself: pass a JS string.)
    const html = '<p>Hello <a href="/x/">x</a></p><pre><code>&lt;b&gt;</code></pre>';
    const { container } = render(<ArticleBody html={html} />);
    expect(container.querySelector('p a')).toHaveAttribute('href', '/x/');
    expect(container.querySelector('code')).toHaveTextContent('<b>');
    expect(container.querySelector('b')).toBeNull();
  });
});
