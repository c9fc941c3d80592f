import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import './next-config-env';
import { SiteHeader } from '@/components/SiteHeader';

describe('SiteHeader', () => {
  it('links home with the site title, shows the tagline, and offers a Subscribe link to the RSS feed', () => {
    render(<SiteHeader title="New.blicio.us" description="Startups & Big Tech News" />);
    expect(screen.getByRole('link', { name: 'New.blicio.us' })).toHaveAttribute('href', '/');
    expect(screen.getByText('Startups & Big Tech News')).toBeInTheDocument();
    const subscribe = screen.getByRole('link', { name: 'Subscribe' });
    expect(subscribe).toHaveAttribute('href', '/feed/');
    // The glyph is decoration: the accessible name is the word alone.
    expect(subscribe.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('navigates to Home, Tags and Archives, and has the theme toggle', () => {
    render(<SiteHeader title="T" description="" />);
    const nav = screen.getByRole('navigation', { name: 'Site' });
    expect([...nav.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Tags', '/tags/'],
      ['Archives', '/archives/'],
      ['Subscribe', '/feed/'],
    ]);
    expect(screen.getByRole('button', { name: 'Dark theme' })).toBeInTheDocument();
  });

  it('has a search box that works without JavaScript: a GET form to /search/ with the query as q', () => {
    render(<SiteHeader title="T" description="" />);
    const form = screen.getByRole('search', { name: 'Site search' });
    expect(form).toHaveAttribute('action', '/search/');
    expect(form).toHaveAttribute('method', 'get');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect(box).toHaveAttribute('name', 'q');
    expect(form).toContainElement(box);
    expect(screen.getByRole('button', { name: 'Search' })).toHaveAttribute('type', 'submit');
  });

  it('leaves the tagline out when the site has none', () => {
    const { container } = render(<SiteHeader title="T" description="" />);
    expect(container.querySelector('p')).toBeNull();
  });
});
