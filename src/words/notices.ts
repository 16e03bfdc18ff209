/**
 * The notices users meet every day, each written so that its shortest line still says
 * what happened and what to do (src/words/notice.ts says how lines get shorter): on an
 * 80-column terminal a message line has 68 cells.
 */
import { cut, drop, notice, type Notice } from './notice.js';

/** A failure in plain words: why, in a few words, the next step, and the tool's own lines worth reading. */
export interface FailureWords {
  reason: string;
  next: string;
  gitLines: string[];
}

export interface MadeCommit {
  hash: string;
  subject: string;
}

/** "origin/main (git@host:journal.git)", as the push plan describes it: the name, and the address that can go. */
export function destination(to: string): { name: string; address: string } {
  const m = /^(\S+)( \(.*\))$/.exec(to);
  return m ? { name: m[1] ?? to, address: m[2] ?? '' } : { name: to, address: '' };
}

/** The commit is made and pushed; `tookAlong` is an earlier commit whose push this one finished. */
export function pushedNotice(made: MadeCommit, to: string, tookAlong?: string): Notice {
  const { name, address } = destination(to);
  return notice([
    `committed ${made.hash} "`,
    cut(made.subject, 2, 16),
    '" and pushed',
    drop(` to ${name}`, 3),
    drop(address, 0),
    ...(tookAlong ? [drop(` (with ${tookAlong}, not pushed before)`, 1)] : []),
  ]);
}

/** The commit is made, not pushed; `why` says why in a few words. */
export function committedNotice(made: MadeCommit, why: string): Notice {
  return notice([`committed ${made.hash} "`, cut(made.subject, 3, 16), '"', cut(` (${why})`, 1, 24)], [], { prefixOrder: 2 });
}

/** The model gave no usable message: the default one is used, and why. */
export function fallbackNotice(reason: string, fallback: string): Notice {
  return notice([`using the default message "${fallback}"`, cut(`: ${reason}`, 6, 20)], [], { prefixOrder: 2 });
}

/**
 * The push failed. `commit` is the commit just made (absent for `:GitCommitPush push`,
 * which made none). The line: that it failed, why, what to do; the details: git's words.
 */
export function pushFailedNotice(f: FailureWords, to: string, commit?: MadeCommit): Notice {
  const safe = commit ? `The commit is safe (${commit.hash} "${commit.subject}"); git said:` : 'Nothing was lost: the commits stay on your branch; git said:';
  return notice(
    [
      commit ? drop(`committed ${commit.hash}, but the `, 2) : drop('the ', 2),
      'push',
      drop(` to ${destination(to).name}`, 1),
      drop(destination(to).address, 0),
      ' failed',
      drop(`, ${f.reason}`, 4),
      `: ${f.next}`,
    ],
    [safe, ...f.gitLines],
    { prefixOrder: 3 },
  );
}

/**
 * Something runs for this repository already: `what` runs, `aside` (where, which address)
 * goes first when the line is too long, `how` says how to stop it.
 */
export function busyNotice(what: string, seconds: string, how: string, aside = ''): Notice {
  return notice([`still ${what}`, drop(aside, 1), ` (${seconds})`, cut(`: ${how}`, 4, 30)], [], { prefixOrder: 2 });
}

/** A push runs for this repository already. */
export function stillPushingNotice(to: string, seconds: string, how: string): Notice {
  const { name, address } = destination(to);
  return busyNotice(`pushing to ${name}`, seconds, how, address);
}

/** git refused the commit (a hook, gpg): its first words on the line, all of them under it. */
export function refusedNotice(gitWords: string): Notice {
  const lines = gitWords.split('\n').filter((l) => l.trim() !== '');
  const first = (lines[0] ?? 'git gave no reason').replace(/^(error|fatal): /, '');
  return notice(
    ['commit refused: ', cut(first, 3, 16), drop('; your message is kept, :w again once fixed', 1)],
    [...lines, 'Your message is kept: fix the cause and :w again (or :q! to give up).'],
    { prefixOrder: 2 },
  );
}

/**
 * The repository is not what the review showed (recheck.ts): nothing was committed. `why`
 * says what changed, `next` what the review shows now or what to do.
 */
export function changedNotice(why: string, next: string): Notice {
  return notice([cut(why, 4, 24), drop('; your message is kept', 1), `: ${next}`], [why, next], { prefixOrder: 2 });
}

/** Secret files kept out of a commit nobody reviewed; `how` says how to commit them on purpose. */
export function secretsLeftOutNotice(paths: readonly string[], how: string): Notice {
  const names = paths.length <= 3 ? paths.join(', ') : `${paths.slice(0, 2).join(', ')} and ${paths.length - 2} more`;
  const what = paths.length === 1 ? 'a secret file' : 'secret files';
  return notice([`left out of the commit: ${names} (${what})`, cut(`: ${how}`, 3, 24)], [`Left out: ${paths.join(', ')}`, how], { prefixOrder: 2 });
}
