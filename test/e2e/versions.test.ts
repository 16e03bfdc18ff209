/**
 * Behaviour that Neovim changed between 0.7 and 0.12, checked on whichever Neovim is on
 * PATH (.ci/run runs this file on 0.7.2, 0.10.4 and 0.12.4). The health report's own
 * differences are in health.test.ts.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { currentLines, LEVEL, startNvim, waitFor, type Nvim } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

const MESSAGE = 'Write about the first snow of the year';
let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let n: Nvim | undefined;

beforeEach(async () => {
  sb = makeSandbox('gcp-versions-');
  repo = makeRepo(sb);
  fake = await startFakeOllama({ gemma3: { chunks: ['Write about', ' the first', ' snow of the year'] } });
});

afterEach(async () => {
  await n?.stop();
  n = undefined;
  await fake.close();
  sb.remove();
});

describe('a broken gitcommit FileType autocmd of the user\'s', () => {
  // Since 0.10, an error in an autocmd run by setting an option from Lua is printed, not
  // raised: the plugin's pcall saw nothing and the user got Neovim's raw error and a hit-enter prompt.
  it.each([
    ['in Vimscript', 'autocmd FileType gitcommit call NoSuchFunction()', 'E117: Unknown function: NoSuchFunction'],
    [
      'in Lua',
      "lua vim.api.nvim_create_autocmd('FileType', { pattern = 'gitcommit', callback = function() error('my broken hook') end })",
      'my broken hook',
    ],
  ])('%s costs one warning in Vim\'s words, no raw error, and not the review', async (_name, autocmd, words) => {
    n = await startNvim(sb, { setup: { host: fake.url }, cwd: repo.work, initLines: [autocmd] });
    const nv = n;
    await nv.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
    await nv.nvim.lua('vim.api.nvim_buf_set_lines(0, -1, -1, false, {...})', ['A new line.']);
    await nv.nvim.command('messages clear');
    await nv.nvim.input('\\g');

    const note = await nv.waitForNote(/gitcommit filetype failed to load/);
    expect(note.level).toBe(LEVEL.WARN);
    expect(note.msg).toContain(words);
    // One line: not the "Autocommands for ..." trail or a Lua traceback.
    expect(note.msg).not.toContain('\n');
    expect(note.msg).not.toMatch(/Autocommands for|Vim\(\w+\):/);
    // Nothing reached the screen from Neovim itself (vim.notify is the test's, so :messages holds only Neovim's).
    expect(String(await nv.nvim.call('execute', ['messages']))).not.toContain(words);

    await waitFor(async () => String(await nv.nvim.lua('return vim.api.nvim_buf_get_name(0)')).startsWith('git-commit-push://'));
    expect(await nv.nvim.lua('return vim.bo.filetype')).toBe('gitcommit');
    await waitFor(async () => (await currentLines(nv.nvim))[0] === MESSAGE);
    await nv.nvim.command('write');
    await waitFor(() => sb.git(repo.bare, 'log', '-1', '--format=%s', 'master').trim() === MESSAGE);
  });
});
