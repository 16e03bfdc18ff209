// The branch's (or the file's own) recent commit subjects: a style reference for the model,
// marked as one, so that it writes like the project without copying.
import { oneLine } from '../words/one-line.js';
import type { Budget } from './budget.js';
import { cutAt, cutMeta } from './text.js';

export const MAX_SUBJECTS = 10;
const MAX_SUBJECT_CHARS = 120;
const SUBJECTS_REUSE =
  'A style reference only: do not copy them or reuse their wording, except in the forms git itself writes when the change is one: Revert "<subject>" for a revert, fixup! <subject> or squash! <subject>.';

export function subjectsTitleFor(file: string | undefined): string {
  const whose = file !== undefined ? `of ${cutMeta(oneLine(file))}` : 'on this branch';
  return `Recent commit subjects ${whose}, newest first. ${SUBJECTS_REUSE}`;
}

export function cleanSubject(s: string): string {
  const one = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return one.length > MAX_SUBJECT_CHARS ? `${cutAt(one, MAX_SUBJECT_CHARS)} [...]` : one;
}

export function subjectLine(s: string): string {
  return `- ${s}`;
}

/** Adds the section if at least one subject fits; returns how many were shown. */
export function subjectsSection(subjects: string[], title: string, cap: number, out: Budget): number {
  let cost = out.cost('') + out.cost(title);
  let n = 0;
  for (const s of subjects) {
    const c = out.cost(subjectLine(s));
    if (cost + c > cap) break;
    cost += c;
    n++;
  }
  if (n === 0) return 0;
  out.add('');
  out.add(title);
  for (let i = 0; i < n; i++) out.add(subjectLine(subjects[i] as string));
  return n;
}
