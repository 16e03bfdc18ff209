// `npm run mutations`: breaks one promise of the plugin at a time with a one-line change
// to src/, and checks that the tests named for that promise fail. A test that still
// passes with its behaviour broken proves nothing: the mutation "survives", and this
// exits 1. Each mutation is applied in a temporary copy of the checkout (the working tree
// as it is, uncommitted changes included), never in the checkout itself; the copy is
// rebuilt (npm run build) and the named tests run there with vitest.
//
//   node scripts/mutations.mjs              all mutations
//   node scripts/mutations.mjs --only a,c   some of them
//   node scripts/mutations.mjs --list       what each one breaks, and its tests
//   --keep                                  leave the copy for a look afterwards
//
// First the named tests run once without any mutation: a test that fails there says
// nothing about a mutation, and the run stops.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Each mutation: what it breaks (as a user would see it), one line of src/ and what it
 * becomes, and the tests named for that behaviour: `file` and the start of the test's title.
 */
const MUTATIONS = [
  {
    id: 'a',
    breaks: 'one message file per commit: every commit is given the same .git/git-commit-push/message.txt',
    file: 'src/commit/commit.ts',
    from: 'msgFile = join(stateDir(repo), `message-${process.pid}-${n}.txt`);',
    to: "msgFile = join(stateDir(repo), 'message.txt');",
    tests: [
      ['test/e2e/integrity.test.ts', '1. two Neovims, a slow pre-commit hook: each commit has its own message and its own file'],
      ['test/e2e/integrity.test.ts', "1b. the same with the staged scope in one Neovim: the other's file never joins its commit"],
      ['test/e2e/integrity.test.ts', '2. from :w until git answers the review buffer cannot be edited'],
      ['test/unit/git-steps.test.ts', 'two commits at once in one repository, a slow pre-commit hook between: each gets its own message and its own file'],
    ],
  },
  {
    id: 'b',
    breaks: 'a refused commit keeps the message on disk: the draft is removed instead of written (after :wq, where no buffer is left to save it)',
    file: 'src/nvim/controller.ts',
    from: 'await writeDraft(s.p.draft, message).catch(logged);',
    to: 'await removeDraft(s.p.draft).catch(logged);',
    // With the review still open (integrity.test.ts 2b, terminal.test.ts "refused"), the Lua
    // side saves the draft again as the buffer is marked unsaved: the promise holds there under
    // this mutation, so those tests rightly pass. Only after :wq is this write the only guard.
    tests: [['test/e2e/robust.test.ts', 'a refused commit after :wq reopens the review buffer with the message']],
  },
  {
    id: 'c',
    breaks: 'a file named .env is secret as a whole: no longer, only its lines that look secret are removed',
    file: 'src/prompt/secrets/names.ts',
    from: 'function secretName(name: string): boolean {',
    to: "function secretName(name: string): boolean { if (name === '.env') return false;",
    tests: [['test/e2e/cli.test.ts', '--yes --all commits new files too, without an editor, and leaves secret files out with a warning that says how to commit them']],
  },
  {
    id: 'd',
    breaks: "the private index: `all` runs git add -A in the user's own index before :w",
    file: 'src/change/gather.ts',
    from: '    return await fn(indexFile);',
    to: '    return await fn(repo.indexPath);',
    tests: [
      ['test/unit/git-steps.test.ts', 'all: new, deleted and modified files together, without touching the index'],
      ['test/e2e/flow.test.ts', 'aborting `all` leaves the index byte-identical'],
    ],
  },
  {
    id: 'e',
    breaks: 'one commit at a time per repository: the commit lock is taken by everyone at once',
    file: 'src/commit/commit-lock.ts',
    from: "  const path = push ? join(stateDir(repo), 'push.lock') : commitLockPath(repo);",
    to: "  if (!push && opts.waitMs >= 0) return async () => undefined;\n  const path = push ? join(stateDir(repo), 'push.lock') : commitLockPath(repo);",
    tests: [
      ['test/unit/integrity.test.ts', 'makes a second commit wait for the first, and tells it who holds the lock'],
      ['test/unit/git-steps.test.ts', 'two commits at once in one repository, a slow pre-commit hook between: each gets its own message and its own file'],
      ['test/e2e/integrity.test.ts', '1. two Neovims, a slow pre-commit hook: each commit has its own message and its own file'],
    ],
  },
  {
    id: 'f',
    breaks: 'no error text becomes a message: an answer that is not a message is used anyway, no fallback',
    file: 'src/model/generate.ts',
    from: '  if (!cleaned.ok) return { ok: false, reason: cleaned.reason, cancelled: false };',
    to: '  if (!cleaned.ok) return { ok: true, message: raw.trim(), seconds: (Date.now() - started) / 1000 };',
    tests: [
      ['test/unit/generate.test.ts', 'an answer that is an error text is not used as a message'],
      ['test/e2e/flow.test.ts', 'falls back on an answer that is an error text'],
    ],
  },
  {
    id: 'g',
    breaks: 'no error text becomes a message: :w while the model still writes commits what is in the buffer unchecked',
    file: 'src/nvim/controller.ts',
    from: "    if (!edited && s.author === 'model') {",
    to: '    if (false) {',
    tests: [['test/e2e/model-io.test.ts', ':w while an error text streams in: not committed, the default message goes in with a warning']],
  },
  {
    id: 'h',
    breaks: 'no secret reaches the model: secret lines inside ordinary files are sent as they are',
    file: 'src/prompt/secrets/redact.ts',
    from: '    const r = redactFile(f, shared);',
    to: '    const r = { file: f, places: [] };',
    tests: [
      ['test/unit/secrets-request.test.ts', 'an AWS key in config.js'],
      ['test/e2e/model-io.test.ts', 'an AWS key inside an ordinary file: not in the request'],
    ],
  },
  {
    id: 'i',
    breaks: 'the push goes where git push would send it: branch.<name>.pushRemote and remote.pushDefault ignored',
    file: 'src/commit/push-plan.ts',
    from: "  const pushRemote = config.get(`branch.${branch}.pushremote`) ?? config.get('remote.pushdefault');",
    to: '  const pushRemote = undefined;',
    tests: [['test/unit/repo.test.ts', "pushes to branch.<name>.pushRemote, or remote.pushDefault, under the branch's own name"]],
  },
  {
    id: 'j',
    breaks: 'a kept message belongs to its change: the terminal command keeps it per file, whatever the change',
    file: 'src/commit/drafts.ts',
    from: "  const change = createHash('sha256').update(JSON.stringify(diff)).digest('hex').slice(0, 16);",
    to: "  const change = 'any';",
    tests: [['test/e2e/cli-terminal.test.ts', 'is never offered for another change of the same file, and comes back with its own change']],
  },
];

function parseArgs(argv) {
  const opts = { only: undefined, list: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--list') opts.list = true;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--only') opts.only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    else if (a.startsWith('--only=')) opts.only = new Set(a.slice(7).split(',').filter(Boolean));
    else {
      process.stderr.write(`mutations: unknown argument ${a}\n`);
      process.exit(2);
    }
  }
  return opts;
}

const say = (s) => process.stdout.write(`${s}\n`);

/** The checkout as it is on disk (tracked and untracked files, ignored ones left out), copied to `dir`. */
function copyCheckout(dir) {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    const from = join(ROOT, f);
    // Deleted in the work tree, a submodule, or node_modules as a link (a worktree's).
    if (f === 'node_modules' || !existsSync(from) || statSync(from).isDirectory()) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(from, join(dir, f));
  }
  // Dependencies are read only: the copy uses the checkout's own.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

function run(cmd, args, cwd) {
  return new Promise((res) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => res({ code, out }));
  });
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Runs `tests` in the copy; returns, for each, 'passed', 'failed' or 'missing' (no test of
 * that title ran: the title changed), with the first line of the failure.
 */
async function runTests(dir, tests) {
  const files = [...new Set(tests.map(([f]) => f))];
  const pattern = tests.map(([, title]) => escapeRegExp(title)).join('|');
  const report = join(dir, 'mutation-report.json');
  rmSync(report, { force: true });
  const r = await run(process.execPath, [join(dir, 'node_modules/vitest/vitest.mjs'), 'run', ...files, `--testNamePattern=${pattern}`, '--reporter=json', `--outputFile=${report}`], dir);
  if (!existsSync(report)) throw new Error(`vitest wrote no report (exit ${r.code}):\n${r.out.slice(-2000)}`);
  const json = JSON.parse(readFileSync(report, 'utf8'));
  return tests.map(([file, title]) => {
    const suite = json.testResults.find((t) => t.name === join(dir, file));
    const results = (suite?.assertionResults ?? []).filter((a) => a.title.startsWith(title) && a.status !== 'skipped' && a.status !== 'pending');
    if (results.length === 0) return { file, title, status: 'missing', why: suite?.message ?? '' };
    const failed = results.find((a) => a.status === 'failed');
    const why = failed ? String(failed.failureMessages?.[0] ?? '').split('\n').find((l) => l.trim() !== '') ?? '' : '';
    return { file, title, status: failed ? 'failed' : 'passed', why: why.trim().slice(0, 200) };
  });
}

async function build(dir) {
  const r = await run(process.execPath, ['scripts/build.mjs'], dir);
  if (r.code !== 0) throw new Error(`npm run build failed in the copy:\n${r.out}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const chosen = MUTATIONS.filter((m) => !opts.only || opts.only.has(m.id));
  if (opts.list) {
    for (const m of chosen) {
      const at = readFileSync(join(ROOT, m.file), 'utf8').split(m.from).length - 1;
      say(`${m.id}. ${m.breaks}\n   ${m.file}${at === 1 ? '' : ` (NOT APPLICABLE: the line is there ${at} times)`}: ${m.from.trim()}\n   becomes: ${m.to.trim()}`);
      for (const [file, title] of m.tests) say(`   test: ${file}: ${title}`);
    }
    return 0;
  }
  if (chosen.length === 0) {
    say('mutations: none chosen');
    return 2;
  }
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'gcp-mutations-')));
  let code = 0;
  try {
    say(`mutations: a copy of ${ROOT} in ${dir}`);
    copyCheckout(dir);
    const originals = new Map();
    for (const m of chosen) {
      const text = readFileSync(join(dir, m.file), 'utf8');
      const at = text.split(m.from).length - 1;
      if (at !== 1) throw new Error(`mutation ${m.id}: ${m.file} holds "${m.from.trim()}" ${at} times, not once: the source changed, update scripts/mutations.mjs`);
      originals.set(m.file, text);
    }

    say('mutations: the named tests without any mutation first');
    await build(dir);
    const all = chosen.flatMap((m) => m.tests);
    const unique = [...new Map(all.map((t) => [t.join('\0'), t])).values()];
    const baseline = await runTests(dir, unique);
    const bad = baseline.filter((t) => t.status !== 'passed');
    for (const t of bad) say(`  ${t.status === 'missing' ? 'NO SUCH TEST' : 'FAILS ALREADY'}: ${t.file}: ${t.title} ${t.why}`);
    if (bad.length > 0) {
      say('mutations: the named tests must pass without a mutation; nothing was judged');
      return 1;
    }
    say(`  all ${baseline.length} pass`);

    const summary = [];
    for (const m of chosen) {
      const original = originals.get(m.file);
      writeFileSync(join(dir, m.file), original.replace(m.from, m.to));
      try {
        await build(dir);
        say(`\n${m.id}. ${m.breaks}\n   ${m.file}: ${m.to.trim()}`);
        const results = await runTests(dir, m.tests);
        for (const t of results) say(`   ${t.status === 'failed' ? 'fails (caught)' : t.status === 'passed' ? 'PASSES (survived)' : 'NO SUCH TEST'}: ${t.file}: ${t.title}${t.why ? `\n      ${t.why}` : ''}`);
        const survived = results.filter((t) => t.status !== 'failed');
        summary.push({ m, caught: results.length - survived.length, of: results.length });
        if (survived.length > 0) code = 1;
      } finally {
        writeFileSync(join(dir, m.file), original);
      }
    }
    say('\nmutations: summary');
    for (const s of summary) say(`  ${s.m.id}. ${s.caught === s.of ? 'caught' : 'SURVIVED'} (${s.caught} of ${s.of} named tests fail): ${s.m.breaks}`);
    return code;
  } finally {
    if (opts.keep) say(`mutations: the copy stays in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`mutations: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
