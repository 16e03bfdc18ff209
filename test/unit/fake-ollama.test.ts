// Proves the fake server is indistinguishable from real Ollama to the real ollama-js 0.6.3
// client: every test drives `Ollama` from 'ollama/browser' over loopback, never a mock fetch.
import { Ollama } from 'ollama/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama, type ModelScript } from '../support/fake-ollama.js';

const messages = [{ role: 'user', content: 'Write a commit message for this diff.' }];

let fake: FakeOllama | undefined;

async function start(models: Record<string, ModelScript>, opts?: { version?: string }): Promise<Ollama> {
  fake = await startFakeOllama(models, opts);
  return new Ollama({ host: fake.url });
}

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** Runs `fn` and returns what it threw, so assertions can look at fields the client adds. */
async function caught(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

async function until(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('fake ollama seen through ollama-js', () => {
  it('streams the chunks in order and ends with a done part carrying metrics', async () => {
    const ollama = await start({ gemma3: { chunks: ['fix: ', 'handle ', 'empty diff'] } });
    const stream = await ollama.chat({ model: 'gemma3', messages, stream: true });
    const parts = [];
    for await (const part of stream) parts.push(part);

    expect(parts.map((p) => p.message.content)).toEqual(['fix: ', 'handle ', 'empty diff', '']);
    const last = parts.at(-1);
    expect(last?.done).toBe(true);
    expect(last?.done_reason).toBe('stop');
    expect(Number.isInteger(last?.total_duration)).toBe(true);
    expect(last?.eval_count).toBe(3);
    expect(parts.slice(0, -1).every((p) => !p.done && p.model === 'gemma3')).toBe(true);
  });

  it('answers stream:false with one object holding the joined content', async () => {
    const ollama = await start({ 'gemma3:latest': { chunks: ['a', 'b', 'c'] } });
    // Matching ignores ':latest', as Ollama does.
    const response = await ollama.chat({ model: 'gemma3', messages });

    expect(response.message).toEqual({ role: 'assistant', content: 'abc' });
    expect(response.done).toBe(true);
  });

  it('rejects an unknown model with a 404 ResponseError', async () => {
    const ollama = await start({ gemma3: {} });
    const error = await caught(() => ollama.chat({ model: 'missing', messages, stream: true }));

    expect(field(error, 'name')).toBe('ResponseError');
    expect(field(error, 'status_code')).toBe(404);
    expect(String(field(error, 'message'))).toContain("model 'missing' not found");
  });

  it('maps a busy server to a 503 ResponseError', async () => {
    const busy = 'server busy, please try again.  maximum pending requests exceeded';
    const ollama = await start({ gemma3: { status: 503, error: busy } });
    const error = await caught(() => ollama.chat({ model: 'gemma3', messages, stream: true }));

    expect(field(error, 'name')).toBe('ResponseError');
    expect(field(error, 'status_code')).toBe(503);
    expect(field(error, 'message')).toBe(busy);
  });

  it('throws a mid-stream error line from the for-await after the earlier chunks', async () => {
    const ollama = await start({
      gemma3: { chunks: ['one', 'two', 'three'], midStreamError: { afterChunks: 2, error: 'model runner crashed' } },
    });
    const stream = await ollama.chat({ model: 'gemma3', messages, stream: true });
    const seen: string[] = [];
    const error = await caught(async () => {
      for await (const part of stream) seen.push(part.message.content);
    });

    expect(seen).toEqual(['one', 'two']);
    expect(field(error, 'message')).toBe('model runner crashed');
  });

  it('makes a stream without the done line throw', async () => {
    const ollama = await start({ gemma3: { noDone: true } });
    const stream = await ollama.chat({ model: 'gemma3', messages, stream: true });
    const error = await caught(async () => {
      for await (const _ of stream);
    });

    expect(field(error, 'message')).toBe('Did not receive done or success response in stream.');
  });

  it('surfaces a dropped socket as TypeError terminated', async () => {
    const ollama = await start({ gemma3: { chunks: ['a', 'b', 'c'], dropAfterChunks: 1 } });
    const stream = await ollama.chat({ model: 'gemma3', messages, stream: true });
    const seen: string[] = [];
    const error = await caught(async () => {
      for await (const part of stream) seen.push(part.message.content);
    });

    expect(seen).toEqual(['a']);
    expect(error).toBeInstanceOf(TypeError);
    expect(field(error, 'message')).toBe('terminated');
    expect(fake?.abortedStreams).toBe(0);
  });

  it('rejects with ECONNREFUSED once the server is gone', async () => {
    const ollama = await start({ gemma3: {} });
    await fake?.close();
    const error = await caught(() => ollama.chat({ model: 'gemma3', messages }));

    expect(field(field(error, 'cause'), 'code')).toBe('ECONNREFUSED');
  });

  it('sees iterator.abort() as a client disconnect', async () => {
    const chunks = Array.from({ length: 50 }, (_, i) => `c${i} `);
    const ollama = await start({ gemma3: { chunks, chunkDelayMs: 20 } });
    const stream = await ollama.chat({ model: 'gemma3', messages, stream: true });
    let received = 0;
    const error = await caught(async () => {
      for await (const _ of stream) {
        received += 1;
        if (received === 2) stream.abort();
      }
    });

    expect(field(error, 'name')).toBe('AbortError');
    await until(() => fake?.abortedStreams === 1);
    await until(() => fake?.activeStreams === 0);
  });

  it('lets a fetch with AbortSignal.timeout give up on a hanging model', async () => {
    fake = await startFakeOllama({ gemma3: { hang: true } });
    const timeoutFetch: typeof fetch = (input, init) =>
      fetch(input, {
        ...init,
        signal: init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(200)]) : AbortSignal.timeout(200),
      });
    const ollama = new Ollama({ host: fake.url, fetch: timeoutFetch });
    const error = await caught(() => ollama.chat({ model: 'gemma3', messages, stream: true }));

    expect(['TimeoutError', 'AbortError']).toContain(field(error, 'name'));
    await until(() => fake?.activeStreams === 0);
  });

  it('ends a hanging response on close() without counting it as a client abort', async () => {
    const ollama = await start({ gemma3: { hang: true } });
    const arrived = fake?.waitForChat();
    const pending = caught(() => ollama.chat({ model: 'gemma3', messages, stream: true }));
    await arrived;
    expect(fake?.activeStreams).toBe(1);
    await fake?.close();

    expect(field(await pending, 'name')).toBe('TypeError');
    expect(fake?.abortedStreams).toBe(0);
  });

  it('refuses think on a model without the thinking capability', async () => {
    const ollama = await start({ 'llama3.2': {} });
    const error = await caught(() => ollama.chat({ model: 'llama3.2', messages, think: false }));

    expect(field(error, 'name')).toBe('ResponseError');
    expect(field(error, 'status_code')).toBe(400);
    expect(field(error, 'message')).toBe('"llama3.2" does not support thinking');
  });

  it('streams thinking before content for a thinking model', async () => {
    const ollama = await start({
      qwen3: { capabilities: ['completion', 'thinking'], thinking: ['Look at ', 'the diff.'], chunks: ['feat: x'] },
    });
    const stream = await ollama.chat({ model: 'qwen3', messages, think: true, stream: true });
    const parts = [];
    for await (const part of stream) parts.push(part.message);

    expect(parts.map((m) => m.thinking ?? '')).toEqual(['Look at ', 'the diff.', '', '']);
    expect(parts.map((m) => m.content)).toEqual(['', '', 'feat: x', '']);
  });

  it('reports the context length and capabilities through show()', async () => {
    const ollama = await start({ 'phi4-mini': { architecture: 'phi3', contextLength: 8192, capabilities: ['completion'] } });
    const shown = await ollama.show({ model: 'phi4-mini' });
    // Typed as a Map by ollama-js, but it is a plain JSON object on the wire.
    const info: unknown = shown.model_info;
    const arch = field(info, 'general.architecture');

    expect(arch).toBe('phi3');
    expect(field(info, `${String(arch)}.context_length`)).toBe(8192);
    expect(shown.capabilities).toEqual(['completion']);
    const missing = await caught(() => ollama.show({ model: 'nope' }));
    expect(field(missing, 'status_code')).toBe(404);
  });

  it('records the request body the client sent', async () => {
    const ollama = await start({ gemma3: {} });
    await ollama.chat({ model: 'gemma3', messages, options: { num_ctx: 8192, temperature: 0.2 }, keep_alive: '5m' });
    const request = await fake?.waitForChat(1);

    expect(request?.path).toBe('/api/chat');
    expect(field(request?.body, 'messages')).toEqual(messages);
    expect(field(field(request?.body, 'options'), 'num_ctx')).toBe(8192);
    expect(field(request?.body, 'stream')).toBe(false);
    expect(fake?.chatRequests()).toHaveLength(1);
  });

  it('serves tags, version, ps and unknown routes like Ollama', async () => {
    const ollama = await start({ gemma3: {}, 'qwen3:4b': {} }, { version: '0.13.0' });

    expect((await ollama.list()).models.map((m) => m.name)).toEqual(['gemma3:latest', 'qwen3:4b']);
    expect((await ollama.version()).version).toBe('0.13.0');
    expect((await ollama.ps()).models).toEqual([]);
    const notFound = await fetch(`${fake?.url}/api/nothing`);
    expect(notFound.status).toBe(404);
    expect(await notFound.text()).toBe('404 page not found');
  });

  it('answers malformed requests with 400 JSON errors', async () => {
    await start({ gemma3: {} });
    const post = (body: string): Promise<Response> =>
      fetch(`${fake?.url}/api/chat`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });

    const badJson = await post('{"model": x}');
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toEqual({ error: "invalid character 'x' looking for beginning of value" });
    const noModel = await post('{"messages": []}');
    expect(noModel.status).toBe(400);
    expect(await noModel.json()).toEqual({ error: 'model is required' });
  });
});
