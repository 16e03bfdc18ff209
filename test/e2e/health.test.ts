/**
 * `:checkhealth git-commit-push` in a real headless Neovim (0.7.2 in CI), through
 * the real node host and the committed bundle: every OK, WARNING and ERROR line
 * the check can print, with the state that makes it print it. Only loopback is
 * ever contacted; the non-loopback host is a name that cannot resolve.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama, type ModelScript } from '../support/fake-ollama.js';
import { checkhealth, type HealthReport } from '../support/health.js';
import { ROOT, startNvim, type Nvim, type NvimOptions } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Sandbox } from '../support/sandbox.js';

let sb: Sandbox;
let fake: FakeOllama | undefined;
let n: Nvim | undefined;

beforeEach(() => {
  sb = makeSandbox('gcp-health-');
});

afterEach(async () => {
  await n?.stop();
  n = undefined;
  await fake?.close();
  fake = undefined;
  sb.remove();
});

async function withOllama(models: Record<string, ModelScript> = { gemma3: {} }): Promise<FakeOllama> {
  fake = await startFakeOllama(models);
  return fake;
}

/** Starts Neovim, opens `file` (if any), and runs the health check. */
async function report(file: string | undefined, opts: NvimOptions = {}, before?: (nv: Nvim) => Promise<void>): Promise<HealthReport> {
  n = await startNvim(sb, { cwd: sb.dir, ...opts });
  if (file) await n.nvim.command(`edit ${file}`);
  if (before) await before(n);
  return checkhealth(n);
}

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** Where this machine's own program is (/usr/bin, /usr/local/bin, a Nix profile...). */
function onPath(prog: string): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir !== '' && existsSync(join(dir, prog))) return join(dir, prog);
  }
  throw new Error(`${prog} is not on PATH`);
}

/** A folder for $PATH holding links to some real programs and small fake ones. */
function binDir(links: string[], fakes: Record<string, string> = {}): string {
  const dir = join(sb.dir, 'bin');
  mkdirSync(dir, { recursive: true });
  for (const prog of links) symlinkSync(onPath(prog), join(dir, prog));
  for (const [name, script] of Object.entries(fakes)) {
    writeFileSync(join(dir, name), `#!/bin/sh\n${script}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

describe(':checkhealth git-commit-push, all well', () => {
  it('reports Neovim, the node host, the manifest, git, the repository, the options and Ollama as OK', async () => {
    const repo = makeRepo(sb);
    const o = await withOllama({ gemma3: { contextLength: 131072 } });
    const r = await report(join(repo.work, 'journal.txt'), { setup: { host: o.url } });

    expect(r.get('OK', /^Neovim \d+\.\d+\.\d+$/).section).toBe('Neovim');
    const host = r.get('OK', /^node host: /);
    expect(host.text).toBe(`node host: ${join(ROOT, 'node_modules/neovim/bin/cli.js')} (from g:node_host_prog)`);
    expect(r.get('OK', /^Node\.js v\d+\./).text).toBe(`Node.js ${process.version}`);
    r.get('OK', /^:GitCommitPush is registered$/);

    expect(r.get('OK', /^git found: git version \d/).section).toBe('git, repository, options and Ollama');
    r.get('OK', new RegExp(`^repository of the current file \\(.*journal\\.txt\\): ${repo.work}$`));
    r.get('OK', /^branch: master$/);
    expect(r.get('OK', /^git push sends /).text).toBe(`git push sends commits to origin/master (${repo.bare})`);
    r.get('OK', /^setup\(\) options are valid$/);
    r.get('INFO', new RegExp(`^model gemma3, preset code, host ${o.url} \\(from setup\\(\\)\\), num_ctx 8192, review true$`));
    r.get('OK', new RegExp(`^the diff stays on this machine \\(${o.url}\\)$`));
    r.get('OK', new RegExp(`^Ollama 0\\.12\\.11 is reachable at ${o.url}$`));
    r.get('OK', /^model gemma3 is present \(gemma3:latest\)$/);
    r.get('OK', /^num_ctx 8192 fits the context length of gemma3 \(131072\)$/);

    expect(r.of('WARNING')).toEqual([]);
    expect(r.of('ERROR')).toEqual([]);
    // Only what the check needs: no chat, no generation.
    expect(o.requests.map((q) => `${q.method} ${q.path}`).sort()).toEqual(['GET /api/tags', 'GET /api/version', 'POST /api/show']);
  });

  it('says, on Neovim 0.7, that User events carry no data and where the details are instead', async () => {
    const o = await withOllama();
    const r = await report(undefined, { setup: { host: o.url } });
    const version = (await n!.nvim.lua('return vim.fn.has("nvim-0.8")')) as number;
    const line = r.find('INFO', /carry no data before Neovim 0\.8: read g:git_commit_push_last/);
    if (version === 0) expect(line).toBeDefined();
    else expect(line).toBeUndefined();
  });

  it('finds the node host through provider#node#Detect() when g:node_host_prog is not set', async () => {
    const o = await withOllama();
    const path = `${binDir([], { npm: `echo '${join(ROOT, 'node_modules')}'` })}:${process.env.PATH ?? ''}`;
    const r = await report(undefined, { setup: { host: o.url }, env: { PATH: path } }, async (nv) => {
      // plugin/git-commit-push.lua set it to the checkout's own host at startup.
      await nv.nvim.command('unlet g:node_host_prog');
    });
    expect(r.get('OK', /^node host: /).text).toBe(
      `node host: ${join(ROOT, 'node_modules/neovim/bin/cli.js')} (from the global npm, yarn or pnpm folder)`,
    );
    r.get('OK', /^Ollama .* is reachable/);
  });
});

describe(':checkhealth git-commit-push reports the current file\'s repository, however the report opens', () => {
  // The working directory is another repository: a check that lost the user's buffer reports that one.
  async function fileAndCwdApart(): Promise<{ file: string; other: string; work: string }> {
    const mine = makeRepo(sb, { name: 'mine' });
    const other = makeRepo(sb, { name: 'other' });
    const o = await withOllama();
    n = await startNvim(sb, { cwd: other.work, setup: { host: o.url } });
    return { file: join(mine.work, 'journal.txt'), other: other.work, work: mine.work };
  }

  function expectFileRepo(r: HealthReport, file: string, work: string, other: string): void {
    r.get('OK', new RegExp(`^repository of the current file \\(${file}\\): ${work}$`));
    expect(r.lines.join('\n')).not.toContain(other);
  }

  it.each([
    ['in a new tab page', ''],
    ['in a split (:vertical checkhealth)', 'vertical'],
  ])('%s', async (_name, mods) => {
    const { file, other, work } = await fileAndCwdApart();
    await n!.nvim.command(`edit ${file}`);
    expectFileRepo(await checkhealth(n!, mods), file, work, other);
  });

  it('in the window of a new, still empty file (the only buffer), which the report replaces', async () => {
    const { other, work } = await fileAndCwdApart();
    const file = join(work, 'draft.txt');
    await n!.nvim.command(`edit ${file}`);
    expect(await n!.nvim.lua('return #vim.api.nvim_list_bufs()')).toBe(1);
    const r = await checkhealth(n!);
    // 0.10+ takes over the file's window; 0.7 opens a tab page even then.
    const sameWindow = (await n!.nvim.lua('return vim.fn.has("nvim-0.10") == 1')) as boolean;
    expect(await n!.nvim.lua('return vim.fn.tabpagenr("$")')).toBe(sameWindow ? 1 : 2);
    expectFileRepo(r, file, work, other);
  });

  it('in a float (g:health.style, Neovim 0.11+; a tab page before)', async () => {
    const { file, other, work } = await fileAndCwdApart();
    await n!.nvim.command(`edit ${file}`);
    await n!.nvim.command("let g:health = {'style': 'float'}");
    const r = await checkhealth(n!);
    const floats = (await n!.nvim.lua('return vim.fn.has("nvim-0.11") == 1')) as boolean;
    expect(await n!.nvim.lua('return vim.api.nvim_win_get_config(0).relative ~= ""')).toBe(floats);
    expectFileRepo(r, file, work, other);
  });
});

describe(':checkhealth git-commit-push, Ollama', () => {
  it('errors with the ollama pull command when the model is not there', async () => {
    const o = await withOllama({ llama3: {} });
    const r = await report(undefined, { setup: { host: o.url, model: 'gemma3' } });
    r.get('OK', /^Ollama .* is reachable/);
    const e = r.get('ERROR', new RegExp(`^model gemma3 is not present at ${o.url}: commits get a default message$`));
    expect(e.advice[0]).toBe('ollama pull gemma3');
    expect(r.find('OK', /^num_ctx/)).toBeUndefined();
  });

  it('takes the model from git config git-commit-push.model, which beats setup()', async () => {
    const repo = makeRepo(sb);
    sb.git(repo.work, 'config', 'git-commit-push.model', 'llama3');
    const o = await withOllama({ gemma3: {} });
    const r = await report(join(repo.work, 'journal.txt'), { setup: { host: o.url, model: 'gemma3' } });
    r.get('INFO', new RegExp(`^git config git-commit-push\\.model="llama3" overrides setup\\(\\) in ${repo.work}$`));
    expect(r.get('ERROR', /^model llama3 is not present/).advice).toContain('ollama pull llama3');
  });

  it('errors when nothing listens at the host, and checks no model', async () => {
    const port = await closedPort();
    const host = `http://127.0.0.1:${port}`;
    const r = await report(undefined, { setup: { host } });
    const e = r.get('ERROR', /^Ollama is not reachable/);
    expect(e.text).toBe(`Ollama is not reachable at ${host} (connection refused): commits get a default message`);
    expect(e.advice.some((a) => a.includes('ollama serve'))).toBe(true);
    expect(r.find('OK', /^model /)).toBeUndefined();
    expect(r.find('ERROR', /^model /)).toBeUndefined();
  });

  it('warns when num_ctx is above the model context length, which Ollama caps', async () => {
    const o = await withOllama({ gemma3: { contextLength: 4096 } });
    const r = await report(undefined, { setup: { host: o.url, num_ctx: 8192 } });
    const w = r.get('WARNING', /^num_ctx 8192 exceeds the context length of gemma3 \(4096\): Ollama caps it at 4096$/);
    expect(w.advice).toEqual(['setup({ num_ctx = 4096 }) or less']);
  });

  it('warns that a host elsewhere over plain http sends the diff unencrypted', async () => {
    // .invalid never resolves (RFC 2606): no traffic leaves this machine.
    const host = 'http://example.invalid:11434';
    const r = await report(undefined, { setup: { host } });
    const w = r.get('WARNING', /over plain http/);
    expect(w.text).toBe(`the diff goes to ${host} over plain http: it crosses the network unencrypted`);
    expect(w.advice).toEqual(['Use an https URL, or reach the server through an SSH tunnel to a loopback port (ssh -L 11434:localhost:11434 <server>).']);
    r.get('ERROR', new RegExp(`^Ollama is not reachable at ${host} \\((host not found|no answer within 2 s|EAI_AGAIN)\\)`));
    expect(r.find('OK', /the diff stays on this machine/)).toBeUndefined();
  });

  it('reads the host from $OLLAMA_HOST when setup() gives none', async () => {
    const o = await withOllama();
    const r = await report(undefined, { setup: {}, env: { OLLAMA_HOST: o.url } });
    r.get('INFO', new RegExp(`host ${o.url} \\(from \\$OLLAMA_HOST\\)`));
    r.get('OK', /^model gemma3 is present/);
  });
});

describe(':checkhealth git-commit-push, the repository and the options', () => {
  it('reports a buffer outside any repository as information, not as an error', async () => {
    const o = await withOllama();
    const file = join(sb.dir, 'loose.txt');
    writeFileSync(file, 'not in git\n');
    const r = await report(file, { setup: { host: o.url } });
    r.get('INFO', new RegExp(`^the current file \\(${file}\\) is not in a git repository`));
    expect(r.of('ERROR')).toEqual([]);
    r.get('OK', /^git found/);
  });

  it('warns about a detached HEAD, which cannot be pushed', async () => {
    const repo = makeRepo(sb);
    sb.git(repo.work, 'checkout', '-q', '--detach');
    const o = await withOllama();
    const r = await report(join(repo.work, 'journal.txt'), { setup: { host: o.url } });
    expect(r.get('WARNING', /^detached HEAD: commits are made, but there is no branch to push$/).advice).toEqual(['Switch to a branch first: git switch <branch>']);
    expect(r.find('OK', /^branch:/)).toBeUndefined();
  });

  it('warns when there is no remote to push to', async () => {
    const repo = makeRepo(sb, { remote: false });
    const o = await withOllama();
    const r = await report(join(repo.work, 'journal.txt'), { setup: { host: o.url } });
    expect(r.get('WARNING', /^no remote: commits are made, but not pushed$/).advice).toEqual(['Add one: git remote add origin <URL, or the path of a bare repository>']);
  });

  it('says where the first push goes when the branch has no upstream yet', async () => {
    const repo = makeRepo(sb, { upstream: false });
    const o = await withOllama();
    const r = await report(join(repo.work, 'journal.txt'), { setup: { host: o.url } });
    r.get('INFO', new RegExp(`^no upstream for master: the first push goes to origin/master \\(${repo.bare}\\), new upstream$`));
  });

  it('warns about each setup() option it ignores', async () => {
    const o = await withOllama();
    const r = await report(undefined, { setup: { host: o.url, num_ctx: 'big', colour: true } });
    r.get('WARNING', /^setup\(\): ignoring option "num_ctx": expected a positive integer, got "big"$/);
    r.get('WARNING', /^setup\(\): ignoring unknown option "colour"$/);
    expect(r.find('OK', /options are valid/)).toBeUndefined();
  });

  it('warns about a git config preset it does not know', async () => {
    const repo = makeRepo(sb);
    sb.git(repo.work, 'config', 'git-commit-push.preset', 'poetry');
    const o = await withOllama();
    const r = await report(join(repo.work, 'journal.txt'), { setup: { host: o.url } });
    r.get('WARNING', /^ignoring git config git-commit-push\.preset=poetry: expected journal, code, conventional$/);
  });
});

describe(':checkhealth git-commit-push, Neovim and the node host', () => {
  it('errors, advising :UpdateRemotePlugins, when the manifest does not register the command', async () => {
    const empty = join(sb.dir, 'empty-rplugin.vim');
    writeFileSync(empty, '');
    const r = await report(undefined, { env: { NVIM_RPLUGIN_MANIFEST: empty } });
    const e = r.get('ERROR', /^:GitCommitPush is not defined/);
    expect(e.advice[0]).toBe('Run :UpdateRemotePlugins, then restart Neovim');
    // Nothing calls into a plugin that is not registered.
    expect(r.entries.some((x) => x.section === 'git, repository, options and Ollama')).toBe(false);
  });

  it('errors when the manifest predates GitCommitPushHealth()', async () => {
    // The manifest every test Neovim gets, minus the health function: one from an older version.
    await (await startNvim(sb, {})).stop();
    const current = readFileSync(join(sb.dir, 'rplugin.vim'), 'utf8');
    expect(current).toContain("'GitCommitPushHealth'");
    const old = join(sb.dir, 'old-rplugin.vim');
    writeFileSync(old, current.split('\n').filter((l) => !l.includes("'GitCommitPushHealth'")).join('\n'));
    const r = await report(undefined, { env: { NVIM_RPLUGIN_MANIFEST: old } });
    expect(r.get('ERROR', /manifest is older than the plugin/).advice[0]).toMatch(/UpdateRemotePlugins/);
  });

  it('errors when provider#node#Detect() finds no node host', async () => {
    const path = `${binDir([], { npm: 'exit 1', yarn: 'exit 1' })}:${process.env.PATH ?? ''}`;
    const r = await report(undefined, { env: { PATH: path } }, async (nv) => {
      await nv.nvim.command('unlet g:node_host_prog');
    });
    const e = r.get('ERROR', /^no node host: /);
    expect(e.text).toBe('no node host: failed to detect node');
    expect(e.advice[0]).toBe('Install the node host: npm install -g neovim');
  });

  it('errors when g:node_host_prog points nowhere, and says the node host did not answer', async () => {
    const r = await report(undefined, {}, async (nv) => {
      await nv.nvim.command("let g:node_host_prog = '/nonexistent/cli.js'");
    });
    const e = r.get('ERROR', /^no node host: /);
    expect(e.text).toBe('no node host: g:node_host_prog is /nonexistent/cli.js, which is not a readable file');
    expect(e.advice).toContain('Install the node host: npm install -g neovim');
    r.get('ERROR', /^the node host did not answer: /);
  });

  it('errors when node is not on $PATH', async () => {
    const r = await report(undefined, { env: { PATH: binDir(['nvim', 'git']) } });
    r.get('ERROR', /^node is not on \$PATH: the node host cannot start$/);
    r.get('ERROR', /^the node host did not answer/);
  });

  it('errors when git is not on $PATH, and skips the repository', async () => {
    const o = await withOllama();
    const r = await report(undefined, { setup: { host: o.url }, env: { PATH: binDir(['nvim', 'node']) } });
    const e = r.get('ERROR', /^git did not run: /);
    expect(e.advice[0]).toMatch(/Install git/);
    expect(r.find('OK', /^repository/)).toBeUndefined();
    // The rest does not depend on git.
    r.get('OK', /^model gemma3 is present/);
  });

  it('errors when node is older than 18', async () => {
    const path = `${binDir([], { node: 'echo v16.20.2' })}:${process.env.PATH ?? ''}`;
    const r = await report(undefined, { env: { PATH: path } });
    r.get('ERROR', /^Node\.js v16\.20\.2 is too old: the plugin needs 18 or newer$/);
  });

  it('errors when node --version does not answer with a version', async () => {
    const path = `${binDir([], { node: 'echo oops; exit 3' })}:${process.env.PATH ?? ''}`;
    const r = await report(undefined, { env: { PATH: path } });
    r.get('ERROR', /^node --version failed: oops$/);
  });

  it('errors when the node provider is disabled, as Nix does without withNodeJs', async () => {
    const r = await report(undefined, {}, async (nv) => {
      await nv.nvim.command('let g:loaded_node_provider = 0');
    });
    expect(r.get('ERROR', /^no node host: the node provider is disabled/).advice.join('\n')).toMatch(/withNodeJs = true/);
  });
});
