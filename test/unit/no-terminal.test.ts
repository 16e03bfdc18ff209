// git never gets the editor's terminal (issue 20): a signer (or hook, or ssh) that asks on
// /dev/tty would draw over Neovim and read the user's keys. Run inside a real terminal
// (script(1) gives the process one), a signer that tries the terminal finds none when git
// runs detached, and finds it when it does not: the check can tell the two apart.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Sandbox } from '../support/sandbox.js';

let sb: Sandbox;
beforeAll(() => {
  sb = makeSandbox();
});
afterAll(() => sb.remove());

function signedCommitInTerminal(mode: 'detach' | 'attached'): string {
  const { work } = makeRepo(sb, { name: mode, remote: false });
  const probe = join(sb.dir, `${mode}.tty`);
  const signer = join(sb.dir, `${mode}-signer`);
  writeFileSync(signer, `#!/bin/sh\nif (: > /dev/tty) 2>/dev/null; then echo got-a-terminal > '${probe}'; else echo no-terminal > '${probe}'; fi\nexit 2\n`);
  chmodSync(signer, 0o755);
  sb.git(work, 'config', 'gpg.program', signer);
  const cmd = `'${process.execPath}' scripts/run-ts.mjs test/support/signer-probe.ts '${work}' ${mode}`;
  execFileSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, env: sb.env, stdio: 'ignore' });
  return readFileSync(probe, 'utf8').trim();
}

describe('git and its signer run without the terminal', () => {
  it('a signer that asks on the terminal finds none: the plugin runs git detached', () => {
    expect(signedCommitInTerminal('detach')).toBe('no-terminal');
  });

  it('the same signer, git run attached: the terminal is there (so the check above can fail)', () => {
    expect(signedCommitInTerminal('attached')).toBe('got-a-terminal');
  });
});
