import { IndexPage, indexMetadata } from '@/app/_routes/index-page';
import { isPreview } from '@/app/_routes/preview';
import { ArchiveTree } from '@/components/ArchiveTree';
import { getContent, getSite, archivesText, archiveTree } from '@/lib/content';

/** Every public post by year and month, with counts, and the ways to browse by term. */
const PATH = '/archives/';

async function load() {
  const preview = await isPreview();
  const content = getContent(preview);
  return {
    years: archiveTree(preview),
    text: archivesText(content.posts.length, getSite()),
    severalAuthors: content.collection.authors.size > 1,
  };
}

export async function generateMetadata() {
  return indexMetadata(PATH, (await load()).text);
}

export default async function ArchivesPage() {
  const { years, text, severalAuthors } = await load();
  const browse = [
    { href: '/categories/', label: 'Categories' },
    { href: '/tags/', label: 'Tags' },
    ...(severalAuthors ? [{ href: '/authors/', label: 'Authors' }] : []),
  ];
  return (
    <IndexPage path={PATH} text={text}>
      <nav aria-label="Browse" className="mt-4 flex gap-4 text-sm">
        <span className="text-zinc-600 dark:text-zinc-400">Browse by:</span>
        {browse.map(({ href, label }) => (
          <a key={href} href={href} className="font-medium hover:underline">
            {label}
          </a>
        ))}
      </nav>
      <ArchiveTree years={years} />
    </IndexPage>
  );
}
