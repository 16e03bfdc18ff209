/**
 * Issue 22 and 21 (5, 8): the `git-commit-push` command and its hook where a terminal user
 * meets them: git commit -v, cleanup modes, git config keys, hosts that are not hosts,
 * paths git would take, refusals and signals. The committed bundle (bin/), real git with a
 * bare remote, the fake Ollama over loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { editorScript, editorSaw } from '../support/flow.js';
import { ROOT } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

const BIN = join(ROOT, 'bin/git-commit-push.js');
const MESSAGE = 'Describe the first snow of the year';

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;

beforeEach(async () => {
  sb = makeSandbox('gcp-cli22-');
  repo = makeRepo(sb);
  fake = await startFakeOllama({ gemma3: { chunks: ['Describe ', 'the first ', 'snow of the year'] } });
});

afterEach(async () => {
  await fake.close();
  sb.remove();
});

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface RunOpts {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Called with the child once it runs. */
  onSpawn?: (child: ChildProcess) => void;
  /** In a process group of its own, as a terminal's foreground job is. */
  detached?: boolean;
}

function run(cmd: string, args: string[], opts: RunOpts = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? repo.work,
      env: { ...sb.env, OLLAMA_HOST: fake.url, GIT_EDITOR: 'true', ...opts.env },
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      detached: opts.detached ?? false,
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    opts.onSpawn?.(child);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

function cli(args: string[], opts: RunOpts = {}): Promise<Ran> {
  return run(process.execPath, [BIN, ...args], opts);
}

function head(format = '%B'): string {
  return sb.git(repo.work, 'log', '-1', `--format=${format}`).trim();
}

function remote(format = '%B'): string {
  return sb.git(repo.bare, 'log', '-1', `--format=${format}`, 'master').trim();
}

function write(name: string, text: string): void {
  writeFileSync(join(repo.work, name), text);
}

function hook(name: string, body: string): void {
  const dir = join(repo.work, '.git/hooks');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(dir, name), 0o755);
}

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** A server that takes the connection and never says a word. */
async function silentServer(): Promise<{ url: string; server: Server }> {
  const server = createServer(() => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

describe('the prepare-commit-msg hook (issue 22: 1-3)', () => {
  it('fills the message for git commit -v and commit.verbose, where the diff stands under the cut line', async () => {
    expect((await cli(['hook', 'install'])).code).toBe(0);
    write('journal.txt', 'Day one.\nVerbose.\n');
    sb.git(repo.work, 'add', 'journal.txt');
    const v = await run('git', ['commit', '-v']);
    expect(v.stderr).not.toContain('empty commit message');
    expect(v.code).toBe(0);
    expect(head()).toBe(MESSAGE);

    write('journal.txt', 'Day one.\nVerbose.\nConfigured.\n');
    sb.git(repo.work, 'add', 'journal.txt');
    sb.git(repo.work, 'config', 'commit.verbose', 'true');
    const c = await run('git', ['commit']);
    expect(c.code).toBe(0);
    expect(head()).toBe(MESSAGE);
  });

  it('puts its note after a blank line: --cleanup=whitespace keeps the subject alone', async () => {
    expect((await cli(['hook', 'install'])).code).toBe(0);
    write('journal.txt', 'Day one.\nWhitespace.\n');
    sb.git(repo.work, 'add', 'journal.txt');
    const c = await run('git', ['commit', '--cleanup=whitespace'], { env: { OLLAMA_HOST: `127.0.0.1:${await closedPort()}` } });
    expect(c.code).toBe(0);
    expect(head('%s')).toBe('Update journal.txt');
  });

  it('never holds a commit longer than git-commit-push.timeoutMs on a server that never answers', async () => {
    expect((await cli(['hook', 'install'])).code).toBe(0);
    const silent = await silentServer();
    try {
      sb.git(repo.work, 'config', 'git-commit-push.timeoutMs', '1500');
      write('journal.txt', 'Day one.\nSilent.\n');
      sb.git(repo.work, 'add', 'journal.txt');
      const started = Date.now();
      const c = await run('git', ['commit'], { env: { OLLAMA_HOST: silent.url } });
      expect(c.code).toBe(0);
      expect(c.stderr).not.toContain('invalid key');
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(head('%s')).toBe('Update journal.txt');
    } finally {
      silent.server.close();
    }
  });
});

describe('a host that is not a host (issue 21.8)', () => {
  it.each([['11600'], ['ftp://x'], [':99999'], ['garbage host']])('--host %s is a usage error naming it, and nothing is sent or committed', async (host) => {
    write('journal.txt', 'Day one.\nHosted.\n');
    const r = await cli(['--yes', '--host', host, 'journal.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(`git-commit-push: --host ${host}: `);
    expect(fake.requests).toEqual([]);
    expect(head()).toBe('Start the journal');
  });

  it('OLLAMA_HOST=11600 is a usage error too; a port with its colon is a host', async () => {
    write('journal.txt', 'Day one.\nHosted.\n');
    const r = await cli(['--yes', '--no-push', 'journal.txt'], { env: { OLLAMA_HOST: '11600' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OLLAMA_HOST=11600: a bare number is not a host (for port 11600, write :11600)');
    const port = new URL(fake.url).port;
    const ok = await cli(['--yes', '--no-push', 'journal.txt'], { env: { OLLAMA_HOST: `:${port}` } });
    expect(ok.code).toBe(0);
    expect(head()).toBe(MESSAGE);
  });
});

/** A proxy in front of nothing: every request answered with `status` and an HTML page. */
async function htmlServer(status: number, statusText: string): Promise<{ url: string; close: () => void }> {
  const { createServer: createHttp } = await import('node:http');
  const server = createHttp((_req, res) => {
    res.writeHead(status, statusText, { 'Content-Type': 'text/html' });
    res.end('<html><body><h1>' + statusText + '</h1>nginx</body></html>\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() };
}

describe('library text never reaches stdout (issue 21.5)', () => {
  it.each([
    [502, 'Bad Gateway'],
    [200, 'OK'],
  ])('an HTML page answered %s: the message alone on stdout, one plain reason on stderr, every line prefixed', async (status, text) => {
    const proxy = await htmlServer(status, text);
    try {
      write('journal.txt', 'Day one.\nProxied.\n');
      const diff = sb.git(repo.work, 'diff');
      const r = await cli(['message'], { input: diff, env: { OLLAMA_HOST: proxy.url } });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('Update journal.txt\n');
      for (const line of r.stderr.split('\n').filter((l) => l !== '')) expect(line).toMatch(/^git-commit-push: /);
      expect(r.stderr).toContain(`the server answered ${status} ${text}`);
      expect(r.stderr).not.toContain('<html>');
    } finally {
      proxy.close();
    }
  });
});

describe('output (issue 22.8)', () => {
  it('message > /dev/full: exit 1 and one line saying so', async () => {
    write('journal.txt', 'Day one.\nFull.\n');
    const diff = sb.git(repo.work, 'diff');
    const r = await run('sh', ['-c', `"${process.execPath}" "${BIN}" message > /dev/full`], { input: diff });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^git-commit-push: error: could not write to stdout: ENOSPC/);
  });

  it('message on a terminal with TERM=dumb writes no control sequence', async () => {
    write('journal.txt', 'Day one.\nDumb.\n');
    const r = await run('script', ['-qec', `"${process.execPath}" "${BIN}" message journal.txt`, '/dev/null'], { env: { TERM: 'dumb' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(MESSAGE);
    expect(r.stdout).toContain('git-commit-push: asking gemma3...');
    expect(r.stdout).not.toContain('\x1b');
  });
});

describe('a rejected push (issue 22.8)', () => {
  it('says the plugin\'s plain advice, not git\'s hints', async () => {
    const other = join(sb.dir, 'other');
    sb.git(sb.dir, 'clone', '-q', repo.bare, other);
    writeFileSync(join(other, 'elsewhere.txt'), 'from another clone\n');
    sb.git(other, 'add', 'elsewhere.txt');
    sb.git(other, 'commit', '-qm', 'Elsewhere');
    sb.git(other, 'push', '-q', 'origin', 'HEAD:master');
    write('journal.txt', 'Day one.\nBehind.\n');
    const r = await cli(['--yes', 'journal.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/committed [0-9a-f]+, but the push to .* failed: the remote has new commits: git pull --rebase, then git push\n/);
    expect(r.stderr).not.toContain('hint:');
    expect(head()).toBe(MESSAGE);
  });
});

/** Waits until `path` exists: a hook's way of saying it runs. */
async function appears(path: string): Promise<void> {
  const { existsSync } = await import('node:fs');
  while (!existsSync(path)) await new Promise((r) => setTimeout(r, 20));
}

describe('signals (issue 22.7)', () => {
  it.each([['SIGTERM'], ['SIGHUP']] as const)('%s during the push: stops it, says what is committed and not pushed', async (signal) => {
    const mark = join(sb.dir, 'pushing');
    hook('pre-push', `touch "${mark}"; sleep 10`);
    write('journal.txt', 'Day one.\nTerminated.\n');
    let child: ChildProcess | undefined;
    const running = cli(['--yes', 'journal.txt'], { onSpawn: (c) => (child = c) });
    await appears(mark);
    child?.kill(signal);
    const r = await running;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/push interrupted: [0-9a-f]+ "Describe the first snow of the year" is committed, not pushed; git push sends it/);
    expect(head()).toBe(MESSAGE);
    expect(remote()).toBe('Start the journal');
  });

  it('SIGTERM during the commit: the commit is made whole, not pushed, and no file is left in .git', async () => {
    const mark = join(sb.dir, 'committing');
    hook('pre-commit', `touch "${mark}"; sleep 1`);
    write('journal.txt', 'Day one.\nTerminated while committing.\n');
    let child: ChildProcess | undefined;
    const running = cli(['--yes', 'journal.txt'], { onSpawn: (c) => (child = c) });
    await appears(mark);
    child?.kill('SIGTERM');
    const r = await running;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/committed [0-9a-f]+ "Describe the first snow of the year", not pushed \(interrupted\): git push sends it/);
    expect(remote()).toBe('Start the journal');
    expect(readdirSync(join(repo.work, '.git/git-commit-push')).filter((f) => f.startsWith('message-'))).toEqual([]);
  });
});

describe('every refusal gives a reason (issue 22.6, 22.8)', () => {
  it('a pre-commit hook that exits 1 in silence is named, with its exit code', async () => {
    hook('pre-commit', 'exit 3');
    write('journal.txt', 'Day one.\nSilently refused.\n');
    const r = await cli(['--yes', 'journal.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/commit refused, nothing committed: the hook \S*\.git\/hooks\/pre-commit stopped the commit without a word \(exit code 3\)\n/);
    expect(head()).toBe('Start the journal');
  });

  it('under husky: the refusal and the hook advice name .husky/<hook>, the file a user edits', async () => {
    const husky = join(repo.work, '.husky');
    mkdirSync(join(husky, '_'), { recursive: true });
    for (const name of ['pre-commit', 'prepare-commit-msg']) {
      writeFileSync(join(husky, '_', name), `#!/bin/sh\n# generated by husky\n[ -f "$(dirname "$0")/../${name}" ] && exec sh "$(dirname "$0")/../${name}" "$@"\nexit 0\n`);
      chmodSync(join(husky, '_', name), 0o755);
    }
    writeFileSync(join(husky, 'pre-commit'), 'exit 1\n');
    sb.git(repo.work, 'config', 'core.hooksPath', '.husky/_');
    const install = await cli(['hook', 'install']);
    expect(install.code).toBe(1);
    expect(install.stderr).toContain(`add this line to ${join(repo.work, '.husky/prepare-commit-msg')}:`);

    write('journal.txt', 'Day one.\nHusky.\n');
    const r = await cli(['--yes', 'journal.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the hook \S*\.husky\/pre-commit stopped the commit without a word \(exit code 1\)/);
  });
});

describe('PATH arguments take what git commit -- PATH takes (issue 22.4)', () => {
  it('a staged deletion, a rename, a path in a subfolder; an unknown path is named as typed', async () => {
    mkdirSync(join(repo.work, 'notes'), { recursive: true });
    write('b.md', 'B\n');
    write('notes/old.txt', 'Old\n');
    sb.git(repo.work, 'add', '.');
    sb.git(repo.work, 'commit', '-qm', 'More files');
    write('journal.txt', 'Day one.\nDeleted b.\n');
    sb.git(repo.work, 'rm', '-q', 'b.md');
    const del = await cli(['--yes', '--no-push', 'journal.txt', 'b.md']);
    expect(del.stderr).not.toContain('pathspec');
    expect(del.code).toBe(0);
    expect(sb.git(repo.work, 'show', '--name-status', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['D\tb.md', 'M\tjournal.txt']);

    sb.git(repo.work, 'mv', 'notes/old.txt', 'notes/new.txt');
    const mv = await cli(['--yes', '--no-push', 'old.txt', 'new.txt'], { cwd: join(repo.work, 'notes') });
    expect(mv.code).toBe(0);
    expect(sb.git(repo.work, 'show', '-M', '--name-status', '--format=', 'HEAD').trim()).toMatch(/^R100\tnotes\/old\.txt\tnotes\/new\.txt$/);

    const missing = await cli(['--yes', '--no-push', 'nothere.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nothere.txt: no such file, and git does not track it');
    expect(missing.stderr).not.toContain('pathspec');
  });
});

function editor(name: string, body: string): string {
  return editorScript(sb.dir, name, body);
}

function firstSeen(name: string): string {
  return editorSaw(sb.dir, name).split('\n')[0] ?? '';
}

describe('kept messages: one per change (issue 22.5)', () => {
  /** A commit refused by a pre-commit hook, with the user's own words typed in the editor. */
  async function refusedWith(words: string): Promise<void> {
    hook('pre-commit', 'echo "lint: trailing space" >&2; exit 1');
    const r = await cli(['journal.txt'], { env: { GIT_EDITOR: editor('type', `printf '${words}\\n' > "$1"`) } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Your message is kept');
    hook('pre-commit', 'exit 0');
  }

  it('an editor that exits with an error on the re-offer (:cq) keeps the message for the next run', async () => {
    write('journal.txt', 'Day one.\nKept through :cq.\n');
    await refusedWith('My words, refused once');
    const quit = await cli(['journal.txt'], { env: { GIT_EDITOR: editor('cq', 'exit 1') } });
    expect(quit.code).toBe(1);
    expect(firstSeen('cq')).toBe('My words, refused once');
    expect(head()).toBe('Start the journal');
    const again = await cli(['journal.txt'], { env: { GIT_EDITOR: editor('again', 'true') } });
    expect(again.code, again.stderr).toBe(0);
    expect(firstSeen('again')).toBe('My words, refused once');
    expect(remote()).toBe('My words, refused once');
  });

  it('is never offered for another change of the same file, and comes back with its own change', async () => {
    write('journal.txt', 'Day one.\nThe first version.\n');
    await refusedWith('Words for the first version');
    write('journal.txt', 'Day one.\nA different day altogether.\n');
    const other = await cli(['journal.txt'], { env: { GIT_EDITOR: editor('other', 'exit 1') } });
    expect(firstSeen('other')).toBe(MESSAGE);
    expect(other.stderr).toMatch(/a message kept for an earlier change of journal\.txt is not offered for this one: \S+kept-file-\S+\.txt/);
    write('journal.txt', 'Day one.\nThe first version.\n');
    const back = await cli(['journal.txt'], { env: { GIT_EDITOR: editor('back', 'true') } });
    expect(back.code, back.stderr).toBe(0);
    expect(firstSeen('back')).toBe('Words for the first version');
    expect(head()).toBe('Words for the first version');
  });

  it('two runs at once on one file: the second never gets the message open in the first one\'s editor', async () => {
    write('journal.txt', 'Day one.\nTwo terminals.\n');
    const typed = join(sb.dir, 'typed');
    const release = join(sb.dir, 'release');
    const slow = editor('slow', `printf 'Words of the first run\\n' > "$1"; touch "${typed}"; while [ ! -f "${release}" ]; do sleep 0.05; done`);
    const first = cli(['--no-push', 'journal.txt'], { env: { GIT_EDITOR: slow } });
    await appears(typed);
    const second = await cli(['journal.txt'], { env: { GIT_EDITOR: editor('second', 'true') } });
    writeFileSync(release, '');
    await first;
    expect(firstSeen('second')).toBe(MESSAGE);
    expect(second.code, second.stderr).toBe(0);
    expect(remote()).toBe(MESSAGE);
  });
});

describe('Ctrl-C reaches the whole process group during the commit (issue 22.6)', () => {
  it('git stops too: nothing committed, said as an interruption, the message kept, no file left in .git', async () => {
    const mark = join(sb.dir, 'committing');
    hook('pre-commit', `touch "${mark}"; sleep 5`);
    write('journal.txt', 'Day one.\nInterrupted by the terminal.\n');
    let child: ChildProcess | undefined;
    // A terminal's Ctrl-C goes to its foreground process group: the command, git and the hook.
    const running = run(process.execPath, [BIN, '--yes', 'journal.txt'], { onSpawn: (c) => (child = c), detached: true });
    await appears(mark);
    process.kill(-(child?.pid ?? 0), 'SIGINT');
    const r = await running;
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/never stopped halfway/);
    expect(r.stderr).toMatch(/interrupted: git stopped too, nothing committed; your message is kept for the next run/);
    expect(r.stderr).not.toMatch(/commit refused/);
    expect(head()).toBe('Start the journal');
    expect(readdirSync(join(repo.work, '.git/git-commit-push')).filter((f) => f.startsWith('message-'))).toEqual([]);
  });
});
