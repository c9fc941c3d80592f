// KaTeX's stylesheet, for posts whose math was typeset at build time; only post and page routes load it.
import 'katex/dist/katex.min.css';

/** Body HTML that was rendered and sanitised at content-build time (lib/markdown): inserted, never re-parsed. */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="prose prose-zinc max-w-none dark:prose-invert prose-a:text-blue-700 dark:prose-a:text-blue-400 prose-img:rounded-md"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
