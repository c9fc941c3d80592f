import { HomeListingPage, homeMetadata } from '@/app/_routes/home-listing';
import { pageNumber } from '@/lib/content';

type Props = { params: Promise<{ page: string }> };

// Later pages are rendered on their first visit, then kept (see lib/content/model/listings.ts).
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props) {
  return homeMetadata(pageNumber((await params).page));
}

export default async function HomePageN({ params }: Props) {
  return <HomeListingPage page={pageNumber((await params).page)} />;
}
