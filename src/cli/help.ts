import { configKeysText } from '../settings/repo-settings.js';

/** `git-commit-push --help`: everything the command takes, where its settings come from, and its exit codes. */
export const HELP = `usage: git-commit-push [PATH... | --all | --staged] [--yes] [--no-push] [--regenerate] [MODEL OPTIONS]
       git-commit-push message [PATH... | --all | --staged] [--prompt TEXT] [--format plain] [--strict] [MODEL OPTIONS]
       git-commit-push hook install | uninstall
       git commit-push ...        (git runs git-commit-push from PATH; use -h there, git keeps --help for man pages)

Commit a change with a message written by a local Ollama model, then push it, as \\g does
in Neovim (git-commit-push.nvim), with the same engine.

  git-commit-push [PATH...]
      The message streams to the terminal as it is written (to stderr when stdout is not
      a terminal); then your editor opens on it, as for git commit (git var GIT_EDITOR),
      with # comment lines saying what is committed and where it goes. Save and quit to
      commit and push; an empty message, or an editor that exits non-zero (:cq in Vim),
      aborts with the index untouched. When the model cannot answer, the message is
      "Update <file>" and a warning says why.
      PATH...       these files (or folders), as \\g commits the current file; several
                    paths are one commit
      -a, --all     every change in the work tree, new files included (git add -A)
      --staged      what is staged, as it is
                    none of the three: what is staged, or every change when nothing is
      -y, --yes     commit and push the generated message without opening the editor
      --no-push     commit only
      --regenerate  write a new message even when one you wrote for a commit that did
                    not happen (refused by a hook, say) is waiting for this change

  git-commit-push message
      Prints only the message on stdout; warnings go to stderr. Reads a unified diff on
      stdin (git diff | git-commit-push message), or, when stdin is a terminal, takes
      the change a commit would (PATH, --all, --staged as above). When the model fails
      it prints the default message from the diff's file names and exits 0.
      --prompt TEXT     your instructions, in place of the preset's
      --format plain    the message alone (the only format; kept for old scripts)
      --strict          when the model fails, print nothing and exit 1

  git-commit-push hook install | uninstall
      A prepare-commit-msg hook in this repository (where git looks for hooks, so
      core.hooksPath counts): a plain git commit (no -m, -F, -c, merge, squash or
      amend) opens the editor with a generated message in place. It never stops a
      commit: with no model, the default message and a # line saying why. install
      refuses to replace a hook it did not write; uninstall removes only its own.

Model options (they outrank git config):
  --model NAME        Ollama model (default gemma3)
  --preset NAME       journal, code or conventional (default code)
  --language NAME     the language of the message (default English)
  --prompt TEXT       your own instructions, in place of the preset's
  --host URL          Ollama server: :PORT, HOST, HOST:PORT or a URL (default
                      $OLLAMA_HOST, else http://127.0.0.1:11434)

Settings, weakest first: the defaults; git config (the repository's, --global or --system,
as git reads them; key names are case-insensitive, a bad value is a warning and ignored):
${configKeysText()}
for the server, OLLAMA_HOST; then the options above. The contents of secret files, and lines
holding keys or tokens, are never sent to the model.

Other options:
  -h, --help        this text
  -V, --version     the version
  --                what follows is a path, even "message" or "hook"

Exit status:
  0   committed (and pushed, where the branch pushes); message: a message was printed
  1   nothing committed: aborted (empty message, editor exit, Ctrl-C), refused (nothing
      to commit, a merge in progress, a hook said no), or committed but the push failed
      (the commit stays, and the error says so); message --strict: no message
  2   usage: an unknown option, or options that do not go together
`;
