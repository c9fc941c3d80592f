import { siteFeedRoute } from '@/app/_routes/feed-route';

/** RSS 2.0 at WordPress's feed URL, where existing subscribers already poll. */
export const GET = siteFeedRoute('rss');
