import { termArchiveRoute } from '@/app/_routes/term-archive';
import { termPageParams } from '@/lib/content/listings';

const route = termArchiveRoute('tag');

export const dynamicParams = false;
export const generateStaticParams = () => termPageParams('tag');
export const generateMetadata = route.generateMetadata;
export default route.Page;
