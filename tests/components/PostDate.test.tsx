// environment is jsdom already
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import './next-config-env';
import { PostDate } from '@/components/PostDate';
import { PostMeta } from '@/components/PostMeta';
import { translator } from '@/lib/i18n';

const EN = translator('en');

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** Node re-reads TZ when it is assigned; the offset check proves the zone really changed for this process. */
function useTimeZone(tz: string) {
  process.env.TZ = tz;
  return new Date('2019-03-13T01:30:00+12:00').getTimezoneOffset();
}

describe('PostDate', () => {
  // 2019-03-12T13:30Z: in UTC and every zone west of it, the calendar date is March 12, not the 13th.
  const DATE = '2019-03-13T01:30:00+12:00';

  it.each([
    ['UTC', 0],
    ['America/Los_Angeles', 420],
    ['Pacific/Honolulu', 600],
    ['Pacific/Kiritimati', -840],
    ['Asia/Kolkata', -330],
  ] as const)('shows the date as written (March 13, 2019) with TZ=%s', (tz, offset) => {
    expect(useTimeZone(tz)).toBe(offset);
    render(<PostDate t={EN} date={DATE} />);
    const time = screen.getByText('March 13, 2019');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', DATE);
  });

  it('shows a late-evening date with a negative offset on its own day', () => {
    useTimeZone('Asia/Tokyo');
    render(<PostDate t={EN} date="2020-09-08T23:30:00-04:00" />);
    expect(screen.getByText('September 8, 2020')).toHaveAttribute('datetime', '2020-09-08T23:30:00-04:00');
  });

  it('formats every month name and the day without padding', () => {
    const { container } = render(
      <>
        <PostDate t={EN} date="2021-01-01T00:00:00+00:00" />
        <PostDate t={EN} date="2021-12-31T23:59:59+13:00" />
      </>,
    );
    expect([...container.querySelectorAll('time')].map((t) => t.textContent)).toEqual([
      'January 1, 2021',
      'December 31, 2021',
    ]);
  });
});

describe('PostMeta', () => {
  beforeEach(() => {
    process.env.TZ = 'America/New_York';
  });

  it('shows date, author and reading time, separated by dots', () => {
    const { container } = render(<PostMeta t={EN} date="2019-03-13T01:30:00+12:00" author="Newb" readingMinutes={3} />);
    expect(container.querySelector('time')).toHaveTextContent('March 13, 2019');
    expect(container.querySelector('.author')).toHaveTextContent('Newb');
    expect(screen.getByText('3 min read')).toBeInTheDocument();
    expect(container.textContent).toBe('March 13, 2019·Newb·3 min read');
    // The separators are decoration only.
    const dots = container.querySelectorAll('[aria-hidden="true"]');
    expect(dots).toHaveLength(2);
  });

  it('leaves out what is missing, without a leading separator', () => {
    const { container } = render(<PostMeta t={EN} date={null} author="Newb" />);
    expect(container.querySelector('time')).toBeNull();
    expect(container.textContent).toBe('Newb');
    expect(container.querySelectorAll('[aria-hidden="true"]')).toHaveLength(0);
  });

  it('links the author to their archive, slugged as WordPress slugs names; a name with no letters stays text', () => {
    render(<PostMeta t={EN} date={null} author="Ada Editor" />);
    expect(screen.getByRole('link', { name: 'Ada Editor' })).toHaveAttribute('href', '/author/ada-editor/');
    const { container } = render(<PostMeta t={EN} date={null} author="???" />);
    expect(container.querySelector('.author')).toHaveTextContent('???');
    expect(container.querySelector('a')).toBeNull();
  });

  it('shows only the date when there is no author and no reading time', () => {
    const { container } = render(<PostMeta t={EN} date="2020-09-08T16:17:01+00:00" author={null} readingMinutes={0} />);
    expect(container.textContent).toBe('September 8, 2020');
    expect(container.querySelector('.author')).toBeNull();
  });
});

describe('dates and reading time in the site language', () => {
  it('shows the post\'s own date in French and in Arabic, with dateTime untouched', () => {
    const { container } = render(
      <>
        <PostDate t={translator('fr')} date="2019-03-13T01:30:00+12:00" />
        <PostDate t={translator('ar')} date="2019-03-13T01:30:00+12:00" />
      </>,
    );
    const times = [...container.querySelectorAll('time')];
    expect(times.map((t) => t.textContent)).toEqual(['13 mars 2019', '13 مارس 2019']);
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual(['2019-03-13T01:30:00+12:00', '2019-03-13T01:30:00+12:00']);
  });

  it('counts reading minutes with the language\'s plural forms', () => {
    render(<PostMeta t={translator('ar')} date={null} author={null} readingMinutes={2} />);
    expect(screen.getByText('قراءة في دقيقتين')).toBeInTheDocument();
  });
});
