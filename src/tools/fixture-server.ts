/**
 * Serves fixture pages on 127.0.0.1 (ephemeral port) and records what is POSTed to /collect, so the tests and
 * `npm start` have a marketplace to open and a place for reports to arrive.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FixtureServer {
  origin: string;
  /** Requests received at /collect, in order. */
  received: RecordedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

/**
 * @param root folder served at /
 * @param generated pages made in memory, served at /generated/<name>; a name starting with "noscript-" is served
 *   with a CSP that stops its scripts (saved third-party pages would otherwise run their own code and navigate)
 */
export async function startFixtureServer(root: string, generated = new Map<string, string>()): Promise<FixtureServer> {
  const received: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/collect') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      received.push({ method: req.method ?? '', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    const made = path.startsWith('/generated/') ? generated.get(path.slice('/generated/'.length)) : undefined;
    if (made !== undefined) {
      const headers: Record<string, string> = { 'content-type': TYPES['.html'] };
      if (path.startsWith('/generated/noscript-')) headers['content-security-policy'] = "script-src 'none'";
      res.writeHead(200, headers).end(made);
      return;
    }
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
