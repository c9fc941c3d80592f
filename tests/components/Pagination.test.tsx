// environment is jsdom already
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import './next-config-env';
import { Pagination } from '@/components/Pagination';
import { translator } from '@/lib/i18n';

const EN = translator('en');

const nav = () => screen.queryByRole('navigation', { name: 'Pagination' });
const newer = () => screen.queryByRole('link', { name: /Newer posts/ });
const older = () => screen.queryByRole('link', { name: /Older posts/ });

describe('Pagination', () => {
  it('renders nothing for a single page (or an empty listing)', () => {
    const { container } = render(<Pagination t={EN} base="/" page={1} totalPages={1} />);
    expect(container).toBeEmptyDOMElement();
    render(<Pagination t={EN} base="/tag/x/" page={1} totalPages={0} />);
    expect(nav()).toBeNull();
  });

  it('on the first page of the home listing links only to /page/2/', () => {
    render(<Pagination t={EN} base="/" page={1} totalPages={3} />);
    expect(nav()).toHaveTextContent('Page 1 of 3');
    expect(newer()).toBeNull();
    expect(older()).toHaveAttribute('href', '/page/2/');
    expect(older()).toHaveAttribute('rel', 'next');
  });

  it('on page 2 links back to the listing itself, not to /page/1/', () => {
    render(<Pagination t={EN} base="/" page={2} totalPages={3} />);
    expect(newer()).toHaveAttribute('href', '/');
    expect(newer()).toHaveAttribute('rel', 'prev');
    expect(older()).toHaveAttribute('href', '/page/3/');
    expect(screen.queryByRole('link', { name: /page\/1/ })).toBeNull();
  });

  it('on the last page offers only newer posts', () => {
    render(<Pagination t={EN} base="/" page={3} totalPages={3} />);
    expect(newer()).toHaveAttribute('href', '/page/2/');
    expect(older()).toBeNull();
    expect(nav()).toHaveTextContent('Page 3 of 3');
  });

  it('builds term archive URLs under the archive base: /tag/x/page/3/', () => {
    render(<Pagination t={EN} base="/tag/x/" page={2} totalPages={3} />);
    expect(older()).toHaveAttribute('href', '/tag/x/page/3/');
    expect(newer()).toHaveAttribute('href', '/tag/x/');
  });

  it('links category page 3 back to page 2', () => {
    render(<Pagination t={EN} base="/category/news/" page={3} totalPages={4} />);
    expect(newer()).toHaveAttribute('href', '/category/news/page/2/');
    expect(older()).toHaveAttribute('href', '/category/news/page/4/');
  });

  it('percent-encodes a non-ASCII archive base in its links', () => {
    render(<Pagination t={EN} base="/tag/東京/" page={1} totalPages={2} />);
    expect(older()).toHaveAttribute('href', '/tag/%E6%9D%B1%E4%BA%AC/page/2/');
  });
});
