/**
 * The main job, start to finish, on any machine: a journal repository backed up
 * to a bare repository on "another disk", a real headless Neovim with the plugin,
 * `\g`, the message streaming into the review buffer, `:w`, and the commit
 * arriving in the backup. Ollama is a local stand-in that streams a canned answer,
 * unless OLLAMA_HOST points at a real server (then its `gemma3` model writes it).
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeOllama } from '../test/support/fake-ollama.js';
import { currentLines, startNvim, waitFor } from '../test/support/nvim.js';
import { makeRepo, makeSandbox } from '../test/support/sandbox.js';

const say = (s: string) => process.stdout.write(s + '\n');

async function main(): Promise<void> {
  const sb = makeSandbox('gcp-demo-');
  const repo = makeRepo(sb, { name: 'journal' });
  const realHost = process.env.OLLAMA_HOST;
  const fake = realHost
    ? undefined
    : await startFakeOllama({
        gemma3: { chunks: ['Describe', ' the first', ' snow', ' and a walk', ' by the river'], chunkDelayMs: 150 },
      });
  const host = realHost ?? fake!.url;
  say(`journal: ${repo.work}\nbackup:  ${repo.bare} (a bare repository, pushed to by path)\nollama:  ${host}${fake ? ' (a local stand-in)' : ''}\n`);

  const nv = await startNvim(sb, { setup: { host, preset: 'journal' } });
  try {
    const file = join(repo.work, 'journal.txt');
    appendFileSync(file, '\nThe first snow fell overnight. Walked by the river at dawn.\n');
    await nv.nvim.command(`edit ${file}`);
    say('$ nvim journal.txt, then \\g');
    await nv.nvim.input('\\g');

    let last = '';
    await waitFor(async () => {
      const lines = await currentLines(nv.nvim);
      const name = (await nv.nvim.lua('return vim.api.nvim_buf_get_name(0)')) as string;
      if (!name.startsWith('git-commit-push://')) return false;
      const first = lines[0] ?? '';
      if (first !== last) {
        say(`  review buffer, line 1: ${JSON.stringify(first)}`);
        last = first;
      }
      return lines.some((l) => l.startsWith('# Status: written by') || l.startsWith('# Status: default message'));
    }, 120_000, 50);
    say('\nThe review buffer:');
    for (const l of await currentLines(nv.nvim)) say('  | ' + l);

    say('\n:w');
    await nv.nvim.command('write');
    const note = await nv.waitForNote(/committed|failed|refused/, 60_000);
    say(`notification: ${note.msg}\n`);
    say('$ git log in the backup:');
    say(sb.git(repo.bare, 'log', '--format=  %h %s', 'master'));
  } finally {
    await nv.stop();
    await fake?.close();
    sb.remove();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`demo failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
