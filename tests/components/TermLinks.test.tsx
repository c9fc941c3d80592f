// environment is jsdom already
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import './next-config-env';
import { TermLinks, termHref } from '@/components/TermLinks';

describe('TermLinks', () => {
  it('links each tag to /tag/<slug>/ with rel="tag", in the given order', () => {
    render(
      <TermLinks
        label="Tags"
        taxonomy="tag"
        terms={[
          { name: 'Machine Learning', slug: 'machine-learning' },
          { name: 'AI', slug: 'ai' },
        ]}
      />,
    );
    expect(screen.getByText('Tags:')).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['Machine Learning', '/tag/machine-learning/', 'tag'],
      ['AI', '/tag/ai/', 'tag'],
    ]);
  });

  it('links categories to /category/<slug>/ without rel="tag"', () => {
    render(<TermLinks label="Categories" taxonomy="category" terms={[{ name: 'Startups & VC', slug: 'startups-vc' }]} />);
    const link = screen.getByRole('link', { name: 'Startups & VC' });
    expect(link).toHaveAttribute('href', '/category/startups-vc/');
    expect(link).not.toHaveAttribute('rel');
    expect(screen.getByText('Categories:')).toBeInTheDocument();
  });

  it('percent-encodes a unicode slug as UTF-8 and shows the name as written', () => {
    render(
      <TermLinks
        label="Tags"
        taxonomy="tag"
        terms={[
          { name: '東京', slug: '東京' },
          { name: 'Café', slug: 'café' },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: '東京' })).toHaveAttribute('href', '/tag/%E6%9D%B1%E4%BA%AC/');
    expect(screen.getByRole('link', { name: 'Café' })).toHaveAttribute('href', '/tag/caf%C3%A9/');
  });

  it('renders nothing for an empty list', () => {
    const { container } = render(<TermLinks label="Tags" taxonomy="tag" terms={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders the terms as a list', () => {
    render(<TermLinks label="Tags" taxonomy="tag" terms={[{ name: 'A', slug: 'a' }, { name: 'B', slug: 'b' }]} />);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  });

  it('termHref builds the same archive URL the links use', () => {
    expect(termHref('tag', { name: '東京', slug: '東京' })).toBe('/tag/%E6%9D%B1%E4%BA%AC/');
    expect(termHref('category', { name: 'News', slug: 'news' })).toBe('/category/news/');
  });
});
