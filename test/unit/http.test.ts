// The fetch ollama-js is given (src/model/http.ts): Ollama behind TLS still answers, and
// the terminal command talks to Ollama without Node's own fetch being loaded at all.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, globalAgent, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, type GenerateInput } from '../../src/model/generate.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { ROOT } from '../support/nvim.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gcp-http-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function input(host: string): GenerateInput {
  return {
    host,
    model: 'gemma3',
    system: 'You write git commit messages.',
    files: [
      {
        path: 'journal.txt',
        status: 'modified',
        binary: false,
        added: 1,
        removed: 0,
        hunks: [{ header: '@@ -1 +1,2 @@', lines: [' Day one.', '+Day two: rain.'], added: 1, removed: 0 }],
      },
    ],
    recentSubjects: [],
    numCtx: 8192,
    numPredict: 256,
    keepAlive: '30m',
    timeoutMs: 10_000,
    signal: new AbortController().signal,
  };
}

describe('talking to Ollama without Node fetch', () => {
  it('reaches an Ollama behind TLS (https://), certificate checked against the trusted ones', async () => {
    const dir = tempDir();
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    const cert = readFileSync(join(dir, 'cert.pem'));
    const seen: string[] = [];
    const server: Server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (req, res) => {
      seen.push(`${req.method} ${req.url}`);
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'Content-Type': req.url === '/api/chat' ? 'application/x-ndjson' : 'application/json' });
        if (req.url === '/api/show') return res.end(JSON.stringify({ model_info: {}, capabilities: ['completion'] }));
        res.write(`${JSON.stringify({ model: 'gemma3', message: { role: 'assistant', content: 'Add the rainy day' }, done: false })}\n`);
        res.end(`${JSON.stringify({ model: 'gemma3', message: { role: 'assistant', content: '' }, done: true, prompt_eval_count: 90 })}\n`);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    const port = (server.address() as { port: number }).port;

    // Not trusted: refused, said as unreachable, nothing sent.
    const untrusted = await generate(input(`https://127.0.0.1:${port}`));
    expect(untrusted.ok).toBe(false);
    expect(untrusted.ok ? '' : untrusted.reason).toBe(`Ollama unreachable at https://127.0.0.1:${port}`);
    expect(seen).toEqual([]);

    // Trusted (as NODE_EXTRA_CA_CERTS would make it): the message comes over TLS.
    const before = globalAgent.options.ca;
    globalAgent.options.ca = cert;
    cleanups.push(() => {
      globalAgent.options.ca = before;
    });
    const trusted = await generate(input(`https://127.0.0.1:${port}`));
    expect(trusted.ok ? trusted.message : trusted.reason).toBe('Add the rainy day');
    expect(seen).toEqual(['POST /api/show', 'POST /api/chat']);
  });

  it('the terminal command asks the model without loading Node fetch (undici, ~35 ms at every start)', async () => {
    const fake: FakeOllama = await startFakeOllama({ gemma3: { chunks: ['Add ', 'the rainy day'] } });
    cleanups.push(() => fake.close());
    const dir = tempDir();
    const probe = join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      "process.on('exit', () => process.stderr.write(`\\nundici loaded: ${process.moduleLoadList.some((m) => m.includes('undici'))}\\n`));\n",
    );
    const diff = ['diff --git a/j.txt b/j.txt', '--- a/j.txt', '+++ b/j.txt', '@@ -1 +1,2 @@', ' Day one.', '+Day two: rain.', ''].join('\n');
    // Spawned, not spawnSync: the fake server answers from this process's event loop.
    const child = spawn(process.execPath, ['-r', probe, join(ROOT, 'bin/git-commit-push.js'), 'message'], {
      cwd: dir,
      env: { ...process.env, OLLAMA_HOST: fake.url, HOME: dir, XDG_STATE_HOME: dir, XDG_CONFIG_HOME: dir },
    });
    const r = { stdout: '', stderr: '' };
    child.stdout.on('data', (d: Buffer) => (r.stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (r.stderr += d.toString()));
    child.stdin.end(diff);
    await new Promise((resolve) => child.on('close', resolve));
    expect(r.stdout, r.stderr).toBe('Add the rainy day\n');
    expect(fake.chatRequests()).toHaveLength(1);
    expect(r.stderr).toContain('undici loaded: false');
  });
});
