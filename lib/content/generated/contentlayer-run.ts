/**
 * Contentlayer's process, as the content step runs it: `contentlayer2 build` on the stage, with an IPC channel
 * for the rendering they share (render-service.ts). Kept apart from that module, which loads the Markdown
 * pipeline: Contentlayer is started first, as soon as the content step runs, since its own start takes longest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ContentlayerRun {
  child: ChildProcess;
  /** Its exit code, or the signal that ended it. */
  exited: Promise<number | string>;
}

/** Starts `contentlayer2 build` on `stage`. It loads, then waits for `renderFor` to say the stage is complete. */
export function startContentlayer(stage: string): ContentlayerRun {
  const child = spawn(path.resolve('node_modules/.bin/contentlayer2'), ['build'], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, BLOG_STAGE_DIR: stage },
  });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'no status')));
  return { child, exited };
}
