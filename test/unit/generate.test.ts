// generate() through the real ollama-js client against the fake Ollama over loopback:
// the message on success, and on every failure the one sentence the user reads.
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { describeFailure } from '../../src/model/ollama.js';
import type { DiffFile } from '../../src/change/diff.js';
import { contextWindow, generate, type GenerateInput, type Generated } from '../../src/model/generate.js';
import { startFakeOllama, type FakeOllama, type ModelScript } from '../support/fake-ollama.js';

const SYSTEM = 'You write git commit messages. SYSTEM-MARKER';

const FILES: DiffFile[] = [
  {
    path: 'journal.txt',
    status: 'modified',
    binary: false,
    added: 1,
    removed: 0,
    hunks: [{ header: '@@ -1 +1,2 @@', lines: [' Day one.', '+Day two: rain all afternoon.'], added: 1, removed: 0 }],
  },
];

let fake: FakeOllama | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(models: Record<string, ModelScript>): Promise<FakeOllama> {
  fake = await startFakeOllama(models);
  return fake;
}

function input(host: string, over: Partial<GenerateInput> = {}): GenerateInput {
  return {
    host,
    model: 'gemma3',
    system: SYSTEM,
    files: FILES,
    recentSubjects: ['Start the journal'],
    numCtx: 8192,
    numPredict: 256,
    keepAlive: '30m',
    timeoutMs: 10_000,
    signal: new AbortController().signal,
    ...over,
  };
}

/** A port that was just free: nothing listens on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function failed(g: Generated): { reason: string; cancelled: boolean } {
  if (g.ok) throw new Error(`expected a failure, got the message ${JSON.stringify(g.message)}`);
  return { reason: g.reason, cancelled: g.cancelled };
}

function body(f: FakeOllama, i = 0): Record<string, unknown> {
  return f.chatRequests()[i]?.body as Record<string, unknown>;
}

describe('generate: success', () => {
  it('streams the answer, shows growing previews, and returns the cleaned message', async () => {
    const f = await start({ gemma3: { chunks: ['Add ', 'notes ', 'for ', 'Monday'] } });
    const previews: string[] = [];
    const g = await generate(input(f.url, { onText: (p) => previews.push(p) }));
    expect(g).toMatchObject({ ok: true, message: 'Add notes for Monday' });
    expect(g.ok && g.seconds).toBeGreaterThanOrEqual(0);
    expect(g.ok && g.seconds).toBeLessThan(10);
    expect(previews).toEqual(['Add', 'Add notes', 'Add notes for', 'Add notes for Monday']);
  });

  it('cleans what small models wrap around the message (preamble, fence, quotes)', async () => {
    const f = await start({
      gemma3: { chunks: ["Here's a commit message for your changes:\n", '```\n', '"Record rain on day two"\n', '```\n'] },
    });
    const previews: string[] = [];
    const g = await generate(input(f.url, { onText: (p) => previews.push(p) }));
    expect(g).toMatchObject({ ok: true, message: 'Record rain on day two' });
    // The preview never shows the preamble or a fence, and it grows to the message.
    expect(previews.some((p) => p.includes('```') || /here's/i.test(p))).toBe(false);
    expect(previews.at(-1)).toContain('Record rain on day two');
  });

  it('keeps a subject and a body', async () => {
    const f = await start({ gemma3: { chunks: ['Record rain', '\n\nIt rained ', 'all afternoon.'] } });
    const g = await generate(input(f.url));
    expect(g).toMatchObject({ ok: true, message: 'Record rain\n\nIt rained all afternoon.' });
  });

  it('sends the system and user messages, the model, keep_alive and num_predict, streaming', async () => {
    const f = await start({ gemma3: {} });
    let prompted: { system: string; user: string } | undefined;
    await generate(input(f.url, { keepAlive: '5m', numPredict: 200, onPrompt: (p) => (prompted = p) }));
    const b = body(f);
    expect(b.model).toBe('gemma3');
    expect(b.stream).toBe(true);
    expect(b.keep_alive).toBe('5m');
    expect(b.options).toMatchObject({ num_predict: 200 });
    const messages = b.messages as Array<{ role: string; content: string }>;
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(messages[0]?.content).toContain('SYSTEM-MARKER');
    expect(messages[1]?.content).toContain('+Day two: rain all afternoon.');
    expect(messages[1]?.content).toContain('Start the journal');
    expect(prompted?.system).toBe(messages[0]?.content);
    expect(prompted?.user).toBe(messages[1]?.content);
  });

  it('asks /api/show once per host and model, not on every generation', async () => {
    const f = await start({ gemma3: {} });
    await generate(input(f.url));
    await generate(input(f.url));
    expect(f.requests.filter((r) => r.path === '/api/show')).toHaveLength(1);
    expect(f.chatRequests()).toHaveLength(2);
  });
});

describe('generate: num_ctx', () => {
  it.each([
    // [setting, model's context length, sent]
    [8192, 131072, 8192],
    [8192, 4096, 4096],
    [8192, 6000, 5120],
    [5000, 131072, 4096],
    [500, 131072, 1024],
    [8192, 512, 1024],
  ])('setting %i with a model trained on %i sends %i', async (setting, trained, sent) => {
    const f = await start({ gemma3: { contextLength: trained } });
    const g = await generate(input(f.url, { numCtx: setting }));
    expect(g.ok).toBe(true);
    expect((body(f).options as Record<string, unknown>).num_ctx).toBe(sent);
  });

  it('contextWindow caps by the trained length and buckets down to 1024s, never below 1024', () => {
    expect(contextWindow(8192, undefined)).toBe(8192);
    expect(contextWindow(10_000, undefined)).toBe(9216);
    expect(contextWindow(8192, 32768)).toBe(8192);
    expect(contextWindow(8192, 2048)).toBe(2048);
    expect(contextWindow(2047, undefined)).toBe(1024);
    expect(contextWindow(1, undefined)).toBe(1024);
  });
});

describe('generate: think', () => {
  it('sends think:false to a model with the thinking capability, and keeps only the answer', async () => {
    const f = await start({
      qwen3: { capabilities: ['completion', 'thinking'], thinking: ['Let me look at the diff...'], chunks: ['Record rain'] },
    });
    const g = await generate(input(f.url, { model: 'qwen3' }));
    expect(body(f).think).toBe(false);
    expect(g).toMatchObject({ ok: true, message: 'Record rain' });
  });

  it('does not send think to a model without the capability (it would answer 400)', async () => {
    const f = await start({ gemma3: { capabilities: ['completion'] } });
    const g = await generate(input(f.url));
    expect('think' in body(f)).toBe(false);
    expect(g.ok).toBe(true);
  });
});

describe('generate: failures, each as one sentence', () => {
  it('an unknown model: the pull command', async () => {
    const f = await start({ gemma3: {} });
    const g = await generate(input(f.url, { model: 'llama3.2' }));
    expect(failed(g)).toEqual({ reason: `model "llama3.2" not found at ${f.url} (run: ollama pull llama3.2)`, cancelled: false });
    expect(f.chatRequests()).toHaveLength(0);
  });

  it('a model removed after its facts were cached: 404 from /api/chat gives the same sentence', async () => {
    const f = await start({ gemma3: {} });
    expect((await generate(input(f.url))).ok).toBe(true);
    f.removeModel('gemma3');
    const g = await generate(input(f.url));
    expect(failed(g).reason).toBe(`model "gemma3" not found at ${f.url} (run: ollama pull gemma3)`);
  });

  it('nothing listening: connection refused', async () => {
    const host = `http://127.0.0.1:${await closedPort()}`;
    const g = await generate(input(host));
    expect(failed(g)).toEqual({ reason: `Ollama unreachable at ${host} (connection refused)`, cancelled: false });
  });

  it('nothing listening on localhost (tried over IPv6 and IPv4): connection refused', async () => {
    const host = `http://localhost:${await closedPort()}`;
    const g = await generate(input(host));
    expect(failed(g).reason).toBe(`Ollama unreachable at ${host} (connection refused)`);
  });

  it('503 busy: the status and the server\'s words', async () => {
    const f = await start({ gemma3: { status: 503, error: 'server busy, please try again.  maximum pending requests exceeded' } });
    const g = await generate(input(f.url));
    expect(failed(g).reason).toBe(`Ollama at ${f.url} answered 503: server busy, please try again.  maximum pending requests exceeded`);
  });

  it('500 with a multi-line error: only its first line', async () => {
    const f = await start({ gemma3: { status: 500, error: 'llama runner process has terminated: exit status 2\nstack...' } });
    const g = await generate(input(f.url));
    expect(failed(g).reason).toBe(`Ollama at ${f.url} answered 500: llama runner process has terminated: exit status 2`);
  });

  it('issue 21.6: a server error with escape sequences and control bytes: its words without them', async () => {
    const f = await start({ gemma3: { status: 500, error: '\u001b]0;owned\u0007\u001b[31mllama runner\u001b[0m process has\u0000 terminated: exit status 2' } });
    const g = await generate(input(f.url));
    expect(failed(g).reason).toBe(`Ollama at ${f.url} answered 500: llama runner process has terminated: exit status 2`);
  });

  it('issue 21.6: an answer with colours, a window title and a NUL streams and ends without them', async () => {
    const f = await start({ gemma3: { chunks: ['\u001b]0;owned\u0007Add ', '\u001b[31mnotes\u001b[0m', ' for\u0000 the trip'] } });
    const previews: string[] = [];
    const g = await generate(input(f.url, { onText: (p) => previews.push(p) }));
    expect(g).toMatchObject({ ok: true, message: 'Add notes for the trip' });
    expect(previews.join('')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('an error in the middle of the stream', async () => {
    const f = await start({ gemma3: { chunks: ['Add ', 'notes'], midStreamError: { afterChunks: 1, error: 'model runner has unexpectedly stopped' } } });
    const previews: string[] = [];
    const g = await generate(input(f.url, { onText: (p) => previews.push(p) }));
    expect(failed(g)).toEqual({ reason: `Ollama at ${f.url} failed while generating: model runner has unexpectedly stopped`, cancelled: false });
    expect(previews).toEqual(['Add']);
  });

  it('an error before any text: the server turns it into a 500', async () => {
    const f = await start({ gemma3: { midStreamError: { afterChunks: 0, error: 'out of memory' } } });
    const g = await generate(input(f.url));
    expect(failed(g).reason).toBe(`Ollama at ${f.url} answered 500: out of memory`);
  });

  it('the connection dropped while generating', async () => {
    const f = await start({ gemma3: { chunks: ['Add ', 'notes', ' here'], dropAfterChunks: 1 } });
    const g = await generate(input(f.url));
    expect(failed(g)).toEqual({ reason: `the connection to Ollama at ${f.url} broke while generating`, cancelled: false });
  });

  it('a stream that ends without its done line', async () => {
    const f = await start({ gemma3: { chunks: ['Add notes'], noDone: true } });
    const g = await generate(input(f.url));
    expect(failed(g)).toEqual({ reason: `Ollama at ${f.url} ended the answer early`, cancelled: false });
  });

  it('an answer that is an error text is not used as a message', async () => {
    const f = await start({ gemma3: { chunks: ['Error: ', 'the diff is too large to process'] } });
    const g = await generate(input(f.url));
    expect(failed(g)).toEqual({ reason: 'the model returned an error text', cancelled: false });
  });

  it('an empty answer is not used as a message', async () => {
    const f = await start({ gemma3: { chunks: ['', '  \n'] } });
    expect(failed(await generate(input(f.url)))).toEqual({ reason: 'the model returned an empty answer', cancelled: false });
  });

  it('a refusal is not used as a message', async () => {
    const f = await start({ gemma3: { chunks: ["I'm sorry, ", 'I cannot help with that.'] } });
    expect(failed(await generate(input(f.url))).reason).toBe('the model refused');
  });
});

describe('generate: timeout and cancel', () => {
  it('gives up after timeoutMs on a server that never answers, and closes the stream', async () => {
    const f = await start({ gemma3: { hang: true } });
    const startedAt = Date.now();
    const g = await generate(input(f.url, { timeoutMs: 300 }));
    const elapsed = Date.now() - startedAt;
    expect(failed(g)).toEqual({ reason: `Ollama at ${f.url} did not answer within 0.3 s (timeout_ms)`, cancelled: false });
    expect(elapsed).toBeGreaterThanOrEqual(250);
    await until(() => f.activeStreams === 0);
    expect(f.abortedStreams).toBe(1);
  });

  it('gives up after timeoutMs while the answer is still streaming, and stops the server generating', async () => {
    const f = await start({ gemma3: { chunks: ['Add ', 'notes ', 'for ', 'Monday'], chunkDelayMs: 400 } });
    const previews: string[] = [];
    const g = await generate(input(f.url, { timeoutMs: 600, onText: (p) => previews.push(p) }));
    expect(failed(g).reason).toBe(`Ollama at ${f.url} did not answer within 0.6 s (timeout_ms)`);
    expect(previews.length).toBeGreaterThan(0);
    await until(() => f.activeStreams === 0);
    expect(f.abortedStreams).toBe(1);
  });

  it('counts model loading against the timeout', async () => {
    const f = await start({ gemma3: { headerDelayMs: 2000 } });
    const g = await generate(input(f.url, { timeoutMs: 200 }));
    expect(failed(g).reason).toBe(`Ollama at ${f.url} did not answer within 0.2 s (timeout_ms)`);
    await until(() => f.activeStreams === 0);
  });

  it('is cancelled by the signal while waiting, and the stream is closed', async () => {
    const f = await start({ gemma3: { hang: true } });
    const ctl = new AbortController();
    const pending = generate(input(f.url, { signal: ctl.signal }));
    await f.waitForChat(1);
    ctl.abort();
    expect(failed(await pending)).toEqual({ reason: 'cancelled', cancelled: true });
    await until(() => f.activeStreams === 0);
    expect(f.abortedStreams).toBe(1);
  });

  it('is cancelled by the signal while streaming, after some text arrived', async () => {
    const f = await start({ gemma3: { chunks: ['Add ', 'notes ', 'for ', 'Monday'], chunkDelayMs: 300 } });
    const ctl = new AbortController();
    const previews: string[] = [];
    const g = await generate(
      input(f.url, {
        signal: ctl.signal,
        onText: (p) => {
          previews.push(p);
          ctl.abort();
        },
      }),
    );
    expect(failed(g)).toEqual({ reason: 'cancelled', cancelled: true });
    expect(previews).toEqual(['Add']);
    await until(() => f.activeStreams === 0);
    expect(f.abortedStreams).toBe(1);
  });

  it('does not start when the signal is already aborted', async () => {
    const f = await start({ gemma3: {} });
    const ctl = new AbortController();
    ctl.abort();
    const g = await generate(input(f.url, { signal: ctl.signal }));
    expect(failed(g)).toEqual({ reason: 'cancelled', cancelled: true });
    expect(f.chatRequests()).toHaveLength(0);
  });

  it('a cancel wins over a timeout that fires later: cancelled, not timed out', async () => {
    const f = await start({ gemma3: { hang: true } });
    const ctl = new AbortController();
    const pending = generate(input(f.url, { signal: ctl.signal, timeoutMs: 5000 }));
    await f.waitForChat(1);
    ctl.abort();
    expect(failed(await pending).cancelled).toBe(true);
  });
});

describe('describeFailure', () => {
  const host = 'http://gpu-box:11434';

  function fetchFailed(code: string): TypeError {
    return new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code}`), { code }) });
  }

  it.each([
    ['ECONNREFUSED', `Ollama unreachable at ${host} (connection refused)`],
    ['ENOTFOUND', `Ollama unreachable at ${host} (host not found)`],
    ['EAI_AGAIN', `Ollama unreachable at ${host} (host not found)`],
    ['ETIMEDOUT', `Ollama unreachable at ${host} (ETIMEDOUT)`],
    ['EHOSTUNREACH', `Ollama unreachable at ${host} (EHOSTUNREACH)`],
    ['ENETUNREACH', `Ollama unreachable at ${host} (ENETUNREACH)`],
  ])('fetch failed with %s', (code, expected) => {
    expect(describeFailure(fetchFailed(code), host, 'gemma3')).toBe(expected);
  });

  it('fetch failed without a known cause', () => {
    expect(describeFailure(new TypeError('fetch failed'), host, 'gemma3')).toBe(`Ollama unreachable at ${host}`);
  });

  it('never shows "Error:" or a stack, only the first line', () => {
    const err = new Error('something odd\n    at foo (x.js:1:1)');
    const reason = describeFailure(err, host, 'gemma3');
    expect(reason).toBe(`Ollama at ${host} failed while generating: something odd`);
  });

  it('copes with a thrown non-Error', () => {
    expect(describeFailure('boom', host, 'gemma3')).toBe(`Ollama at ${host} failed while generating: boom`);
    expect(describeFailure(undefined, host, 'gemma3')).toMatch(new RegExp(`^Ollama at ${host} failed while generating`));
  });
});
