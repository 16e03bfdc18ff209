/**
 * The README against the code: its usage table lists every argument that completion
 * offers, and the install section a user of Neovim's own packages reads says how to get
 * `:help git-commit-push` working.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_ARGS } from '../../src/nvim/command.js';

const README = readFileSync(join(resolve(__dirname, '../..'), 'README.md'), 'utf8');

function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`);
  if (start < 0) return '';
  const level = heading.match(/^#+/)?.[0] ?? '##';
  const rest = README.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level.length}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}

describe('README.md', () => {
  const usage = section('## Usage');

  it.each([...COMMAND_ARGS])('has a row for :GitCommitPush %s in the usage table', (arg) => {
    expect(usage).toMatch(new RegExp(`^\\| \`:GitCommitPush ${arg}\` \\|`, 'm'));
  });

  it('tells users of native packages to run :helptags', () => {
    expect(section('### Any other plugin manager')).toMatch(/:helptags ALL/);
  });

  it('shows a lualine component and a plain statusline with g:git_commit_push_status', () => {
    const progress = section('### Messages and progress');
    expect(progress).toMatch(/require\('lualine'\)\.setup[\s\S]*vim\.g\.git_commit_push_status/);
    expect(progress).toMatch(/set statusline=.*get\(g:,'git_commit_push_status',''\)/);
    expect(progress).toMatch(/autocmd User GitCommitPushStatus redrawstatus/);
  });
});
