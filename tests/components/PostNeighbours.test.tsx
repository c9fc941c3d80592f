// environment is jsdom already
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import './next-config-env';
import { PostNeighbours } from '@/components/PostNeighbours';
import { translator } from '@/lib/i18n';

const EN = translator('en');

const OLDER = { url: '/older-post/', title: 'The older post' };
const NEWER = { url: '/newer-post/', title: 'The newer post' };
const nav = () => screen.queryByRole('navigation', { name: 'More posts' });

describe('PostNeighbours', () => {
  it('links the older post as "Previous" (rel=prev) and the newer as "Next" (rel=next)', () => {
    render(<PostNeighbours t={EN} older={OLDER} newer={NEWER} />);
    const prev = screen.getByRole('link', { name: /Previous post/ });
    expect(prev).toHaveAttribute('href', '/older-post/');
    expect(prev).toHaveAttribute('rel', 'prev');
    expect(prev).toHaveTextContent('The older post');
    const next = screen.getByRole('link', { name: /Next post/ });
    expect(next).toHaveAttribute('href', '/newer-post/');
    expect(next).toHaveAttribute('rel', 'next');
    expect(next).toHaveTextContent('The newer post');
  });

  it('the oldest post has only a "Next" link', () => {
    render(<PostNeighbours t={EN} older={null} newer={NEWER} />);
    expect(nav()).not.toBeNull();
    expect(screen.queryByRole('link', { name: /Previous post/ })).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('the newest post has only a "Previous" link', () => {
    render(<PostNeighbours t={EN} older={OLDER} newer={null} />);
    expect(screen.queryByRole('link', { name: /Next post/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Previous post/ })).toHaveAttribute('href', '/older-post/');
  });

  it('renders nothing without neighbours (a WordPress page, a lone post)', () => {
    const { container } = render(<PostNeighbours t={EN} older={null} newer={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('percent-encodes neighbour URLs', () => {
    render(<PostNeighbours t={EN} older={{ url: '/2020/09/08/東京/', title: 'Tokyo' }} newer={null} />);
    expect(screen.getByRole('link')).toHaveAttribute('href', '/2020/09/08/%E6%9D%B1%E4%BA%AC/');
  });
});
