/**
 * The node side of :checkhealth without Neovim: the decisions (where the diff
 * goes, which model name matches), and the promise that it never throws and
 * never waits longer than its timeout. The e2e test covers every line in a real Neovim.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Neovim } from 'neovim';
import { collectHealth, findModel, healthReport, privacyItem, unreachableReason, withTag } from '../../src/nvim/health.js';
import type { Git } from '../../src/change/runner.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';

describe('privacyItem', () => {
  it.each(['http://127.0.0.1:11434', 'http://localhost:11434', 'http://[::1]:11434', 'http://127.1.2.3:8080', 'http://0.0.0.0:11434', 'http://box.localhost:11434'])(
    'is OK for %s, which is this machine',
    (host) => {
      expect(privacyItem(host)).toEqual({ level: 'ok', msg: `the diff stays on this machine (${host})` });
    },
  );

  it.each(['http://192.168.1.20:11434', 'http://gpu-box:11434', 'http://10.0.0.1:11434', 'http://localhost.example.com:11434'])(
    'warns for %s: plain http to another machine',
    (host) => {
      const item = privacyItem(host);
      expect(item.level).toBe('warn');
      expect(item.msg).toBe(`the diff goes to ${host} over plain http: it crosses the network unencrypted`);
      expect(item.advice?.[0]).toMatch(/https|SSH tunnel/);
    },
  );

  it('only informs for https to another machine', () => {
    expect(privacyItem('https://ollama.example.com')).toEqual({ level: 'info', msg: 'the diff goes to https://ollama.example.com, and nowhere else' });
  });
});

describe('findModel', () => {
  const models = [{ name: 'gemma3:latest', model: 'gemma3:latest' }, { name: 'qwen3:4b', model: 'qwen3:4b' }, { name: 'me/tuned:latest' }];

  it('matches a name without a tag to :latest, as Ollama does', () => {
    expect(findModel(models, 'gemma3')).toBe('gemma3:latest');
    expect(findModel(models, 'gemma3:latest')).toBe('gemma3:latest');
    expect(findModel(models, 'me/tuned')).toBe('me/tuned:latest');
  });

  it('does not match another tag', () => {
    expect(findModel(models, 'qwen3')).toBeUndefined();
    expect(findModel(models, 'gemma3:1b')).toBeUndefined();
    expect(findModel(models, 'qwen3:4b')).toBe('qwen3:4b');
  });

  it('adds :latest only to the last path segment', () => {
    expect(withTag('registry.local:5000/me/model')).toBe('registry.local:5000/me/model:latest');
    expect(withTag('me/model:q4')).toBe('me/model:q4');
  });
});

describe('unreachableReason', () => {
  it('names a timeout, a refused connection and an unknown host', () => {
    expect(unreachableReason(Object.assign(new Error('x'), { name: 'TimeoutError' }), 2000)).toBe('no answer within 2 s');
    expect(unreachableReason(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }), 2000)).toBe('connection refused');
    expect(unreachableReason(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }), 2000)).toBe('host not found');
    expect(unreachableReason(new TypeError('fetch failed', { cause: { code: 'EHOSTUNREACH' } }), 2000)).toBe('EHOSTUNREACH');
    expect(unreachableReason(new TypeError('fetch failed', { cause: new Error('bad port') }), 2000)).toBe('bad port');
  });

  it('quotes the status and the error of a server that answers with one', () => {
    const err = Object.assign(new Error('404 page not found'), { name: 'ResponseError', status_code: 404 });
    expect(unreachableReason(err, 2000)).toBe('answered 404: 404 page not found');
  });
});

const noGit = (): Git => ({
  cwd: '/',
  run: () => Promise.reject(new Error('spawn git ENOENT')),
});

const ctx = (host: string) => ({ name: '', buftype: '', cwd: '/', config: { host }, ollamaHostEnv: '' });

let fake: FakeOllama | undefined;
let silent: Server | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  for (const s of sockets.splice(0)) s.destroy();
  await new Promise<void>((r) => (silent ? silent.close(() => r()) : r()));
  silent = undefined;
});

describe('collectHealth', () => {
  it('reports git that does not run as an error, and goes on with Ollama', async () => {
    fake = await startFakeOllama({ gemma3: {} });
    const items = await collectHealth(ctx(fake.url), { gitAt: noGit });
    expect(items[0]).toMatchObject({ level: 'error', msg: 'git did not run: spawn git ENOENT' });
    expect(items.some((i) => i.msg.startsWith('repository'))).toBe(false);
    expect(items).toContainEqual({ level: 'ok', msg: 'model gemma3 is present (gemma3:latest)' });
  });

  it('gives up on a server that accepts but never answers, after the timeout', async () => {
    silent = createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => silent!.listen(0, '127.0.0.1', r));
    const host = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    const items = await collectHealth(ctx(host), { gitAt: noGit, timeoutMs: 300 });
    expect(items).toContainEqual(expect.objectContaining({ level: 'error', msg: `Ollama is not reachable at ${host} (no answer within 0.3 s): commits get a default message` }));
  });

  it('turns a failure nobody expected into an error line instead of throwing', async () => {
    const config = Object.defineProperty({}, 'model', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    // The stack goes to the host's log; here it would only be noise.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const items = await collectHealth({ ...ctx('http://127.0.0.1:9'), config }, { gitAt: noGit });
    expect(items).toContainEqual({ level: 'error', msg: 'checking the options failed unexpectedly: boom' });
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});

/** A server that answers /api/version like Ollama, and the other routes as `routes` says. */
async function partialOllama(routes: Record<string, { status: number; body: unknown }>): Promise<string> {
  const srv = createHttpServer((req, res) => {
    const route = `${req.method ?? 'GET'} ${req.url ?? '/'}`;
    const r = route === 'GET /api/version' ? { status: 200, body: { version: '0.12.11' } } : (routes[route] ?? { status: 404, body: { error: 'not found' } });
    req.resume();
    req.on('end', () => {
      res.writeHead(r.status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(r.body));
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  partial = srv;
  return `http://127.0.0.1:${(srv.address() as { port: number }).port}`;
}

let partial: HttpServer | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (partial ? partial.close(() => r()) : r()));
  partial = undefined;
});

describe('collectHealth, when Ollama answers only in part', () => {
  it('warns when the model list cannot be read', async () => {
    const host = await partialOllama({ 'GET /api/tags': { status: 500, body: { error: 'disk full' } } });
    const items = await collectHealth(ctx(host), { gitAt: noGit });
    expect(items).toContainEqual({ level: 'ok', msg: `Ollama 0.12.11 is reachable at ${host}` });
    expect(items).toContainEqual({ level: 'warn', msg: `could not list the models at ${host}: answered 500: disk full` });
  });

  it('warns when the model facts cannot be read', async () => {
    const host = await partialOllama({
      'GET /api/tags': { status: 200, body: { models: [{ name: 'gemma3:latest', model: 'gemma3:latest' }] } },
      'POST /api/show': { status: 500, body: { error: 'broken manifest' } },
    });
    const items = await collectHealth(ctx(host), { gitAt: noGit });
    expect(items).toContainEqual({ level: 'warn', msg: 'could not read the context length of gemma3: answered 500: broken manifest' });
  });

  it('only informs when the model does not say its context length', async () => {
    const host = await partialOllama({
      'GET /api/tags': { status: 200, body: { models: [{ name: 'gemma3:latest', model: 'gemma3:latest' }] } },
      'POST /api/show': { status: 200, body: { model_info: { 'general.architecture': 'gemma3' }, capabilities: ['completion'] } },
    });
    const items = await collectHealth(ctx(host), { gitAt: noGit });
    expect(items).toContainEqual({ level: 'info', msg: 'gemma3 does not report its context length: num_ctx 8192 is sent as it is' });
  });
});

describe('healthReport', () => {
  it('never throws, even when Neovim cannot be asked for its state', async () => {
    const nvim = { lua: () => Promise.reject(new Error('channel closed')) } as unknown as Neovim;
    await expect(healthReport(nvim)).resolves.toEqual([{ level: 'error', msg: 'could not read the editor state: channel closed' }]);
  });
});
