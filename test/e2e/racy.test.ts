/**
 * A same-second, same-size edit right after a commit (issue 15): git re-checks such a
 * "racily clean" file only when the index is not older than it. The plugin's private copy
 * of the index must keep the original's time, or `all` misses the edit.
 */
import { statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { inReview, messageIs } from '../support/flow.js';
import { currentLines, startNvim, type Nvim } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let nv: Nvim | undefined;

beforeEach(async () => {
  sb = makeSandbox();
  repo = makeRepo(sb);
  fake = await startFakeOllama({ gemma3: { chunks: ['Fix the typo in the greeting'] } });
});

afterEach(async () => {
  await nv?.stop();
  nv = undefined;
  await fake.close();
  sb.remove();
});

it(':GitCommitPush all sees an edit of the same size made in the same second as the last commit', async () => {
  const file = join(repo.work, 'greeting.txt');
  writeFileSync(file, 'hello teh world\n');
  sb.git(repo.work, 'add', '--', 'greeting.txt');
  sb.git(repo.work, 'commit', '-q', '-m', 'Greet');
  // A formatter rewriting the file on save, right after the commit: same size, same second.
  writeFileSync(file, 'hello the world\n');
  const second = new Date(Math.floor(statSync(join(repo.work, '.git/index')).mtimeMs / 1000) * 1000);
  utimesSync(file, second, second);
  await new Promise((r) => setTimeout(r, 1200));

  nv = await startNvim(sb, { setup: { host: fake.url }, cwd: repo.work });
  await nv.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
  await nv.nvim.command('GitCommitPush all');
  await inReview(nv);
  await messageIs(nv, 'Fix the typo in the greeting');
  expect(await currentLines(nv.nvim)).toContain('#   greeting.txt');
  const body = JSON.stringify(fake.chatRequests()[0]?.body);
  expect(body).toContain('+hello the world');
  await nv.nvim.command('write');
  await nv.waitForNote(/pushed to/);
  expect(sb.git(repo.work, 'show', 'HEAD:greeting.txt')).toBe('hello the world\n');
});
