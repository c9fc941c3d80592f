import { termIndexRoute } from '@/app/_routes/index-page';

const route = termIndexRoute('category', '/categories/');

export const generateMetadata = route.generateMetadata;
export default route.Page;
