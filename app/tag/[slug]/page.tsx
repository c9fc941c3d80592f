import { termArchiveRoute } from '@/app/_routes/term-archive';
import { termParams } from '@/lib/content';

const route = termArchiveRoute('tag');

export const dynamicParams = false;
export const generateStaticParams = () => termParams('tag');
export const generateMetadata = route.generateMetadata;
export default route.Page;
