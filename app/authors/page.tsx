import { termIndexRoute } from '@/app/_routes/index-page';

const route = termIndexRoute('author', '/authors/');

export const generateMetadata = route.generateMetadata;
export default route.Page;
