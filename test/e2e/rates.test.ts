/**
 * What the token estimate learned outlives the Neovim that learned it (issue 24): a journal
 * writer opens Neovim, presses \g once and quits; the next Neovim's first request starts
 * from the rate the last one learned, kept in $XDG_STATE_HOME/git-commit-push/, and so
 * carries more of a change larger than the window, still within it by the server's own
 * count. A rates file that is garbage, or that only knows other models, leaves the first
 * request as it is on a machine that never used the model. Two real Neovims one after the
 * other, sharing the state folder; the fake Ollama counts prompts as gemma3 does.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realisticPromptTokens, startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { edit, inReview, messageIs } from '../support/flow.js';
import { currentLines, startNvim, waitFor, type Nvim } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';
import { ESTIMATOR_VERSION } from '../../src/prompt/tokens.js';

interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  options: { num_ctx: number; num_predict: number };
}

const MESSAGE = 'Write about the harbour in autumn';

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let running: Nvim[] = [];

beforeEach(async () => {
  sb = makeSandbox();
  repo = makeRepo(sb);
  // gemma3 by /api/show's general.architecture, prompts counted as its tokenizer would.
  fake = await startFakeOllama({ gemma3: { chunks: ['Write about', ' the harbour', ' in autumn'], architecture: 'gemma3', promptTokens: 'realistic' } });
});

afterEach(async () => {
  for (const n of running) await n.stop();
  running = [];
  await fake.close();
  sb.remove();
});

const stateHome = () => sb.env.XDG_STATE_HOME!;
const ratesFile = (state = stateHome()) => join(state, 'git-commit-push', 'token-rates.json');

/**
 * `days` journal entries from day `from` on, appended to journal.txt: every line the same
 * length, so two such changes cost the same, and together far more than the 8,192-token window.
 */
function writeEntries(work: string, from: number, days = 1500): void {
  const lines: string[] = [];
  for (let d = from; d < from + days; d++) {
    const date = new Date(Date.UTC(2015, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    lines.push(`${date} Walked to the harbour; the ferry left late again.`, 'The air smelled of rain and diesel, and the gulls were loud.', '');
  }
  const path = join(work, 'journal.txt');
  writeFileSync(path, readFileSync(path, 'utf8') + lines.join('\n'));
}

/** Dated entry lines of the change that reached the model. */
const entriesSent = (body: ChatBody) => (body.messages[1]?.content ?? '').split('\n').filter((l) => /^\+\d{4}-\d\d-\d\d /.test(l)).length;

/** The prompt's size as the server counts it (the fake's realistic count, before its cap at num_ctx). */
const serverCount = (body: ChatBody) => realisticPromptTokens(body.messages.map((m) => m.content));

/**
 * A fresh Neovim in `work` with `state` as its XDG_STATE_HOME (the sandbox's own unless
 * given): \g on journal.txt, the model's message in the review, :w commits and pushes it,
 * `then` looks around, and Neovim quits. The request the model got.
 */
async function journalSession(work: string, state = stateHome(), then?: (n: Nvim) => Promise<void>): Promise<ChatBody> {
  const asked = fake.chatRequests().length;
  const n = await startNvim(sb, { setup: { host: fake.url }, cwd: work, env: { XDG_STATE_HOME: state } });
  running.push(n);
  await edit(n, join(work, 'journal.txt'));
  await n.nvim.input('\\g');
  await inReview(n);
  await messageIs(n, MESSAGE);
  await n.nvim.command('write');
  await n.waitForNote(/pushed to origin\/master/, 20_000);
  await then?.(n);
  await n.stop();
  running = running.filter((x) => x !== n);
  return (await fake.waitForChat(asked + 1)).body as ChatBody;
}

/**
 * What a Neovim sends for the same change on a machine that never used the model: the
 * same journal in a repository of its own, with a state folder nothing was written to.
 */
async function neverUsedRequest(): Promise<ChatBody> {
  const other = makeRepo(sb, { name: 'elsewhere' });
  writeEntries(other.work, 0);
  return journalSession(other.work, join(sb.dir, 'xdg/state-never-used'));
}

/** The models the rates file holds learned rates for. */
const modelsInFile = () => Object.keys((JSON.parse(readFileSync(ratesFile(), 'utf8')) as { models: Record<string, unknown> }).models).sort();

function writeRatesFile(text: string): void {
  mkdirSync(join(stateHome(), 'git-commit-push'), { recursive: true });
  writeFileSync(ratesFile(), text);
}

describe('learned token rates across Neovims', () => {
  it("a second Neovim's first request carries more of a change larger than the window, and still fits it", async () => {
    writeEntries(repo.work, 0);
    const first = await journalSession(repo.work);
    expect(sb.git(repo.work, 'log', '-1', '--format=%s').trim()).toBe(MESSAGE);
    // Larger than the window: the prompt carries only some of the 1,500 entries.
    expect(entriesSent(first)).toBeGreaterThan(0);
    expect(entriesSent(first)).toBeLessThan(1500);
    // The first Neovim is gone; what it learned for gemma3 is on disk.
    expect(modelsInFile()).toEqual(['gemma3']);

    writeEntries(repo.work, 1500);
    const second = await journalSession(repo.work);
    expect(entriesSent(second)).toBeGreaterThan(entriesSent(first));
    expect(serverCount(second)).toBeGreaterThan(serverCount(first));
    // Both within the window by the server's own count: nothing cut from the front.
    for (const body of [first, second]) expect(serverCount(body) + body.options.num_predict).toBeLessThanOrEqual(body.options.num_ctx);
  });

  it('a rates file that is garbage: the first request as on a machine that never used the model, and one line about it in :GitCommitPush output', async () => {
    writeRatesFile('\u0000\u0017garbage{"version": 2, "models": {');
    writeEntries(repo.work, 0);
    let output: string[] = [];
    const body = await journalSession(repo.work, stateHome(), async (n) => {
      await n.nvim.command('GitCommitPush output');
      await waitFor(async () => String(await n.nvim.call('bufname', ['%'])) === 'git-commit-push://output');
      output = await currentLines(n.nvim);
    });
    expect(sb.git(repo.work, 'log', '-1', '--format=%s').trim()).toBe(MESSAGE);
    const about = output.filter((l) => l.includes(ratesFile()));
    expect(about).toEqual([`Note: learned token rates in ${ratesFile()} are not readable (not a rates file): ignored, starting from the cautious estimate`]);
    // What this request taught replaced the garbage.
    expect(modelsInFile()).toEqual(['gemma3']);
    expect(body.messages).toEqual((await neverUsedRequest()).messages);
  });

  it("a rates file that knows only other models leaves this model's first request as it was, and keeps theirs", async () => {
    // Rates far below gemma3's start: read for the wrong model, they would let the prompt grow.
    const low = { code: [0.6, 0.62], prose: [0.6] };
    writeRatesFile(JSON.stringify({ version: ESTIMATOR_VERSION, models: { 'gemma3:27b': low, qwen3: low } }));
    writeEntries(repo.work, 0);
    const body = await journalSession(repo.work);
    expect(modelsInFile()).toEqual(['gemma3', 'gemma3:27b', 'qwen3']);
    expect(body.messages).toEqual((await neverUsedRequest()).messages);
  });
});
