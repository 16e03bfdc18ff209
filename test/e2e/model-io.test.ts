/**
 * What goes to the model and what comes back (issue 11), where the editor is part of
 * it: real Neovim, real git and a bare remote, the fake Ollama recording every request.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { change, inReview, messageIs } from '../support/flow.js';
import { currentLines, LEVEL, startNvim, waitFor, type Nvim, type NvimOptions } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let nv: Nvim | undefined;
let servers: Server[] = [];

beforeEach(async () => {
  sb = makeSandbox();
  repo = makeRepo(sb);
  fake = await startFakeOllama({ gemma3: { chunks: ['Write about', ' the first snow'] } });
});

afterEach(async () => {
  await nv?.stop();
  nv = undefined;
  for (const s of servers) s.close();
  servers = [];
  await fake.close();
  sb.remove();
});

async function start(setup: Record<string, unknown> = {}, opts: NvimOptions = {}): Promise<Nvim> {
  nv = await startNvim(sb, { setup: { host: fake.url, ...setup }, cwd: repo.work, ...opts });
  return nv;
}

const journal = () => join(repo.work, 'journal.txt');
const subject = (rev = 'HEAD') => sb.git(repo.work, 'log', '-1', '--format=%s', rev).trim();
const requestText = () => JSON.stringify(fake.chatRequests().map((r) => r.body));

describe('credentials in URLs are never shown', () => {
  it('a remote with a token: the review buffer, the push error, the event data and the output buffer show ***', async () => {
    const token = 'ghp_TOKENTOKENTOKEN1234';
    sb.git(repo.work, 'remote', 'set-url', 'origin', `http://alice:${token}@127.0.0.1:9/journal.git`);
    const n = await start({}, { initLines: ['autocmd User GitCommitPushFailed let g:failed = copy(g:git_commit_push_last)'] });
    await change(n, journal());
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Write about the first snow');
    const push = (await currentLines(n.nvim)).find((l) => l.startsWith('# Push:'));
    expect(push).toContain('http://***@127.0.0.1:9/journal.git');
    expect(push).not.toContain(token);
    await n.nvim.command('write');
    const note = await n.waitForNote(/push to .* failed/, 30_000);
    expect(note.msg).not.toContain(token);
    expect(note.msg).toContain('***@');
    expect(JSON.stringify(await n.nvim.getVar('failed'))).not.toContain(token);
    await n.nvim.command('GitCommitPush output');
    await waitFor(async () => String(await n.nvim.call('bufname', ['%'])) === 'git-commit-push://output');
    const output = (await currentLines(n.nvim)).join('\n');
    expect(output).toContain('Git Push Output:');
    expect(output).not.toContain(token);
  });

  it('an Ollama host with credentials: used for the requests, shown as *** in the review buffer', async () => {
    const port = new URL(fake.url).port;
    const n = await start({ host: `http://bob:hostpassword@127.0.0.1:${port}` });
    await change(n, journal());
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Write about the first snow');
    const model = (await currentLines(n.nvim)).find((l) => l.startsWith('# Model:'));
    expect(model).toBe(`# Model: gemma3 at http://***@127.0.0.1:${port}`);
    const auth = fake.chatRequests()[0]?.headers?.authorization;
    expect(auth).toBe(`Basic ${Buffer.from('bob:hostpassword').toString('base64')}`);
  });
});

describe('the host is the only address the diff goes to', () => {
  it('a host that redirects elsewhere: not followed, a warning with the address, the default message', async () => {
    const redirector = createServer((req, res) => {
      res.writeHead(307, { location: `${fake.url}${req.url ?? '/'}` });
      res.end();
    });
    await new Promise<void>((r) => redirector.listen(0, '127.0.0.1', r));
    servers.push(redirector);
    const host = `http://127.0.0.1:${(redirector.address() as { port: number }).port}`;
    const n = await start({ host, review: false });
    await change(n, journal(), 'A private line.');
    await n.nvim.input('\\g');
    // Without review, the commit's own notice says it took the default message, and why.
    const warn = await n.waitForNote(/redirected/);
    expect(warn.level).toBe(LEVEL.WARN);
    // The first request (the model's details) is the one redirected: the diff is never sent.
    expect(warn.msg).toContain(`redirected the request to ${fake.url}/api/show`);
    expect(warn.msg).toMatch(/with the default message "Update journal.txt" \(.*not followed.*\) and pushed to/);
    expect(subject()).toBe('Update journal.txt');
    expect(fake.requests).toHaveLength(0);
  });

  it('OLLAMA_HOST=":PORT" means this machine, as for the ollama CLI, with no "unencrypted" warning', async () => {
    const port = new URL(fake.url).port;
    const n = await start({ host: '' }, { env: { OLLAMA_HOST: `:${port}` } });
    await change(n, journal());
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Write about the first snow');
    expect((await n.notes()).filter((x) => /unencrypted|Invalid URL/.test(x.msg))).toEqual([]);
  });
});

describe('what comes back', () => {
  it.each([
    'fatal: llama runner process has terminated: signal: killed',
    '{"error":"model requires more system memory (9.1 GiB) than is available (3.2 GiB)"}',
    'Unfortunately, I cannot generate a commit message for this diff.',
  ])('an error text is never committed, even with noreview: %s', async (text) => {
    fake.setModel('gemma3', { chunks: [text.slice(0, 12), text.slice(12)] });
    const n = await start({ review: false });
    await change(n, journal());
    await n.nvim.input('\\g');
    const warn = await n.waitForNote(/with the default message "Update journal.txt" \(.*\) and pushed to/);
    expect(warn.level).toBe(LEVEL.WARN);
    expect(subject()).toBe('Update journal.txt');
    expect(sb.git(repo.bare, 'log', '--format=%B', 'master')).not.toContain(text.slice(0, 12));
  });

  it('a flood of 100,000 tokens: the request is stopped early and the subject is at most 72 characters, cut at a word', async () => {
    fake.setModel('gemma3', { chunks: Array.from({ length: 100_000 }, (_, i) => (i === 0 ? 'Describe' : ' snowfall')) });
    const n = await start({ review: false });
    await change(n, journal());
    await n.nvim.input('\\g');
    await n.waitForNote(/pushed to/, 30_000);
    const s = subject();
    expect(s.length).toBeLessThanOrEqual(72);
    expect(s).toMatch(/^Describe( snowfall)+$/);
    expect(sb.git(repo.work, 'log', '-1', '--format=%B').length).toBeLessThan(8192);
    await waitFor(() => fake.abortedStreams >= 1);
  });

  it(':w while an error text streams in: not committed, the default message goes in with a warning, and the next :w commits it', async () => {
    const text = 'fatal: llama runner process has terminated: signal: killed';
    fake.setModel('gemma3', { chunks: text.split(/(?= )/), chunkDelayMs: 300 });
    const n = await start();
    await change(n, journal());
    const head = sb.git(repo.work, 'rev-parse', 'HEAD');
    await n.nvim.input('\\g');
    await inReview(n);
    await waitFor(async () => ((await currentLines(n.nvim))[0] ?? '').startsWith('fatal: llama'));
    await n.nvim.command('write');
    const warn = await n.waitForNote(/error text.*\(using the default message "Update journal\.txt"\)/);
    expect(warn.level).toBe(LEVEL.WARN);
    await messageIs(n, 'Update journal.txt');
    // Marked unsaved by the call right after the one that put the message in.
    await waitFor(async () => (await n.nvim.lua('return vim.bo.modified')) === true);
    expect(sb.git(repo.work, 'rev-parse', 'HEAD')).toBe(head);
    await n.nvim.command('write');
    await n.waitForNote(/pushed to/);
    expect(subject()).toBe('Update journal.txt');
  });
});

describe('secrets', () => {
  it('an AWS key inside an ordinary file: not in the request, and the review buffer says where one was removed', async () => {
    const key = 'AKIA' + 'Q3EGRQ7XJ2LK6PZB';
    writeFileSync(join(repo.work, 'config.js'), `module.exports = {\n  region: 'eu-west-1',\n  accessKeyId: '${key}',\n};\n`);
    const n = await start();
    await n.nvim.command(`edit ${join(repo.work, 'config.js')}`);
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Write about the first snow');
    expect(requestText()).not.toContain(key);
    expect(requestText()).toContain('[secret removed]');
    await waitFor(async () => (await currentLines(n.nvim)).some((l) => /^# +config\.js: 1 secret removed \(line 3\)/.test(l)));
  });
});
