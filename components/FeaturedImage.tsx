import type { FeaturedImage as Image } from '@/lib/content/document';

/**
 * The post's featured image. A plain <img>: export images live on many hosts (imgur, flickr, the old uploads),
 * and the site must not fetch them at build or request time.
 */
export function FeaturedImage({ image, title }: { image: Image; title: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={image.src}
      alt={image.alt ?? title}
      className="featured-image my-6 w-full rounded-lg"
      decoding="async"
      fetchPriority="high"
    />
  );
}
