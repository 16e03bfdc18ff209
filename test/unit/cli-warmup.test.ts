/**
 * The command asks the server for the model's facts while git still works (generate.ts
 * warmUp): generate() then uses that answer instead of asking again, and a cancel or the
 * timeout never waits for a warm-up that hangs.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import type { DiffFile } from '../../src/change/diff.js';
import { generate, warmUp, type GenerateInput } from '../../src/model/generate.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';

const FILES: DiffFile[] = [
  {
    path: 'journal.txt',
    status: 'modified',
    binary: false,
    added: 1,
    removed: 0,
    hunks: [{ header: '@@ -1 +1,2 @@', lines: [' Day one.', '+Day two.'], added: 1, removed: 0 }],
  },
];

function input(host: string, model: string, signal: AbortSignal): GenerateInput {
  return { host, model, system: 'Write a commit message.', files: FILES, recentSubjects: [], numCtx: 8192, numPredict: 256, keepAlive: '30m', timeoutMs: 30_000, signal };
}

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

it('asks for the model once: generate() takes the answer the warm-up got', async () => {
  // A model name of this test's own: the facts are kept per process.
  fake = await startFakeOllama({ 'warm-once': { chunks: ['Add day two'] } });
  warmUp(fake.url, 'warm-once', 30_000);
  const result = await generate(input(fake.url, 'warm-once', new AbortController().signal));
  expect(result).toMatchObject({ ok: true, message: 'Add day two' });
  expect(fake.requests.filter((r) => r.path === '/api/show')).toHaveLength(1);
});

it('a cancel does not wait for a warm-up that never gets an answer', async () => {
  // A server that takes the connection and never answers.
  silent = createServer((s) => void sockets.push(s));
  await new Promise<void>((r) => silent?.listen(0, '127.0.0.1', r));
  const host = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
  warmUp(host, 'warm-hang', 30_000);
  const stop = new AbortController();
  const generating = generate(input(host, 'warm-hang', stop.signal));
  setTimeout(() => stop.abort('cancel'), 100);
  expect(await generating).toEqual({ ok: false, reason: 'cancelled', cancelled: true });
}, 10_000);
