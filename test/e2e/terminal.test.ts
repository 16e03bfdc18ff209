/**
 * At home in a real terminal (issue 13): the Neovim on PATH in tmux, 80x24, with
 * Neovim's own vim.notify (no notifier plugin), driven by keys as a user drives it and
 * read from the screen. On every daily path (success, fallback, a rejected push, busy,
 * setup() problems) the news is one line that fits, and no "Press ENTER" or "-- More --"
 * ever stops the user. Each test has its own HOME, its own tmux server and the plugin
 * registered as in the other end-to-end tests (test/support/nvim.ts).
 *
 * The last part needs no terminal: g:git_commit_push_status and its User event, end to end.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftPath } from '../../src/commit/drafts.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { change, hook } from '../support/flow.js';
import { startNvim, StopWaiting, waitFor, writeInit, type Nvim } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

const SUBJECT = 'Add the autumn trip to the lake, with the photos of the second day';
const PROMPTS = /Press ENTER|-- More --|Press-ENTER/;

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let server: string | undefined;
/** The tmux server's environment: its socket lives in the sandbox (TMUX_TMPDIR), not in /tmp. */
let serverEnv: NodeJS.ProcessEnv | undefined;
let serial = 0;
let headless: Nvim | undefined;

beforeEach(async () => {
  sb = makeSandbox('gcp-term-');
  repo = makeRepo(sb);
  fake = await startFakeOllama({ gemma3: { chunks: SUBJECT.split(/(?= )/) } });
});

afterEach(async () => {
  if (server) {
    try {
      execFileSync('tmux', ['-L', server, 'kill-server'], { stdio: 'ignore', env: serverEnv });
    } catch {
      // already gone
    }
  }
  server = undefined;
  await headless?.stop();
  headless = undefined;
  await fake.close();
  sb.remove();
});

interface Term {
  /** The screen, one string per row. */
  screen(): string[];
  /** Waits until a row matches (and no prompt is up); returns that row. */
  row(match: RegExp, timeoutMs?: number): Promise<string>;
  /** Keys as typed; `{Enter}` and `{Escape}` for those keys. */
  keys(text: string): void;
  /** No hit-enter prompt, no pager: the check before and after every step. */
  noPrompt(): void;
}

/**
 * Neovim in a fresh tmux server, 80x24, with `setup` given to setup() and vim.notify left
 * as Neovim has it: the test harness's init records notifications, so it is sourced
 * between saving Neovim's own vim.notify and putting it back.
 */
async function terminal(setup: Record<string, unknown>, file: string, opts: { manifest?: boolean } = {}): Promise<Term> {
  // The harness writes the remote-plugin manifest as the other e2e tests get it.
  const once = await startNvim(sb, { manifest: opts.manifest ?? true });
  await once.stop();
  const inner = writeInit(sb, undefined, {}, 'harness.vim');
  const init = join(sb.dir, 'nvim-config', 'terminal.vim');
  writeFileSync(
    init,
    [
      'lua _G.__neovims_notify = vim.notify',
      `source ${inner}`,
      'lua vim.notify = _G.__neovims_notify',
      `lua require('git-commit-push').setup(vim.fn.json_decode([[${JSON.stringify(setup)}]]))`,
      '',
    ].join('\n'),
  );
  server = `gcp-term-${process.pid}-${++serial}`;
  const env = {
    ...sb.env,
    TMUX_TMPDIR: sb.dir,
    NVIM_RPLUGIN_MANIFEST: join(sb.dir, 'rplugin.vim'),
    NVIM_NODE_LOG_FILE: join(sb.dir, 'node-host.log'),
    NVIM_NODE_LOG_LEVEL: 'warn',
  };
  serverEnv = env;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', server ?? '', ...args], { encoding: 'utf8', env, cwd: repo.work });
  tmux('-f', '/dev/null', 'new-session', '-d', '-x', '80', '-y', '24', '-s', 't', `nvim -u '${init}' -i NONE -n '${file}'`);
  const screen = () => tmux('capture-pane', '-p', '-t', 't').replace(/\n$/, '').split('\n');
  const term: Term = {
    screen,
    async row(match, timeoutMs = 20_000) {
      let last: string[] = [];
      try {
        return await waitFor(() => {
          last = screen();
          // A prompt fails the test even if it is gone by the time the row shows.
          if (last.some((l) => PROMPTS.test(l))) throw new StopWaiting('a prompt is up');
          return last.find((l) => match.test(l));
        }, timeoutMs, 100);
      } catch (err) {
        throw new Error(`no row matching ${match} on the screen (${String(err)}):\n${last.join('\n')}`);
      }
    },
    keys(text) {
      term.noPrompt();
      for (const piece of text.split(/(\{Enter\}|\{Escape\})/)) {
        if (piece === '') continue;
        if (piece === '{Enter}') tmux('send-keys', '-t', 't', 'Enter');
        else if (piece === '{Escape}') tmux('send-keys', '-t', 't', 'Escape');
        else tmux('send-keys', '-t', 't', '-l', piece);
      }
    },
    noPrompt() {
      const s = screen();
      if (s.some((l) => PROMPTS.test(l))) throw new Error(`a prompt is up:\n${s.join('\n')}`);
    },
  };
  await term.row(/^~/); // Neovim is up (an empty line under the file's text)
  return term;
}

/** The last row: the message line. */
const messageLine = (t: Term) => t.screen()[23] ?? '';

/** The notice on the message line: within v:echospace (68 cells here), nothing wrapped above. */
function expectOneLine(t: Term, match: RegExp): void {
  const line = messageLine(t);
  expect(line).toMatch(match);
  expect(Array.from(line.trimEnd()).length).toBeLessThanOrEqual(68);
  t.noPrompt();
}

const journal = () => join(repo.work, 'journal.txt');
const remoteSubject = () => sb.git(repo.bare, 'log', '-1', '--format=%s', 'master').trim();

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('in tmux, 80x24, with Neovim’s own vim.notify', () => {
  it('success: review, :w, and one line that says what was committed and pushed', async () => {
    const t = await terminal({ host: fake.url }, journal());
    t.keys('GoA walk around the lake.{Escape}');
    t.keys('\\g');
    await t.row(/^Add the autumn trip to the lake, with the photos of the second day$/);
    await t.row(/# Status: written by gemma3/);
    t.keys(':w{Enter}');
    await t.row(/^git-commit-push: committed [0-9a-f]{7} "Add the autumn…" and pushed\s*$/);
    expectOneLine(t, /committed/);
    expect(remoteSubject()).toBe(SUBJECT);
  });

  it('fallback: the warning fits on the line, and :GitCommitPush output has it whole', async () => {
    const port = await closedPort();
    const t = await terminal({ host: `http://127.0.0.1:${port}` }, journal());
    t.keys('GoOffline.{Escape}');
    t.keys('\\g');
    await t.row(/^using the default message "Update journal.txt": Ollama unreach/);
    expectOneLine(t, /…\s*$/);
    t.keys(':w{Enter}');
    await t.row(/^git-commit-push: committed [0-9a-f]{7} "Update journal.txt" and pushed/);
    t.noPrompt();
    t.keys(':GitCommitPush output{Enter}');
    await t.row(/^Git Add Output:/);
    t.keys('/^Messages{Enter}zt');
    await t.row(/^Messages \(newest last\):/);
    // Whole, wrapped in the window as long lines are.
    const rows = t.screen();
    const at = rows.findIndex((l) => /^\d\d:\d\d:\d\d warning: git-commit-push: using the default message "Update journal\.txt$/.test(l));
    expect(rows[at + 1]).toBe(`": Ollama unreachable at http://127.0.0.1:${port} (connection refused)`);
    t.keys('q');
    await waitFor(() => !t.screen().some((l) => /^Messages \(newest last\):/.test(l)), 10_000, 100);
    t.noPrompt();
  });

  it('push rejected: why and what to do on one line, git’s words one command away, q closes them', async () => {
    const other = join(sb.dir, 'other');
    sb.git(sb.dir, 'clone', '-q', repo.bare, other);
    writeFileSync(join(other, 'elsewhere.txt'), 'x\n');
    sb.git(other, 'add', '--', 'elsewhere.txt');
    sb.git(other, 'commit', '-qm', 'Elsewhere');
    sb.git(other, 'push', '-q');
    const t = await terminal({ host: fake.url }, journal());
    t.keys('GoA line.{Escape}');
    t.keys('\\g');
    await t.row(/# Status: written by gemma3/);
    t.keys(':w{Enter}');
    await t.row(/^push failed: git pull --rebase, then :GitCommitPush push\s*$/);
    expectOneLine(t, /^push failed/);
    expect(t.screen().join('\n')).not.toMatch(/\t|hint:|\^I/);

    t.keys(':GitCommitPush output{Enter}');
    await t.row(/^Git Push Output:/);
    await t.row(/! \[rejected\]\s+master -> master \(fetch first\)/);
    t.keys('q');
    await waitFor(() => !t.screen().some((l) => /^Git Push Output:/.test(l)), 10_000, 100);
    t.noPrompt();
  });

  it("refused: git's reason on one line, and the message stays for the next :w", async () => {
    hook(join(repo.work, '.git/hooks'), 'pre-commit', 'echo "lint: trailing whitespace in journal.txt" >&2; exit 1');
    const t = await terminal({ host: fake.url }, journal());
    t.keys('GoA line.{Escape}');
    t.keys('\\g');
    await t.row(/# Status: written by gemma3/);
    t.keys(':w{Enter}');
    await t.row(/^commit refused: lint: trailing whitespace in journal\.txt\s*$/);
    expectOneLine(t, /^commit refused/);
    await t.row(/^Add the autumn trip to the lake, with the photos of the second day$/);
    // Kept on disk as well, for the next :w after a quit.
    expect(readFileSync(draftPath({ gitDir: join(repo.work, '.git') }, { scope: 'file', file: 'journal.txt' }), 'utf8')).toBe(`${SUBJECT}\n`);
  });

  it('busy: the status window counts, a second \\g says what still runs, and the end is one line', async () => {
    const gate = join(sb.dir, 'release');
    const running = join(sb.dir, 'pre-push-running');
    hook(join(repo.work, '.git/hooks'), 'pre-push', `touch '${running}'; while [ ! -f '${gate}' ]; do sleep 0.05; done`);
    const t = await terminal({ host: fake.url, review: false }, journal());
    t.keys('GoA line.{Escape}');
    t.keys('\\g');
    await waitFor(() => existsSync(running), 20_000, 50);
    await t.row(/git-commit-push: pushing to origin\/master \(\d+ s\)\s*$/);
    t.keys('\\g');
    await t.row(/^still pushing to origin\/master \(\d+ s\): :GitCommitPush cancel stops/);
    expectOneLine(t, /^still pushing/);
    writeFileSync(gate, '');
    await t.row(/^git-commit-push: committed [0-9a-f]{7} "Add the autumn…" and pushed\s*$/);
    expect(t.screen().some((l) => /pushing to origin\/master \(/.test(l))).toBe(false);
    t.noPrompt();
  });

  it('setup() problems: all of them in one line at startup, the details in the output window', async () => {
    const t = await terminal({ host: fake.url, model: 3, colour: true, num_ctx: 'big' }, journal());
    await t.row(/^setup\(\) ignored colour, model, num_ctx: see :GitCommitPush output\s*$/);
    expectOneLine(t, /^setup\(\) ignored/);
    t.keys(':GitCommitPush output{Enter}');
    await t.row(/^ {4}ignoring option "num_ctx": expected a positive integer, got "big"$/);
    await t.row(/^ {4}ignoring unknown option "colour"$/);
    await t.row(/^ {4}ignoring option "model": expected a model name, got 3$/);
  });

  it('without the remote plugin, \\g shows every line of what to do', async () => {
    const t = await terminal({ host: fake.url }, journal(), { manifest: false });
    t.keys('\\g');
    let text = '';
    await waitFor(() => {
      text = t.screen().join('\n');
      return PROMPTS.test(text);
    }, 20_000, 100);
    const rows = text.split('\n');
    const help = [
      'git-commit-push: :GitCommitPush is not defined.',
      'The node remote plugin is not registered: run :UpdateRemotePlugins,',
      'then restart Neovim (once after every install or update).',
      'If that does not help, the node host is missing: npm install -g neovim,',
      'or set g:node_host_prog to the path of its bin/cli.js.',
      ':checkhealth git-commit-push tells more.',
    ];
    // Each line on a row of its own, none wrapped, none lost under the prompt.
    const at = rows.indexOf(help[0] ?? '');
    expect(rows.slice(at, at + help.length + 1), text).toEqual([...help, 'Press ENTER or type command to continue']);
  });
});

describe('g:git_commit_push_status', () => {
  it('says what runs, for statuslines, with a User event on each change, and is empty when idle', async () => {
    const gate = join(sb.dir, 'release');
    const running = join(sb.dir, 'pre-push-running');
    hook(join(repo.work, '.git/hooks'), 'pre-push', `touch '${running}'; while [ ! -f '${gate}' ]; do sleep 0.05; done`);
    fake.setModel('gemma3', { chunks: SUBJECT.split(/(?= )/), chunkDelayMs: 150 });
    headless = await startNvim(sb, {
      setup: { host: fake.url, review: false },
      cwd: repo.work,
      initLines: ["lua _G.__statuses = {}; vim.api.nvim_create_autocmd('User', { pattern = 'GitCommitPushStatus', callback = function() table.insert(_G.__statuses, vim.g.git_commit_push_status) end })"],
    });
    const nv = headless;
    const statuses = async () => (await nv.nvim.lua('return _G.__statuses')) as string[];
    expect(await nv.nvim.getVar('git_commit_push_status')).toBe('');
    await change(nv, journal());
    await nv.nvim.input('\\g');

    await waitFor(() => existsSync(running), 20_000, 50);
    await waitFor(async () => /^pushing( \d+s)?$/.test(String(await nv.nvim.getVar('git_commit_push_status'))));
    // The status window shows the same, and counts.
    const FLOAT_TEXT =
      "(function() for _, w in ipairs(vim.api.nvim_list_wins()) do if vim.api.nvim_win_get_config(w).relative ~= '' then return vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(w), 0, -1, false)[1] end end return '' end)()";
    const floatText = async () => (await nv.nvim.lua(`return ${FLOAT_TEXT}`)) as string;
    expect(await floatText()).toMatch(/^ git-commit-push: pushing to origin\/master(\.\.\.| \(\d+ s\)) $/);
    // Both read in one Lua call, so that no second passes between them: the same count in each.
    const both = async () => (await nv.nvim.lua(`return { ${FLOAT_TEXT}, vim.g.git_commit_push_status }`)) as [string, string];
    const [float, status] = await waitFor(async () => {
      const b = await both();
      return / \(\d+ s\) $/.test(b[0]) && b;
    }, 5000, 100);
    const count = / \((\d+) s\) $/.exec(float)?.[1];
    expect(Number(count)).toBeGreaterThanOrEqual(1);
    expect(status).toBe(`pushing ${count}s`);

    writeFileSync(gate, '');
    await nv.waitForNote(/committed [0-9a-f]{7} .* and pushed/);
    await waitFor(async () => (await nv.nvim.getVar('git_commit_push_status')) === '');
    expect(await floatText()).toBe('');
    // Each phase in turn, each change once (the counting ones too), idle at the end.
    const seen = (await statuses()).map((s) => s.replace(/ \d+s$/, ''));
    const phases = seen.filter((s, i) => s !== seen[i - 1]);
    expect(phases).toEqual(['generating', 'committing', 'pushing', '']);
    const all = await statuses();
    expect(all.every((s, i) => s !== all[i - 1])).toBe(true);
  });
});
