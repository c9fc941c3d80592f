// environment is jsdom already
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import './next-config-env';
import { PostList, PostSummary, type PostSummaryData } from '@/components/PostSummary';
import { translator } from '@/lib/i18n';

const EN = translator('en');

const summary = (over: Partial<PostSummaryData> = {}): PostSummaryData => ({
  url: '/china-launches-global-data-security-initiative/',
  title: 'China launches global data security initiative',
  date: '2020-09-08T16:17:01+00:00',
  author: 'Newb',
  excerpt: 'China launched an initiative on Tuesday…',
  kind: 'post',
  file: `_posts/${over.url ?? 'china'}.md`,
  ...over,
});

describe('PostSummary', () => {
  it('links the title to the post and shows its date, author and excerpt', () => {
    render(<PostSummary t={EN} post={summary()} />);
    const heading = screen.getByRole('heading', { level: 2 });
    const link = within(heading).getByRole('link', { name: 'China launches global data security initiative' });
    expect(link).toHaveAttribute('href', '/china-launches-global-data-security-initiative/');
    expect(screen.getByText('September 8, 2020').tagName).toBe('TIME');
    expect(screen.getByText('Newb')).toBeInTheDocument();
    expect(screen.getByText('China launched an initiative on Tuesday…')).toBeInTheDocument();
  });

  it('shows no reading time in a listing, and no excerpt paragraph when it is empty', () => {
    const { container } = render(<PostSummary t={EN} post={summary({ excerpt: '' })} />);
    expect(container.textContent).not.toMatch(/min read/);
    expect(container.querySelectorAll('p')).toHaveLength(1); // the meta line only
  });

  it('percent-encodes a non-ASCII post URL and renders the title as text, not HTML', () => {
    render(<PostSummary t={EN} post={summary({ url: '/café-<b>/', title: '<b>Bold</b> & co' })} />);
    const link = screen.getByRole('link', { name: '<b>Bold</b> & co' });
    expect(link).toHaveAttribute('href', '/caf%C3%A9-%3Cb%3E/');
    expect(link).toHaveTextContent('<b>Bold</b> & co');
    expect(link.querySelector('b')).toBeNull();
  });
});

describe('PostList', () => {
  it('says there are no posts yet when the list is empty', () => {
    const { container } = render(<PostList t={EN} posts={[]} />);
    expect(screen.getByText('No posts yet.')).toBeInTheDocument();
    expect(container.querySelectorAll('article')).toHaveLength(0);
  });

  it('renders one article per post, in the given order', () => {
    const posts = [1, 2, 3].map((n) => summary({ url: `/post-${n}/`, title: `Post ${n}` }));
    render(<PostList t={EN} posts={posts} />);
    expect(screen.queryByText('No posts yet.')).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.getAllByRole('link', { name: /^Post \d/ }).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Post 1', '/post-1/'],
      ['Post 2', '/post-2/'],
      ['Post 3', '/post-3/'],
    ]);
  });
});
