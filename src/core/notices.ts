/**
 * The notices users meet every day, each written so that its shortest line still says
 * what happened and what to do (src/core/notice.ts says how lines get shorter): on an
 * 80-column terminal a message line has 68 cells.
 */
import { cut, drop, notice, type Notice } from './notice.js';
import type { PushFailure } from './push-failure.js';

export interface MadeCommit {
  hash: string;
  subject: string;
}

/** The commit is made and pushed; `tookAlong` is an earlier commit whose push this one finished. */
export function pushedNotice(made: MadeCommit, to: string, tookAlong?: string): Notice {
  return notice([
    `committed ${made.hash} "`,
    cut(made.subject, 1, 10),
    '" and pushed',
    drop(` to ${to}`, 3),
    ...(tookAlong ? [drop(` (with ${tookAlong}, not pushed before)`, 2)] : []),
  ]);
}

/** The commit is made, not pushed; `why` says why in a few words. */
export function committedNotice(made: MadeCommit, why: string): Notice {
  return notice([`committed ${made.hash} "`, cut(made.subject, 1, 10), '"', cut(` (${why})`, 6, 24)], [], { prefixOrder: 2 });
}

/** The model gave no usable message: the default one is used, and why. */
export function fallbackNotice(reason: string, fallback: string): Notice {
  return notice([`using the default message "${fallback}"`, cut(`: ${reason}`, 6, 20)], [], { prefixOrder: 2 });
}

/**
 * The push failed. `commit` is the commit just made (absent for `:GitCommitPush push`,
 * which made none). The line: that it failed, why, what to do; the details: git's words.
 */
export function pushFailedNotice(f: PushFailure, to: string, commit?: MadeCommit): Notice {
  const safe = commit ? `The commit is safe (${commit.hash} "${commit.subject}"); git said:` : 'Nothing was lost: the commits stay on your branch; git said:';
  return notice(
    [
      commit ? drop(`committed ${commit.hash}, but the `, 2) : drop('the ', 2),
      'push',
      drop(` to ${to}`, 1),
      ' failed',
      drop(`, ${f.reason}`, 4),
      `: ${f.next}`,
    ],
    [safe, ...f.gitLines],
    { prefixOrder: 3 },
  );
}

/** Something runs for this repository already; `what` says what, `how` how to stop it. */
export function busyNotice(what: string, seconds: string, how: string, root?: string): Notice {
  return notice([`still ${what}`, ...(root ? [drop(` in ${root}`, 1)] : []), ` (${seconds})`, cut(`: ${how}`, 4, 30)], [], { prefixOrder: 2 });
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
