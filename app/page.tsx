import { HomeListingPage, homeMetadata } from '@/app/_routes/home-listing';

export const generateMetadata = () => homeMetadata(1);

export default function HomePage() {
  return <HomeListingPage page={1} />;
}
