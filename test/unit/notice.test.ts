// Notices in several lengths: what gives way first, and that the line an 80-column
// terminal shows (68 cells with Neovim's defaults) still says what happened and what
// to do. `fitted` picks a line as lua/git-commit-push/init.lua's _fit does (the terminal
// test checks that one on a real screen).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cut, drop, fromText, notice, PREFIX, tail } from '../../src/words/notice.js';
import { busyNotice, committedNotice, fallbackNotice, pushedNotice, pushFailedNotice, refusedNotice, stillPushingNotice } from '../../src/words/notices.js';
import { explainPushFailure } from '../../src/commit/push-failure.js';
import { describeFailure } from '../../src/model/ollama.js';

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

  it('success: the hash, as much of the subject as fits, cut between words, and that it was pushed', () => {
    const n = pushedNotice(made, to, '1234567');
    expect(n.lines[0]).toBe(`${PREFIX}committed 7036a21 "${made.subject}" and pushed to ${to} (with 1234567, not pushed before)`);
    expect(fitted(n.lines)).toBe('pushed 7036a21 "Add the autumn trip to the lake, with the photos…"');
    const whole = `${PREFIX}committed 7036a21 "${made.subject}" and pushed`;
    expect(fitted(n.lines, width(whole))).toBe(whole);
    expect(fitted(n.lines, width(whole) - 1)).toBe(`committed 7036a21 "${made.subject}" and pushed`);
  });

  it('success with a subject that fits: all of it, whatever else gives way', () => {
    const subject = 'Add the first journal entry about the autumn trip';
    expect(fitted(pushedNotice({ hash: '161fed7', subject }, to, '1234567').lines)).toBe(`pushed 161fed7 "${subject}"`);
    expect(fitted(pushedNotice({ hash: '7036a21', subject: 'Add the lake trip' }, to).lines)).toBe(`${PREFIX}committed 7036a21 "Add the lake trip" and pushed`);
  });

  it('the subject is the last part to give way, and never loses half a word while a whole one can go', () => {
    const n = pushedNotice(made, to, '1234567');
    const subjects = n.lines.map((l) => /"(.*)"/.exec(l)?.[1] ?? '');
    // Every line before the subject's first cut has it whole.
    const firstCut = subjects.findIndex((sub) => sub !== made.subject);
    expect(n.lines.slice(0, firstCut).every((l) => l.includes(made.subject))).toBe(true);
    expect(n.lines.slice(firstCut).every((l) => !l.includes(' to origin/master') && !l.startsWith(PREFIX))).toBe(true);
    for (const sub of subjects.slice(firstCut)) {
      const kept = sub.replace(/…$/, '');
      expect(made.subject.startsWith(kept)).toBe(true);
      expect([' ', ',', undefined]).toContain(made.subject[kept.length]);
    }
  });

  it('committed, not pushed: and why', () => {
    expect(fitted(committedNotice({ hash: '7036a21', subject: 'Add the lake trip' }, 'no remote, so not pushed').lines)).toBe(
      'committed 7036a21 "Add the lake trip" (no remote, so not pushed)',
    );
  });

  it('fallback: why and what to do stay whole; the host and the default message’s words give way first', () => {
    const host = 'http://127.0.0.1:11434';
    const refused = describeFailure({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } }, host, 'gemma3');
    const n = fallbackNotice(refused, 'Update journal.txt', host);
    expect(n.lines[0]).toBe(`${PREFIX}Ollama unreachable at ${host} (connection refused): ollama serve (using the default message "Update journal.txt")`);
    expect(fitted(n.lines)).toBe('Ollama unreachable: ollama serve (default message)');
    expect(fitted(n.lines, 100)).toBe(`${PREFIX}Ollama unreachable (connection refused): ollama serve (using the default message)`);

    const missing = describeFailure({ name: 'ResponseError', status_code: 404, error: "model 'gemma3' not found" }, host, 'gemma3');
    expect(fitted(fallbackNotice(missing, 'Update journal.txt', host).lines)).toBe('model "gemma3" not found: ollama pull gemma3 (default message)');
    // Another machine: no advice to start Ollama here.
    const far = 'http://gpu-box.lan:11434';
    const away = describeFailure({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } }, far, 'gemma3');
    expect(fitted(fallbackNotice(away, 'Update journal.txt', far).lines)).toBe('Ollama unreachable (connection refused) (default message)');
  });

  it('fallback: a timeout says what to raise; an answer that is no message says so, without a host', () => {
    const host = 'http://127.0.0.1:11434';
    const late = `Ollama at ${host} did not answer within 60 s (timeout_ms)`;
    expect(fitted(fallbackNotice(late, 'Update journal.txt', host).lines)).toBe('Ollama did not answer in 60 s: raise timeout_ms (default message)');
    expect(fitted(fallbackNotice('the model answered with an empty message', 'Update journal.txt', host).lines)).toBe(
      'the model answered with an empty message (default message)',
    );
  });

  it('committed with the default message: says so, with why and what to do, at any width', () => {
    const host = 'http://127.0.0.1:11434';
    const fallback = { reason: `Ollama unreachable at ${host} (connection refused)`, host };
    const made1 = { hash: '1c80d14', subject: 'Update journal.txt' };
    const n = pushedNotice(made1, to, undefined, fallback);
    expect(n.lines[0]).toBe(`${PREFIX}committed 1c80d14 with the default message "Update journal.txt" (Ollama unreachable at ${host} (connection refused): ollama serve) and pushed to ${to}`);
    const wide = `${PREFIX}committed 1c80d14 with the default message "Update journal.txt" (Ollama unreachable (connection refused): ollama serve) and pushed`;
    expect(fitted(n.lines, width(wide))).toBe(wide);
    expect(fitted(n.lines, 100)).toBe('committed 1c80d14 with the default message (Ollama unreachable: ollama serve) and pushed');
    expect(fitted(n.lines)).toBe('Ollama unreachable: ollama serve (default message committed, pushed)');
    const missing = { reason: `model "gemma3" not found at ${host} (run: ollama pull gemma3)`, host };
    expect(fitted(pushedNotice(made1, to, undefined, missing).lines)).toBe('no model "gemma3": ollama pull gemma3 (default message, pushed)');
    expect(fitted(pushedNotice(made1, to, undefined, missing).lines, 100)).toBe('committed 1c80d14 with the default message (model "gemma3" not found: ollama pull gemma3) and pushed');
    expect(fitted(committedNotice(made1, 'no remote, so not pushed', fallback).lines)).toBe('Ollama unreachable: ollama serve (default message, not pushed)');
    // Never the reason or the advice cut, at any width down to the shortest line.
    for (const l of [...n.lines, ...pushedNotice(made1, to, undefined, missing).lines]) expect(l).toMatch(/: ollama (serve|pull gemma3)/);
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

describe('README.md and :help show the notices as the code makes them', () => {
  const root = resolve(__dirname, '../..');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const help = readFileSync(join(root, 'doc/git-commit-push.txt'), 'utf8');
  const host = 'http://127.0.0.1:11434';
  const to = 'origin/master (/mnt/usb/journal.git)';
  const made = { hash: '1c80d14', subject: 'Update journal.txt' };
  const missing = { reason: `model "gemma3" not found at ${host} (run: ollama pull gemma3)`, host };
  const down = { reason: `Ollama unreachable at ${host} (connection refused)`, host };

  it.each([
    ['the fallback, model missing', fallbackNotice(missing.reason, 'Update journal.txt', host).lines],
    ['the fallback, Ollama down', fallbackNotice(down.reason, 'Update journal.txt', host).lines],
    ['the commit with the default message, model missing', pushedNotice(made, to, undefined, missing).lines],
    ['the commit with the default message, Ollama down', pushedNotice(made, to, undefined, down).lines],
    ['a subject that fits', pushedNotice({ hash: '161fed7', subject: 'Add the first journal entry about the autumn trip' }, to).lines],
  ])('%s, at 80 columns', (_name, lines) => {
    const line = fitted(lines);
    expect(readme).toContain(line);
    expect(help.replace(/\s+/g, ' ')).toContain(line);
  });

  it('the commit with the default message on a wider screen', () => {
    const line = fitted(pushedNotice(made, to, undefined, down).lines, 110);
    expect(line).toBe('committed 1c80d14 with the default message "Update journal.txt" (Ollama unreachable: ollama serve) and pushed');
    expect(readme).toContain(line);
    expect(help.replace(/`\s*\n\s*`/g, ' ').replace(/\s+/g, ' ')).toContain(line);
  });
});
