import type { FeaturedImage as Image } from '@/lib/content';

/**
 * The post's featured image. A plain <img>: export images live on many hosts (imgur, flickr, the old uploads),
 * and the site must not fetch them at build or request time. Their sizes are unknown, so the image fills a 16:9
 * frame (cropped, as news sites crop): the page is laid out before it loads and nothing moves when it does.
 */
export function FeaturedImage({ image, title }: { image: Image; title: string }) {
  return (
    <div className="my-6 aspect-[16/9] overflow-hidden rounded-lg bg-zinc-100 dark:bg-zinc-800">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={image.src}
        alt={image.alt ?? title}
        width={1600}
        height={900}
        className="featured-image h-full w-full object-cover"
        decoding="async"
        fetchPriority="high"
      />
    </div>
  );
}
