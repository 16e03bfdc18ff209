/**
 * What a user reads of a session outside its notices: `:GitCommitPush output` (git's words
 * and exactly what was sent to the model) and the status window's line for each phase.
 */
import type { Transcript } from '../commit/commit.js';
import { hideUrlCredentials } from '../words/credentials.js';
import { destination } from '../words/notices.js';
import type { Progress } from './editor.js';
import type { Phase, Session } from './session.js';

/**
 * The output buffer's sections, as the original script showed them, then exactly what was
 * sent to the model: the way to see that nothing else left the machine.
 */
export function transcriptLines(t: Transcript, s?: Session): string[] {
  const section = (title: string, text: string | undefined) => [
    `${title}:`,
    ...(text === undefined ? ['(did not run)'] : text.trim() === '' ? ['(no output)'] : hideUrlCredentials(text.trimEnd()).split('\n')),
    '',
  ];
  const lines = [...section('Git Add Output', t.add), ...section('Git Commit Output', t.commit), ...section('Git Push Output', t.push)];
  if (s) {
    const to = `${s.p.options.model} at ${hideUrlCredentials(s.p.options.host)}`;
    // How the prompt was made, when something about it is worth a line (a rates file ignored).
    for (const note of s.sent?.notes ?? []) lines.push(`Note: ${note}`, '');
    if (!s.sent) lines.push(`Sent to ${to}:`, '(nothing: the message did not come from the model)');
    else lines.push(`Sent to ${to}, system message:`, ...hideUrlCredentials(s.sent.system).split('\n'), '', 'User message:', ...hideUrlCredentials(s.sent.user).split('\n'));
  }
  return lines;
}

/** What a running phase shows in the status window and in g:git_commit_push_status. */
export function phaseProgress(s: Session, p: Exclude<Phase, { name: 'reviewing' }>): Omit<Progress, 'elapsedMs'> {
  switch (p.name) {
    case 'generating':
      return { text: `asking ${s.p.options.model} for a message`, short: 'generating' };
    case 'waiting':
      return { text: `waiting for ${p.holder}`, short: 'waiting' };
    case 'committing':
      return { text: 'committing', short: 'committing' };
    case 'pushing':
      return { text: `pushing to ${hideUrlCredentials(destination(s.p.plan.describe).name)}`, short: 'pushing' };
  }
}
