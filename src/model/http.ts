/**
 * The `fetch` ollama-js is given: node:http, with only what ollama-js reads of a Response.
 *
 * Node's own fetch (undici) is loaded on first use: about 35 ms of module loading and a
 * WebAssembly HTTP parser started, for the two requests to a local server a commit makes.
 * That was a third of the terminal command's own overhead (issue 22.9), and the first `\g`
 * in a Neovim paid it too. Failures keep fetch's shapes (`TypeError: fetch failed` with the
 * socket error as its cause, `TypeError: terminated` for an answer cut off mid-stream, the
 * signal's reason on abort), so describeFailure reads them as before.
 */
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';

/** A request as ollama-js makes it: method, a JSON string body, plain-object headers. */
export interface SmallRequest {
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** What ollama-js reads of a body: `getReader().read()` in parseJSON. */
export interface SmallReader {
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: Uint8Array }>;
  cancel(): Promise<void>;
  releaseLock(): void;
}

/** What ollama-js and ollama.ts read of a Response. */
export interface SmallResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  readonly body: { getReader(): SmallReader; cancel(): Promise<void> };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

/** The reason an aborted signal gives, as fetch rejects with it. */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

export async function smallFetch(url: string, init: SmallRequest = {}): Promise<SmallResponse> {
  const target = new URL(url);
  const { signal } = init;
  if (signal?.aborted) throw abortReason(signal);
  const request = target.protocol === 'https:' ? (await import('./https.js')).request : httpRequest;
  const body = init.body === undefined ? undefined : Buffer.from(init.body);
  const headers: Record<string, string> = { ...init.headers };
  if (body) headers['content-length'] = String(body.length);

  return new Promise<SmallResponse>((resolve, reject) => {
    let settled = false;
    let res: IncomingMessage | undefined;
    const req = request(target, { method: init.method ?? 'GET', headers });
    const onAbort = (): void => {
      const reason = abortReason(signal!);
      if (!settled) {
        settled = true;
        reject(reason);
      }
      req.destroy();
      res?.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const release = (): void => signal?.removeEventListener('abort', onAbort);
    req.on('error', (err) => {
      release();
      if (settled) return;
      settled = true;
      reject(new TypeError('fetch failed', { cause: err }));
    });
    req.on('response', (r) => {
      res = r;
      settled = true;
      resolve(responseOf(r, signal, release));
    });
    req.end(body);
  });
}

function responseOf(res: IncomingMessage, signal: AbortSignal | undefined, release: () => void): SmallResponse {
  const chunks = res[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  res.once('end', release);
  res.once('close', release);
  const next = async (): Promise<IteratorResult<Buffer>> => {
    try {
      return await chunks.next();
    } catch (err) {
      if (signal?.aborted) throw abortReason(signal);
      throw new TypeError('terminated', { cause: err });
    }
  };
  const cancel = async (): Promise<void> => {
    res.destroy();
    release();
  };
  const reader: SmallReader = {
    async read() {
      const r = await next();
      return r.done ? { done: true } : { done: false, value: r.value };
    },
    cancel,
    releaseLock() {},
  };
  const text = async (): Promise<string> => {
    const parts: Buffer[] = [];
    for (let r = await next(); !r.done; r = await next()) parts.push(r.value);
    return Buffer.concat(parts).toString('utf8');
  };
  const status = res.statusCode ?? 0;
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: res.statusMessage ?? '',
    headers: {
      get(name: string): string | null {
        const v = res.headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
      },
    },
    body: { getReader: () => reader, cancel },
    text,
    json: async () => JSON.parse(await text()) as unknown,
  };
}

/** A response whose body has been read already: an error answer handed on as it came. */
export function readResponse(text: string, from: SmallResponse): SmallResponse {
  let sent = false;
  const bytes = Buffer.from(text);
  const reader: SmallReader = {
    async read() {
      if (sent) return { done: true };
      sent = true;
      return { done: false, value: bytes };
    },
    async cancel() {},
    releaseLock() {},
  };
  return {
    ok: from.ok,
    status: from.status,
    statusText: from.statusText,
    headers: from.headers,
    body: { getReader: () => reader, cancel: async () => {} },
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
  };
}
