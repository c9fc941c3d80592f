/**
 * Progress of long work, for build logs: `rendering 1,200/20,000 documents, 95/s, 3 min left`. In a terminal one
 * line kept up to date; elsewhere (CI logs) a line every few seconds, and the last one.
 */
const EVERY_MS = 5_000;

export function progress(what: string, total: number, out: NodeJS.WriteStream = process.stdout): () => void {
  const started = Date.now();
  let done = 0;
  let shownAt = started;
  const live = out.isTTY === true;
  const line = () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? (total - done) / rate : 0;
    const eta = done >= total ? `in ${duration(seconds)}` : `${duration(left)} left`;
    return `${what} ${done.toLocaleString('en')}/${total.toLocaleString('en')}, ${Math.round(rate)}/s, ${eta}`;
  };
  return () => {
    done++;
    const now = Date.now();
    const last = done === total;
    if (live && (last || now - shownAt >= 200)) {
      out.write(`\r${line()}\x1b[K${last ? '\n' : ''}`);
      shownAt = now;
    } else if (!live && (last || now - shownAt >= EVERY_MS)) {
      out.write(`${line()}\n`);
      shownAt = now;
    }
  };
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
