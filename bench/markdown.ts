/**
 * Markdown pipeline benchmark: renders 1,000 real-shaped post bodies (the wp-bodies, paginated and bundled
 * fixtures' bodies, cycled) through lib/markdown, as the content step does, and prints the time per 1,000.
 *
 *   npx tsx bench/markdown.ts [count=1000] [rounds=3] [posts-folder ...]
 *
 * With folders given (e.g. /tmp/site-600/_posts from scripts/generate-site.ts), their bodies are used instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../lib/content/source/front-matter';
import { renderMarkdown } from '../lib/markdown/pipeline';

const [countArg, roundsArg, ...folderArgs] = process.argv.slice(2);
const count = Number(countArg ?? 1000);
const rounds = Number(roundsArg ?? 3);
const folders = folderArgs.length
  ? folderArgs
  : ['tests/fixtures/wp-bodies/_posts', 'tests/fixtures/paginated-site/_posts', 'content/_posts'];
const bodies = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => splitFrontMatter(readFileSync(path.join(dir, f), 'utf8'), f).body),
);
const bytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);

await renderMarkdown(bodies[0]!, { siteUrl: 'https://bodies.example' }); // warm up: build the processor once
const times: number[] = [];
for (let round = 0; round < rounds; round++) {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    await renderMarkdown(bodies[i % bodies.length]!, { siteUrl: 'https://bodies.example' });
  }
  times.push(performance.now() - started);
}
const best = Math.min(...times);
console.log(`${bodies.length} distinct bodies, ${(bytes / bodies.length / 1024).toFixed(1)} KB on average`);
console.log(`rounds (ms per ${count} posts): ${times.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`best: ${(best / 1000).toFixed(2)} s per ${count} posts, ${(best / count).toFixed(2)} ms per post`);
console.log(`heap used after: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
