/**
 * The prompt shows the change (issue 12), read back from the request the fake Ollama
 * received from a real Neovim: lock files summarized by what moved, files git's
 * attributes call generated named only, the file's own recent subjects without merges,
 * the language of the message, and a large prose addition as an outline.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { startNvim, type Nvim } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

interface ChatBody {
  messages: { role: string; content: string }[];
}

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let n: Nvim | undefined;

beforeEach(async () => {
  sb = makeSandbox();
  repo = makeRepo(sb);
  fake = await startFakeOllama({ gemma3: { chunks: ['Describe', ' the change'] } });
});

afterEach(async () => {
  await n?.stop();
  n = undefined;
  await fake.close();
  sb.remove();
});

const write = (path: string, text: string) => writeFileSync(join(repo.work, path), text);
const commitAll = (message: string) => {
  sb.git(repo.work, 'add', '-A');
  sb.git(repo.work, 'commit', '-q', '-m', message);
};

/** `:GitCommitPush <args>` from `file` in a fresh Neovim; the request the model got. */
async function ask(file: string, args: string): Promise<{ system: string; user: string }> {
  n = await startNvim(sb, { setup: { host: fake.url }, cwd: repo.work });
  await n.nvim.command(`edit ${join(repo.work, file)}`);
  await n.nvim.command(`GitCommitPush ${args}`);
  const body = (await fake.waitForChat(1, 15_000)).body as ChatBody;
  const part = (role: string) => body.messages.find((m) => m.role === role)?.content ?? '';
  return { system: part('system'), user: part('user') };
}

const lock = (vitest: string, extra = '') =>
  JSON.stringify(
    {
      name: 'app',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', devDependencies: { vitest: `^${vitest}` } },
        'node_modules/vitest': { version: vitest, resolved: `https://registry.npmjs.org/vitest/-/vitest-${vitest}.tgz`, integrity: 'sha512-AAAA', dev: true },
        ...(extra ? { [`node_modules/${extra}`]: { version: '1.0.0', dev: true } } : {}),
      },
    },
    null,
    2,
  ) + '\n';

describe('what reaches the model', () => {
  it('a dependency pin: the lock file as the packages that moved, direct ones first; no hashes', async () => {
    write('package.json', '{\n  "devDependencies": {\n    "vitest": "^3.0.4"\n  }\n}\n');
    write('package-lock.json', lock('3.0.4'));
    commitAll('Add vitest');
    write('package.json', '{\n  "devDependencies": {\n    "vitest": "^2.1.8"\n  }\n}\n');
    write('package-lock.json', lock('2.1.8', 'tinypool'));
    const { user } = await ask('package.json', 'all noreview');
    expect(user).toMatch(/vitest 3\.0\.4 -> 2\.1\.8 \(direct dependency\)/);
    expect(user).toMatch(/tinypool/);
    expect(user.indexOf('vitest 3.0.4')).toBeLessThan(user.indexOf('tinypool'));
    expect(user).not.toContain('sha512-');
  });

  it('a file .gitattributes marks generated is named with counts, its lines not sent', async () => {
    write('.gitattributes', 'doc/*.txt linguist-generated\n');
    commitAll('Mark the docs generated');
    mkdirSync(join(repo.work, 'doc'));
    write('doc/help.txt', Array.from({ length: 40 }, (_, i) => `GENERATED-HELP-LINE ${i}`).join('\n') + '\n');
    write('gen.py', 'print("generator")\n');
    const { user } = await ask('gen.py', 'all noreview');
    expect(user).toMatch(/doc\/help\.txt \| generated file/);
    expect(user).not.toContain('GENERATED-HELP-LINE');
    expect(user).toContain('+print("generator")');
  });

  it("the file scope shows the file's own last subjects, never merges, and allows a revert's own form", async () => {
    write('notes.md', 'Notes.\n');
    commitAll('Start the notes');
    sb.git(repo.work, 'checkout', '-q', '-b', 'side');
    sb.git(repo.work, 'commit', '-q', '--allow-empty', '-m', 'Side work');
    sb.git(repo.work, 'checkout', '-q', 'master');
    sb.git(repo.work, 'merge', '-q', '--no-ff', '-m', "Merge branch 'side'", 'side');
    write('journal.txt', 'Day one.\nDay two.\n');
    commitAll('Write about day two');
    write('notes.md', 'Notes.\nMore notes.\n');
    const { user, system } = await ask('notes.md', 'noreview');
    expect(user).toContain('- Start the notes');
    expect(user).not.toContain('Merge branch');
    expect(user).not.toContain('Write about day two');
    expect(system + user).toMatch(/Revert "/);
  });

  it('git config git-commit-push.language writes the message in that language', async () => {
    sb.git(repo.work, 'config', 'git-commit-push.language', 'German');
    write('journal.txt', 'Day one.\nSchnee.\n');
    const { system } = await ask('journal.txt', 'noreview');
    expect(system).toMatch(/Write the whole message in German/);
  });

  it('a 46,505-line first commit of a journal reaches the model as an outline of the whole file', async () => {
    const start = Date.UTC(2012, 0, 1);
    const entries = Array.from({ length: 3876 }, (_, d) => {
      const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
      return [date, ...Array.from({ length: 10 }, (_, k) => `Topic ${d} line ${k}: walking by the river and thinking about the day.`), ''].join('\n');
    });
    write('journal.txt', entries.join('\n'));
    const { user } = await ask('journal.txt', 'noreview');
    expect(user).toMatch(/outline/i);
    // Dates from the first, middle and last tenth of the file all reach the model.
    const dates = [...user.matchAll(/20(1[2-9]|2[0-2])-\d\d-\d\d/g)].map((m) => Number(m[0].slice(0, 4)));
    expect(Math.min(...dates)).toBeLessThanOrEqual(2013);
    expect(dates.some((y) => y >= 2016 && y <= 2018)).toBe(true);
    expect(Math.max(...dates)).toBeGreaterThanOrEqual(2021);
  });
});
