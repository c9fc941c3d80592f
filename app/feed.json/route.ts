import { siteFeedRoute } from '@/app/_routes/feed-route';

export const GET = siteFeedRoute('json');
