/**
 * What the command says, and where: everything but the message itself goes to stderr,
 * with URL credentials hidden as everywhere the plugin shows text. stdout carries only
 * what a script may capture (the message, in `message` mode) or, on a terminal, the
 * message as it streams.
 */
import { PluginError, type Level } from '../words/errors.js';
import { hideUrlCredentials } from '../words/credentials.js';

export function say(text: string, level: Level = 'info'): void {
  const prefix = level === 'info' ? '' : level === 'warn' ? 'warning: ' : 'error: ';
  process.stderr.write(`git-commit-push: ${prefix}${hideUrlCredentials(text)}\n`);
}

/** The end of a run that failed: an expected failure in its own words, anything else as a bug. */
export function printFailure(err: unknown): void {
  if (err instanceof PluginError) return say(err.message, err.level);
  const msg = err instanceof Error ? err.message : String(err);
  say(`unexpected failure: ${msg.split('\n')[0] ?? ''}`, 'error');
  if (process.env.GIT_COMMIT_PUSH_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  else say('GIT_COMMIT_PUSH_DEBUG=1 shows the details');
}

/**
 * The answer as it grows. The preview is the whole text so far, cleaned for display;
 * only what extends the part already shown is written, since a terminal cannot take
 * text back the way a buffer can. The message that counts is shown again where it matters
 * (the editor, the commit summary).
 */
export class StreamPrinter {
  private shown = '';

  constructor(private readonly out: NodeJS.WritableStream) {}

  update(preview: string): void {
    if (!preview.startsWith(this.shown) || preview.length === this.shown.length) return;
    this.out.write(hideUrlCredentials(preview.slice(this.shown.length)));
    this.shown = preview;
  }

  end(): void {
    if (this.shown !== '') this.out.write('\n');
    this.shown = '';
  }
}

/** Where the message streams: the terminal when stdout is one, else stderr (stdout may be a script's). */
export function streamTarget(): NodeJS.WritableStream {
  return process.stdout.isTTY ? process.stdout : process.stderr;
}

/** The signals that mean "stop" to a terminal command: Ctrl-C, kill, a closed terminal. */
const STOP_SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Ctrl-C, as each step can take it: a generation or a push stops, a wait for another
 * commit ends, a commit is left to git (which stops too if the signal reached it, or
 * finishes; its push is skipped), and the editor
 * takes its own (git ignores SIGINT while the editor runs, too). A second Ctrl-C
 * leaves at once. SIGTERM and SIGHUP are taken the same way, so that what was committed
 * is said and no file is left in .git.
 */
export class Interrupts {
  private action: (() => void) | 'ignore' | undefined;
  private count = 0;
  /** SIGTERM or SIGHUP, once one came: the run is to end, even after the editor (which took it too). */
  stoppedBy: NodeJS.Signals | undefined;
  private readonly listeners = new Map<NodeJS.Signals, () => void>();

  constructor() {
    for (const [signal, code] of Object.entries(STOP_SIGNALS) as [NodeJS.Signals, number][]) {
      const listener = (): void => {
        if (signal !== 'SIGINT') this.stoppedBy = signal;
        if (this.action === 'ignore') return;
        this.count++;
        if (this.count > 1 || this.action === undefined) {
          process.stderr.write('\n');
          process.exit(code);
        }
        this.action();
      };
      this.listeners.set(signal, listener);
      process.on(signal, listener);
    }
  }

  get interrupted(): boolean {
    return this.count > 0;
  }

  /** What Ctrl-C does from now on: an action, or nothing at all while the editor has the terminal. */
  during(action: (() => void) | 'ignore'): void {
    this.action = action;
  }

  dispose(): void {
    for (const [signal, listener] of this.listeners) process.off(signal, listener);
  }
}
