import { HomeListingPage, homeMetadata } from '@/app/_routes/home-listing';
import { homePageParams, pageNumber } from '@/lib/content/listings';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;
export const generateStaticParams = homePageParams;

export async function generateMetadata({ params }: Props) {
  return homeMetadata(pageNumber((await params).page));
}

export default async function HomePageN({ params }: Props) {
  return <HomeListingPage page={pageNumber((await params).page)} />;
}
