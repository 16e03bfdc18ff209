/**
 * Drafts: what the user typed in a review, kept on disk so that a crash, a quit or a
 * refused commit loses nothing. One draft per thing a review commits (scope, and the
 * file for the file scope), so that two reviews in one repository never share one,
 * and a draft is offered again only for the same thing. The Lua side writes a draft
 * as the user types (lua/git-commit-push/review.lua, atomically too); this side
 * reads, keeps and removes them.
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { messageFromLines } from './message.js';
import type { Repository } from './gather.js';
import type { Scope } from './scope.js';
import { stateDir, writeFileAtomic } from './state-dir.js';

export interface DraftKey {
  scope: Scope;
  /** Repository-relative path, for the file scope. */
  file?: string | undefined;
}

/** Before drafts had keys, one file held the only draft of a repository. */
const LEGACY_DRAFT = 'GIT_COMMIT_PUSH_EDITMSG';

export function draftPath(repo: Pick<Repository, 'gitDir'>, key: DraftKey): string {
  const what = key.scope === 'file' ? `file\0${key.file ?? ''}` : key.scope;
  const id = createHash('sha256').update(what).digest('hex').slice(0, 16);
  return join(stateDir(repo), `draft-${key.scope}-${id}.txt`);
}

/** The draft's message (git's comment and blank-line cleanup applied), or '' when there is none. */
export async function readDraft(repo: Repository, key: DraftKey): Promise<string> {
  const path = draftPath(repo, key);
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text !== undefined) return messageFromLines(text.split('\n'));
  // An older version's single draft: it was written for this repository, and is adopted by
  // the first review that looks, rather than lost.
  const legacy = join(repo.gitDir, LEGACY_DRAFT);
  const old = await readFile(legacy, 'utf8').catch(() => undefined);
  if (old === undefined) return '';
  await writeFileAtomic(path, old);
  await rm(legacy, { force: true });
  return messageFromLines(old.split('\n'));
}

export function writeDraft(path: string, message: string): Promise<void> {
  return writeFileAtomic(path, message + '\n');
}

export function removeDraft(path: string): Promise<void> {
  return rm(path, { force: true });
}

/**
 * True when HEAD's message is the draft: its commit was made, but the run that made it
 * did not live to remove it (Neovim quit while a post-commit hook ran). Offering it
 * again would commit the same words twice.
 */
export async function draftWasCommitted(repo: Repository, message: string): Promise<boolean> {
  try {
    const head = (await repo.git.run(['log', '-1', '--no-show-signature', '--format=%B'])).stdout;
    return messageFromLines(head.split('\n')) === message;
  } catch {
    return false; // no commits yet
  }
}
