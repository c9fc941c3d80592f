import { termArchiveRoute } from '@/app/_routes/term-archive';

const route = termArchiveRoute('author');

// Later pages are rendered on their first visit, then kept (see lib/content/model/listings.ts).
export const generateStaticParams = () => [];
export const generateMetadata = route.generateMetadata;
export default route.Page;
