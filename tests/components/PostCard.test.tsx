import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import './next-config-env';
import { LeadCard, PostCard, type PostCardData } from '@/components/PostCard';
import { translator } from '@/lib/i18n';

const EN = translator('en');

const post = (over: Partial<PostCardData> = {}): PostCardData => ({
  url: '/a-post/',
  title: 'A post',
  date: '2020-09-08T16:17:01+00:00',
  author: 'Newb',
  excerpt: 'What it says.',
  image: null,
  categories: [{ name: 'Startups', slug: 'startups' }],
  file: '_posts/2020-09-08-a-post.md',
  ...over,
});

describe('post cards', () => {
  it('the lead card: the image (decorative, in a 16:9 box, loaded first), the title as the link, excerpt and byline', () => {
    const { container } = render(<LeadCard t={EN} post={post({ image: { src: 'https://i.imgur.com/x.jpg', alt: 'X' } })} />);
    const img = container.querySelector('img')!;
    expect(img).toHaveAttribute('alt', '');
    expect(img).toHaveAttribute('loading', 'eager');
    expect(img.parentElement).toHaveClass('aspect-[16/9]');
    expect(screen.getByRole('link', { name: 'A post' })).toHaveAttribute('href', '/a-post/');
    expect(screen.getByText('What it says.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Newb' })).toBeInTheDocument();
  });

  it('a post without an image gets a panel with its category, hidden from screen readers', () => {
    const { container } = render(<PostCard t={EN} post={post()} />);
    expect(container.querySelector('img')).toBeNull();
    const panel = container.querySelector('[aria-hidden="true"]')!;
    expect(panel).toHaveTextContent('Startups');
    expect(panel.parentElement).toHaveClass('aspect-[16/9]');
  });

  it('a small card\'s image loads lazily', () => {
    const { container } = render(<PostCard t={EN} post={post({ image: { src: '/wp-content/uploads/x.jpg', alt: null } })} />);
    expect(container.querySelector('img')).toHaveAttribute('loading', 'lazy');
  });
});
