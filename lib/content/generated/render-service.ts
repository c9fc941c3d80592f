/**
 * Rendering shared between the content step and Contentlayer's process. Contentlayer works through the documents
 * on one thread, and rendering their Markdown is most of the work; alone, one process would do it while the
 * other waits. So:
 * - the content step starts Contentlayer before it reads the export (Contentlayer's own start is the longer of
 *   the two: contentlayer-run.ts) and tells it, over the IPC channel it opened, when the stage is complete;
 * - the content step renders the documents staged anew from the first on, in the order Contentlayer reads them,
 *   and sends each entry as it is done;
 * - whenever Contentlayer would wait for one, its process renders one itself instead, from the last document
 *   back, claiming each first, until the two meet;
 * - a computed field takes its document's entry from whichever side rendered it.
 * Run on its own (`contentlayer2 build`, no channel), the config renders every document itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../source/site';
import type { ContentlayerRun } from './contentlayer-run';
import { toEntry, type RenderedEntry } from './entry';
import { metaOf, readStageSettings, type StagedDocument, type StageSettings } from './stage';

/** From the content step: the stage is complete; a document's entry, or why it could not be rendered. */
type ToContentlayer = { staged: true } | { id: string; entry: RenderedEntry } | { id: string; error: string };
/** From Contentlayer's process: it renders this document itself. */
type FromContentlayer = { claim: string };

/** Reads a staged document (`id`: its path in the stage) and renders it. */
async function renderStaged(stage: string, id: string, site: SiteConfig): Promise<RenderedEntry> {
  const doc = JSON.parse(readFileSync(path.join(stage, id), 'utf8')) as StagedDocument;
  return toEntry(metaOf(doc), doc.markdown, site);
}

const errorText = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

// --- In the content step ---

/**
 * Tells Contentlayer's process the stage is complete, then renders the staged documents `ids` (in Contentlayer's
 * order) and sends each, until reaching those it claimed or until it exits.
 */
export async function renderFor({ child }: ContentlayerRun, stage: string, ids: string[], site: SiteConfig): Promise<void> {
  const running = () => child.connected && child.exitCode === null && child.signalCode === null;
  // (A message that cannot go out means Contentlayer's process has ended; its exit status says why.)
  const send = (message: ToContentlayer) => running() && child.send(message, () => {});
  const claimed = new Set<string>();
  const onClaim = ({ claim }: FromContentlayer) => claimed.add(claim);
  child.on('message', onClaim);
  try {
    send({ staged: true });
    for (const id of ids) {
      // It claims from the last document back: every document after this one is claimed too.
      if (!running() || claimed.has(id)) break;
      try {
        send({ id, entry: await renderStaged(stage, id, site) });
      } catch (error) {
        // Contentlayer's process reports it, naming the file, with any other document that fails.
        send({ id, error: errorText(error) });
      }
      // Let the message go out and claims come in (rendering never waits on I/O, so neither would happen).
      await nextTurn();
    }
  } finally {
    child.off('message', onClaim);
    // Nothing more comes from here: the channel must not keep Contentlayer's process alive once it is done.
    if (child.connected) child.disconnect();
  }
}

// --- In Contentlayer's process ---

export interface RenderService {
  /** The stage's settings, once it is complete. */
  settings: Promise<StageSettings>;
  /**
   * A document's entry, from whichever side renders it; null when this process must render it on demand (no
   * content step to share with, or a document not staged anew this run).
   */
  entryOf(id: string): Promise<RenderedEntry> | null;
}

const SHARED = Symbol.for('blog.renderService');

/** The service of this process, for the stage in `stage`. One per process: Contentlayer imports its config more than once. */
export function renderService(stage: string): RenderService {
  const shared = globalThis as { [SHARED]?: RenderService };
  shared[SHARED] ??= process.send && process.channel ? sharedRendering(stage) : { settings: Promise.resolve().then(() => readStageSettings(stage)), entryOf: () => null };
  return shared[SHARED];
}

interface Slot {
  promise: Promise<RenderedEntry>;
  settled: boolean;
  resolve(entry: RenderedEntry): void;
  reject(error: Error): void;
}

function makeSlot(): Slot {
  const slot = { settled: false } as Slot;
  slot.promise = new Promise<RenderedEntry>((resolve, reject) => {
    slot.resolve = (entry) => ((slot.settled = true), resolve(entry));
    slot.reject = (error) => ((slot.settled = true), reject(error));
  });
  slot.promise.catch(() => {}); // reported by the computed field that takes it
  return slot;
}

function sharedRendering(stage: string): RenderService {
  let ready!: (settings: StageSettings) => void;
  let notReady!: (error: Error) => void;
  const settings = new Promise<StageSettings>((resolve, reject) => ((ready = resolve), (notReady = reject)));
  settings.catch(() => {}); // reported by the config, which awaits it
  /** One per document staged anew, filled by whichever side renders it. */
  const slots = new Map<string, Slot>();
  const mine = new Set<string>();

  // Rendering here happens only while Contentlayer waits: its own work on each document comes first, or it would
  // be left with all of it once the rendering is done.
  const waiting = new Set<Slot>();
  let changed: string[] = [];
  let site: SiteConfig;
  let next = -1;
  let rendering = false;
  const renderWhileWaiting = async () => {
    if (rendering) return;
    rendering = true;
    while (waiting.size > 0 && next >= 0 && process.connected) {
      const id = changed[next--]!;
      const slot = slots.get(id)!;
      if (slot.settled) break; // the content step got here first: it has rendered all the rest
      mine.add(id);
      process.send!({ claim: id } satisfies FromContentlayer, () => {}); // (fails only when disconnected: checked above)
      try {
        slot.resolve(await renderStaged(stage, id, site));
      } catch (error) {
        slot.reject(new Error(errorText(error)));
      }
      await nextTurn();
    }
    rendering = false;
  };

  process.on('message', (message: ToContentlayer) => {
    if ('staged' in message) {
      try {
        const staged = readStageSettings(stage);
        for (const id of staged.changed) slots.set(id, makeSlot());
        ({ changed, site } = staged);
        next = changed.length - 1;
        ready(staged);
      } catch (error) {
        notReady(error as Error);
      }
    } else if ('entry' in message) slots.get(message.id)?.resolve(message.entry);
    else slots.get(message.id)?.reject(new Error(message.error));
  });
  process.once('disconnect', () => {
    notReady(new Error('The content step stopped before the stage was complete'));
    // The content step has sent all it will: a document neither side has rendered never will be.
    for (const [id, slot] of slots) if (!mine.has(id) && !slot.settled) slot.reject(new Error(`${id}: the content step stopped before rendering it`));
  });

  return {
    settings,
    entryOf(id) {
      const slot = slots.get(id);
      if (!slot) return null;
      if (!slot.settled) {
        waiting.add(slot);
        const done = () => waiting.delete(slot);
        slot.promise.then(done, done);
        void renderWhileWaiting();
      }
      return slot.promise;
    },
  };
}
