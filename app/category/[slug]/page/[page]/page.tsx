import { termArchiveRoute } from '@/app/_routes/term-archive';
import { termPageParams } from '@/lib/content/listings';

const route = termArchiveRoute('category');

export const dynamicParams = false;
export const generateStaticParams = () => termPageParams('category');
export const generateMetadata = route.generateMetadata;
export default route.Page;
