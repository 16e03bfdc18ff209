/**
 * Drafts: what the user typed in a review, kept on disk so that a crash, a quit or a
 * refused commit loses nothing. One draft per thing a review commits (scope, and the
 * file for the file scope), so that two reviews in one repository never share one,
 * and a draft is offered again only for the same thing. The Lua side writes a draft
 * as the user types (lua/git-commit-push/review.lua, atomically too); this side
 * reads, keeps and removes them.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DiffFile } from '../change/diff.js';
import { commentCharFor, messageFromLines } from './message.js';
import type { Scope } from '../change/scope.js';
import { stateDir, writeFileAtomic } from './state-dir.js';
import { hideUrlCredentials } from '../words/credentials.js';
import { type Repository } from '../change/repository.js';

export interface DraftKey {
  scope: Scope;
  /** Repository-relative path, for the file scope. */
  file?: string | undefined;
}

/** Before drafts had keys, one file held the only draft of a repository. */
const LEGACY_DRAFT = 'GIT_COMMIT_PUSH_EDITMSG';

export function draftPath(repo: Pick<Repository, 'gitDir'>, key: DraftKey): string {
  return join(stateDir(repo), `draft-${key.scope}-${keyId(key)}.txt`);
}

function keyId(key: DraftKey): string {
  const what = key.scope === 'file' ? `file\0${key.file ?? ''}` : key.scope;
  return createHash('sha256').update(what).digest('hex').slice(0, 16);
}

/**
 * The terminal command's kept message: one per change, named by its scope, its files and
 * what their diff says, so that it is offered again for that change only. A different change
 * of the same file gets its own (the Neovim review keeps its draft per file: it is on screen
 * with the diff, a terminal editor is not).
 */
export function keptPath(repo: Pick<Repository, 'gitDir'>, key: DraftKey, diff: readonly DiffFile[]): string {
  const change = createHash('sha256').update(JSON.stringify(diff)).digest('hex').slice(0, 16);
  return join(stateDir(repo), `${keptPrefix(key)}${change}.txt`);
}

function keptPrefix(key: DraftKey): string {
  return `kept-${key.scope}-${keyId(key)}-`;
}

/** Kept messages of the same files for other changes than `path`'s: not offered, not lost either. */
export async function otherKept(repo: Pick<Repository, 'gitDir'>, key: DraftKey, path: string): Promise<string[]> {
  const names = await readdir(stateDir(repo)).catch(() => [] as string[]);
  return names.filter((n) => n.startsWith(keptPrefix(key)) && n.endsWith('.txt') && n !== basename(path)).map((n) => join(stateDir(repo), n));
}

/** The kept message in `path`, as a draft is read. */
export function readKept(repo: Repository, path: string): Promise<Draft | undefined> {
  return read(path, repo);
}

export interface Draft {
  /** The message, with git's comment and blank-line cleanup applied. */
  message: string;
  /** When it was last written (ms since the epoch). */
  writtenMs: number;
}

/** The draft kept for `key`, or undefined when there is none. */
export async function readDraft(repo: Repository, key: DraftKey): Promise<Draft | undefined> {
  const path = draftPath(repo, key);
  const found = await read(path, repo);
  if (found) return found;
  // An older version's single draft: it was written for this repository, and is adopted by
  // the first review that looks, rather than lost.
  const legacy = join(repo.gitDir, LEGACY_DRAFT);
  const old = await read(legacy, repo);
  if (!old) return undefined;
  await writeFileAtomic(path, hideUrlCredentials(old.message) + '\n');
  await rm(legacy, { force: true });
  return old;
}

async function read(path: string, repo: Repository): Promise<Draft | undefined> {
  try {
    const [text, st] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    const message = messageFromLines(text.split('\n'), draftCommentChar(text, repo));
    return message === '' ? undefined : { message, writtenMs: st.mtimeMs };
  } catch {
    return undefined;
  }
}

/**
 * The review buffer leaves its comments out of a draft, but the terminal command's editor
 * file is the draft itself, comments and all: its first comment line says which character
 * they start with (core.commentChar=auto picks one per message).
 */
export function draftCommentChar(text: string, repo: Repository): string {
  const ours = /^(\S{1,8}) (?:Write \(:w\) to commit|Save and quit to commit)/m.exec(text);
  return ours?.[1] ?? commentCharFor(repo.config, '');
}

export function writeDraft(path: string, message: string): Promise<void> {
  // Drafts outlive the session in .git/: no URL's credentials in them.
  return writeFileAtomic(path, hideUrlCredentials(message) + '\n');
}

export function removeDraft(path: string): Promise<void> {
  return rm(path, { force: true });
}

/**
 * True when a recent commit made after the draft was last written holds its words: the
 * commit was made, but the run that made it did not live to remove the draft (Neovim quit
 * while a post-commit hook ran). Offering it again would commit the same words twice.
 * Commits older than the draft do not count: the same words typed again are a new draft.
 */
export async function draftWasCommitted(repo: Repository, draft: Draft): Promise<boolean> {
  try {
    const out = (await repo.git.run(['log', '-n', String(RECENT_COMMITS), '--no-show-signature', '--format=%ct%x00%B%x01'])).stdout;
    const since = Math.floor(draft.writtenMs / 1000);
    return out.split('\x01').some((rec) => {
      const [time = '', body = ''] = rec.replace(/^\n/, '').split('\0');
      return Number(time) >= since && messageFromLines(body.split('\n'), null) === draft.message;
    });
  } catch {
    return false; // no commits yet
  }
}

/** How far back a commit of a draft is looked for: commits by others may have come since. */
const RECENT_COMMITS = 20;
