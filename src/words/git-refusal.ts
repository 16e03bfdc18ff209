/**
 * Why git refused to stage or commit, in plain words, before git's own: a user who pressed
 * \g never ran `git add` and never wrote a pathspec, so neither may appear as the reason.
 * Read from git's English messages (the runner sets LC_MESSAGES=C).
 */

/** git's words with a plain first line in front when the failure is a known one; pathspec magic taken out. */
export function explainCommitFailure(gitText: string): string {
  const text = gitText.replace(/:\(literal\)/g, '');
  const plain = plainReason(text);
  return plain ? `${plain}\n${text}` : text;
}

function plainReason(text: string): string | undefined {
  if (/git-lfs[^\n]*(?:command not found|not found|No such file)/i.test(text)) {
    return 'git-lfs is not installed, and a file here is stored with it: install git-lfs, then :w again';
  }
  const filter = /fatal: (.+): clean filter '([^']+)' failed/.exec(text);
  if (filter) return `the clean filter "${filter[2]}" failed on ${filter[1]} (see .gitattributes and your git config), so git could not stage it`;
  const lock = /Unable to create '([^']*index\.lock)': File exists/.exec(text);
  if (lock) return `another git is working in this repository, or one that crashed left ${lock[1]}: if none runs, remove that file, then :w again`;
  const sparse = /outside of your sparse-checkout definition[\s\S]*?index:\n([\s\S]*?)(?:\nhint:|$)/.exec(text);
  if (sparse) {
    const paths = (sparse[1] ?? '').split('\n').filter((l) => l.trim() !== '').join(', ');
    return `${paths || 'the file'}: marked skip-worktree or outside the sparse checkout, so git does not stage it (git update-index --no-skip-worktree, or git sparse-checkout add)`;
  }
  return undefined;
}
