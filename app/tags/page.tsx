import { termIndexRoute } from '@/app/_routes/index-page';

const route = termIndexRoute('tag', '/tags/');

export const generateMetadata = route.generateMetadata;
export default route.Page;
