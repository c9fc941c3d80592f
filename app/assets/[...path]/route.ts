import { serveExportFile } from '@/lib/media';

type Context = { params: Promise<{ path: string[] }> };

export async function GET(_request: Request, { params }: Context) {
  return serveExportFile('assets', (await params).path);
}
