// Builds the user message from a parsed diff so that the whole request fits the
// context window on purpose. Ollama cuts an over-long prompt from the FRONT
// without telling anyone, so the instructions would vanish: everything here is
// counted, and whatever does not fit is left out visibly, never silently.
//
// What gives way when the diff does not fit, in this order: the unchanged lines
// around the changes (down to 1, then none), then long lines (cut around the
// part that differs between the '-' and '+' line), then changed lines (every file
// keeps some before any keeps all; a long addition of prose becomes an outline),
// then whole files' diffs. The file list, the lock-file summaries and the
// instructions go first.
//
// The sections, in the order the model reads them: file-list.ts, subjects.ts, diff-section.ts
// (with hunk-view.ts); budget.ts counts, omissions.ts says what was left out.

import { oneLine } from '../words/one-line.js';
import type { DiffFile } from '../change/diff.js';
import { describeLock, directDependencies, lockCounts, lockFormat, readLock } from '../change/lockfiles.js';
import { Budget, validRates } from './budget.js';
import { diffSection, filesOmittedMarker, fullDiffCost } from './diff-section.js';
import type { Entry, Omission } from './entry.js';
import { promptExclusion } from './exclusions.js';
import { summaryHeader, summaryLines } from './file-list.js';
import { capOmitted, exclusionNotes } from './omissions.js';
import { textKind } from './outline.js';
import { MAX_SUBJECTS, cleanSubject, subjectLine, subjectsSection, subjectsTitleFor } from './subjects.js';
import { type TextMix, type TokenRates, textUnits } from './tokens.js';
import { cutMeta, fmt } from './text.js';

export { estimateTokens } from './tokens.js';
export { promptExclusion } from './exclusions.js';

export interface PromptRequest {
  files: DiffFile[];
  system: string;
  /** Recent commit subjects, newest first, merges left out by the caller. */
  recentSubjects: string[];
  /** Set when recentSubjects are this file's own last subjects (file scope), not the branch's. */
  subjectsFile?: string;
  numCtx: number;
  numPredict: number;
  /** Tokens per counted piece, from TokenEstimator.rates(model); CAUTIOUS_RATES when absent. */
  rates?: TokenRates;
  /** Paths git's attributes mark generated (linguist-generated, -diff): named with counts only. */
  generatedPaths?: ReadonlySet<string>;
}

export interface Prompt {
  system: string;
  user: string;
  /** One short line per thing left out or shortened, for the review buffer. */
  omitted: string[];
  estimatedTokens: number;
  /** What the prompt is made of, for TokenEstimator.learn() once the server has counted it. */
  mix: TextMix;
}

/** Room for the chat template's own tokens (gemma3: 15 for a system and a user message); estimates that run short are what the rates' margins are for. */
export const PROMPT_MARGIN_TOKENS = 32;

const SUMMARY_SHARE = 0.6;
const SUBJECTS_SHARE = 0.15;
const CLOSING = 'Write the commit message for the staged changes above.';

export function buildPrompt(req: PromptRequest): Prompt {
  const rates = validRates(req.rates);
  const systemUnits = textUnits(req.system);
  const systemTokens = systemUnits * rates.prose;
  const limit = req.numCtx - req.numPredict - PROMPT_MARGIN_TOKENS;
  const direct = directDependencies(req.files);
  const entries: Entry[] = req.files.map((file, index) => {
    const exclusion = promptExclusion(file, req.generatedPaths);
    const e: Entry = {
      file,
      index,
      exclusion,
      kind: textKind(file.path, sampleAdded(file)),
      size: file.hunks.reduce((n, h) => n + h.lines.length, 0),
    };
    if (exclusion === 'lock file' && file.hunks.length > 0) {
      const format = lockFormat(file.path);
      const s = format ? readLock(file, direct) : undefined;
      if (format && s) {
        const c = lockCounts(s);
        const what = format === 'nix' ? 'inputs' : 'packages';
        e.digest = {
          title: `File: ${oneLine(file.path)} (lock file: ${what} that moved, read from its diff: ${c.changed} changed, ${c.added} added, ${c.removed} removed)`,
          lines: describeLock(s, format).map((l) => cutMeta(oneLine(l))),
        };
        e.kind = 'code';
        e.size = e.digest.lines.length;
      }
    }
    return e;
  });
  const out = new Budget(limit - systemTokens, rates, []);
  const omitted = compose(entries, req, out, systemTokens, limit);
  const user = (out.out ?? []).join('\n');
  return {
    system: req.system,
    user,
    omitted: capOmitted(omitted),
    estimatedTokens: Math.ceil(systemTokens + out.used),
    mix: { code: out.mix.code, prose: out.mix.prose + systemUnits },
  };
}

function sampleAdded(f: DiffFile): string[] {
  const out: string[] = [];
  for (const h of f.hunks) {
    for (const l of h.lines) {
      if (l.charCodeAt(0) === 0x2b) out.push(l);
      if (out.length >= 40) return out;
    }
  }
  return out;
}

function compose(entries: Entry[], req: PromptRequest, out: Budget, systemTokens: number, limit: number): Omission[] {
  const budget = out.limit;
  const omitted: Omission[] = exclusionNotes(entries);
  const header = summaryHeader(entries);
  const closingCost = out.cost('') + out.cost(CLOSING);
  const diffable = entries.filter((e) => e.digest !== undefined || (e.exclusion === undefined && e.file.hunks.length > 0));
  // Kept back so the file list cannot crowd out the statement that the diff was left out.
  const diffFloor = diffable.length > 0 ? out.cost('') + out.cost(filesOmittedMarker(diffable.length)) : 0;

  if (out.cost(header) + closingCost + diffFloor > budget) {
    // The instructions leave (next to) no room: say what changed in one line and stop.
    out.force(header);
    out.add('[... file list and diff omitted: no room left after the instructions]');
    omitted.push({
      rank: 1,
      text: `the file list and the whole diff: the instructions take about ${fmt(Math.ceil(systemTokens))} of the ${fmt(Math.max(0, limit))} tokens available`,
    });
    return omitted;
  }

  out.add(header);
  const avail = budget - out.used - closingCost - diffFloor;
  const cleanSubjects = req.recentSubjects.map(cleanSubject).filter((s) => s.length > 0).slice(0, MAX_SUBJECTS);
  const subjectsTitle = subjectsTitleFor(req.subjectsFile);

  // What the other sections would take in full, so a short diff leaves the list its room.
  const diffNeed = diffable.length > 0 ? fullDiffCost(diffable, out.trial(avail)) : 0;
  const subjectsNeed =
    cleanSubjects.length > 0 ? out.cost('') + out.cost(subjectsTitle) + cleanSubjects.reduce((n, s) => n + out.cost(subjectLine(s)), 0) : 0;

  const summaryCap = Math.min(avail, Math.max(Math.floor(avail * SUMMARY_SHARE), avail - diffNeed - subjectsNeed));
  const summary = summaryLines(entries, summaryCap, out);
  for (const l of summary.lines) out.add(l);
  if (summary.listed < entries.length) {
    omitted.push({ rank: 1, text: `file list: ${fmt(entries.length - summary.listed)} more files not listed` });
  }

  if (cleanSubjects.length > 0) {
    const rem = budget - out.used - closingCost - diffFloor;
    const cap = Math.max(Math.floor(rem * SUBJECTS_SHARE), rem - diffNeed);
    const shown = subjectsSection(cleanSubjects, subjectsTitle, cap, out);
    if (shown < cleanSubjects.length) {
      omitted.push({ rank: 1, text: `recent commit subjects: ${fmt(cleanSubjects.length - shown)} left out for length` });
    }
  }

  if (diffable.length > 0) {
    const allowance = budget - out.used - closingCost;
    omitted.push(...diffSection(diffable, allowance, out));
  }

  out.add('');
  out.add(CLOSING);
  return omitted;
}
