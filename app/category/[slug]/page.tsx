import { termArchiveRoute } from '@/app/_routes/term-archive';
import { termParams } from '@/lib/content';

const route = termArchiveRoute('category');

export const dynamicParams = false;
export const generateStaticParams = () => termParams('category');
export const generateMetadata = route.generateMetadata;
export default route.Page;
