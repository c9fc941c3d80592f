import { jsonLdText } from '@/lib/seo/structured-data';

/** Structured data for search engines; the text is escaped by jsonLdText (see there). */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
