/**
 * What the terminal command and its prepare-commit-msg hook write, when what they are given
 * is not to be trusted: a password in the Ollama address (issue 21.4) and an answer full of
 * terminal escapes and control bytes (issue 21.6). The committed bundle (bin/), real git
 * with a bare remote, the fake Ollama over loopback; asserted on the files git reads, the
 * commit in the bare remote and what the terminal received.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { change, inReview, messageIs } from '../support/flow.js';
import { currentLines, ROOT, startNvim, waitFor, type Nvim } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

const BIN = join(ROOT, 'bin/git-commit-push.js');
const ESC = '\u001b';
const PASSWORD = 'Wq7-kP2z-Lx9v';

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama | undefined;
let nv: Nvim | undefined;

beforeEach(() => {
  sb = makeSandbox('gcp-untrusted-');
  repo = makeRepo(sb);
});

afterEach(async () => {
  await nv?.stop();
  nv = undefined;
  await fake?.close();
  fake = undefined;
  sb.remove();
});

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repo.work, env: { ...sb.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** An editor that keeps what it was shown in `<name>.seen` and changes nothing. */
function keepEditor(name: string): string {
  const dir = join(sb.dir, 'editors');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\ncp "$1" "${path}.seen"\n`);
  chmodSync(path, 0o755);
  return path;
}

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

function remote(format = '%B'): string {
  return sb.git(repo.bare, 'log', '-1', `--format=${format}`, 'master').trim();
}

describe('issue 21.4: credentials in the Ollama address never reach a file or a commit', () => {
  it('the hook with an unreachable http://alice:password@ host: COMMIT_EDITMSG, the commit (--cleanup=whitespace) and the remote hold ***', async () => {
    const installed = await run(process.execPath, [BIN, 'hook', 'install'], {});
    expect(installed.code, installed.stderr).toBe(0);
    writeFileSync(join(repo.work, 'journal.txt'), 'Day one.\nThe address had a password in it.\n');
    sb.git(repo.work, 'add', 'journal.txt');
    const port = await closedPort();
    const ed = keepEditor('git');
    const c = await run('git', ['commit', '--cleanup=whitespace'], { GIT_EDITOR: ed, OLLAMA_HOST: `http://alice:${PASSWORD}@127.0.0.1:${port}` });
    expect(c.code, c.stderr).toBe(0);
    const file = readFileSync(join(repo.work, '.git/COMMIT_EDITMSG'), 'utf8');
    const shown = readFileSync(`${ed}.seen`, 'utf8');
    expect(shown.split('\n').slice(0, 3)).toEqual([
      'Update journal.txt',
      '',
      `# git-commit-push: Ollama unreachable at http://***@127.0.0.1:${port} (connection refused): the line above is the default message.`,
    ]);
    expect(sb.git(repo.work, 'push', '-q', 'origin', 'master')).toBe('');
    for (const text of [file, shown, c.stderr, remote(), sb.git(repo.work, 'log', '-1', '--format=%B')]) expect(text).not.toContain(PASSWORD);
    expect(remote()).toContain('Update journal.txt');
  });

  it('git-commit-push --yes: a URL with a password in the answer is committed and pushed as ***, no message file holds it', async () => {
    fake = await startFakeOllama({ gemma3: { chunks: ['Mirror the journal to ', `https://ci:${PASSWORD}@git.example.com/j.git`] } });
    writeFileSync(join(repo.work, 'journal.txt'), 'Day one.\nMirrored.\n');
    const r = await run(process.execPath, [BIN, '--yes', 'journal.txt'], { OLLAMA_HOST: fake.url });
    expect(r.code, r.stderr).toBe(0);
    expect(remote()).toBe('Mirror the journal to https://***@git.example.com/j.git');
    expect(r.stderr).not.toContain(PASSWORD);
  });
});

describe('issue 21.4: the node host log', () => {
  it(':GitCommitPush push to a remote with a token fails: the log has git\'s words, never the token', async () => {
    fake = await startFakeOllama({ gemma3: { chunks: ['unused'] } });
    writeFileSync(join(repo.work, 'journal.txt'), 'Day one.\nCommitted, not pushed.\n');
    sb.git(repo.work, 'commit', '-qam', 'Commit before the push');
    const url = `http://alice:${PASSWORD}@127.0.0.1:${await closedPort()}/journal.git`;
    sb.git(repo.work, 'remote', 'set-url', 'origin', url);
    nv = await startNvim(sb, { setup: { host: fake.url }, cwd: repo.work });
    const n = nv;
    await n.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
    await n.nvim.command('GitCommitPush push');
    const note = await n.waitForNote(/failed/, 30_000);
    expect(note.msg).not.toContain(PASSWORD);
    // The host writes its log as it goes: wait for the push's entry, then read all of it.
    const log = (): string => (existsSync(n.logFile) ? readFileSync(n.logFile, 'utf8') : '');
    await waitFor(async () => log().includes('push failed'));
    // The details the notice points to are in the log (the host keeps only console.error's
    // first argument), passed through the same hiding as the screen.
    expect(log(), log()).toMatch(/push failed: .*git push failed: fatal: unable to access 'http:\/\/127\.0\.0\.1:\d+\/journal\.git\/'/);
    expect(log()).not.toContain(PASSWORD);
  });
});

describe('issue 21.6: escape sequences and control bytes in the answer', () => {
  it('git-commit-push --yes: the terminal gets no escape, the commit is made (a NUL does not stop git) and holds none', async () => {
    fake = await startFakeOllama({
      gemma3: { chunks: [`${ESC}]0;owned${'\u0007'}Describe `, `${ESC}[31mthe first${ESC}[0m snow`, ' of the\u0000 year'] },
    });
    writeFileSync(join(repo.work, 'journal.txt'), 'Day one.\nIt snowed today.\n');
    const r = await run(process.execPath, [BIN, '--yes', 'journal.txt'], { OLLAMA_HOST: fake.url });
    expect(r.code, r.stderr).toBe(0);
    expect(remote()).toBe('Describe the first snow of the year');
    // eslint-disable-next-line no-control-regex
    expect(r.stderr + r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('issue 21.6: the review buffer', () => {
  it('streams an answer with a window title, colours and a NUL into the buffer without them; :w commits and pushes it clean', async () => {
    fake = await startFakeOllama({
      gemma3: { chunks: [`${ESC}]2;owned${ESC}\\Write about `, `${ESC}[1;31mthe first${ESC}[0m`, ' snow\u0000\u0007', '\n\nA body\u0008 line.'] },
    });
    nv = await startNvim(sb, { setup: { host: fake.url }, cwd: repo.work });
    const n = nv;
    await change(n, join(repo.work, 'journal.txt'));
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Write about the first snow');
    const lines = await currentLines(n.nvim);
    // eslint-disable-next-line no-control-regex
    expect(lines.join('\n')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(lines.slice(0, 3)).toEqual(['Write about the first snow', '', 'A body line.']);
    await n.nvim.command('write');
    await n.waitForNote(/pushed/, 30_000);
    expect(remote()).toBe('Write about the first snow\n\nA body line.');
  });
});
