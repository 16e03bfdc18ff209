// Notices in several lengths: what gives way first, and that the line an 80-column
// terminal shows (68 cells with Neovim's defaults) still says what happened and what
// to do. `fitted` picks a line as lua/git-commit-push/init.lua's _fit does (the terminal
// test checks that one on a real screen).
import { describe, expect, it } from 'vitest';
import { cut, drop, fromText, notice, PREFIX, tail } from '../../src/words/notice.js';
import { busyNotice, committedNotice, fallbackNotice, pushedNotice, pushFailedNotice, refusedNotice, stillPushingNotice } from '../../src/words/notices.js';
import { explainPushFailure } from '../../src/commit/push-failure.js';

const width = (s: string) => Array.from(s).length;

function fitted(lines: string[], space = 68): string {
  const line = lines.find((l) => width(l) <= space);
  if (line !== undefined) return line;
  const last = Array.from(lines[lines.length - 1] ?? '');
  return last.slice(0, space - 1).join('') + '…';
}

describe('notice()', () => {
  it('starts with everything and the title, then gives way part by part in order', () => {
    const n = notice(['committed ', cut('A subject long enough to be cut somewhere', 1, 10), drop(' and an aside', 2), ': what to do'], ['a detail']);
    expect(n.lines).toEqual([
      `${PREFIX}committed A subject long enough to be cut somewhere and an aside: what to do`,
      `${PREFIX}committed A subject long enough to be cut… and an aside: what to do`,
      `${PREFIX}committed A subject long enough t… and an aside: what to do`,
      `${PREFIX}committed A subject long… and an aside: what to do`,
      `${PREFIX}committed A subject… and an aside: what to do`,
      `${PREFIX}committed A subject…: what to do`,
      'committed A subject…: what to do',
    ]);
    expect(n.details).toEqual(['a detail']);
  });

  it('keeps the end of a tail part (a path), down to its minimum', () => {
    const n = notice(['in ', tail('/home/someone/projects/journal/2024/notes', 1, 16)]);
    expect(n.lines[n.lines.length - 2]).toBe(`${PREFIX}in …rnal/2024/notes`);
    expect(n.lines[n.lines.length - 1]).toBe('in …rnal/2024/notes');
  });

  it('hides URL credentials and keeps every line on one line', () => {
    const n = notice(['push to http://me:s3cret@host/x.git failed\tbadly'], ['git said:\thttps://me:s3cret@host/x.git\n']);
    expect([...n.lines, ...n.details].join('\n')).not.toContain('s3cret');
    for (const l of [...n.lines, ...n.details]) expect(l).not.toMatch(/[\t\n\r]/);
    expect(n.details).toEqual(['git said: https://***@host/x.git ']);
  });
});

describe('fromText()', () => {
  it('takes the first line as the news and the rest as details', () => {
    const n = fromText('commit refused: a hook said no\n\nYour message is kept.');
    expect(n.lines[0]).toBe(`${PREFIX}commit refused: a hook said no`);
    expect(n.details).toEqual(['Your message is kept.']);
  });

  it('lets a long path give way, keeping its end, before the title', () => {
    const root = '/home/someone/projects/a-rather-long-folder/journal';
    const n = fromText(`${root}/notes.txt is not inside /srv/elsewhere`);
    expect(n.lines[0]).toBe(`${PREFIX}${root}/notes.txt is not inside /srv/elsewhere`);
    expect(fitted(n.lines, 60)).toBe('…urnal/notes.txt is not inside /srv/elsewhere');
  });

  it('leaves short paths and the sentence around them alone', () => {
    expect(fromText('/tmp/x.txt: nothing to commit').lines).toEqual([`${PREFIX}/tmp/x.txt: nothing to commit`, '/tmp/x.txt: nothing to commit']);
  });
});

describe('the daily notices on an 80-column terminal (68 cells)', () => {
  const made = { hash: '7036a21', subject: 'Add the autumn trip to the lake, with the photos of the second day' };
  const to = 'origin/master (/home/someone/backup/journal.git)';

  it('success: the hash, the start of the subject, and that it was pushed', () => {
    const n = pushedNotice(made, to, '1234567');
    expect(n.lines[0]).toBe(`${PREFIX}committed 7036a21 "${made.subject}" and pushed to ${to} (with 1234567, not pushed before)`);
    expect(fitted(n.lines)).toBe(`${PREFIX}committed 7036a21 "Add the autumn…" and pushed`);
  });

  it('success with a short subject: all of it', () => {
    expect(fitted(pushedNotice({ hash: '7036a21', subject: 'Add the lake trip' }, to).lines)).toBe(`${PREFIX}committed 7036a21 "Add the lake trip" and pushed`);
  });

  it('committed, not pushed: and why', () => {
    expect(fitted(committedNotice({ hash: '7036a21', subject: 'Add the lake trip' }, 'no remote, so not pushed').lines)).toBe(
      'committed 7036a21 "Add the lake trip" (no remote, so not pushed)',
    );
  });

  it('fallback: which message, then why as far as it goes', () => {
    const n = fallbackNotice('Ollama unreachable at http://127.0.0.1:11434 (connection refused)', 'Update journal.txt');
    expect(n.lines[0]).toBe(`${PREFIX}using the default message "Update journal.txt": Ollama unreachable at http://127.0.0.1:11434 (connection refused)`);
    expect(fitted(n.lines)).toBe('using the default message "Update journal.txt": Ollama unreachabl…');
  });

  it('push rejected: that it failed and the next step, whole; the commit and git in the details', () => {
    const f = explainPushFailure(" ! [rejected]        HEAD -> master (fetch first)\nerror: failed to push some refs to '/srv/journal.git'\nhint: Updates were rejected");
    const n = pushFailedNotice(f, to, made);
    expect(n.lines[0]).toBe(
      `${PREFIX}committed 7036a21, but the push to ${to} failed, the remote has new commits: git pull --rebase, then :GitCommitPush push`,
    );
    expect(fitted(n.lines)).toBe('push failed: git pull --rebase, then :GitCommitPush push');
    expect(fitted(n.lines, 101)).toBe(`${PREFIX}push failed, the remote has new commits: git pull --rebase, then :GitCommitPush push`);
    expect(fitted(n.lines, 100)).toBe('push failed, the remote has new commits: git pull --rebase, then :GitCommitPush push');
    expect(n.details).toEqual([`The commit is safe (7036a21 "${made.subject}"); git said:`, '! [rejected] HEAD -> master (fetch first)', "error: failed to push some refs to '/srv/journal.git'"]);
  });

  it('busy: what runs, for how long, and how to stop it', () => {
    expect(fitted(stillPushingNotice(to, '12 s', ':GitCommitPush cancel stops the push, the commit stays').lines)).toBe(
      'still pushing to origin/master (12 s): :GitCommitPush cancel stops…',
    );
    expect(fitted(busyNotice('generating a message', '3 s', ':GitCommitPush cancel stops it', ' in /home/someone/projects/journal').lines)).toBe(
      'still generating a message (3 s): :GitCommitPush cancel stops it',
    );
  });

  it("refused: git's first words, and all of them in the details", () => {
    const n = refusedNotice('lint: trailing whitespace in journal.txt line 3\nlint: 1 problem');
    expect(n.lines[0]).toBe(`${PREFIX}commit refused: lint: trailing whitespace in journal.txt line 3; your message is kept, :w again once fixed`);
    expect(fitted(n.lines)).toBe('commit refused: lint: trailing whitespace in journal.txt line 3');
    expect(n.details).toEqual(['lint: trailing whitespace in journal.txt line 3', 'lint: 1 problem', 'Your message is kept: fix the cause and :w again (or :q! to give up).']);
  });
});
