/**
 * What reaches the model, read back from the fake Ollama's received requests:
 * the preset or git-config voice, the context window, secrets left out; and
 * regenerating from the review buffer.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { currentLines, startNvim, waitFor, type Nvim } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  options: { num_ctx: number; num_predict: number };
  think?: unknown;
  keep_alive?: unknown;
}

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let n: Nvim | undefined;

beforeEach(async () => {
  sb = makeSandbox();
  repo = makeRepo(sb);
  fake = await startFakeOllama({ gemma3: { chunks: ['Describe', ' the snow'] } });
});

afterEach(async () => {
  await n?.stop();
  n = undefined;
  await fake.close();
  sb.remove();
});

async function run(setup: Record<string, unknown> = {}, args = 'noreview'): Promise<ChatBody> {
  n = await startNvim(sb, { setup: { host: fake.url, ...setup }, cwd: repo.work });
  await n.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
  await n.nvim.lua("vim.api.nvim_buf_set_lines(0, -1, -1, false, {'Snow all day.'})");
  const nth = fake.chatRequests().length + 1;
  await n.nvim.command(`GitCommitPush ${args}`);
  const req = await fake.waitForChat(nth, 15_000);
  return req.body as ChatBody;
}

const system = (b: ChatBody) => b.messages.find((m) => m.role === 'system')?.content ?? '';
const user = (b: ChatBody) => b.messages.find((m) => m.role === 'user')?.content ?? '';

describe('the voice of each repository', () => {
  it('defaults to the code preset, with num_ctx, num_predict and keep_alive on the request', async () => {
    const body = await run();
    expect(body.model).toBe('gemma3');
    expect(system(body)).toContain('imperative mood');
    expect(body.options).toMatchObject({ num_ctx: 8192, num_predict: 256 });
    expect(body.keep_alive).toBe('30m');
    expect(user(body)).toContain('+Snow all day.');
    // Instructions never ride in the user message, where Ollama would cut them first.
    expect(user(body)).not.toContain('imperative mood');
  });

  it('setup({ preset = "journal" }) asks about the content of the entry', async () => {
    const body = await run({ preset: 'journal' });
    expect(system(body)).toContain('Focus on the content of the journal entry');
  });

  it('git config git-commit-push.preset/model/prompt beat setup()', async () => {
    sb.git(repo.work, 'config', 'git-commit-push.preset', 'conventional');
    sb.git(repo.work, 'config', 'git-commit-push.model', 'qwen3');
    fake.setModel('qwen3', { chunks: ['feat: describe snow'] });
    let body = await run({ preset: 'journal', model: 'gemma3' });
    expect(body.model).toBe('qwen3');
    expect(system(body)).toContain('Conventional Commits');
    await n?.stop();

    sb.git(repo.work, 'config', 'git-commit-push.prompt', 'Answer in the voice of a ship log.');
    sb.git(repo.work, 'reset', '-q', '--hard', 'origin/master');
    body = await run({ preset: 'journal' });
    expect(system(body)).toContain('Answer in the voice of a ship log.');
    expect(system(body)).not.toContain('Conventional Commits');
  });

  it('puts the branch\'s recent subjects in the prompt, marked as a style reference', async () => {
    const body = await run();
    expect(user(body)).toContain('Start the journal');
    expect(user(body).toLowerCase()).toContain('do not copy');
  });

  it('caps num_ctx at the model\'s trained context length from /api/show', async () => {
    fake.setModel('gemma3', { chunks: ['Describe the snow'], contextLength: 4096 });
    const body = await run({ num_ctx: 32768 });
    expect(body.options.num_ctx).toBe(4096);
  });

  it('asks a thinking model not to think, and keeps its thoughts out of the message', async () => {
    fake.setModel('gemma3', { capabilities: ['completion', 'thinking'], chunks: ['<think>hmm, snow</think>', 'Describe the snow'] });
    const body = await run();
    expect(body.think).toBe(false);
    await n!.waitForNote(/pushed to/);
    expect(sb.git(repo.bare, 'log', '-1', '--format=%B', 'master').trim()).toBe('Describe the snow');
  });

  it('sends no think field to a model without the capability', async () => {
    const body = await run();
    expect(body.think).toBeUndefined();
  });
});

describe('what never reaches the model', () => {
  it('names secrets and lock files without their contents, and says so in the review buffer', async () => {
    writeFileSync(join(repo.work, '.env'), 'API_TOKEN=hunter2-very-secret\n');
    writeFileSync(join(repo.work, 'package-lock.json'), '{"lockfileVersion": 3, "marker": "LOCKFILE-BODY"}\n');
    const body = await run({}, 'all');
    const sent = JSON.stringify(fake.requests.map((r) => r.body));
    expect(sent).not.toContain('hunter2-very-secret');
    expect(sent).not.toContain('LOCKFILE-BODY');
    expect(user(body)).toContain('.env');
    expect(user(body)).toContain('package-lock.json');
    await waitFor(async () => (await currentLines(n!.nvim)).some((l) => l.startsWith('# Left out of the prompt')));
    const lines = await currentLines(n!.nvim);
    expect(lines.some((l) => l.startsWith('#') && l.includes('.env'))).toBe(true);
  });

  it('fits a 46,505-line first commit into the window and says what was cut', async () => {
    const journal = Array.from({ length: 46_505 }, (_, i) => `Entry line ${i}: thoughts about the day.`).join('\n') + '\n';
    writeFileSync(join(repo.work, 'big-journal.txt'), journal);
    n = await startNvim(sb, { setup: { host: fake.url }, cwd: repo.work });
    await n.nvim.command(`edit ${join(repo.work, 'big-journal.txt')}`);
    await n.nvim.command('GitCommitPush');
    const body = (await fake.waitForChat(1, 15_000)).body as ChatBody;
    // About 3 characters a token is the conservative bound the budget uses.
    expect((system(body).length + user(body).length) / 3).toBeLessThan(8192 - 256);
    expect(user(body)).toMatch(/\[\.\.\. [\d,]+ added lines\]/);
    await waitFor(async () => (await currentLines(n!.nvim)).some((l) => /^#\s+big-journal\.txt: [\d,]+ added lines/.test(l)));
  });
});

describe('regenerate', () => {
  it('gr throws the message away and streams a new one, cancelling the stream in flight', async () => {
    fake.setModel('gemma3', { chunks: ['First', ' try', ' is', ' slow', ' and', ' long'], chunkDelayMs: 500 });
    await run({}, '');
    await waitFor(async () => (await currentLines(n!.nvim))[0]?.startsWith('First'));
    fake.setModel('gemma3', { chunks: ['Second try'] });
    await n!.nvim.input('gr');
    await waitFor(async () => (await currentLines(n!.nvim))[0] === 'Second try');
    await waitFor(() => fake.abortedStreams === 1);
    expect(fake.chatRequests()).toHaveLength(2);
  });

  it(':GitCommitPush in the review buffer regenerates, even over the user\'s edits', async () => {
    await run({}, '');
    await waitFor(async () => (await currentLines(n!.nvim))[0] === 'Describe the snow');
    await n!.nvim.input('ccmy draft<Esc>');
    fake.setModel('gemma3', { chunks: ['Another take'] });
    await n!.nvim.command('GitCommitPush');
    await waitFor(async () => (await currentLines(n!.nvim))[0] === 'Another take');
  });

  it('stops streaming when the user starts typing, and keeps their words', async () => {
    fake.setModel('gemma3', { chunks: ['Slow', ' words', ' keep', ' coming', ' in'], chunkDelayMs: 400 });
    await run({}, '');
    await waitFor(async () => (await currentLines(n!.nvim))[0]?.startsWith('Slow'));
    await n!.nvim.input('ccMine now<Esc>');
    await waitFor(async () => (await currentLines(n!.nvim)).includes('# Status: stopped: you edited the message'));
    expect((await currentLines(n!.nvim))[0]).toBe('Mine now');
    await waitFor(() => fake.activeStreams === 0);
  });
});
