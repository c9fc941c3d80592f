import { IndexPage, indexMetadata } from '@/app/_routes/index-page';
import { isPreview } from '@/app/_routes/preview';
import { siteWords } from '@/app/_routes/words';
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
  const t = siteWords();
  const browse = [
    { href: '/categories/', label: t.text('nav.categories') },
    { href: '/tags/', label: t.text('nav.tags') },
    ...(severalAuthors ? [{ href: '/authors/', label: t.text('nav.authors') }] : []),
  ];
  return (
    <IndexPage path={PATH} text={text}>
      <nav aria-label={t.text('archives.browse')} className="mt-4 flex gap-4 text-sm">
        <span className="text-zinc-600 dark:text-zinc-400">{t.text('archives.browseBy')}</span>
        {browse.map(({ href, label }) => (
          <a key={href} href={href} className="font-medium hover:underline">
            {label}
          </a>
        ))}
      </nav>
      <ArchiveTree years={years} t={t} />
    </IndexPage>
  );
}
