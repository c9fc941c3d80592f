// environment is jsdom already
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FeaturedImage } from '@/components/FeaturedImage';

const TITLE = 'China launches global data security initiative';

describe('FeaturedImage', () => {
  it('falls back to the post title when the export has no usable alt', () => {
    render(<FeaturedImage image={{ src: 'https://i.imgur.com/JdIlNrB.jpg', alt: null }} title={TITLE} />);
    const img = screen.getByRole('img', { name: TITLE });
    expect(img).toHaveAttribute('src', 'https://i.imgur.com/JdIlNrB.jpg');
    expect(img).toHaveAttribute('alt', TITLE);
  });

  it('uses the export\'s alt text when there is one', () => {
    render(<FeaturedImage image={{ src: '/wp-content/uploads/2020/09/phones.jpg', alt: 'Two phones' }} title={TITLE} />);
    const img = screen.getByRole('img');
    expect(img).toHaveAttribute('alt', 'Two phones');
    expect(img).toHaveAttribute('src', '/wp-content/uploads/2020/09/phones.jpg');
  });

  it('keeps an empty alt (a decorative image) instead of replacing it with the title', () => {
    const { container } = render(<FeaturedImage image={{ src: '/x.jpg', alt: '' }} title={TITLE} />);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
  });

  it('is a plain <img> pointing straight at the source, not an optimiser URL', () => {
    const { container } = render(<FeaturedImage image={{ src: 'https://i.imgur.com/a.jpg', alt: null }} title={TITLE} />);
    const img = container.querySelector('img')!;
    expect(img.getAttribute('src')).not.toContain('/_next/image');
    expect(img).toHaveClass('featured-image');
    expect(img).not.toHaveAttribute('srcset');
  });

  it('fills a 16:9 frame and says its size, so nothing moves when it loads', () => {
    const { container } = render(<FeaturedImage image={{ src: '/x.jpg', alt: null }} title={TITLE} />);
    const img = container.querySelector('img')!;
    expect(img.parentElement).toHaveClass('aspect-[16/9]');
    expect(img).toHaveClass('object-cover');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '900']);
  });
});
