import { serveSearchFile } from '@/lib/search/serve';

type Context = { params: Promise<{ file: string[] }> };

export async function GET(request: Request, { params }: Context) {
  return serveSearchFile(request, (await params).file);
}
