/**
 * Rendering beside Contentlayer. Contentlayer works through the documents on one thread, field by field, and
 * the Markdown pipeline is the other half of the work; meanwhile the content step, which started it, only waits.
 * So the content step renders each newly staged document itself, in the order Contentlayer reads them, and sends
 * the entry over the IPC channel it opened to Contentlayer's process; a computed field there takes its
 * document's entry when it arrives. Both processes are busy, one core each. Run on its own (`contentlayer2 build`
 * with no channel), the config renders every document itself.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../source/site';
import { toEntry, type RenderedEntry } from './entry';
import { metaOf, type StagedDocument } from './stage';

type Message = { id: string; entry?: RenderedEntry; error?: string };

/** In the content step: renders the staged documents `ids` and sends each to Contentlayer's process, until it exits. */
export async function renderFor(contentlayer: ChildProcess, stage: string, ids: string[], site: SiteConfig): Promise<void> {
  let running = true;
  contentlayer.once('exit', () => (running = false));
  for (const id of ids) {
    if (!running) return;
    let message: Message;
    try {
      // Read back from the stage rather than kept from the export's reading: memory stays one document deep.
      const doc = JSON.parse(readFileSync(path.join(stage, id), 'utf8')) as StagedDocument;
      message = { id, entry: await toEntry(metaOf(doc), doc.markdown, site) };
    } catch (error) {
      message = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    if (!running) return;
    contentlayer.send(message);
    // Let the message go out (rendering never waits on I/O, so it would otherwise wait for the last one).
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const SHARED = Symbol.for('blog.renderService');
type Service = { entryOf: (id: string) => Promise<RenderedEntry> | null };

/**
 * In Contentlayer's process: each staged document's entry, as the content step sends it (it renders the
 * documents it staged anew, `rendered`); null without a channel to the content step, or for a document it does
 * not render. One per process: Contentlayer imports its config more than once.
 */
export function renderService(rendered: string[]): Service {
  const shared = globalThis as { [SHARED]?: Service };
  shared[SHARED] ??= startService(rendered);
  return shared[SHARED];
}

function startService(rendered: string[]): Service {
  if (!process.send || !process.channel) return { entryOf: () => null };
  const expected = new Set(rendered);
  const waiting = new Map<string, { promise: Promise<RenderedEntry>; resolve: (entry: RenderedEntry) => void; reject: (error: Error) => void }>();
  const slot = (id: string) => {
    let entry = waiting.get(id);
    if (!entry) {
      let resolve!: (entry: RenderedEntry) => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<RenderedEntry>((yes, no) => ((resolve = yes), (reject = no)));
      promise.catch(() => {}); // reported by the computed field that takes it
      entry = { promise, resolve, reject };
      waiting.set(id, entry);
    }
    return entry;
  };
  process.on('message', ({ id, entry, error }: Message) => {
    if (entry) slot(id).resolve(entry);
    else slot(id).reject(new Error(error));
  });
  // The channel must not keep Contentlayer's process alive once it is done.
  process.channel.unref();
  return {
    entryOf(id) {
      if (!expected.has(id)) return null;
      expected.delete(id);
      const { promise } = slot(id);
      waiting.delete(id);
      return promise;
    },
  };
}
