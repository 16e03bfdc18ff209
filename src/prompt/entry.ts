// One changed file as the prompt's sections see it, and the notes they leave for the review
// buffer about what they left out.
import type { DiffFile } from '../change/diff.js';
import type { Exclusion } from './exclusions.js';
import type { HunkView } from './hunk-view.js';
import type { TextKind } from './tokens.js';

export interface Entry {
  file: DiffFile;
  index: number;
  exclusion: Exclusion | undefined;
  kind: TextKind;
  /** Body lines over all hunks (or summary lines of a lock file). */
  size: number;
  /** A lock file's package changes, shown in place of its diff. */
  digest?: { title: string; lines: string[] };
  views?: HunkView[];
}

export interface Omission {
  /**
   * Order in the review buffer, which shows only MAX_OMITTED lines: secrets
   * first (what a user most needs to see), then what concerns the whole
   * prompt, then excluded files, then per-file shortening.
   */
  rank: 0 | 1 | 2 | 3;
  text: string;
}
