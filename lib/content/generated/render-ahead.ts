/**
 * Rendering ahead, in worker threads. Contentlayer works through the documents on one thread, field by field;
 * the Markdown pipeline is the other half of the content step. So when the Contentlayer config loads, every
 * staged document is handed to workers (one per core beside Contentlayer's own), which read it from the stage
 * and render it while Contentlayer goes on; a computed field then takes its document's finished entry.
 *
 * Each worker runs the compiled Contentlayer config itself (the module that starts them): `isRenderWorker` tells
 * it to serve renders instead.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { SiteConfig } from '../source/site';
import { toEntry, type RenderedEntry } from './entry';
import { metaOf, type StagedDocument } from './stage';

type Reply = { id: string; entry?: RenderedEntry; error?: string };

const ROLE = 'blog-render-worker';

export const isRenderWorker = (): boolean => !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;

/** In a render worker: renders each staged document it is sent (by its path in the stage), one at a time. */
export function serveRenders(stage: string, site: SiteConfig): void {
  let queue = Promise.resolve();
  parentPort!.on('message', (id: string) => {
    queue = queue.then(async () => {
      try {
        const doc = JSON.parse(readFileSync(path.join(stage, id), 'utf8')) as StagedDocument;
        parentPort!.postMessage({ id, entry: await toEntry(metaOf(doc), doc.markdown, site) } satisfies Reply);
      } catch (error) {
        parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply);
      }
    });
  });
}

type RenderAhead = ReturnType<typeof startRendering>;
const SHARED = Symbol.for('blog.renderAhead');

/**
 * Starts rendering the given staged documents (paths in the stage) in workers running `moduleUrl`, once per
 * process: Contentlayer imports its config more than once, and each import must find the same workers. Returns
 * each document's entry by its path, and a way to stop the workers.
 */
export function renderAhead(moduleUrl: URL, ids: string[]): RenderAhead {
  const shared = globalThis as { [SHARED]?: RenderAhead };
  shared[SHARED] ??= startRendering(moduleUrl, ids);
  return shared[SHARED];
}

function startRendering(moduleUrl: URL, ids: string[], workers = Math.max(1, availableParallelism() - 1)) {
  const pending = new Map<string, { resolve: (entry: RenderedEntry) => void; reject: (error: Error) => void }>();
  const results = new Map<string, Promise<RenderedEntry>>();
  for (const id of ids) results.set(id, new Promise((resolve, reject) => pending.set(id, { resolve, reject })));
  // Unclaimed failures are reported by the computed field that claims them, not as unhandled rejections.
  for (const result of results.values()) result.catch(() => {});
  const pool = Array.from({ length: Math.min(workers, Math.max(1, ids.length)) }, () => {
    const worker = new Worker(moduleUrl, { workerData: { role: ROLE } });
    worker.unref();
    worker.on('message', ({ id, entry, error }: Reply) => {
      const job = pending.get(id);
      pending.delete(id);
      if (entry) job?.resolve(entry);
      else job?.reject(new Error(error));
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    return worker;
  });
  // Round robin in stage order: documents of one folder are alike in size, so the workers finish together.
  ids.forEach((id, index) => pool[index % pool.length]!.postMessage(id));
  return {
    entryOf: (id: string): Promise<RenderedEntry> | undefined => results.get(id),
    stop: () => Promise.all(pool.map((worker) => worker.terminate())),
  };
}
