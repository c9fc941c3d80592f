import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SearchResultList } from '@/components/SearchResultList';
import { excerptParts } from '@/lib/search/excerpt';

// Excerpts as Pagefind's browser script returns them: the page's text with `<` and `>` escaped, `<mark>` around matches.
const APPLES = {
  url: '/post-28-apples-oranges-comparing-two-app-stores/',
  title: 'Post 28 – Apples & Oranges: comparing two app stores',
  date: 'September 17, 2020',
  datetime: '2020-09-17T20:16:04+00:00',
  excerpt: 'It talks about <mark>apples</mark> & <mark>oranges:</mark> comparing two app stores',
};

describe('excerptParts', () => {
  it('splits an excerpt into text and marked pieces', () => {
    expect(excerptParts('a <mark>b</mark> c <mark>d e</mark>')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
      { text: ' c ', mark: false },
      { text: 'd e', mark: true },
    ]);
  });

  it('turns Pagefind\'s escaped angle brackets back into text, and nothing into markup', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>')).toEqual([
      { text: '<script>alert(1)</script> ', mark: false },
      { text: 'x', mark: true },
    ]);
  });
});

describe('SearchResultList', () => {
  it('shows each result as a titled link with its date and the excerpt, matches highlighted', () => {
    render(<SearchResultList label="Search results" results={[APPLES]} />);
    const list = screen.getByRole('list', { name: 'Search results' });
    const link = screen.getByRole('link', { name: APPLES.title });
    expect(link).toHaveAttribute('href', APPLES.url);
    expect(list.querySelector('time')).toHaveAttribute('dateTime', APPLES.datetime);
    expect(list.querySelector('time')).toHaveTextContent('September 17, 2020');
    expect([...list.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['apples', 'oranges:']);
    expect(list.querySelector('p:last-child')).toHaveTextContent('It talks about apples & oranges: comparing two app stores');
  });

  it('renders hostile text in an excerpt as text', () => {
    const { container } = render(
      <SearchResultList label="Search results" results={[{ ...APPLES, excerpt: '&lt;img src=x onerror=alert(1)&gt; <mark>apples</mark>' }]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('p:last-child')).toHaveTextContent('<img src=x onerror=alert(1)> apples');
  });

  it('leaves the date out for a page, which has none', () => {
    const { container } = render(<SearchResultList label="Search results" results={[{ url: '/about/', title: 'About', excerpt: 'About <mark>us</mark>' }]} />);
    expect(container.querySelector('time')).toBeNull();
    expect(screen.getByRole('link', { name: 'About' })).toHaveAttribute('href', '/about/');
  });
});
