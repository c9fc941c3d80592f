import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import './next-config-env';
import { SiteFooter } from '@/components/SiteFooter';
import type { MenuItem } from '@/lib/content';
import { translator } from '@/lib/i18n';

const EN = translator('en');
const item = (title: string, url: string, children: MenuItem[] = []): MenuItem => ({ title, url, children });

describe('SiteFooter', () => {
  it('lists every page, the pages below a page indented under it, in the order given', () => {
    const pages = [item('Contact', '/contact/'), item('About', '/about/', [item('The team', '/about/team/')]), item('Privacy', '/privacy/')];
    render(<SiteFooter title="T" description="" menu={pages} t={EN} />);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Contact', '/contact/'],
      ['About', '/about/'],
      ['The team', '/about/team/'],
      ['Privacy', '/privacy/'],
    ]);
    // The child is in a list inside its parent's item.
    const team = within(nav).getByRole('link', { name: 'The team' });
    expect(team.closest('li')!.parentElement!.closest('li')).toContainElement(within(nav).getByRole('link', { name: 'About' }));
  });

  it('has no page navigation when there is nothing to list, and always the feeds', () => {
    render(<SiteFooter title="T" description="A blog" menu={[]} t={EN} />);
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
    expect(within(screen.getByRole('navigation', { name: 'Feeds' })).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/feed/',
      '/feed/atom/',
      '/feed.json',
    ]);
    expect(screen.getByText('A blog')).toBeInTheDocument();
  });

  it('names its navigations in the site language', () => {
    render(<SiteFooter title="مدونة" description="" menu={[item('من نحن', '/about/')]} t={translator('ar')} />);
    expect(within(screen.getByRole('navigation', { name: 'الصفحات' })).getByRole('link', { name: 'من نحن' })).toHaveAttribute('href', '/about/');
    expect(screen.getByRole('navigation', { name: 'الخلاصات' })).toBeInTheDocument();
  });
});
