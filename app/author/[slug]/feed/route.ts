import { archiveFeedRoute } from '@/app/_routes/feed-route';

export const GET = archiveFeedRoute('rss', 'author');
