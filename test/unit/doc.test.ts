/**
 * The help file against the code: every option of the schema documented with its
 * real default, every command argument mentioned, and `:helptags` clean in a real
 * Neovim (a duplicate tag or a bad file is what breaks a user's install).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OPTION_NAMES, SCHEMA } from '../../src/settings/options.js';
import { COMMAND_ARGS } from '../../src/nvim/command.js';

const ROOT = resolve(__dirname, '../..');
const HELP = readFileSync(join(ROOT, 'doc/git-commit-push.txt'), 'utf8');

/** How a default is written in Lua, which is how users write it in setup(). */
function luaLiteral(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  return String(v);
}

/** The text from `*tag*` to the next option tag or section rule. */
function sectionOf(tag: string): string {
  const start = HELP.indexOf(`*${tag}*`);
  if (start < 0) return '';
  const rest = HELP.slice(start + tag.length + 2);
  const end = rest.search(/\*git-commit-push-option-|^={10,}/m);
  return end < 0 ? rest : rest.slice(0, end);
}

function between(from: string, to: string): string {
  const start = HELP.indexOf(from);
  const end = HELP.indexOf(to, start + from.length);
  return start < 0 || end < 0 ? '' : HELP.slice(start, end);
}

describe('doc/git-commit-push.txt', () => {
  it.each(OPTION_NAMES)('documents option %s with its tag and its default', (name) => {
    const tag = `git-commit-push-option-${name}`;
    expect(HELP).toContain(`*${tag}*`);
    const section = sectionOf(tag);
    expect(section).toMatch(new RegExp(`^${name}\\s`, 'm'));
    expect(section).toContain(`Default: ${luaLiteral(SCHEMA[name].default)}`);
  });

  it('lists every option with its default in the setup() example', () => {
    const example = between("require('git-commit-push').setup({\n", '})');
    for (const name of OPTION_NAMES) expect(example).toContain(`  ${name} = ${luaLiteral(SCHEMA[name].default)},`);
    expect(example).toContain("  keymap = '<leader>g',");
  });

  it('documents the keymap option of the Lua side', () => {
    expect(sectionOf('git-commit-push-option-keymap')).toContain("Default: '<leader>g'");
  });

  it.each([...COMMAND_ARGS])('mentions the command argument %s under Commands', (arg) => {
    const commands = between('*git-commit-push-commands*', '*git-commit-push-keymap*');
    expect(commands).toMatch(new RegExp(`(^|[\\s\`\\[|])${arg}($|[\\s\`\\]|])`, 'm'));
  });

  it('documents the git-config keys, the events and the health check', () => {
    for (const key of ['git-commit-push.preset', 'git-commit-push.prompt', 'git-commit-push.model']) expect(HELP).toContain(key);
    for (const tag of ['GitCommitPushDone', 'GitCommitPushFailed', 'g:git_commit_push_last', 'git-commit-push-health', 'git-commit-push-what-happens'])
      expect(HELP).toContain(`*${tag}*`);
    expect(HELP).toContain(':checkhealth git-commit-push');
  });

  it('keeps lines within 78 columns', () => {
    const long = HELP.split('\n').filter((l) => l.length > 78);
    expect(long).toEqual([]);
  });
});

describe(':helptags in a real Neovim', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gcp-doc-'));
  cpSync(join(ROOT, 'doc'), join(dir, 'doc'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs with no output (no duplicate tag, no error)', () => {
    const r = spawnSync('nvim', ['--clean', '--headless', '-c', `helptags ${join(dir, 'doc')}`, '-c', 'qa!'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'doc/tags'), 'utf8')).toContain('git-commit-push-option-num_ctx\tgit-commit-push.txt\t');
  });

  it('opens :help git-commit-push', () => {
    const r = spawnSync(
      'nvim',
      ['--clean', '--headless', '--cmd', `set rtp+=${dir}`, '-c', `helptags ${join(dir, 'doc')}`, '-c', 'help git-commit-push', '-c', 'lua io.stdout:write(vim.fn.expand("%:t"))', '-c', 'qa!'],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(r.stdout).toBe('git-commit-push.txt');
  });
});
