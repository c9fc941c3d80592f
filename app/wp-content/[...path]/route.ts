import { serveExportFile } from '@/lib/media';

type Context = { params: Promise<{ path: string[] }> };

export async function GET(request: Request, { params }: Context) {
  return serveExportFile(request, 'wp-content', (await params).path);
}

// Answered without opening a body stream (Next's own HEAD would run GET and drop the body).
export const HEAD = GET;
