/** How the core runs git; src/change/git.ts implements it with simple-git. */
export interface GitResult {
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** A private index (GIT_INDEX_FILE), so that looking at a change never touches the user's. */
  indexFile?: string;
  /** `-c name=value` settings for this one command. */
  config?: readonly string[];
  /** Kills the git process (`:GitCommitPush cancel`); the call then rejects. */
  signal?: AbortSignal;
  /**
   * Runs git in a session of its own, without the editor's terminal: for commands that run
   * the user's hooks, a signer or ssh, whose prompts would be drawn over Neovim and answered
   * by nobody (or read the user's keys).
   */
  detach?: boolean;
  /** Variables for this one command, over the user's environment (GIT_TRACE2_EVENT, say). */
  env?: Readonly<Record<string, string>>;
}

export interface Git {
  readonly cwd: string;
  run(args: readonly string[], opts?: RunOptions): Promise<GitResult>;
}
