import type { IncomingMessage } from 'node:http';

/**
 * Reads a request body, but never more than `maxBytes`: a declared `Content-Length` over the cap is refused before
 * reading, and a streamed body is dropped as soon as it passes the cap.
 */
export function readBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; tooLarge: true }> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, tooLarge: true });
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const onData = (chunk: Uint8Array) => {
      total += chunk.length;
      if (total > maxBytes) {
        request.off('data', onData);
        chunks.length = 0;
        resolve({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('error', reject);
    request.on('end', () => {
      if (total > maxBytes) return;
      const bytes = new Uint8Array(total);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      resolve({ ok: true, bytes });
    });
  });
}
