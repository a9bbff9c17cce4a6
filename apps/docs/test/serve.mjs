/**
 * Serves the built site (apps/docs/dist) on 127.0.0.1 with sirv, the static file handler of the Polka
 * project (small, maintained, correct about ETags, ranges and directory index files).
 * `node test/serve.mjs [port]` serves it by hand; the browser tests import startServer().
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** DOCS_DIST points the tests at another build of the site (a private copy while others rebuild dist/). */
export const DIST = process.env.DOCS_DIST
  ? `${process.env.DOCS_DIST.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * sirv serves any *.gz as `Content-Encoding: gzip`, which makes a browser (or fetch) unpack a release's
 * .tar.gz while saving it under the same name. A download is an archive, not an encoded page: send its bytes.
 * Static hosts need the same rule (see README, Downloads).
 */
function servedAsArchive(res) {
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, headers) => {
    if (headers) {
      delete headers['Content-Encoding'];
      headers['Content-Type'] = 'application/gzip';
    }
    return writeHead(status, headers);
  };
}

/** Starts a server for the site in `dir` on a free port of 127.0.0.1; resolves to its base URL and a close function. */
export async function startServer(port = 0, dir = DIST) {
  if (!existsSync(`${dir}index.html`)) {
    throw new Error(`${dir}index.html not found: build the site first (pnpm build at the repository root)`);
  }
  const handler = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const server = createServer((req, res) => {
    if (/\.gz$/.test(new URL(req.url ?? '/', 'http://x').pathname)) servedAsArchive(res);
    return handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`not found: ${req.url}`);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return { baseUrl, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { baseUrl } = await startServer(Number(process.argv[2] ?? 4321));
  console.log(`serving ${DIST} at ${baseUrl}/`);
}
