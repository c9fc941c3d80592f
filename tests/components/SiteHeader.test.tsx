import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import './next-config-env';
import { SiteHeader } from '@/components/SiteHeader';
import type { MenuItem } from '@/lib/content';
import { translator } from '@/lib/i18n';

const EN = translator('en');
const item = (title: string, url: string, children: MenuItem[] = []): MenuItem => ({ title, url, children });
const HOME_AND_PAGES = [item('Home', '/'), item('Contact', '/contact/'), item('About', '/about/')];
const MENU = [
  item('Home', '/'),
  item('About', '/about/', [item('The team', '/about/team/'), item('Jobs', '/about/jobs/')]),
  item('Shop', 'https://shop.example.com/'),
];

/** The header's two navigations: the row for wide screens, and the one inside the phone's Menu disclosure. */
function navs(container: HTMLElement) {
  const details = container.querySelector('details')!;
  const phone = details.querySelector('nav')!;
  const wide = [...container.querySelectorAll('nav')].find((nav) => !details.contains(nav))!;
  return { details, phone, wide };
}
const links = (nav: Element) => [...nav.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);

describe('SiteHeader', () => {
  it('links home with the site title, shows the tagline, and offers a Subscribe link to the RSS feed', () => {
    render(<SiteHeader title="New.blicio.us" description="Startups & Big Tech News" menu={HOME_AND_PAGES} t={EN} />);
    expect(screen.getByRole('link', { name: 'New.blicio.us' })).toHaveAttribute('href', '/');
    expect(screen.getByText('Startups & Big Tech News')).toBeInTheDocument();
    for (const subscribe of screen.getAllByRole('link', { name: 'Subscribe' })) {
      expect(subscribe).toHaveAttribute('href', '/feed/');
      // The glyph is decoration: the accessible name is the word alone.
      expect(subscribe.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    }
  });

  it('the menu, then Tags and Archives, then Subscribe; the same links in the row and in the phone menu', () => {
    const { container } = render(<SiteHeader title="T" description="" menu={HOME_AND_PAGES} t={EN} />);
    const { wide, phone } = navs(container);
    const expected = [
      ['Home', '/'],
      ['Contact', '/contact/'],
      ['About', '/about/'],
      ['Tags', '/tags/'],
      ['Archives', '/archives/'],
      ['Subscribe', '/feed/'],
    ];
    expect(links(wide)).toEqual(expected);
    expect(links(phone)).toEqual(expected);
    expect(wide).toHaveAttribute('aria-label', 'Site');
    expect(phone).toHaveAttribute('aria-label', 'Site');
    expect(screen.getByRole('button', { name: 'Dark theme' })).toBeInTheDocument();
  });

  it('one of the two navigations is displayed at a time: the row from md up, the Menu disclosure below', () => {
    const { container } = render(<SiteHeader title="T" description="" menu={HOME_AND_PAGES} t={EN} />);
    const { details, wide } = navs(container);
    expect(wide.className.split(' ')).toEqual(expect.arrayContaining(['hidden', 'md:block']));
    expect(details.className.split(' ')).toContain('md:hidden');
    // Closed until the reader opens it; a real <summary> is the button (keyboard and no JavaScript included).
    expect(details.open).toBe(false);
    expect(details.querySelector(':scope > summary')).toHaveTextContent('Menu');
  });

  it('children follow their entry in both navigations, in document (Tab) order; off-site links are plain links', () => {
    const { container } = render(<SiteHeader title="T" description="" menu={MENU} t={EN} />);
    const { wide, phone } = navs(container);
    const expected = [
      ['Home', '/'],
      ['About', '/about/'],
      ['The team', '/about/team/'],
      ['Jobs', '/about/jobs/'],
      ['Shop', 'https://shop.example.com/'],
      ['Tags', '/tags/'],
      ['Archives', '/archives/'],
      ['Subscribe', '/feed/'],
    ];
    expect(links(wide)).toEqual(expected);
    expect(links(phone)).toEqual(expected);
    // The row's submenu opens on hover and on keyboard focus inside its entry (CSS, no script).
    const submenu = within(wide).getByRole('link', { name: 'The team' }).closest('ul')!;
    expect(submenu.className.split(' ')).toEqual(expect.arrayContaining(['invisible', 'group-focus-within:visible', 'group-hover:visible']));
    expect(submenu.parentElement!.className.split(' ')).toContain('group');
  });

  it('leaves out Tags or Archives when the menu links them already', () => {
    const { container } = render(<SiteHeader title="T" description="" menu={[item('Home', '/'), item('Archive', '/archives/')]} t={EN} />);
    expect(links(navs(container).wide)).toEqual([
      ['Home', '/'],
      ['Archive', '/archives/'],
      ['Tags', '/tags/'],
      ['Subscribe', '/feed/'],
    ]);
  });

  it('has a search box that works without JavaScript: a GET form to /search/ with the query as q', () => {
    render(<SiteHeader title="T" description="" menu={[]} t={EN} />);
    const form = screen.getByRole('search', { name: 'Site search' });
    expect(form).toHaveAttribute('action', '/search/');
    expect(form).toHaveAttribute('method', 'get');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect(box).toHaveAttribute('name', 'q');
    expect(form).toContainElement(box);
    expect(screen.getByRole('button', { name: 'Search' })).toHaveAttribute('type', 'submit');
  });

  it('speaks the site language: Arabic words for the blog\'s own links, the Menu button and the search box', () => {
    const { container } = render(<SiteHeader title="مدونة" description="" menu={[item('الرئيسية', '/')]} t={translator('ar')} />);
    expect(links(navs(container).wide)).toEqual([
      ['الرئيسية', '/'],
      ['الوسوم', '/tags/'],
      ['الأرشيف', '/archives/'],
      ['اشترك', '/feed/'],
    ]);
    expect(container.querySelector('summary')).toHaveTextContent('القائمة');
    expect(screen.getByRole('search', { name: 'البحث في الموقع' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'السمة الداكنة' })).toBeInTheDocument();
  });

  it('leaves the tagline out when the site has none', () => {
    const { container } = render(<SiteHeader title="T" description="" menu={[]} t={EN} />);
    expect(container.querySelector('p')).toBeNull();
  });
});
