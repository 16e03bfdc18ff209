/**
 * Errors the plugin expects and explains. Anything else reaching the command
 * boundary is a bug, and is reported as one (with its stack in the host log).
 */
export type Level = 'info' | 'warn' | 'error';

export class PluginError extends Error {
  override readonly name: string = 'PluginError';
  constructor(
    message: string,
    readonly level: Level = 'error',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Git refused or failed; `gitMessage` is git's own words, which users know how to act on. */
export class GitError extends PluginError {
  override readonly name = 'GitError';
  constructor(
    message: string,
    readonly gitMessage: string,
    options?: { cause?: unknown },
  ) {
    super(message, 'error', options);
  }
}

/** What to show of a failure: git's own words when git failed, else the message; blank lines dropped. */
export function gitWords(err: unknown): string {
  const text = err instanceof GitError ? err.gitMessage : err instanceof Error ? err.message : String(err);
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .join('\n');
}
