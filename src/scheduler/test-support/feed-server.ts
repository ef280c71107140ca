/**
 * A partner feed server for tests (node:http on a free port): each path has a handler, every
 * request is remembered with its headers. `servedFeed` answers conditional requests and gzip.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface FeedServer {
  readonly base: string;
  readonly requests: Array<{ path: string; headers: IncomingMessage["headers"] }>;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export const startFeedServer = async (): Promise<FeedServer> => {
  const routes = new Map<string, Handler>();
  const requests: FeedServer["requests"] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push({ path, headers: request.headers });
    const handler = routes.get(path);
    if (handler) return handler(request, response);
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** A feed with an ETag derived from its content: 304 when the client has it, gzip when accepted. */
export const servedFeed =
  (body: string, etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`): Handler =>
  (request, response) => {
    const headers = {
      etag,
      "last-modified": "Fri, 20 Nov 2026 08:00:00 GMT",
      "content-type": "application/xml",
    };
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    const gzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    response.writeHead(200, gzip ? { ...headers, "content-encoding": "gzip" } : headers);
    response.end(gzip ? gzipSync(body) : body);
  };

/** Starts a feed, then never finishes it (until the client gives up). */
export const hangingFeed: Handler = (_request, response) => {
  response.writeHead(200, { "content-type": "application/xml" });
  response.write('<?xml version="1.0"?>\n<source>');
};

/** Answers with `status` (and its headers) `times` times, then hands over to `then`. */
export const failingFirst = (
  times: number,
  status: number,
  then: Handler,
  headers: Record<string, string> = {},
): Handler => {
  let left = times;
  return (request, response) => {
    if (left-- > 0) {
      response.writeHead(status, headers);
      response.end();
      return;
    }
    then(request, response);
  };
};
