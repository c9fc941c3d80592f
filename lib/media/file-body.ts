import type { FileHandle } from 'node:fs/promises';
import type { ByteRange } from './response-plan';

/** A piece of a response body: bytes written as they are, or a range of the open file. */
export type BodyPiece = Uint8Array | ByteRange;

/** Read size: large enough for video, small enough that many slow readers hold little memory. */
const CHUNK_BYTES = 64 * 1024;

/**
 * A response body streamed from an open file, piece after piece, read only as the client takes it. The file
 * is closed when the body ends, fails, or is cancelled (the client went away).
 */
export function fileBody(handle: FileHandle, pieces: BodyPiece[]): ReadableStream<Uint8Array> {
  let index = 0;
  let position = -1; // where in the current range the next read starts; -1 before it starts
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close().catch(() => undefined);
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (index < pieces.length) {
          const piece = pieces[index]!;
          if (piece instanceof Uint8Array) {
            index++;
            controller.enqueue(piece);
            return;
          }
          if (position < 0) position = piece.start;
          if (position > piece.end) {
            index++;
            position = -1;
            continue;
          }
          const length = Math.min(CHUNK_BYTES, piece.end - position + 1);
          // A new buffer per read: an enqueued chunk belongs to the reader.
          const { bytesRead, buffer } = await handle.read(new Uint8Array(length), 0, length, position);
          if (bytesRead === 0) throw new Error('the file became shorter while it was being sent');
          position += bytesRead;
          controller.enqueue(buffer.subarray(0, bytesRead));
          return;
        }
        await close();
        controller.close();
      } catch (error) {
        await close();
        controller.error(error);
      }
    },
    async cancel() {
      await close();
    },
  });
}

/** A `multipart/byteranges` body (RFC 9110 §14.6): each range with its own Content-Type and Content-Range. */
export function multipartPieces(
  ranges: ByteRange[],
  size: number,
  contentType: string,
  boundary: string,
): { pieces: BodyPiece[]; length: number } {
  const encoder = new TextEncoder();
  const pieces: BodyPiece[] = [];
  let length = 0;
  for (const range of ranges) {
    const head = encoder.encode(
      `\r\n--${boundary}\r\nContent-Type: ${contentType}\r\nContent-Range: bytes ${range.start}-${range.end}/${size}\r\n\r\n`,
    );
    pieces.push(head, range);
    length += head.length + range.end - range.start + 1;
  }
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  pieces.push(tail);
  return { pieces, length: length + tail.length };
}
