/**
 * What the prompt needs from git beyond the diff: the recent commit subjects (a style
 * reference), and the files git's attributes mark as generated.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathspecs } from './gather.js';
import type { Repository } from './repository.js';

export interface Subjects {
  subjects: string[];
  /** Set when they are this file's own last subjects rather than the branch's. */
  file?: string;
}

/** How long a path-limited `git log` may look for a file's own subjects before the branch's are used. */
const FILE_LOG_MS = 300;

/**
 * The last 5 commit subjects, newest first, merges left out, for the prompt; in the file
 * scope the file's own when git finds them quickly (a path-limited log may walk a long
 * history), else the branch's. Asked for only when the prompt is built, so that it costs
 * nothing before the review buffer opens.
 */
export async function recentSubjects(repo: Repository, file?: string): Promise<Subjects> {
  const log = (extra: string[], signal?: AbortSignal) =>
    repo.git
      .run(['log', '-n', '5', '--no-merges', '--no-show-signature', '--format=%s', ...extra], signal ? { signal } : {})
      .then((out) => out.stdout.split('\n').filter((l) => l !== ''))
      .catch(() => [] as string[]); // a branch without commits has no log; a stopped one has none either
  if (file === undefined) return { subjects: await log([]) };
  // One git process where the file has a history of its own (the usual case): each spawn
  // costs the host a fork that blocks it for several milliseconds.
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), FILE_LOG_MS);
  const own = await log(pathspecs([file]), stop.signal);
  clearTimeout(timer);
  return own.length > 0 ? { subjects: own, file } : { subjects: await log([]) };
}

/**
 * Of `paths`, those git's attributes mark as generated: `linguist-generated` set, or
 * `-diff` (git itself shows no diff for them). Read from every attributes file git reads.
 */
export async function generatedByAttributes(repo: Repository, paths: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  // A prompt never shows more files than this; a longer command line could exceed the system's limit.
  const asked = paths.slice(0, MAX_ATTRIBUTE_PATHS);
  if (asked.length === 0 || !(await anyAttributesFile(repo, asked))) return out;
  try {
    // check-attr takes paths, not pathspecs: no pattern is read into a name here.
    const z = (await repo.git.run(['check-attr', '-z', 'linguist-generated', 'diff', '--', ...asked])).stdout;
    const parts = z.split('\0');
    for (let i = 0; i + 2 < parts.length; i += 3) {
      const [path = '', attr = '', value = ''] = [parts[i], parts[i + 1], parts[i + 2]];
      if ((attr === 'linguist-generated' && (value === 'set' || value === 'true')) || (attr === 'diff' && value === 'unset')) out.add(path);
    }
  } catch {
    // Attributes only sharpen the prompt: without them, names and headers still tell.
  }
  return out;
}

const MAX_ATTRIBUTE_PATHS = 2000;

/**
 * Whether any file git reads attributes from exists for these paths: a .gitattributes in a
 * folder on their way from the root, the repository's info/attributes, core.attributesFile
 * (or its default under XDG_CONFIG_HOME), /etc/gitattributes. Most repositories have none,
 * and a few stat calls cost far less than the git process they spare.
 */
async function anyAttributesFile(repo: Repository, paths: readonly string[]): Promise<boolean> {
  const dirs = new Set<string>(['']);
  for (const p of paths.slice(0, MAX_ATTRIBUTE_DIRS)) {
    for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) dirs.add(p.slice(0, i));
  }
  if (paths.length > MAX_ATTRIBUTE_DIRS) return true;
  const xdg = process.env.XDG_CONFIG_HOME || join(process.env.HOME ?? '', '.config');
  const candidates = [
    ...[...dirs].map((d) => join(repo.root, d, '.gitattributes')),
    join(repo.commonDir, 'info', 'attributes'),
    repo.config.get('core.attributesfile') ?? join(xdg, 'git', 'attributes'),
    '/etc/gitattributes',
  ];
  const found = await Promise.all(candidates.map((c) => stat(expandHome(c)).then(() => true, () => false)));
  return found.some(Boolean);
}

const MAX_ATTRIBUTE_DIRS = 200;

function expandHome(path: string): string {
  return path.startsWith('~/') ? join(process.env.HOME ?? '', path.slice(2)) : path;
}

export interface PromptContext {
  subjects: Subjects;
  generated: Set<string>;
}

/** What the prompt needs from git beyond the diff: recent subjects and generated files. */
export async function promptContext(p: { repo: Repository; file: string | undefined; diff: readonly { path: string }[] }): Promise<PromptContext> {
  const [subjects, generated] = await Promise.all([
    recentSubjects(p.repo, p.file),
    generatedByAttributes(
      p.repo,
      p.diff.map((f) => f.path),
    ),
  ]);
  return { subjects, generated };
}
