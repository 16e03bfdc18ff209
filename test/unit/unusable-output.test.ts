// The unusable-output table: what a model (or the server in front of it) really sends
// back instead of a commit message, and real commit subjects that merely talk about
// errors, exceptions, panics, crashes or apologies. Zero wrong either way.
//
// Sources: error texts as quoted in the Ollama, llama.cpp, Continue, LiteLLM, Cline,
// Cloudflare, Rust and Go issue trackers (issue or pull request named per case),
// or as the named program prints them; subjects from merged pull requests, the
// CHANGELOGs they were released under, the shared corpus (subjects.txt) and this
// repository's own history. Where a case is written for the table rather than
// quoted, it says so.
import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../src/model/clean.js';

const ERROR = 'the model returned an error text';
const REFUSED = 'the model refused';
const NO_MESSAGE = 'the model returned an introduction but no message';

type Rejected = [source: string, answer: string, reason: string];
type Kept = [source: string, answer: string];

const ERROR_TEXTS: Rejected[] = [
  // Ollama: the server, the runner, the CLI.
  ['issue 11: committed as is', 'fatal: llama runner process has terminated: signal: killed', ERROR],
  ['ollama: runner exit', 'llama runner process has terminated: exit status 2', ERROR],
  ['ollama#10920', 'Error: model requires more system memory (164.8 GiB) than is available (13.4 GiB)', ERROR],
  ['continue#6452: bare, as a 500 body', 'model requires more system memory (6.8 GiB) than is available (4.2 GiB)', ERROR],
  ['issue 11: JSON error object', '{"error":"model requires more system memory (5.5 GiB) than is available (3.2 GiB)"}', ERROR],
  ['ollama#6092', 'Error: timed out waiting for llama runner to start - progress 1.00 -', ERROR],
  ['ollama#10953', 'Error: POST predict: Post "http://127.0.0.1:35943/completion": EOF', ERROR],
  ['chatbox#2114', '{"error":"an error was encountered while running the model: unexpected EOF"}', ERROR],
  [
    'ollama#11123',
    'Error: model runner has unexpectedly stopped, this may be due to resource limitations or an internal error, check ollama server logs for details',
    ERROR,
  ],
  ['ollama: unknown model, bare', 'model "qwen3:4b" not found, try pulling it first', ERROR],
  ['ollama: unknown model, JSON', '{"error":"model \\"qwen3:4b\\" not found, try pulling it first"}', ERROR],
  ['ollama#630', 'Error: failed to start a llama runner', ERROR],
  ['ollama serve: port taken', 'Error: listen tcp 127.0.0.1:11434: bind: address already in use', ERROR],
  ['ollama CLI: server down', 'Error: could not connect to ollama app, is it running?', ERROR],
  ['ollama pull: missing manifest', 'Error: pull model manifest: file does not exist', ERROR],
  ['ollama: queue full', 'server busy, please try again.  maximum pending requests exceeded', ERROR],
  ['Go net dial error', 'dial tcp 127.0.0.1:11434: connect: connection refused', ERROR],
  ['Go net/http: unknown path', '404 page not found', ERROR],
  [
    'ollama#9562: slog line',
    'time=2025-03-07T05:36:39.884Z level=ERROR source=server.go:421 msg="llama runner terminated" error="exit status 2"',
    ERROR,
  ],
  ['ollama#2835: gin access log', '[GIN] 2024/03/02 - 10:57:14 | 500 |    2.3633ms |       127.0.0.1 | POST     "/api/chat"', ERROR],
  // llama.cpp, CUDA, ROCm.
  ['ollama#2752', 'CUDA error: out of memory', ERROR],
  ['ollama#790', 'CUDA error 2 at /go/src/github.com/jmorganca/ollama/llm/llama.cpp/ggml/ggml-cuda.cu:4856: out of memory', ERROR],
  [
    'ollama#9562: ggml allocation',
    'ggml_backend_cuda_buffer_type_alloc_buffer: allocating 3257.82 MiB on device 0: cudaMalloc failed: out of memory',
    ERROR,
  ],
  ['ollama#8447: llama.cpp load', 'llama_model_load: error loading model: unable to allocate CUDA0 buffer', ERROR],
  ['ollama#11123: ROCm', 'ROCm error: invalid device function\n  current device: 0, in function ggml_cuda_compute_forward', ERROR],
  ['ollama#16631: rocBLAS', 'rocblaslt error: Cannot read "TensileLibrary_lazy_gfx1200.dat": No such file or directory', ERROR],
  ['llama.cpp: failed assertion', 'GGML_ASSERT(ggml_nelements(a) == ne0*ne1) failed', ERROR],
  ['llama.cpp: C++ abort', "terminate called after throwing an instance of 'std::runtime_error'\n  what():  CUDA error", ERROR],
  [
    'llama.cpp#15780: context error object',
    '{"error":{"code":500,"message":"the request exceeds the available context size. try increasing the context size or enable context shift","type":"exceed_context_size_error","n_prompt_tokens":1407,"n_ctx":256}}',
    ERROR,
  ],
  ['llama.cpp#19774', '{"error":{"code":500,"message":"Context size has been exceeded.","type":"server_error"}}', ERROR],
  [
    'llama.cpp: the same message as text',
    'the request exceeds the available context size. try increasing the context size or enable context shift',
    ERROR,
  ],
  // OpenAI-compatible servers.
  [
    'OpenAI: error object',
    '{"error":{"message":"This model\'s maximum context length is 4097 tokens. However, your messages resulted in 7575 tokens. Please reduce the length of the messages.","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}}',
    ERROR,
  ],
  [
    'vLLM: error object',
    '{"object":"error","message":"This model\'s maximum context length is 4096 tokens. However, you requested 4200 tokens (3944 in the messages, 256 in the completion). Please reduce the length of the messages or completion.","type":"BadRequestError","param":null,"code":400}',
    ERROR,
  ],
  ['OpenAI-compatible stream: error event', 'data: {"error":{"message":"Internal server error","type":"internal_error","code":500}}', ERROR],
  ['FastAPI: unknown route', '{"detail":"Not Found"}', ERROR],
  ['AWS API Gateway', '{"message": "Internal server error"}', ERROR],
  // Python, Go, Rust, Node, Java.
  [
    'repo-chat#7',
    "openai.error.InvalidRequestError: This model's maximum context length is 4097 tokens. However, your messages resulted in 26602 tokens. Please reduce the length of the messages.",
    ERROR,
  ],
  ["ollama#10256: the Python client's exception", "ResponseError('model requires more system memory (42.8 GiB) than is available (12.9 GiB)')", ERROR],
  ['rl-swarm#515', 'ollama._types.ResponseError:  (status code: 502)', ERROR],
  ['private-gpt#1993', "httpx.HTTPStatusError: Server error '502 Bad Gateway' for url 'http://ADDRESS:11434/api/chat'", ERROR],
  [
    'litellm#8510: traceback',
    [
      'Traceback (most recent call last):',
      '  File "/home/will/anaconda3/envs/smol/lib/python3.12/site-packages/litellm/llms/custom_httpx/http_handler.py", line 538, in post',
      '    response.raise_for_status()',
      "httpx.HTTPStatusError: Server error '502 Bad Gateway' for url 'http://localhost:11434/api/generate'",
    ].join('\n'),
    ERROR,
  ],
  ['PyTorch', 'torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 7.79 GiB total capacity)', ERROR],
  ['CPython', 'Fatal Python error: Segmentation fault', ERROR],
  [
    'njump#65: Go panic',
    [
      'panic: runtime error: invalid memory address or nil pointer dereference',
      '[signal SIGSEGV: segmentation violation code=0x1 addr=0x98 pc=0xe1d30f]',
      '',
      'goroutine 1 [running]:',
      'main.main()',
      '    /app/main.go:69 +0x1af',
    ].join('\n'),
    ERROR,
  ],
  ['ollama#12634: runner panic', 'panic: unable to load model: D:\\Ollama_Models\\blobs\\sha256-ac9bc7a69dab38da1c790838955f1293420b55ab', ERROR],
  ['Go runtime: goroutine dump first', 'goroutine 40 [running]:\ngithub.com/ollama/ollama/runner/llamarunner.(*Server).loadModel(0xc00009be00)', ERROR],
  ['Go runtime: deadlock', 'fatal error: all goroutines are asleep - deadlock!', ERROR],
  [
    'corplink-rs#73: Rust panic',
    "thread 'main' panicked at src/client.rs:111:62:\ncalled `Result::unwrap()` on an `Err` value: Error(\"expected value\", line: 1, column: 1)\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
    ERROR,
  ],
  ['Node: refused connection', 'Error: connect ECONNREFUSED 127.0.0.1:11434\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)', ERROR],
  ['Node: undici', 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13', ERROR],
  ['Java', 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space', ERROR],
  ['.NET', 'Unhandled exception. System.InvalidOperationException: Sequence contains no elements', ERROR],
  ['Node: uncaught', "Uncaught TypeError: Cannot read properties of undefined (reading 'message')", ERROR],
  // HTTP servers and proxies.
  ['issue 11: status line as the answer', '500 Internal Server Error', ERROR],
  ['curl -i: status line', 'HTTP/1.1 503 Service Unavailable\nContent-Type: text/html', ERROR],
  [
    'nginx: 502 page',
    '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx/1.24.0</center>\n</body>\n</html>',
    ERROR,
  ],
  [
    'Apache: 503 page',
    '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>503 Service Unavailable</title>\n</head><body>\n<h1>Service Unavailable</h1>\n<p>The server is temporarily unable to service your\nrequest due to maintenance downtime or capacity\nproblems. Please try again later.</p>\n</body></html>',
    ERROR,
  ],
  [
    'gcli2api#354: Cloudflare 524 page',
    '<!DOCTYPE html>\n<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->\n<head>\n<title>example.com | 524: A timeout occurred</title>',
    ERROR,
  ],
  ['Cloudflare: plain-text error', 'error code: 524', ERROR],
  ['claude-code#16737', 'API Error: 524 <!DOCTYPE html>', ERROR],
  ['Envoy', 'upstream connect error or disconnect/reset before headers. reset reason: connection failure', ERROR],
  [
    'Werkzeug: 500 body',
    'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.',
    ERROR,
  ],
  ['axios', 'Request failed with status code 500', ERROR],
  // The shell and the C library.
  ['issue 11: the shell after a crash', 'Segmentation fault', ERROR],
  ['bash: crash with a core', 'Segmentation fault (core dumped)', ERROR],
  ['bash: old CPU', 'Illegal instruction (core dumped)', ERROR],
  ['bash: OOM killer', 'Killed', ERROR],
  ['dash: missing program', 'sh: 1: ollama: not found', ERROR],
  ['git', 'fatal: not a git repository (or any of the parent directories): .git', ERROR],
  // Disguised by the same wrappers the cleaner removes.
  ['error in a fence', '```\nError: POST predict: Post "http://127.0.0.1:42623/completion": EOF\n```', ERROR],
  ['error after a preamble', "Here's the commit message:\n\nCUDA error: out of memory", ERROR],
  ['quoted error', '"500 Internal Server Error"', ERROR],
  // Issue 21.7: the layers between the user and the model, one class each. Written for the
  // table in the shape each layer prints (not quoted from a tracker), apart from the rules.
  // A GPU runtime's initialisation and loader lines.
  ['written: CUDA init', 'ggml_cuda_init: found 2 CUDA devices:\n  Device 0: NVIDIA RTX A4000, compute capability 8.6, VMM: yes', ERROR],
  ['written: Vulkan init', 'ggml_vulkan: Found 1 Vulkan devices:\nggml_vulkan: 0 = AMD Radeon RX 6700 XT (RADV NAVI22) | uma: 0 | fp16: 1 | warp size: 32', ERROR],
  ['written: loader line', 'llama_model_loader: loaded meta data with 27 key-value pairs and 255 tensors from /var/lib/ollama/blobs/sha256-2bada8a74506 (version GGUF V3 (latest))', ERROR],
  ['written: backend load', 'load_backend: loaded ROCm backend from /usr/lib/ollama/rocm/libggml-hip.so', ERROR],
  // A Go HTTP client giving up.
  ['written: Go client timeout', 'Post "http://10.1.2.3:11434/api/chat": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', ERROR],
  ['written: net/http cancel', 'net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)', ERROR],
  ['written: Go client DNS', 'Get "http://ollama:11434/api/version": dial tcp: lookup ollama on 127.0.0.11:53: server misbehaving', ERROR],
  // Node's own crash output, and its network errors.
  [
    'written: Node crash at a promise',
    'node:internal/process/promises:394\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n\n[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block]',
    ERROR,
  ],
  ['written: Node crash in a module', '/srv/bot/node_modules/ollama/dist/index.cjs:81\n      throw new ResponseError(message, response.status);\n      ^', ERROR],
  ['written: Node refused', 'connect ECONNREFUSED ::1:11434', ERROR],
  ['written: Node DNS', 'getaddrinfo EAI_AGAIN ollama.internal', ERROR],
  ['written: Node reset', 'read ECONNRESET', ERROR],
  ['written: Node hang up', 'socket hang up', ERROR],
  ['written: node-fetch', 'request to http://127.0.0.1:11434/api/chat failed, reason: connect ETIMEDOUT 127.0.0.1:11434', ERROR],
  // A package manager's error lines.
  ['written: npm 6-9', 'npm ERR! code ENOTFOUND\nnpm ERR! errno ENOTFOUND\nnpm ERR! network request to https://registry.npmjs.org/ollama failed', ERROR],
  ['written: npm 10', 'npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/@acme%2follama-cli - Not found', ERROR],
  ['written: yarn 1', 'error An unexpected error occurred: "https://registry.yarnpkg.com/ollama: ESOCKETTIMEDOUT".', ERROR],
  ['written: pnpm', ' ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/ollama-js: Not Found - 404', ERROR],
  // The shell not finding the program.
  ['written: bash', 'bash: ollama: command not found', ERROR],
  ['written: zsh', 'zsh: command not found: ollama', ERROR],
  ['written: dash', 'sh: 1: ollama: not found', ERROR],
  ['written: bash script line', '/usr/local/bin/ask-model: line 12: jq: command not found', ERROR],
  // A client library's timeout sentence.
  ['written: Python client', 'Request timed out.', ERROR],
  ['written: urllib3', "HTTPConnectionPool(host='127.0.0.1', port=11434): Read timed out. (read timeout=120)", ERROR],
  ['written: ssl read', 'The read operation timed out', ERROR],
  ['written: axios', 'timeout of 60000ms exceeded', ERROR],
  ['written: curl', 'curl: (28) Operation timed out after 30002 milliseconds with 0 bytes received', ERROR],
  // A JavaScript engine's TypeError, with or without its class.
  ['written: V8 property', "Cannot read properties of undefined (reading 'content')", ERROR],
  ['written: not a function', 'response.body.getReader is not a function', ERROR],
  ['written: JavaScriptCore', "undefined is not an object (evaluating 'chunk.message.content')", ERROR],
  ['written: Firefox', 'data.message is undefined', ERROR],
  // A hosted server's apology.
  ['written: Rails page text', "We're sorry, but something went wrong.\nIf you are the application owner check the logs for more information.", ERROR],
  ['written: oops', 'Oops! Something went wrong on our end. Please try again later.', ERROR],
  ['written: gateway apology', 'Sorry, the service is temporarily unavailable. We apologize for the inconvenience.', ERROR],
  ['written: busy host', 'Our servers are experiencing unusually high traffic right now.', ERROR],
  // A model that cannot load, or is still loading.
  ['written: still loading', 'model is loading, please retry in a few seconds', ERROR],
  ['written: hosted loading', 'Model mistralai/Mistral-7B-Instruct-v0.3 is currently loading', ERROR],
  ['written: runner load failure', 'llama runner: failed to load model /var/lib/ollama/blobs/sha256-3f8b0a1e7c2d', ERROR],
  ['written: unable to load', 'unable to load model: /home/ana/.ollama/models/blobs/sha256-9a1c7e43b2d0', ERROR],
  ['written: load failure sentence', 'the model failed to load, this may be due to resource limitations or an internal error', ERROR],
  // More of each class, in other programs' and versions' forms.
  ['written: CUDA init setting', 'ggml_cuda_init: GGML_CUDA_FORCE_MMQ:    no', ERROR],
  ['written: context line', 'llama_new_context_with_model: n_ctx      = 2048', ERROR],
  ['written: slog without time', 'msg="inference compute" id=GPU-0 library=cuda compute=8.6 driver=12.4', ERROR],
  ['written: net/http words', 'net/http: timeout awaiting response headers', ERROR],
  ['written: Node module error', "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'ollama' imported from /srv/bot/index.mjs", ERROR],
  ['written: Node event crash', "node:events:497\n      throw er; // Unhandled 'error' event\n      ^", ERROR],
  ['written: Node heap crash', '<--- Last few GCs --->\n\n[4242:0x6a3c2a0]    91234 ms: Mark-Compact 4041.2 (4133.5) -> 4025.9 (4134.0) MB', ERROR],
  ['written: Node process warning', '(node:4242) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED 127.0.0.1:11434', ERROR],
  ['written: bare errno', 'ECONNREFUSED', ERROR],
  ['written: undici', 'other side closed', ERROR],
  ['written: undici code', 'UND_ERR_HEADERS_TIMEOUT', ERROR],
  ['written: abort on timeout', 'The operation was aborted due to timeout', ERROR],
  ['written: yarn failure', 'error Command failed with exit code 1.', ERROR],
  ['written: yarn berry', '➤ YN0001: │ Error: connect ECONNREFUSED 127.0.0.1:11434', ERROR],
  ['written: fish', 'fish: Unknown command: ollama', ERROR],
  ['written: PowerShell', "The term 'ollama' is not recognized as the name of a cmdlet, function, script file, or operable program.", ERROR],
  ['written: Go exec', 'exec: "ollama": executable file not found in $PATH', ERROR],
  ['written: httpx timeout class', 'httpx.ReadTimeout: timed out', ERROR],
  ['written: timeout waiting', 'Timeout waiting for response from Ollama', ERROR],
  ['written: browser fetch', 'Failed to fetch', ERROR],
  ['written: JSON parse', 'Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON', ERROR],
  ['written: older V8', "Cannot read property 'content' of undefined", ERROR],
  ['written: maintenance', 'We are currently performing scheduled maintenance.', ERROR],
  ['written: our apologies', 'Our apologies, the service is overloaded.', ERROR],
  ['written: numbered error page', 'Error 1020: Access denied', ERROR],
  ['written: slow down', 'Too many requests, please slow down.', ERROR],
  ['written: not loaded', 'model not loaded', ERROR],
  ['written: waiting for the model', 'Waiting for model to load...', ERROR],
  ['written: still being loaded', 'the model is still being loaded', ERROR],
  ['written: runner gone', 'llama runner process no longer running: -1', ERROR],
];

const REFUSALS: Rejected[] = [
  ['issue 11: committed as is', 'Unfortunately, I cannot generate a commit message for this diff.', REFUSED],
  ['issue 11', 'I apologize, but I cannot comply.', REFUSED],
  [
    'cline#3426',
    'I cannot generate a commit message because the input provided is not a git diff. The text "Not a git repository" indicates that the command was likely run in a directory that is not initialized as a git repository.\n\nTo get a proper git diff, you need to:\n1. Ensure you\'re in a git repository (or initialize one with `git init`)',
    REFUSED,
  ],
  ['the canonical refusal', "I'm sorry, but I can't assist with that.", REFUSED],
  ['refusal: help', "I'm sorry, I can't help with that request.", REFUSED],
  ['AI disclaimer', "As an AI language model, I don't have access to your repository or the changes you made.", REFUSED],
  ['unable', "I'm unable to generate a commit message without seeing the diff.", REFUSED],
  ['Sorry,', "Sorry, I can't see any changes in the provided diff.", REFUSED],
  ['asks back', "It seems like you haven't provided a diff. Could you paste the changes you'd like a commit message for?", REFUSED],
  ['asks for the diff', "Please provide the diff or describe the changes you made, and I'll write a commit message.", REFUSED],
  ['empty diff', 'The diff you provided appears to be empty, so there is nothing to describe.', REFUSED],
  ['needs context', 'I need more context about the changes to write an accurate commit message.', REFUSED],
  ['My apologies', "My apologies, but I don't have enough information to write a commit message.", REFUSED],
  ['opener, then unfortunately', "Sure! Unfortunately, the diff is truncated, so I can't tell what changed.", REFUSED],
  ['short refusal', "I can't do that.", REFUSED],
  ['nothing to describe', 'There are no changes in the diff to describe.', REFUSED],
  ['after reasoning', "<think>The diff is empty.</think>\nI'm afraid I cannot write a message for an empty diff.", REFUSED],
  ['after a preamble', "Here's a commit message:\n\nI'm sorry, but the diff only shows binary files.", REFUSED],
];

const PREAMBLES_ONLY: Rejected[] = [
  ['issue 11: meta-talk, nothing after', 'Here is a commit message:', NO_MESSAGE],
  ['concise, nothing after', "Here's a concise commit message for your changes:\n\n", NO_MESSAGE],
  ['an empty fence after', "Sure! Here's the commit message:\n\n```\n```", NO_MESSAGE],
  ['based on', 'Based on the provided diff, here is a suggested commit message:', NO_MESSAGE],
  ['bold heading', '**Commit message:**', NO_MESSAGE],
  ['here you go', 'Sure! Here you go:', NO_MESSAGE],
];

const LEGITIMATE: Kept[] = [
  ['issue 11: thrown away today', 'Error handling: retry failed uploads'],
  ['issue 11: thrown away today', 'Exception safety for the allocator'],
  ['werf/werf#3870', 'fix(cleanup): panic: runtime error: invalid memory address or nil pointer dereference'],
  ['gojek/proctor#87', 'Fix invalid memory address or nil pointer dereference'],
  ['komuw/ong#462', 'errors: join error should be formatted correctly'],
  ['piusalfred/whatsapp#1', 'Fix Joining of errors'],
  ['FreeAndFair/ColoradoRLA#153', 'Made the upload endpoints handle exceptions better.'],
  ['FlowingCode/ErrorWindowAddon#45', 'feat: handle UploadException'],
  ['rust-lang/crater#141', 'Retry failed s3 uploads, perform more logging on upload'],
  ['osmeditor4android#2808', 'Properly support retrying after a failed upload and handle a lost server response'],
  ['pachyderm#311', 'Fix #304. Retry uploads upon failures'],
  ['content-publisher#418', "fix: simple upload won't retry"],
  ['MKAdaemon#14', 'Fix segmentation fault when configuration is invalid.'],
  ['mackerel-agent#316', 'Fix segfault when loading a bad config file'],
  ['lily#563', 'Fix a segfault when the config path could not be found'],
  ['smartvmi#14', 'Fix segfault that occurs if no config file has been found'],
  ['Simple-Fuzzer#2', 'Fix segfault on missing parameters'],
  ['rmw#44, as a noun-phrase subject', "Segfault if rmwrc isn't present in SYSCONFDIR"],
  ['abrt CHANGELOG 2.15.0', 'abrt-dbus: Fix SIGSEGV in abrt_p2_service_dbus() with glib2 >= 2.69.2'],
  ['abrt CHANGELOG 2.15.0', 'Handle crashes in Perl-based packages correctly as crashes of the package rather than Perl itself'],
  ['abrt CHANGELOG 2.15.1', "Don't die on corrupt journal data in follow mode"],
  ['mastodon#4615', 'create 503 maintenance page.'],
  ['gitsigns.nvim (corpus 04)', 'fix(word_diff): no "No newline at end of file" shown in popup'],
  ['gitsigns.nvim (corpus 04)', 'fix(word-diff): anchor EOF edits'],
  ['vim-fugitive (corpus 01)', 'Fix :Git difftool without -y'],
  ['blog.rust-lang.org (corpus 13)', 'Merge pull request #1916 from rust-lang/arrayref'],
  ['vim-fugitive (corpus 01)', 'Fix check for revert/cherry-pick'],
  ['gitsigns.nvim (corpus 04)', "fix(detach): don't pass tuple of nil"],
  ['greenbone/gvmd CHANGELOG 21.4.5', 'Backtrace output when a sigsegv occurs.'],
  ['greenbone/gvmd CHANGELOG 21.4.5', 'Improve handling osp connection errors #1758'],
  ['ALPHA-g alpha_g_detector CHANGELOG', 'Fixed panic in AWB mapping for new runs by removing "safeguards".'],
  ['a Rust audio crate CHANGELOG 0.1.2', 'Fixed potential Segfault caused by `SoftClip::apply`.'],
  ['a C++ CHANGELOG, Fixed section', 'segfault because of `input_id` narrowing conversion'],
  ['a C++ CHANGELOG, Fixed section', "unhandled exception when ConfFile doesn't exist"],
  ['mozilla socorro-siggen HISTORY 0.2.1', '1506781: fix silent ujson errors'],
  ['m1ngsama/TNT CHANGELOG', 'Use-after-free race condition (added reference counting)'],
  [
    'this repository',
    'Nothing lost, nothing blocked: refused commits keep the message, saved-message recovery, busy repository, awkward names and places; e2e tests',
  ],
  [
    'this repository',
    "No session left behind: a failure before the review buffer exists ends the session, and nothing on the editor's side stops a made commit from being pushed",
  ],
  [
    'this repository',
    "Push without prompts: ssh runs with BatchMode=yes unless the user set core.sshCommand (a passphrase prompt would hang on Neovim's terminal)",
  ],
  [
    'this repository',
    'CI installs Node and npm when missing and says plainly when Node is older than vitest needs; tests: no timing assertions (speed lives in the bench)',
  ],
  ['this repository', 'Abort guarantee for all and staged scopes; a write the node host cannot receive stays unsaved and says so'],
  // Written for the table: the shapes above with the error words this cleaner looks for.
  ['written: sorry-named file', 'Add sorry.html for the maintenance window'],
  ['written: sorry-named file as a scope', 'sorry.html: show the error code next to the message'],
  ['written: sorry page', 'Sorry page: link back to the game setup'],
  ['written: rename', 'Rename sorry.html to maintenance.html'],
  ['written: panics', 'Recover from panics in the worker pool'],
  ['written: noun phrase', 'Panic recovery in the HTTP middleware'],
  ['written: crash', 'Crash reporter: attach the last 50 log lines'],
  ['written: label naming a part, then a verb', 'Parse error: report the line and column'],
  ['written: OOM', 'OOM killer: lower the default num_ctx on small machines'],
  ['written: conventional, quoting Ollama', 'fix(ollama): treat "model requires more system memory" as a load failure'],
  ['written: quoting the error it handles', 'Show "CUDA error: out of memory" as a hint to lower num_ctx'],
  ['written: scope, quoting the error', 'README: what to do when Ollama says "model requires more system memory"'],
  ['written: HTTP status it handles', 'Handle 502 Bad Gateway from a reverse proxy in front of Ollama'],
  ['written: retry advice it follows', 'Retry once when the server answers "try again later"'],
  ['written: shell text in docs', 'docs: explain what "Segmentation fault (core dumped)" means after an upgrade'],
  ['written: ci', 'ci: retry the flaky upload step on 503'],
  ['written: perf', 'perf: avoid out of memory on 46,505-line journals'],
  ['written: plural', 'Exceptions are logged with their cause'],
  ['written: git revert', 'Revert "Error handling: retry failed uploads"'],
  ['written: git fixup', 'fixup! Fix segfault on missing parameters'],
  ['written: error messages', 'Error messages in German and French'],
  ['written: hyphenated', 'Out-of-memory guard for the prompt builder'],
  ['written: advice as a feature', 'Try again button on the upload error page'],
  [
    'written: a noun-phrase subject over one quoted frame',
    'Panic recovery in the HTTP middleware\n\nThe handler used to die here:\n\n    at serve (src/http.js:88:13)',
  ],
  [
    'written: a body that quotes a traceback',
    'Handle ConnectionError from httpx\n\nThe client raised it when Ollama restarted:\n\n    Traceback (most recent call last):\n      File "client.py", line 3, in <module>\n    httpx.ConnectError: [Errno 111] Connection refused',
  ],
  // Journal subjects (the journal preset): first person and apologies are not refusals there.
  ['journal preset example', 'Walk along the river and thoughts on moving house'],
  ['written: journal, first person', "I can't sleep; notes on the new job and the move"],
  ['written: journal, apologies', 'Apologies to Tom after the argument; thoughts on forgiveness'],
  ['written: journal, trial and error', 'Trial and error with the sourdough starter'],
  ['written: journal, unfortunately', 'Unfortunately rainy weekend at the cabin; letters from Anna'],
  ['written: journal, error of judgement', 'Error of judgement at the market and a long talk with Sam'],
  // Issue 21.7 and 26.3: subjects close to the error classes above and to refusals, written
  // apart from the rules; none may be rejected.
  ['written: out of memory, past tense', 'Out of memory errors on large imports fixed by streaming'],
  ['written: out of memory, noun phrase', 'Out of memory on 4 GB GPUs: a smaller default context'],
  ['written: fix timeout', 'Fix timeout when the model is still loading'],
  ['written: handle errno', 'Handle ECONNREFUSED from the Ollama client'],
  ['written: timeout noun phrase', 'Timeout of the push raised to two minutes'],
  ['written: command not found hint', 'Command not found hint for a missing ollama binary'],
  ['written: model loading indicator', 'Model loading indicator in the status line'],
  ['written: refused errors', 'Connection refused errors now name the host'],
  ['written: TypeError in prose', 'TypeError in the preview of an empty answer'],
  ['written: npm error output', 'npm error output parsed for the install hint'],
  ['written: kernel-style prefix', 'ggml_cuda: report the device count once'],
  ['written: a page named for its words', 'Something went wrong page replaced by the real error'],
  ['written: socket hang-up retries', 'Socket hang-up retries in the HTTP client'],
  ['written: journal, sorry state', 'Sorry state of the garden after the storm'],
  ['written: journal, a need', 'I need a holiday; notes from the week'],
  ['written: journal, apology letters', 'Apology letters for the wedding, finally sent'],
  ['written: journal, unfortunate timing', 'Unfortunate timing of the move and the new flat'],
  ['written: journal, we', 'We are moving to Lyon in spring'],
  ['written: a path as scope', 'src/model: new rules for error texts'],
  ['written: a shell as scope', 'zsh: completion for the new flags'],
  ['written: snake_case scope', 'git_commit_push: option for the host'],
  ['written: lowercase, an acronym after the verb', 'read EXIF data from uploads'],
  ['written: waiting room', 'Waiting room page for the launch'],
  ['written: device list', 'Device list in the health report'],
  ['written: model not found message', 'Model not found message names the pull command'],
  ['written: errno noun phrase', 'ECONNREFUSED handling in the client'],
  ['written: journal, numbered part', 'Part 2: the trip to Rome'],
  ['written: operation log', 'Operation log for the sync job'],
  ['written: error page design', 'Error 404 page in the new design'],
  ['written: lexer', 'Unexpected tokens in the lexer are reported with their line'],
  ['written: socket events', 'Socket closed events are logged once'],
  ['written: fetch failures', 'Fetch failed messages name the host'],
];

describe('unusable output is recognised', () => {
  // Issue 26.2: what the tables' size promised, asserted as behaviour: each verdict holds
  // however the answer arrives (after reasoning, in a fence, in quotes, with a body).
  const oneLineErrors = ERROR_TEXTS.filter(([, answer]) => !answer.includes('\n') && !answer.trimStart().startsWith('{'));
  it.each(oneLineErrors)('rejects %s after a reasoning block, in a fence and in quotes too', (_source, answer, reason) => {
    for (const wrapped of [`<think>The user wants a message.</think>\n${answer}`, `\`\`\`\n${answer}\n\`\`\``, `"${answer}"`]) {
      expect(cleanMessage(wrapped), wrapped).toEqual({ ok: false, reason });
    }
  });

  it.each(LEGITIMATE.filter(([, answer]) => !answer.includes('\n')))('keeps %s with a body under it, and in a fence', (_source, answer) => {
    const withBody = cleanMessage(`${answer}\n\nThe body says why, in a sentence of its own.`);
    expect(withBody.ok && withBody.message.split('\n')[0]).toBe(answer);
    const fenced = cleanMessage(`\`\`\`\n${answer}\n\`\`\``);
    expect(fenced.ok && fenced.message.split('\n')[0]).toBe(answer);
  });


  it.each([...ERROR_TEXTS, ...REFUSALS, ...PREAMBLES_ONLY])('rejects %s', (_source, answer, reason) => {
    expect(cleanMessage(answer)).toEqual({ ok: false, reason });
  });

  it.each(LEGITIMATE)('keeps %s', (_source, answer) => {
    const cleaned = cleanMessage(answer);
    expect(cleaned).toEqual({ ok: true, message: expect.any(String) as string });
    // Kept means kept as written: the subject is the answer's first line.
    if (cleaned.ok) expect(cleaned.message.split('\n')[0]).toBe(answer.split('\n')[0]);
  });

  it('keeps them with the code presets\' limits too, and rejects the same', () => {
    const limits = { maxSubjectChars: 72 };
    for (const [, answer] of LEGITIMATE) expect(cleanMessage(answer, limits).ok).toBe(true);
    for (const [, answer, reason] of [...ERROR_TEXTS, ...REFUSALS, ...PREAMBLES_ONLY]) {
      expect(cleanMessage(answer, limits)).toEqual({ ok: false, reason });
    }
  });
});
