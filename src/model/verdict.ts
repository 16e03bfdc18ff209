// Whether an answer is a commit message at all, judged by its shape: an error text (of the
// server, the runtime, the network, a proxy), a refusal, a page. No single wording decides.
//
// The first line decides, judged as a whole: a commit subject starts with a
// Conventional Commits type or an imperative verb (then it may name any error it
// fixes), or is a noun phrase, or a past-tense report of a change. An error text
// has a shape no subject has: a label followed by a description rather than a
// verb, an exception class, a stack frame or a source location, an
// operating-system error at the end of a `:` chain or after the call that got it,
// a program's or a shell's prefix, a package manager's level tag, an HTTP request
// or status, a log line, a JSON error object, an HTML page, a runtime's own
// sentence about a state (a timeout, a model that does not load). Refusals open
// with the model speaking about itself and the task; a server apologizes for
// itself.

const REASON_ERROR = 'the model returned an error text';
const REASON_REFUSED = 'the model refused';
// How much of the head the rules read.
const HEAD_CHARS = 4096;
const HEAD_LINES = 12;
const JSON_PARSE_LIMIT = 64 * 1024;

/** Verbs a commit subject starts with; such a subject may name any error it fixes. */
const COMMIT_VERBS = [
  'add', 'adapt', 'adjust', 'align', 'allow', 'apply', 'avoid', 'bump', 'cache', 'catch', 'change',
  'check', 'clarify', 'clean', 'clear', 'collapse', 'combine', 'configure', 'convert', 'copy', 'correct',
  'create', 'debounce', 'decouple', 'default', 'defer', 'define', 'delete', 'deprecate', 'describe', 'detect',
  'disable', 'display', 'document', 'downgrade', 'drop', 'emit', 'enable', 'enforce', 'ensure', 'escape',
  'expand', 'explain', 'export', 'expose', 'extend', 'extract', 'filter', 'fix', 'flush', 'format', 'guard',
  'handle', 'harden', 'hide', 'ignore', 'implement', 'import', 'improve', 'include', 'increase', 'decrease',
  'initialize', 'inline', 'install', 'introduce', 'keep', 'limit', 'list', 'log', 'make', 'made', 'mark',
  'merge', 'migrate', 'move', 'normalize', 'optimize', 'pass', 'pin', 'port', 'preserve', 'prevent',
  'print', 'propagate', 'prune', 'raise', 'rearrange', 'recover', 'reduce', 'refactor', 'refresh', 'register',
  'reject', 'release', 'reload', 'remove', 'rename', 'reorder', 'replace', 'report', 'require', 'reset',
  'resolve', 'restore', 'restructure', 'retry', 'return', 'reuse', 'revert', 'rewrite', 'rework', 'sanitize',
  'separate', 'set', 'show', 'simplify', 'skip', 'sort', 'split', 'stop', 'store', 'streamline', 'strip',
  'support', 'surface', 'switch', 'sync', 'tidy', 'tighten', 'track', 'translate', 'trim', 'try', 'tweak', 'unify',
  'update', 'upgrade', 'use', 'validate', 'verify', 'warn', 'wrap',
];
const COMMIT_VERB = new RegExp(String.raw`^(?:${COMMIT_VERBS.join('|')})(?:s|es|d|ed|ing)?\b(?![-'’])(?! of\b)`, 'i');
// `type(scope)!:` of Conventional Commits, and git's own generated subjects.
const CONVENTIONAL = /^(?:feat|fix|docs|style|refactor|perf|test|tests|build|ci|chore|revert|deps|release)(?:\([^()\n]{0,60}\))?!?:\s/i;
const GIT_GENERATED = /^(?:fixup!|squash!|amend!|Merge (?:branch|pull request|remote-tracking branch|tag)\b|Revert ")/;
// A Go error chain that starts with an operation on a path or address: "open /etc/x: ...", "dial tcp 127.0.0.1:11434: ...".
const GO_OPERATION = /^[a-z]+ (?:(?:tcp|udp|unix|ip)[46]? \S+|["']?(?:\/|\.{1,2}\/|~\/|[A-Za-z]:[\\/]|[a-z]+:\/\/)[^\s"']*["']?):\s/;

// `panic:`, `CUDA error:`, `Fatal Python error:`, `error[E0425]:`, `Error code:`: up to three words then the label.
const LABEL = /^(?:[\w./-]+[ \t]+){0,3}?(?:error|exception|fatal|panic|failure|critical|err)(?:[ \t]+code)?(?:[ \t]+\d+)?(?:[ \t]*\[[^\]\n]{0,40}\])?[ \t]*:(?!\/\/)(.*)$/i;
// A label with nothing after it: "Error", "ERROR.", "Internal Server Error", "An unknown error occurred".
const BARE_LABEL = /^(?:(?:an?|internal|unknown|unexpected|server|fatal|network|runtime|system|general|generic|critical|service)[ \t]+){0,3}(?:error|exception|failure)(?:[ \t]+(?:has[ \t]+)?occurred)?[.!]*$/i;
// `TypeError: ...`, `httpx.ConnectError: ...`, `java.lang.NullPointerException`, `InvalidRequestError(message=...`.
const EXCEPTION_CLASS = /^(?:[A-Za-z_$][\w$]*\.){0,6}[A-Z][\w$]*(?:Error|Exception|Fault|Timeout)\b(?:[ \t]*:(.*)|[ \t]*\(|[ \t]*$)/;
const DUMP_HEADERS: readonly RegExp[] = [
  /^Traceback \(most recent call last\)/,
  /^goroutine \d+ \[[^\]\n]*\]:?$/,
  /^thread '[^'\n]*' panicked at\b/,
  /^Exception in thread "/,
  // .NET: "Unhandled exception. System.X: ...", Node: "Uncaught TypeError: ..."; not "unhandled exception when ...".
  /^(?:Unhandled|Uncaught)[ \t]+(?:exception|rejection|error|promise rejection|[\w.]*(?:Error|Exception))(?:[ \t]+at)?[ \t]*[.:]/i,
  /^(?:stack backtrace|backtrace|stack trace|stacktrace|call stack)[ \t]*:?$/i,
  /^\[?signal SIG[A-Z]+\b|^SIG[A-Z]{2,6}:/,
  /^[A-Z_]*ASSERT\w*\(/,
  // Node's: the heap report of a crash, a process's warning, V8's isolate lines.
  /^<--- .* --->$/,
  /^\(node:\d+\) /,
  /^\[\d+:0x[0-9a-f]+\]/,
  /^make(?:\[\d+\])?: \*\*\*/,
  /^Assertion [`'"].*[`'"] failed\.?$/,
  /^terminate called after throwing\b/,
];
const STACK_FRAMES: readonly RegExp[] = [
  /^\s*File "[^"\n]+", line \d+/, // Python
  /^\s*at \S.*:\d+:\d+\)?$/, // JavaScript
  /^\s*at [\w$.<>]+\([\w$.]+\.(?:java|kt|scala|cs):\d+\)$/, // JVM, .NET
  /^\s*\S+\.go:\d+(?: \+0x[0-9a-f]+)?$/, // Go
  /^#\d+\s+0x[0-9a-f]+ in /, // gdb
];
// A log line: a timestamp with seconds, Go's slog, gin's access log, a bracketed level.
const LOG_LINE = /^(?:\[?\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d|time=\S+ level=|\[GIN\]|\[?(?:ERROR|FATAL|CRITICAL|PANIC|ERR)\]?(?:[ \t:]|$)|[EF]\d{4} \d\d:\d\d:\d\d|➤? ?YN\d{4}:)/;
// A structured log line without its time: three or more `key=value` fields.
const KEY_VALUES = /^(?:[\w.-]+=(?:"[^"\n]*"|\S+)[ \t]+){2,}[\w.-]+=(?:"[^"\n]*"|\S+)/;
const HTML_START = /^<(?:!doctype[ \t]+html\b|html\b|head\b|body\b|title>|h1\b|center>|\?xml\b)/i;

const HTTP_REASONS = [
  'bad request', 'unauthorized', 'payment required', 'forbidden', 'not found', 'page not found',
  'method not allowed', 'not acceptable', 'proxy authentication required', 'request time-?out', 'conflict',
  'gone', 'payload too large', 'request entity too large', 'uri too long', 'unsupported media type',
  'unprocessable (?:entity|content)', 'too many requests', 'internal server error', 'not implemented',
  'bad gateway', 'service (?:temporarily )?unavailable', 'gateway time-?out', 'http version not supported',
  'insufficient storage', 'web server is (?:down|returning an unknown error)', 'connection timed out',
  'origin is unreachable', 'a timeout occurred', 'ssl handshake failed', 'invalid ssl certificate',
].join('|');
// "500 Internal Server Error", "HTTP/1.1 502 Bad Gateway", "404 page not found", "524: A timeout occurred".
const HTTP_STATUS_LINE = new RegExp(String.raw`^(?:HTTP/\d(?:\.\d)?[ \t]+)?[45]\d\d\b[ \t]*[-:.]?[ \t]*(?:${HTTP_REASONS})\b`, 'i');
const HTTP_REASON_ALONE = new RegExp(String.raw`^(?:${HTTP_REASONS})[.!]?$|^(?:HTTP(?:/\d(?:\.\d)?)?[ \t]+)?[45]\d\d[.!]?$`, 'i');
// "Server error '502 Bad Gateway' for url", "Request failed with status code 500", "HTTP Error 503".
const HTTP_STATUS_IN_LINE = new RegExp(
  String.raw`\b[45]\d\d[ \t]+(?:${HTTP_REASONS})\b|\b(?:status(?:[ \t]+code)?|error[ \t]+code|http[ \t]+error)[ \t]*:?[ \t]*[45]\d\d\b`,
  'i',
);

// What the shell prints when a process dies, as the whole line.
const SHELL_SIGNAL = /^(?:\S+: line \d+: +\d+ )?(?:Segmentation fault|Bus error|Illegal instruction|Aborted|Killed|Floating point exception|Trace\/breakpoint trap|Hangup|Terminated|Quit)(?: \(core dumped\))?[.!]?$/i;
// Operating-system and runtime errors, as the last link of a `:` chain or the whole line.
const SYSTEM_ERRORS = [
  '(?:unexpected )?EOF', 'connection refused', 'connection reset(?: by peer)?', 'broken pipe',
  'no such file or directory', 'no such host', 'permission denied', 'access denied', 'operation not permitted',
  'file does not exist', 'file already exists', 'is a directory', 'not a directory', 'directory not empty',
  'i/o timeout', 'context deadline exceeded', 'context canceled', 'deadline exceeded', 'operation timed out',
  'connection timed out', 'network is unreachable', 'no route to host', 'host is unreachable',
  'address already in use', 'cannot assign requested address', 'cannot allocate memory', 'out of memory',
  'no space left on device', 'too many open files', 'resource temporarily unavailable',
  'device or resource busy', 'read-only file system', 'bad file descriptor', 'invalid argument',
  'use of closed network connection', 'server misbehaving', 'certificate signed by unknown authority',
  '(?:signal: )?(?:killed|aborted|terminated|hangup|segmentation fault(?: \\(core dumped\\))?)',
  'exit status -?(?:0x[0-9a-f]+|\\d+)', 'core dumped', 'segmentation violation\\b.*',
  'invalid memory address or nil pointer dereference', 'nil pointer dereference', 'index out of range\\b.*',
  'not found', 'command not found', 'socket hang up', 'other side closed', 'fetch failed', 'failed to fetch',
  'executable file not found in \\$PATH', 'E[A-Z][A-Z0-9]{3,}',
].join('|');
// The error may carry a note in brackets: "(Client.Timeout exceeded while awaiting headers)".
const SYSTEM_ERROR_TAIL = new RegExp(String.raw`(?:^|:[ \t]+)(?:${SYSTEM_ERRORS})[.!]?(?:[ \t]+\([^()\n]*\))?[ \t]*$`, 'i');
/**
 * A prefix no subject has, naming who speaks rather than what changed; what follows it
 * is the error unless it starts with a verb (then the prefix names a part of the project).
 * A C function (`ggml_cuda_init:`, `llama_model_loader:`), a Go package path (`net/http:`),
 * a shell (`zsh:`, `sh: 1:`, `bash: line 3:`), a program with a numbered error (`curl: (28)`),
 * an object's printed form (`HTTPConnectionPool(host='x', port=1):`).
 */
const SPEAKER_PREFIX = /^(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z][a-z0-9]*(?:\/[a-z0-9]+)+|-?(?:ba|z|da|k|c|tc|fi|a)?sh:[ \t]+(?:line[ \t]+)?\d+|[A-Z][A-Za-z]*\((?:[a-z_]+=[^()\n]*)\))[ \t]*:[ \t]+(.*)$/;
/** What a runtime logs after such a prefix carries data: a count, a path, a setting, a table, a note in brackets. */
const LOGGED_DATA = /[\d=|(/\\]|:$|:\s|[A-Z]{2,}_[A-Z]|\b(?:timeout|timed out|refused|reset|cancel+ed|failed|failure|exceeded|denied|unreachable|invalid|unexpected|cannot|can't|unable|not found|no such)\b/i;
const NUMBERED_ERROR = /^[\w.-]+:[ \t]+\(\d+\)[ \t]/;
/** An HTTP client's failed request, as Go prints it: `Post "http://host/api/chat": ...`. */
const HTTP_REQUEST = /^(?:GET|POST|PUT|DELETE|HEAD|PATCH|Get|Post|Put|Delete|Head|Patch)[ \t]+"?[a-z][a-z0-9+.-]*:\/\/[^\s"]*"?:[ \t]/;
/**
 * A call and the errno code it got, as Node and libuv print them (`connect ECONNREFUSED ::1:11434`,
 * `getaddrinfo ENOTFOUND host`), node-fetch's wrapping of it, and a code as the first word (`ERR_PNPM_...`).
 */
const ERRNO = /^(?:[a-z]+(?:[ \t]+\S+)?[ \t]+E[A-Z][A-Z0-9_]{2,}(?:[ \t]+\S+)?$|request to \S+ failed, reason:|ERR_[A-Z0-9_]+\b)/;
/** A source location as a line of its own: the head of a crash report (`node:internal/...:394`, `/srv/app/x.js:81`). */
const SOURCE_LOCATION = /^(?:node:[\w/.-]+|(?:[A-Za-z]:)?[\w.@~-]*[\\/][\w.@/\\-]*\.[A-Za-z]\w*):\d+(?::\d+)?$/;
/** A package manager's log: a level tag after its name (`npm ERR!`, `npm error code E404`), yarn's bare `error An ...`. */
const PACKAGE_LOG = /^(?:(?:npm|yarn|pnpm|bun|gyp|node-gyp)[ \t]+(?:ERR!|WARN!?|error[ \t]+(?:code\b|\d{3}\b|[A-Z]))|error[ \t]+[A-Z][a-z])/;
/**
 * A runtime's sentence about a state, as the whole line: a timeout reported ("Request timed
 * out.", "timeout of 30000ms exceeded"), a JavaScript engine's TypeError without its class.
 */
const RUNTIME_STATE: readonly RegExp[] = [
  /^(?:the[ \t]+)?(?:[\w.-]+[ \t]+){0,3}timed[ \t]+out(?:[ \t]+after[ \t]+[\d.,]+[ \t]*[a-z]*\b.*)?[.!]?(?:[ \t]+\([^()\n]*\))?$/i,
  /^timeout[ \t]+of[ \t]+\d+[ \t]*m?s[ \t]+exceeded\b/i,
  /^Cannot (?:read|set|access|destructure) propert(?:y|ies)\b.*\b(?:of|from) (?:undefined|null)\b/,
  /^[\w$.[\]'"()]+[ \t]+is not (?:a function|defined|iterable|a constructor|an object)\b/,
  /^(?:undefined|null)[ \t]+is not an object\b/,
  /^[\w$]+(?:\.[\w$]+|\[[^\]\n]+\])+[ \t]+is (?:undefined|null)[.!]?$/,
  /\bis not recognized as an internal or external command\b/i,
  /\bis not recognized as the name of a cmdlet\b/i,
  /^(?:[\w-]+:[ \t]+)?unknown command:[ \t]+\S+$/i,
  /^the (?:\w+ )?operation was (?:aborted|canceled|cancelled)\b/i,
  /^timeout (?:while |when )?waiting for\b/i,
  /\bis not valid JSON\b|^Unexpected (?:token\b|end of JSON input)/,
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}$/,
  /\bsocket (?:hang up\b|disconnected before\b)/i,
  // zsh's order: the words first, the program after.
  /^(?:[\w-]+:[ \t]+)?command not found:[ \t]+\S+$/,
];
// A server telling its client what went wrong or what to do about it; no subject reads like this.
const SERVER_TALK = new RegExp(
  [
    String.raw`\brequires more (?:system )?memory\b`,
    String.raw`\b(?:not enough|insufficient) (?:system )?(?:memory|vram)\b`,
    String.raw`\bexceeds? the (?:available |maximum )?context\b`,
    String.raw`\bcontext (?:size|length|window) (?:has been |was |is )?exceeded\b`,
    String.raw`\bmaximum context length\b`,
    String.raw`\btimed out waiting for\b`,
    String.raw`\bserver (?:is )?busy\b`,
    String.raw`\brate limit(?:ed| exceeded| reached)\b`,
    String.raw`\bquota exceeded\b`,
    String.raw`\bunexpectedly (?:stopped|exited|terminated|closed)\b`,
    String.raw`\b(?:process|runner) (?:has )?(?:terminated|crashed|exited)\b`,
    String.raw`\b(?:failed to load|error loading|unable to load|could not load|cannot load|can't load) (?:the )?model\b`,
    String.raw`\bmodel\b[^\n;:]{0,80}?\b(?:is (?:currently |still )?loading|(?:failed|unable) to load|could not be loaded|cannot be loaded|is not (?:yet )?(?:loaded|ready))\b`,
    String.raw`^(?:loading|still loading|waiting for) (?:the )?model\b`,
    String.raw`\bmodel\b[^\n;:]{0,80}?\b(?:is )?(?:still being loaded|not (?:yet )?(?:loaded|ready))\b`,
    String.raw`\b(?:process|runner) (?:is )?no longer running\b`,
    String.raw`\bplease slow down\b`,
    String.raw`\btry again\b`,
    String.raw`\bcheck (?:the )?(?:\w+ )?(?:server )?logs?\b`,
    String.raw`\btry pulling it\b`,
    String.raw`\b(?:an?|the) (?:\w+ ){0,2}error (?:has )?(?:occurred|was encountered|happened)\b`,
    String.raw`\bencountered an? (?:\w+ ){0,2}error\b`,
    String.raw`\bwas unable to complete (?:your|the) request\b`,
    String.raw`\bupstream (?:connect error|request timeout|prematurely closed)\b`,
  ].join('|'),
  'i',
);

// The model speaking about itself or the request instead of writing the message; these
// openings never start a subject.
const REFUSALS: readonly RegExp[] = [
  /^as an? (?:ai|artificial intelligence|(?:large )?language model|llm|assistant|text-based)\b/i,
  /^I (?:must|have to) (?:decline|refuse)\b/i,
  /^(?:please|could you|can you|would you)\s+(?:provide|share|paste|send|give|supply|include|clarify|specify)\b/i,
  /^(?:it (?:seems|appears|looks)|there (?:is|are|seems to be|appears to be)) (?:like |that )?(?:no|nothing|you|the (?:diff|changes?|input|patch))\b/i,
  /^(?:the|your) (?:provided |given |supplied )?(?:diff|changes|input|patch)\b[^.\n]{0,60}\b(?:is|are|appears?|seems?) (?:to be )?(?:empty|missing|incomplete|truncated|not)\b/i,
  /^no (?:diff|changes?|code changes|git diff)(?: (?:was|were))? (?:provided|found|given|detected|shown|included)\b/i,
];
/**
 * A speaker's opening: regret, apology, inability, need. A subject can start with the
 * same words (a journal's first person, its apologies), so the opening refuses only as
 * a speaker uses it: set off by a comma or "but", or followed by words about the task
 * or the one who asked, or with nothing after it.
 */
const SPEAKER = /^(?:(?:I['’]m|I am|we['’]re|we are) (?:so |very |really |truly )?(?:sorry|afraid)|(?:my )?apologies|I (?:sincerely )?apologi[sz]e|sorry|unfortunately|I(?:['’]m| am)? (?:cannot|can['’]?t|can not|could not|couldn['’]t|won['’]t|will not|do not|don['’]t|did not|didn['’]t|not able to|unable to|not going to|need))(?=$|[\s,;:!—]|\.(?:\s|$))(.*)$/i;
const TASK_WORDS = /\b(?:generate|write|create|provide|produce|help|assist|comply|fulfil+|complete|continue|see|access|view|read|determine|analy[sz]e|review|process|summari[sz]e|suggest|do (?:that|this)|commit|message|diff|changes?|request|code|repositor(?:y|ies)|information|context|details|you|your|input|patch|it seems|there (?:is|are))\b/i;
// A hosted server or a proxy apologizing for itself ("we are sorry", "something went wrong"):
// an error page's words, not the model's.
const SERVER_APOLOGY = /^(?:(?:oops|whoops|uh[- ]oh)\b|we(?:['’]re| are)? (?:sorry|experiencing|currently experiencing|unable)\b|our (?:servers?|service|systems?|team|apologies)\b)|\bsomething went wrong(?:[.!]|$| on our (?:end|side)| while)|\b(?:for|about) the inconvenience\b|\bplease try again later\b|\b(?:temporarily|currently) (?:unavailable|overloaded|down)\b|\bdown for maintenance\b|\b(?:currently )?(?:performing|undergoing) (?:scheduled )?maintenance\b/i;

/** Why `text` (an answer or a cleaned message) is unusable, or null when it may be a commit message. */
export function unusableReason(text: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  if (isJsonError(text, head)) return REASON_ERROR;
  const lines = head
    .split('\n', HEAD_LINES * 2)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, HEAD_LINES);
  const line = lines[0];
  if (line === undefined) return null;
  // Quotes around the whole line do not make an error text a subject.
  let first = line;
  for (let i = 0; i < 3 && first.length > 2 && /^["'`“‘].*["'`”’]$/.test(first); i++) first = first.slice(1, -1).trim();
  if (first !== line && isJsonError(first, first)) return REASON_ERROR;
  if (HTML_START.test(first)) return REASON_ERROR;
  // A line that opens with a commit verb is never an apology: the verb, wanted next anyway, is asked first.
  if (!COMMIT_VERB.test(first) && SERVER_APOLOGY.test(first)) return REASON_ERROR;
  if (isRefusal(first)) return REASON_REFUSED;

  // A subject shaped as a commit subject is one, whatever error it names.
  if (CONVENTIONAL.test(first) || GIT_GENERATED.test(first)) return null;
  if (COMMIT_VERB.test(first)) return GO_OPERATION.test(first) ? REASON_ERROR : null;

  if (isErrorLine(first)) return REASON_ERROR;
  // Under a first line that is not a subject either, a dump (two or more frames or
  // headers in the next lines) is an error; one quoted frame in a body is not.
  const dump = lines
    .slice(1, 6)
    .filter((line) => STACK_FRAMES.some((frame) => frame.test(line)) || DUMP_HEADERS.some((h) => h.test(line)));
  return dump.length >= 2 ? REASON_ERROR : null;
}

function isRefusal(line: string): boolean {
  const opened = line.replace(/^(?:(?:sure|okay|ok|well|hmm+|oh|alright|certainly|of course)\b[!.,]*\s+)/i, '');
  for (const candidate of [line, opened]) {
    if (REFUSALS.some((refusal) => refusal.test(candidate))) return true;
    const speaker = SPEAKER.exec(candidate);
    if (!speaker) continue;
    const rest = speaker[1] ?? '';
    if (/^\s*(?:[,;:!.](?=\s|$)|—|-\s|but\b)/.test(rest) || /^[\s.!]*$/.test(rest) || TASK_WORDS.test(rest)) return true;
  }
  return false;
}

function isErrorLine(line: string): boolean {
  const label = LABEL.exec(line);
  if (label && !namesComponent(label[1] ?? '')) return true;
  const exception = EXCEPTION_CLASS.exec(line);
  if (exception && !namesComponent(exception[1] ?? '')) return true;
  const prefix = SPEAKER_PREFIX.exec(line);
  if (prefix && !namesComponent(prefix[1] ?? '') && LOGGED_DATA.test(prefix[1] ?? '')) return true;
  // A subject may quote the error it is about ("what to do when Ollama says \"...\""):
  // phrases found anywhere in the line only count outside double quotes and backticks.
  const spoken = line.replace(/"[^"\n]*"|“[^”\n]*”|`[^`\n]*`/g, '""');
  return (
    BARE_LABEL.test(line) ||
    DUMP_HEADERS.some((header) => header.test(line)) ||
    STACK_FRAMES.some((frame) => frame.test(line)) ||
    LOG_LINE.test(line) ||
    KEY_VALUES.test(line) ||
    HTTP_STATUS_LINE.test(line) ||
    HTTP_REASON_ALONE.test(line) ||
    HTTP_STATUS_IN_LINE.test(spoken) ||
    SHELL_SIGNAL.test(line) ||
    SYSTEM_ERROR_TAIL.test(line) ||
    GO_OPERATION.test(line) ||
    NUMBERED_ERROR.test(line) ||
    HTTP_REQUEST.test(line) ||
    ERRNO.test(line) ||
    SOURCE_LOCATION.test(line) ||
    PACKAGE_LOG.test(line) ||
    RUNTIME_STATE.some((state) => state.test(line)) ||
    SERVER_TALK.test(spoken)
  );
}

/**
 * After a label, a verb means the label names a part of the project ("Parse error:
 * report the line number"); an error describes a state ("panic: runtime error: ...").
 */
function namesComponent(rest: string): boolean {
  const text = rest.trim();
  return text !== '' && COMMIT_VERB.test(text) && !text.includes(': ');
}

/** A JSON error object as servers send it: Ollama's `{"error": ...}`, OpenAI's, vLLM's, FastAPI's `{"detail": ...}`. */
function isJsonError(text: string, head: string): boolean {
  let start = head.trimStart();
  // A server-sent event: `data: {"error": ...}`.
  const sse = /^(?:event:[^\n]*\n)?data:[ \t]*/.exec(start);
  if (sse) start = start.slice(sse[0].length);
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  const whole = sse ? start : text.trimStart();
  const firstLine = start.split('\n', 1)[0] ?? '';
  for (const candidate of whole.length <= JSON_PARSE_LIMIT ? [whole.trimEnd(), firstLine] : [firstLine]) {
    try {
      return jsonHasError(JSON.parse(candidate) as unknown, 0);
    } catch {
      // Not JSON as a whole (a stream of objects, or cut off): try the next candidate.
    }
  }
  return /^\[?\{\s*"(?:error|errors|err|detail|exception|fault)"\s*:/.test(start) || /^\{\s*"object"\s*:\s*"error"/.test(start);
}

function jsonHasError(value: unknown, depth: number): boolean {
  if (depth > 3 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.slice(0, 3).some((item) => jsonHasError(item, depth + 1));
  const entries = Object.entries(value as Record<string, unknown>);
  const field = (name: string): unknown => entries.find(([key]) => key.toLowerCase() === name)?.[1];
  for (const key of ['error', 'errors', 'err', 'exception', 'fault', 'detail', 'error_message', 'errormessage']) {
    const found = field(key);
    if (found !== undefined && found !== null && found !== false && found !== '') return true;
  }
  for (const key of ['object', 'type', 'status', 'level']) {
    const found = field(key);
    if (typeof found === 'string' && /^(?:error|fail(?:ed|ure)?)$/i.test(found)) return true;
  }
  const message = field('message') ?? field('msg');
  if (typeof message === 'string') {
    if (field('code') !== undefined || field('status') !== undefined || field('statuscode') !== undefined) return true;
    return unusableReason(message) !== null;
  }
  return false;
}
