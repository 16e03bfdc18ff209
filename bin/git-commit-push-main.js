"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/prompt/presets.ts
function isPresetName(s) {
  return PRESET_NAMES.includes(s);
}
function languageName(language) {
  const one = (language ?? "").replace(/[\u0000-\u001f\u007f"`]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 40).trim();
  return one === "" ? DEFAULT_LANGUAGE : one;
}
function systemPrompt(preset, customPrompt, language) {
  const custom = customPrompt?.trim();
  const instructions = custom ? custom : PRESETS[preset];
  const lang = languageName(language);
  const keep = preset === "conventional" && !custom ? " Keep the Conventional Commits type, the scope and git's own words (Revert, fixup!, squash!) as they are." : " Keep git's own words (Revert, fixup!, squash!) as they are.";
  const languageRule = `- Write the whole message in ${lang}.${lang.toLowerCase() === DEFAULT_LANGUAGE.toLowerCase() ? "" : keep}`;
  return `${instructions}

${RULES}
${languageRule}`;
}
var PRESET_NAMES, PRESETS, RULES, DEFAULT_LANGUAGE;
var init_presets = __esm({
  "src/prompt/presets.ts"() {
    "use strict";
    PRESET_NAMES = ["journal", "code", "conventional"];
    PRESETS = {
      // Written for a repository of prose: "Update journal.txt" tells its owner nothing.
      journal: [
        "This repository is a journal: its files are prose, not code.",
        "Focus on the content of the journal entry. The subject line says what was written about:",
        "the topics, events, people, places or ideas, for example",
        '"Walk along the river and thoughts on moving house",',
        'never "Update journal", "Add entry" or "New notes".',
        "Write one subject line of at most 72 characters. Add a blank line and a short body",
        "only when the entry covers several distinct topics."
      ].join("\n"),
      code: [
        "This repository holds source code.",
        'Subject line: imperative mood ("Add", "Fix", "Remove", "Rename"), at most 72 characters,',
        "capital first letter, no period at the end.",
        "If the reason for the change is not obvious from the subject, add a blank line and a short body,",
        "wrapped at 72 characters, that explains why the change was made rather than how."
      ].join("\n"),
      conventional: [
        "Write the message in the Conventional Commits format: type(scope): subject",
        "type is one of: feat, fix, docs, style, refactor, perf, test, build, ci, chore, revert.",
        "scope is optional: a short noun for the part of the project affected; leave it out when no single part fits.",
        "subject: imperative mood, lowercase first letter, no period at the end; the whole first line at most 72 characters.",
        'Mark a breaking change with "!" before the colon, only when the diff clearly breaks compatibility.',
        "Optionally add a blank line and a body wrapped at 72 characters that explains why."
      ].join("\n")
    };
    RULES = [
      "Rules that always apply:",
      "- Your whole answer becomes the commit message, verbatim. Write only the message.",
      "- No preamble or explanation, no quotes around the message, no Markdown, no code fences, no placeholders.",
      '- Do not use vague verbs such as "update", "improve" or "change" on their own: say what changed.',
      "- Never invent issue numbers, ticket references or anything else the diff does not show.",
      "- Describe what the diff shows, not the name of the file that changed.",
      "- The user message lists every staged file, then recent commit subjects (a style reference only:",
      "  do not copy them, except as git writes a revert, fixup! or squash!), then the diff. Binaries,",
      "  generated files and secrets are named without their contents; lock files by the packages that",
      "  moved. Parts marked [...] were left out for length, and a long text may be shown as an outline",
      "  of its lines: describe the change from what is shown, and do not mention that anything was left out."
    ].join("\n");
    DEFAULT_LANGUAGE = "English";
  }
});

// src/settings/options.ts
function defaults() {
  const out = {};
  for (const k2 of OPTION_NAMES) out[k2] = SCHEMA[k2].default;
  return out;
}
function resolveOptions(raw, env = {}) {
  const options = defaults();
  const warnings = [];
  const table = raw && typeof raw === "object" && !Array.isArray(raw) ? raw : {};
  const writable = options;
  for (const [key, value] of Object.entries(table)) {
    if (LUA_ONLY.has(key)) continue;
    if (!(key in SCHEMA)) {
      const near = nearestName(key, [...OPTION_NAMES, ...LUA_ONLY]);
      warnings.push(`ignoring unknown option "${key}"${near ? ` (did you mean "${near}"?)` : ""}`);
      continue;
    }
    const spec = SCHEMA[key];
    if (spec.check(value)) writable[key] = value;
    else warnings.push(`ignoring option "${key}": expected ${spec.expected}, got ${JSON.stringify(value)}`);
  }
  options.host = normalizeHost(options.host || env.OLLAMA_HOST || DEFAULT_HOST);
  return { options, warnings };
}
function nearestName(key, names) {
  if (!/^[\x20-\x7e]*$/.test(key)) return void 0;
  const k2 = key.toLowerCase();
  let best;
  for (const name of names) {
    const d = editDistance(k2, name);
    const score = d <= 2 && d * 2 < k2.length ? d : k2.length >= 4 && name.startsWith(k2) ? 3 : void 0;
    if (score !== void 0 && (best === void 0 || score < best.score)) best = { name, score };
  }
  return best?.name;
}
function editDistance(a, b2) {
  const d = Array.from({ length: a.length + 1 }, (_2, i2) => Array.from({ length: b2.length + 1 }, (_3, j2) => i2 === 0 ? j2 : j2 === 0 ? i2 : 0));
  for (let i2 = 1; i2 <= a.length; i2++) {
    for (let j2 = 1; j2 <= b2.length; j2++) {
      const row = d[i2];
      const up = d[i2 - 1];
      const cost = a[i2 - 1] === b2[j2 - 1] ? 0 : 1;
      row[j2] = Math.min(up[j2] + 1, row[j2 - 1] + 1, up[j2 - 1] + cost);
      if (i2 > 1 && j2 > 1 && a[i2 - 1] === b2[j2 - 2] && a[i2 - 2] === b2[j2 - 1]) row[j2] = Math.min(row[j2], d[i2 - 2][j2 - 2] + 1);
    }
  }
  return d[a.length][b2.length];
}
function normalizeHost(input) {
  const trimmed2 = input.trim();
  const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed2);
  const scheme = (m?.[1] ?? "http").toLowerCase();
  const rest = m ? trimmed2.slice(m[0].length) : trimmed2;
  const slash = rest.indexOf("/");
  let hostport = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? "" : rest.slice(slash).replace(/\/+$/, "");
  const at = hostport.lastIndexOf("@");
  const auth = at < 0 ? "" : hostport.slice(0, at + 1);
  hostport = hostport.slice(at + 1);
  if (/^[0-9a-f]*:[0-9a-f:.]*:[0-9a-f:.]*$/i.test(hostport)) hostport = `[${hostport}]`;
  const hp = /^(.*):(\d*)$/.exec(hostport);
  const host = (hp ? hp[1] : hostport) || "127.0.0.1";
  const port = (hp ? hp[2] : "") || (scheme === "https" ? "443" : "11434");
  try {
    const url = new URL(`${scheme}://${host}:${port}${path}`);
    return `${url.protocol}//${auth}${url.host}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return trimmed2;
  }
}
function hostProblem(input) {
  const trimmed2 = input.trim();
  if (trimmed2 === "") return "an empty host";
  const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed2);
  if (m && !/^https?$/i.test(m[1] ?? "")) return `${m[1]}:// is not a scheme Ollama speaks (http or https)`;
  const rest = m ? trimmed2.slice(m[0].length) : trimmed2;
  const slash = rest.indexOf("/");
  let hostport = slash < 0 ? rest : rest.slice(0, slash);
  hostport = hostport.slice(hostport.lastIndexOf("@") + 1);
  if (/\s/.test(trimmed2)) return "a host has no spaces";
  let host = hostport;
  let port;
  const v6 = /^\[([0-9a-f:.]+)\](?::(\d*))?$/i.exec(hostport);
  if (v6) {
    host = v6[1] ?? "";
    port = v6[2];
  } else if (/^[0-9a-f]*:[0-9a-f:.]*:[0-9a-f:.]*$/i.test(hostport)) {
    host = hostport;
  } else {
    const hp = /^([^:]*):([^:]*)$/.exec(hostport);
    if (hp) {
      host = hp[1] ?? "";
      port = hp[2];
    } else if (hostport.includes(":")) return "not HOST:PORT";
    if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(host) && host !== "") return `"${host}" is not a host name`;
    if (/^\d+$/.test(host) && port === void 0 && !m) return `a bare number is not a host (for port ${host}, write :${host})`;
    if (/^[\d.]+$/.test(host) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return `"${host}" is not an IP address`;
  }
  if (port !== void 0 && port !== "" && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) return `port ${port} is not a port (1-65535)`;
  return void 0;
}
function isLoopbackHost(url) {
  try {
    const h2 = new URL(url).hostname.replace(/^\[|\]$/g, "");
    return h2 === "localhost" || h2 === "::1" || h2 === "0.0.0.0" || /^127\.\d+\.\d+\.\d+$/.test(h2) || h2.endsWith(".localhost");
  } catch {
    return false;
  }
}
function plainHttpWarning(host) {
  if (isLoopbackHost(host) || !host.startsWith("http:")) return void 0;
  return `the diff goes to ${host} over plain http: it crosses the network unencrypted`;
}
var DEFAULT_HOST, isString, isBool, isPositiveInt, isKeepAlive, SCHEMA, OPTION_NAMES, LUA_ONLY;
var init_options = __esm({
  "src/settings/options.ts"() {
    "use strict";
    init_presets();
    DEFAULT_HOST = "http://127.0.0.1:11434";
    isString = (v) => typeof v === "string";
    isBool = (v) => typeof v === "boolean";
    isPositiveInt = (v) => typeof v === "number" && Number.isInteger(v) && v > 0;
    isKeepAlive = (v) => typeof v === "string" || typeof v === "number";
    SCHEMA = {
      host: {
        default: "",
        check: isString,
        expected: "a URL string",
        help: "Ollama server. Empty: $OLLAMA_HOST, else " + DEFAULT_HOST + ". The diff is sent nowhere else."
      },
      model: {
        default: "gemma3",
        check: isString,
        expected: "a model name",
        help: "Ollama model that writes the message (git config git-commit-push.model overrides it)."
      },
      preset: {
        default: "code",
        check: (v) => typeof v === "string" && isPresetName(v),
        expected: '"journal", "code" or "conventional"',
        help: 'Voice of the message: "journal" (what was written about), "code" (imperative subject, body at 72), "conventional" (Conventional Commits).'
      },
      prompt: {
        default: "",
        check: isString,
        expected: "a string",
        help: "Your own instructions; replaces the preset's when not empty."
      },
      language: {
        default: "English",
        check: isString,
        expected: "a language name",
        help: 'The language the message is written in, such as "German" (git config git-commit-push.language overrides it).'
      },
      review: {
        default: true,
        check: isBool,
        expected: "a boolean",
        help: "Open the review buffer. false commits and pushes the generated message straight away (also `:GitCommitPush noreview`)."
      },
      timeout_ms: {
        default: 6e4,
        check: isPositiveInt,
        expected: "a positive integer",
        help: "Give up on the model after this many milliseconds (loading included) and use the default message."
      },
      keep_alive: {
        default: "30m",
        check: isKeepAlive,
        expected: "a duration string or seconds",
        help: "How long Ollama keeps the model loaded after a request, so the next commit starts fast."
      },
      num_ctx: {
        default: 8192,
        check: isPositiveInt,
        expected: "a positive integer",
        help: "Context window in tokens, sent on every request (capped by the model's own); the diff is cut to fit."
      },
      push_stall_ms: {
        default: 3e4,
        check: isPositiveInt,
        expected: "a positive integer",
        help: "A push that makes no network progress for this long gives up (ssh and http remotes; hooks are not timed)."
      },
      num_predict: {
        default: 256,
        check: isPositiveInt,
        expected: "a positive integer",
        help: "Tokens reserved for the answer."
      }
    };
    OPTION_NAMES = Object.keys(SCHEMA);
    LUA_ONLY = /* @__PURE__ */ new Set(["keymap"]);
  }
});

// src/settings/repo-settings.ts
function configKey(option) {
  return option.replace(/_([a-z])/g, (_2, c3) => c3.toUpperCase());
}
function repoOverrides(config) {
  const out = {};
  for (const option of CONFIG_OPTIONS) {
    const value = config.get(`git-commit-push.${configKey(option).toLowerCase()}`);
    if (value) out[option] = value;
  }
  return out;
}
function parseValue(option, text) {
  const spec = SCHEMA[option];
  if (typeof spec.default === "number") {
    const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
    return spec.check(n) ? n : void 0;
  }
  if (option === "keep_alive") return /^\s*-?\d+\s*$/.test(text) ? Number(text) : text.trim();
  return spec.check(text) ? text : void 0;
}
function applyRepoOverrides(base, o2) {
  const options = { ...base };
  const writable = options;
  const warnings = [];
  for (const option of CONFIG_OPTIONS) {
    const text = o2[option];
    if (!text) continue;
    const value = parseValue(option, text);
    if (value !== void 0) writable[option] = value;
    else {
      const expected = option === "preset" ? PRESET_NAMES.join(", ") : SCHEMA[option].expected;
      warnings.push(`ignoring git config git-commit-push.${configKey(option)}=${text}: expected ${expected}`);
    }
  }
  return { options, warnings };
}
function settingsFor(config, base, over = {}) {
  const fromConfig = applyRepoOverrides(base, repoOverrides(config));
  const { options, warnings } = applyRepoOverrides(fromConfig.options, over);
  warnings.unshift(...fromConfig.warnings);
  const plain = plainHttpWarning(options.host);
  if (plain) warnings.push(plain);
  return { options, system: systemPrompt(options.preset, options.prompt || void 0, options.language), warnings };
}
function shownDefault(option) {
  const d = SCHEMA[option].default;
  return d === "" ? "none" : String(d);
}
function configKeysText(width2 = 80) {
  const indent = "      ";
  const rows = [];
  for (const option of CONFIG_OPTIONS) {
    rows.push(`  git-commit-push.${configKey(option)} (default ${shownDefault(option)})`);
    let line = indent;
    for (const word of SCHEMA[option].help.split(" ")) {
      if (line.length + word.length + 1 > width2 && line.trim() !== "") {
        rows.push(line.trimEnd());
        line = indent;
      }
      line += `${word} `;
    }
    rows.push(line.trimEnd());
  }
  return rows.join("\n");
}
var CONFIG_OPTIONS;
var init_repo_settings = __esm({
  "src/settings/repo-settings.ts"() {
    "use strict";
    init_presets();
    init_options();
    CONFIG_OPTIONS = ["model", "preset", "prompt", "language", "timeout_ms", "keep_alive", "num_ctx", "num_predict", "push_stall_ms"];
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports2, module2) {
    var s = 1e3;
    var m = s * 60;
    var h2 = m * 60;
    var d = h2 * 24;
    var w = d * 7;
    var y2 = d * 365.25;
    module2.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse2(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse2(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h2;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return Math.round(ms / d) + "d";
      }
      if (msAbs >= h2) {
        return Math.round(ms / h2) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return plural2(ms, msAbs, d, "day");
      }
      if (msAbs >= h2) {
        return plural2(ms, msAbs, h2, "hour");
      }
      if (msAbs >= m) {
        return plural2(ms, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural2(ms, msAbs, s, "second");
      }
      return ms + " ms";
    }
    function plural2(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports2, module2) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i2 = 0; i2 < namespace.length; i2++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i2);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug2(...args) {
          if (!debug2.enabled) {
            return;
          }
          const self2 = debug2;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms = curr - (prevTime || curr);
          self2.diff = ms;
          self2.prev = prevTime;
          self2.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format2) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format2];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self2, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self2, args);
          const logFn = self2.log || createDebug.log;
          logFn.apply(self2, args);
        }
        debug2.namespace = namespace;
        debug2.useColors = createDebug.useColors();
        debug2.color = createDebug.selectColor(namespace);
        debug2.extend = extend;
        debug2.destroy = createDebug.destroy;
        Object.defineProperty(debug2, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v) => {
            enableOverride = v;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug2);
        }
        return debug2;
      }
      function extend(namespace, delimiter2) {
        const newDebug = createDebug(this.namespace + (typeof delimiter2 === "undefined" ? ":" : delimiter2) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns of split) {
          if (ns[0] === "-") {
            createDebug.skips.push(ns.slice(1));
          } else {
            createDebug.names.push(ns);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns of createDebug.names) {
          if (matchesTemplate(name, ns)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module2.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports2, module2) {
    exports2.formatArgs = formatArgs;
    exports2.save = save;
    exports2.load = load;
    exports2.useColors = useColors;
    exports2.storage = localstorage();
    exports2.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports2.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module2.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports2.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports2.storage.setItem("debug", namespaces);
        } else {
          exports2.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r2;
      try {
        r2 = exports2.storage.getItem("debug") || exports2.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports2, module2) {
    var tty = require("tty");
    var util = require("util");
    exports2.init = init;
    exports2.log = log;
    exports2.formatArgs = formatArgs;
    exports2.save = save;
    exports2.load = load;
    exports2.useColors = useColors;
    exports2.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports2.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports2.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports2.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_2, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports2.inspectOpts ? Boolean(exports2.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module2.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports2.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports2.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug2) {
      debug2.inspectOpts = {};
      const keys = Object.keys(exports2.inspectOpts);
      for (let i2 = 0; i2 < keys.length; i2++) {
        debug2.inspectOpts[keys[i2]] = exports2.inspectOpts[keys[i2]];
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports2, module2) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module2.exports = require_browser();
    } else {
      module2.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fs_1 = require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path, isFile, isDirectory) {
      log(`checking %s`, path);
      try {
        const stat5 = fs_1.statSync(path);
        if (stat5.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat5.isDirectory() && isDirectory) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists2(path, type = exports2.READABLE) {
      return check(path, (type & exports2.FILE) > 0, (type & exports2.FOLDER) > 0);
    }
    exports2.exists = exists2;
    exports2.FILE = 1;
    exports2.FOLDER = 2;
    exports2.READABLE = exports2.FILE + exports2.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports2) {
    "use strict";
    function __export3(m) {
      for (var p2 in m) if (!exports2.hasOwnProperty(p2)) exports2[p2] = m[p2];
    }
    Object.defineProperty(exports2, "__esModule", { value: true });
    __export3(require_src2());
  }
});

// node_modules/@simple-git/args-pathspec/dist/index.mjs
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}
var t;
var init_dist = __esm({
  "node_modules/@simple-git/args-pathspec/dist/index.mjs"() {
    t = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDeferred = exports2.deferred = void 0;
    function deferred2() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports2.deferred = deferred2;
    exports2.createDeferred = deferred2;
    exports2.default = deferred2;
  }
});

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* U(e, t2) {
  const n = t2 === "global";
  for (const o2 of e)
    o2.isGlobal === n && (yield o2);
}
function F(e, t2) {
  for (const { name: o2 } of U(e, "task")) {
    if (k.has(o2))
      return p(true, t2);
    if (S.has(o2))
      return p(false, t2);
  }
  const n = t2.at(0)?.toLowerCase();
  return n === void 0 ? null : P.has(n) ? p(true, t2.slice(1)) : E.has(n) ? p(false, t2.slice(1)) : t2.length === 1 ? p(false, t2) : p(true, t2);
}
function p(e = false, t2 = []) {
  const n = t2.at(0)?.toLowerCase();
  return n === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: n,
    value: t2.at(1)
  };
}
function A(e, t2) {
  return t2.isWrite && t2.value !== void 0 ? { key: t2.key, value: t2.value, scope: e } : { key: t2.key, scope: e };
}
function M(e) {
  const t2 = e?.indexOf("=") || -1;
  return !e || t2 < 0 ? null : {
    key: e.slice(0, t2).trim().toLowerCase(),
    value: e.slice(t2 + 1)
  };
}
function N(e) {
  for (const { name: t2 } of U(e, "task"))
    switch (t2) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function G({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* O(e) {
  for (const t2 of e) {
    const n = G(t2), o2 = n && M(t2.value);
    o2 && (yield {
      ...o2,
      scope: n
    });
  }
}
function L(e, t2, n) {
  const o2 = {
    read: [],
    write: [...O(t2)]
  };
  return e === "config" && $(
    o2,
    N(t2),
    F(t2, n)
  ), o2;
}
function $(e, t2, n) {
  if (n === null)
    return;
  const o2 = A(t2, n);
  n.isWrite ? e.write.push(o2) : e.read.push(o2);
}
function I(e) {
  const t2 = R[e ?? ""] ?? T;
  return {
    short: new Map([...x.short.entries(), ...t2.short.entries()]),
    long: t2.long
  };
}
function b(e, t2 = D) {
  if (e.startsWith("--")) {
    const n = e.indexOf("=");
    if (n > 2)
      return [{ name: e.slice(0, n), value: e.slice(n + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: t2.long.has(o2) }];
  }
  if (e.length === 2) {
    const n = e.charAt(1), o2 = t2.short.get(n);
    return [{ name: e, needsNext: o2 === true }];
  }
  return W(e, t2.short);
}
function W(e, t2) {
  const n = e.slice(1).split(""), o2 = [];
  for (let s = 0; s < n.length; s++) {
    const r2 = n[s], l = t2.get(r2);
    if (l === void 0)
      return [{ name: e, needsNext: false }];
    if (l) {
      const a = n.slice(s + 1).join("");
      if (a && ![...a].every((w) => t2.has(w)))
        return o2.push({ name: `-${r2}`, value: a, needsNext: false }), o2;
    }
    o2.push({ name: `-${r2}`, needsNext: l });
  }
  return o2;
}
function j(e, t2 = []) {
  let n = 0;
  for (; n < e.length; ) {
    const o2 = String(e[n]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const s = b(o2);
    let r2 = n + 1;
    for (const l of s) {
      const a = {
        name: l.name,
        value: l.value,
        absorbedNext: false,
        isGlobal: true
      };
      l.needsNext && a.value === void 0 && r2 < e.length && (a.value = String(e[r2]), a.absorbedNext = true, r2++), t2.push(a);
    }
    n = r2;
  }
  return { flags: t2, taskIndex: n };
}
function B(e, t2, n = []) {
  const o2 = I(t2), s = [], r2 = [];
  let l = 0;
  for (; l < e.length; ) {
    const a = e[l];
    if (r(a)) {
      r2.push(...o(a)), l++;
      continue;
    }
    const f = String(a);
    if (f === "--") {
      for (let g = l + 1; g < e.length; g++) {
        const u = e[g];
        r(u) ? r2.push(...o(u)) : r2.push(String(u));
      }
      break;
    }
    if (!f.startsWith("-") || f.length < 2) {
      s.push(f), l++;
      continue;
    }
    const w = b(f, o2);
    let d = l + 1;
    for (const g of w) {
      const u = {
        name: g.name,
        value: g.value,
        absorbedNext: false,
        isGlobal: false
      };
      g.needsNext && u.value === void 0 && d < e.length && !r(e[d]) && (u.value = String(e[d]), u.absorbedNext = true, d++), n.push(u);
    }
    l = d;
  }
  return { flags: n, positionals: s, pathspecs: r2 };
}
function* V({
  write: e
}) {
  for (const t2 of e)
    for (const n of q) {
      const o2 = n(t2.key);
      o2 && (yield o2);
    }
}
function c2(e, t2, n = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(r2) {
    if (o2.test(r2))
      return {
        category: t2,
        message: `Configuring ${n} is not permitted without enabling ${t2}`
      };
  };
}
function i(e, t2) {
  const n = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return c2(n, t2, e);
}
function* K(e, t2) {
  for (const n of t2)
    for (const o2 of H) {
      const s = o2(e, n.name);
      s && (yield s);
    }
}
function h(e, t2, n, o2 = String(t2)) {
  const s = typeof t2 == "string" ? new RegExp(`\\s*${t2.toLowerCase()}`) : t2, r2 = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${n}`;
  return function(a, f) {
    if ((!e || a === e) && s.test(f))
      return {
        category: n,
        message: r2
      };
  };
}
function C(e, t2, n) {
  return [...K(e, t2), ...V(n)];
}
function Y(...e) {
  const { flags: t2, taskIndex: n } = j(e), o2 = n < e.length ? String(e[n]).toLowerCase() : null, s = o2 !== null ? e.slice(n + 1) : [], { positionals: r2, pathspecs: l } = B(s, o2, t2), a = L(o2, t2, r2);
  return {
    task: o2,
    flags: t2.map(J),
    paths: l,
    config: a,
    vulnerabilities: z(C(o2, t2, a))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: t2 }) {
  return e !== void 0 ? { name: t2, value: e } : { name: t2 };
}
function* Q(e) {
  const t2 = parseInt(e.git_config_count ?? "0", 10);
  for (let n = 0; n < t2; n++) {
    const o2 = e[`git_config_key_${n}`], s = e[`git_config_value_${n}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: s, scope: "env" });
  }
}
function* X(e) {
  for (const t2 of Object.keys(e))
    if (_(t2)) {
      const n = y[t2];
      yield {
        category: n,
        message: `Use of "${t2.toUpperCase()}" is not permitted without enabling ${n}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function Z(e) {
  const t2 = {};
  for (const [n, o2] of Object.entries(e)) {
    const s = n.toLowerCase().trim();
    (_(s) || s.startsWith("git")) && (t2[s] = String(o2));
  }
  return t2;
}
function ee(e) {
  const t2 = Z(e), n = {
    read: [],
    write: [...Q(t2)]
  }, o2 = [
    ...X(t2),
    ...C(null, [], n)
  ];
  return {
    config: n,
    vulnerabilities: o2
  };
}
function ne(e, t2) {
  return [...Y(...e).vulnerabilities, ...ee(t2).vulnerabilities];
}
var k, S, P, E, x, D, R, T, q, H, y;
var init_dist2 = __esm({
  "node_modules/@simple-git/argv-parser/dist/index.mjs"() {
    init_dist();
    k = /* @__PURE__ */ new Set([
      "--add",
      "--edit",
      "--remove-section",
      "--rename-section",
      "--replace-all",
      "--unset",
      "--unset-all",
      "-e"
    ]);
    S = /* @__PURE__ */ new Set([
      "--get",
      "--get-all",
      "--get-color",
      "--get-colorbool",
      "--get-regexp",
      "--get-urlmatch",
      "--list",
      "-l"
    ]);
    P = /* @__PURE__ */ new Set([
      "edit",
      "remove-section",
      "rename-section",
      "set",
      "unset"
    ]);
    E = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
    x = {
      short: /* @__PURE__ */ new Map([
        ["c", true]
        //  -c <k=v>    set config key for this invocation
      ])
    };
    D = {
      short: new Map([
        ["C", true],
        //  -C <path>   change working directory
        ["P", false],
        // -P          no pager (alias for --no-pager)
        ["h", false],
        // -h          help
        ["p", false],
        // -p          paginate
        ["v", false],
        // -v          version
        ...x.short.entries()
      ]),
      long: /* @__PURE__ */ new Set([
        "attr-source",
        "config-env",
        "exec-path",
        "git-dir",
        "list-cmds",
        "namespace",
        "super-prefix",
        "work-tree"
      ])
    };
    R = {
      clone: {
        short: /* @__PURE__ */ new Map([
          ["b", true],
          // -b <branch>
          ["j", true],
          // -j <n>          parallel jobs
          ["l", false],
          // -l local
          ["n", false],
          // -n no-checkout
          ["o", true],
          // -o <name>       remote name
          ["q", false],
          // -q quiet
          ["s", false],
          // -s shared
          ["u", true]
          // -u <upload-pack>
        ]),
        long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
      },
      commit: {
        short: /* @__PURE__ */ new Map([
          ["C", true],
          // -C <commit>  reuse message
          ["F", true],
          // -F <file>    read message from file
          ["c", true],
          // -c <commit>  reedit message
          ["m", true],
          // -m <msg>
          ["t", true]
          // -t <template>
        ]),
        long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
      },
      config: {
        short: /* @__PURE__ */ new Map([
          ["e", false],
          // -e  open editor
          ["f", true],
          //  -f <file>
          ["l", false]
          // -l  list
        ]),
        long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
      },
      fetch: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["upload-pack"])
      },
      init: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["template"])
      },
      pull: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["upload-pack"])
      },
      push: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
      }
    };
    T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
    q = [
      c2("alias", "allowUnsafeAlias"),
      c2("core.askPass", "allowUnsafeAskPass"),
      c2("core.editor", "allowUnsafeEditor"),
      c2("core.fsmonitor", "allowUnsafeFsMonitor"),
      c2("core.gitProxy", "allowUnsafeGitProxy"),
      c2("core.hooksPath", "allowUnsafeHooksPath"),
      c2("core.pager", "allowUnsafePager"),
      c2("core.sshCommand", "allowUnsafeSshCommand"),
      i("credential.helper", "allowUnsafeCredentialHelper"),
      i("diff.command", "allowUnsafeDiffExternal"),
      c2("diff.external", "allowUnsafeDiffExternal"),
      i("diff.textconv", "allowUnsafeDiffTextConv"),
      i("filter.clean", "allowUnsafeFilter"),
      i("filter.smudge", "allowUnsafeFilter"),
      i("gpg.program", "allowUnsafeGpgProgram"),
      c2("init.templateDir", "allowUnsafeTemplateDir"),
      i("merge.driver", "allowUnsafeMergeDriver"),
      i("mergetool.path", "allowUnsafeMergeDriver"),
      i("mergetool.cmd", "allowUnsafeMergeDriver"),
      i("protocol.allow", "allowUnsafeProtocolOverride"),
      i("remote.receivepack", "allowUnsafePack"),
      i("remote.uploadpack", "allowUnsafePack"),
      c2("sequence.editor", "allowUnsafeEditor")
    ];
    H = [
      h(
        null,
        /--(upload|receive)-pack/,
        "allowUnsafePack",
        "--upload-pack or --receive-pack"
      ),
      h("clone", /^-\w*u/, "allowUnsafePack"),
      h("clone", "--u", "allowUnsafePack"),
      h("push", "--exec", "allowUnsafePack"),
      h(null, "--template", "allowUnsafeTemplateDir")
    ];
    y = {
      editor: "allowUnsafeEditor",
      git_askpass: "allowUnsafeAskPass",
      git_config_global: "allowUnsafeConfigPaths",
      git_config_system: "allowUnsafeConfigPaths",
      git_config_count: "allowUnsafeConfigEnvCount",
      git_config: "allowUnsafeConfigPaths",
      git_editor: "allowUnsafeEditor",
      git_exec_path: "allowUnsafeConfigPaths",
      git_external_diff: "allowUnsafeDiffExternal",
      git_pager: "allowUnsafePager",
      git_proxy_command: "allowUnsafeGitProxy",
      git_template_dir: "allowUnsafeTemplateDir",
      git_sequence_editor: "allowUnsafeEditor",
      git_ssh: "allowUnsafeSshCommand",
      git_ssh_command: "allowUnsafeSshCommand",
      pager: "allowUnsafePager",
      prefix: "allowUnsafeConfigPaths",
      ssh_askpass: "allowUnsafeAskPass"
    };
  }
});

// node_modules/simple-git/dist/esm/index.js
function asFunction(source) {
  if (typeof source !== "function") {
    return NOOP;
  }
  return source;
}
function isUserFunction(source) {
  return typeof source === "function" && source !== NOOP;
}
function splitOn(input, char) {
  const index = input.indexOf(char);
  if (index <= 0) {
    return [input, ""];
  }
  return [input.substr(0, index), input.substr(index + 1)];
}
function first(input, offset = 0) {
  return isArrayLike(input) && input.length > offset ? input[offset] : void 0;
}
function last(input, offset = 0) {
  if (isArrayLike(input) && input.length > offset) {
    return input[input.length - 1 - offset];
  }
}
function isArrayLike(input) {
  return filterHasLength(input);
}
function toLinesWithContent(input = "", trimmed2 = true, separator = "\n") {
  return input.split(separator).reduce((output, line) => {
    const lineContent = trimmed2 ? line.trim() : line;
    if (lineContent) {
      output.push(lineContent);
    }
    return output;
  }, []);
}
function forEachLineWithContent(input, callback) {
  return toLinesWithContent(input, true).map((line) => callback(line));
}
function folderExists(path) {
  return (0, import_file_exists.exists)(path, import_file_exists.FOLDER);
}
function append(target, item) {
  if (Array.isArray(target)) {
    if (!target.includes(item)) {
      target.push(item);
    }
  } else {
    target.add(item);
  }
  return item;
}
function including(target, item) {
  if (Array.isArray(target) && !target.includes(item)) {
    target.push(item);
  }
  return target;
}
function remove(target, item) {
  if (Array.isArray(target)) {
    const index = target.indexOf(item);
    if (index >= 0) {
      target.splice(index, 1);
    }
  } else {
    target.delete(item);
  }
  return item;
}
function asArray(source) {
  return Array.isArray(source) ? source : [source];
}
function asCamelCase(str) {
  return str.replace(/[\s-]+(.)/g, (_all, chr) => {
    return chr.toUpperCase();
  });
}
function asStringArray(source) {
  return asArray(source).map((item) => {
    return item instanceof String ? item : String(item);
  });
}
function asNumber(source, onNaN = 0) {
  if (source == null) {
    return onNaN;
  }
  const num = parseInt(source, 10);
  return Number.isNaN(num) ? onNaN : num;
}
function prefixedArray(input, prefix) {
  const output = [];
  for (let i2 = 0, max = input.length; i2 < max; i2++) {
    output.push(prefix, input[i2]);
  }
  return output;
}
function bufferToString(input) {
  return (Array.isArray(input) ? Buffer.concat(input) : input).toString("utf-8");
}
function pick(source, properties) {
  const out = {};
  properties.forEach((key) => {
    if (source[key] !== void 0) {
      out[key] = source[key];
    }
  });
  return out;
}
function delay(duration = 0) {
  return new Promise((done) => setTimeout(done, duration));
}
function orVoid(input) {
  if (input === false) {
    return void 0;
  }
  return input;
}
function filterType(input, filter, def) {
  if (filter(input)) {
    return input;
  }
  return arguments.length > 2 ? def : void 0;
}
function filterPrimitives(input, omit) {
  const type = r(input) ? "string" : typeof input;
  return /number|string|boolean/.test(type) && (!omit || !omit.includes(type));
}
function filterPlainObject(input) {
  return !!input && objectToString(input) === "[object Object]";
}
function filterFunction(input) {
  return typeof input === "function";
}
function useMatchesDefault() {
  throw new Error(`LineParser:useMatches not implemented`);
}
function createInstanceConfig(...options) {
  const baseDir = process.cwd();
  const config = Object.assign(
    { baseDir, ...defaultOptions },
    ...options.filter((o2) => typeof o2 === "object" && o2)
  );
  config.baseDir = config.baseDir || baseDir;
  config.trimmed = config.trimmed === true;
  return config;
}
function appendTaskOptions(options, commands = []) {
  if (!filterPlainObject(options)) {
    return commands;
  }
  return Object.keys(options).reduce((commands2, key) => {
    const value = options[key];
    if (r(value)) {
      commands2.push(value);
    } else if (filterPrimitives(value, ["boolean"])) {
      commands2.push(key + "=" + value);
    } else if (Array.isArray(value)) {
      for (const v of value) {
        if (!filterPrimitives(v, ["string", "number"])) {
          commands2.push(key + "=" + v);
        }
      }
    } else {
      commands2.push(key);
    }
    return commands2;
  }, commands);
}
function getTrailingOptions(args, initialPrimitive = 0, objectOnly = false) {
  const command = [];
  for (let i2 = 0, max = initialPrimitive < 0 ? args.length : initialPrimitive; i2 < max; i2++) {
    if ("string|number".includes(typeof args[i2])) {
      command.push(String(args[i2]));
    }
  }
  appendTaskOptions(trailingOptionsArgument(args), command);
  if (!objectOnly) {
    command.push(...trailingArrayArgument(args));
  }
  return command;
}
function trailingArrayArgument(args) {
  const hasTrailingCallback = typeof last(args) === "function";
  return asStringArray(filterType(last(args, hasTrailingCallback ? 1 : 0), filterArray, []));
}
function trailingOptionsArgument(args) {
  const hasTrailingCallback = filterFunction(last(args));
  return filterType(last(args, hasTrailingCallback ? 1 : 0), filterPlainObject);
}
function trailingFunctionArgument(args, includeNoop = true) {
  const callback = asFunction(last(args));
  return includeNoop || isUserFunction(callback) ? callback : void 0;
}
function callTaskParser(parser4, streams) {
  return parser4(streams.stdOut, streams.stdErr);
}
function parseStringResponse(result, parsers12, texts, trim = true) {
  asArray(texts).forEach((text) => {
    for (let lines = toLinesWithContent(text, trim), i2 = 0, max = lines.length; i2 < max; i2++) {
      const line = (offset = 0) => {
        if (i2 + offset >= max) {
          return;
        }
        return lines[i2 + offset];
      };
      parsers12.some(({ parse: parse2 }) => parse2(line, result));
    }
  });
  return result;
}
function checkIsRepoTask(action) {
  switch (action) {
    case "bare":
      return checkIsBareRepoTask();
    case "root":
      return checkIsRepoRootTask();
  }
  const commands = ["rev-parse", "--is-inside-work-tree"];
  return {
    commands,
    format: "utf-8",
    onError,
    parser
  };
}
function checkIsRepoRootTask() {
  const commands = ["rev-parse", "--git-dir"];
  return {
    commands,
    format: "utf-8",
    onError,
    parser(path) {
      return /^\.(git)?$/.test(path.trim());
    }
  };
}
function checkIsBareRepoTask() {
  const commands = ["rev-parse", "--is-bare-repository"];
  return {
    commands,
    format: "utf-8",
    onError,
    parser
  };
}
function isNotRepoMessage(error) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(error));
}
function cleanSummaryParser(dryRun, text) {
  const summary = new CleanResponse(dryRun);
  const regexp = dryRun ? dryRunRemovalRegexp : removalRegexp;
  toLinesWithContent(text).forEach((line) => {
    const removed = line.replace(regexp, "");
    summary.paths.push(removed);
    (isFolderRegexp.test(removed) ? summary.folders : summary.files).push(removed);
  });
  return summary;
}
function adhocExecTask(parser4) {
  return {
    commands: EMPTY_COMMANDS,
    format: "empty",
    parser: parser4
  };
}
function configurationErrorTask(error) {
  return {
    commands: EMPTY_COMMANDS,
    format: "empty",
    parser() {
      throw typeof error === "string" ? new TaskConfigurationError(error) : error;
    }
  };
}
function straightThroughStringTask(commands, trimmed2 = false) {
  return {
    commands,
    format: "utf-8",
    parser(text) {
      return trimmed2 ? String(text).trim() : text;
    }
  };
}
function straightThroughBufferTask(commands) {
  return {
    commands,
    format: "buffer",
    parser(buffer) {
      return buffer;
    }
  };
}
function isBufferTask(task) {
  return task.format === "buffer";
}
function isEmptyTask(task) {
  return task.format === "empty" || !task.commands.length;
}
function cleanWithOptionsTask(mode, customArgs) {
  const { cleanMode, options, valid } = getCleanOptions(mode);
  if (!cleanMode) {
    return configurationErrorTask(CONFIG_ERROR_MODE_REQUIRED);
  }
  if (!valid.options) {
    return configurationErrorTask(CONFIG_ERROR_UNKNOWN_OPTION + JSON.stringify(mode));
  }
  options.push(...customArgs);
  if (options.some(isInteractiveMode)) {
    return configurationErrorTask(CONFIG_ERROR_INTERACTIVE_MODE);
  }
  return cleanTask(cleanMode, options);
}
function cleanTask(mode, customArgs) {
  const commands = ["clean", `-${mode}`, ...customArgs];
  return {
    commands,
    format: "utf-8",
    parser(text) {
      return cleanSummaryParser(mode === "n", text);
    }
  };
}
function isCleanOptionsArray(input) {
  return Array.isArray(input) && input.every((test) => CleanOptionValues.has(test));
}
function getCleanOptions(input) {
  let cleanMode;
  let options = [];
  let valid = { cleanMode: false, options: true };
  input.replace(/[^a-z]i/g, "").split("").forEach((char) => {
    if (isCleanMode(char)) {
      cleanMode = char;
      valid.cleanMode = true;
    } else {
      valid.options = valid.options && isKnownOption(options[options.length] = `-${char}`);
    }
  });
  return {
    cleanMode,
    options,
    valid
  };
}
function isCleanMode(cleanMode) {
  return cleanMode === "f" || cleanMode === "n";
}
function isKnownOption(option) {
  return /^-[a-z]$/i.test(option) && CleanOptionValues.has(option.charAt(1));
}
function isInteractiveMode(option) {
  if (/^-[^\-]/.test(option)) {
    return option.indexOf("i") > 0;
  }
  return option === "--interactive";
}
function configListParser(text) {
  const config = new ConfigList();
  for (const item of configParser(text)) {
    config.addValue(item.file, String(item.key), item.value);
  }
  return config;
}
function configGetParser(text, key) {
  let value = null;
  const values = [];
  const scopes = /* @__PURE__ */ new Map();
  for (const item of configParser(text, key)) {
    if (item.key !== key) {
      continue;
    }
    values.push(value = item.value);
    if (!scopes.has(item.file)) {
      scopes.set(item.file, []);
    }
    scopes.get(item.file).push(value);
  }
  return {
    key,
    paths: Array.from(scopes.keys()),
    scopes,
    value,
    values
  };
}
function configFilePath(filePath) {
  return filePath.replace(/^(file):/, "");
}
function* configParser(text, requestedKey = null) {
  const lines = text.split("\0");
  for (let i2 = 0, max = lines.length - 1; i2 < max; ) {
    const file = configFilePath(lines[i2++]);
    let value = lines[i2++];
    let key = requestedKey;
    if (value.includes("\n")) {
      const line = splitOn(value, "\n");
      key = line[0];
      value = line[1];
    }
    yield { file, key, value };
  }
}
function asConfigScope(scope, fallback2) {
  if (typeof scope === "string" && Object.hasOwn(GitConfigScope, scope)) {
    return scope;
  }
  return fallback2;
}
function addConfigTask(key, value, append2, scope) {
  const commands = ["config", `--${scope}`];
  if (append2) {
    commands.push("--add");
  }
  commands.push(key, value);
  return {
    commands,
    format: "utf-8",
    parser(text) {
      return text;
    }
  };
}
function getConfigTask(key, scope) {
  const commands = ["config", "--null", "--show-origin", "--get-all", key];
  if (scope) {
    commands.splice(1, 0, `--${scope}`);
  }
  return {
    commands,
    format: "utf-8",
    parser(text) {
      return configGetParser(text, key);
    }
  };
}
function listConfigTask(scope) {
  const commands = ["config", "--list", "--show-origin", "--null"];
  if (scope) {
    commands.push(`--${scope}`);
  }
  return {
    commands,
    format: "utf-8",
    parser(text) {
      return configListParser(text);
    }
  };
}
function config_default() {
  return {
    addConfig(key, value, ...rest) {
      return this._runTask(
        addConfigTask(
          key,
          value,
          rest[0] === true,
          asConfigScope(
            rest[1],
            "local"
            /* local */
          )
        ),
        trailingFunctionArgument(arguments)
      );
    },
    getConfig(key, scope) {
      return this._runTask(
        getConfigTask(key, asConfigScope(scope, void 0)),
        trailingFunctionArgument(arguments)
      );
    },
    listConfig(...rest) {
      return this._runTask(
        listConfigTask(asConfigScope(rest[0], void 0)),
        trailingFunctionArgument(arguments)
      );
    }
  };
}
function isDiffNameStatus(input) {
  return diffNameStatus.has(input);
}
function grepQueryBuilder(...params) {
  return new GrepQuery().param(...params);
}
function parseGrep(grep) {
  const paths = /* @__PURE__ */ new Set();
  const results = {};
  forEachLineWithContent(grep, (input) => {
    const [path, line, preview] = input.split(NULL);
    paths.add(path);
    (results[path] = results[path] || []).push({
      line: asNumber(line),
      path,
      preview
    });
  });
  return {
    paths,
    results
  };
}
function grep_default() {
  return {
    grep(searchTerm) {
      const then = trailingFunctionArgument(arguments);
      const options = getTrailingOptions(arguments);
      for (const option of disallowedOptions) {
        if (options.includes(option)) {
          return this._runTask(
            configurationErrorTask(`git.grep: use of "${option}" is not supported.`),
            then
          );
        }
      }
      if (typeof searchTerm === "string") {
        searchTerm = grepQueryBuilder().param(searchTerm);
      }
      const commands = ["grep", "--null", "-n", "--full-name", ...options, ...searchTerm];
      return this._runTask(
        {
          commands,
          format: "utf-8",
          parser(stdOut) {
            return parseGrep(stdOut);
          }
        },
        then
      );
    }
  };
}
function resetTask(mode, customArgs) {
  const commands = ["reset"];
  if (isValidResetMode(mode)) {
    commands.push(`--${mode}`);
  }
  commands.push(...customArgs);
  return straightThroughStringTask(commands);
}
function getResetMode(mode) {
  if (isValidResetMode(mode)) {
    return mode;
  }
  switch (typeof mode) {
    case "string":
    case "undefined":
      return "soft";
  }
  return;
}
function isValidResetMode(mode) {
  return typeof mode === "string" && validResetModes.includes(mode);
}
function createLog() {
  return (0, import_debug.default)("simple-git");
}
function prefixedLogger(to, prefix, forward) {
  if (!prefix || !String(prefix).replace(/\s*/, "")) {
    return !forward ? to : (message, ...args) => {
      to(message, ...args);
      forward(message, ...args);
    };
  }
  return (message, ...args) => {
    to(`%s ${message}`, prefix, ...args);
    if (forward) {
      forward(message, ...args);
    }
  };
}
function childLoggerName(name, childDebugger, { namespace: parentNamespace }) {
  if (typeof name === "string") {
    return name;
  }
  const childNamespace = childDebugger && childDebugger.namespace || "";
  if (childNamespace.startsWith(parentNamespace)) {
    return childNamespace.substr(parentNamespace.length + 1);
  }
  return childNamespace || parentNamespace;
}
function createLogger(label, verbose, initialStep, infoDebugger = createLog()) {
  const labelPrefix = label && `[${label}]` || "";
  const spawned = [];
  const debugDebugger = typeof verbose === "string" ? infoDebugger.extend(verbose) : verbose;
  const key = childLoggerName(filterType(verbose, filterString), debugDebugger, infoDebugger);
  return step(initialStep);
  function sibling(name, initial) {
    return append(
      spawned,
      createLogger(label, key.replace(/^[^:]+/, name), initial, infoDebugger)
    );
  }
  function step(phase) {
    const stepPrefix = phase && `[${phase}]` || "";
    const debug2 = debugDebugger && prefixedLogger(debugDebugger, stepPrefix) || NOOP;
    const info = prefixedLogger(infoDebugger, `${labelPrefix} ${stepPrefix}`, debug2);
    return Object.assign(debugDebugger ? debug2 : info, {
      label,
      sibling,
      info,
      step
    });
  }
}
function pluginContext(task, commands) {
  return {
    method: first(task.commands) || "",
    commands
  };
}
function onErrorReceived(target, logger) {
  return (err) => {
    logger(`[ERROR] child process exception %o`, err);
    target.push(Buffer.from(String(err.stack), "ascii"));
  };
}
function onDataReceived(target, name, logger, output) {
  return (buffer) => {
    logger(`%s received %L bytes`, name, buffer);
    output(`%B`, buffer);
    target.push(buffer);
  };
}
function taskCallback(task, response, callback = NOOP) {
  const onSuccess = (data) => {
    callback(null, data);
  };
  const onError2 = (err) => {
    if (err?.task === task) {
      callback(
        err instanceof GitResponseError ? addDeprecationNoticeToError(err) : err,
        void 0
      );
    }
  };
  response.then(onSuccess, onError2);
}
function addDeprecationNoticeToError(err) {
  let log = (name) => {
    console.warn(
      `simple-git deprecation notice: accessing GitResponseError.${name} should be GitResponseError.git.${name}, this will no longer be available in version 3`
    );
    log = NOOP;
  };
  return Object.create(err, Object.getOwnPropertyNames(err.git).reduce(descriptorReducer, {}));
  function descriptorReducer(all, name) {
    if (name in err) {
      return all;
    }
    all[name] = {
      enumerable: false,
      configurable: false,
      get() {
        log(name);
        return err.git[name];
      }
    };
    return all;
  }
}
function changeWorkingDirectoryTask(directory, root) {
  return adhocExecTask((instance) => {
    if (!folderExists(directory)) {
      throw new Error(`Git.cwd: cannot change to non-directory "${directory}"`);
    }
    return (root || instance).cwd = directory;
  });
}
function checkoutTask(args) {
  const commands = ["checkout", ...args];
  if (commands[1] === "-b" && commands.includes("-B")) {
    commands[1] = remove(commands, "-B");
  }
  return straightThroughStringTask(commands);
}
function checkout_default() {
  return {
    checkout() {
      return this._runTask(
        checkoutTask(getTrailingOptions(arguments, 1)),
        trailingFunctionArgument(arguments)
      );
    },
    checkoutBranch(branchName, startPoint) {
      return this._runTask(
        checkoutTask(["-b", branchName, startPoint, ...getTrailingOptions(arguments)]),
        trailingFunctionArgument(arguments)
      );
    },
    checkoutLocalBranch(branchName) {
      return this._runTask(
        checkoutTask(["-b", branchName, ...getTrailingOptions(arguments)]),
        trailingFunctionArgument(arguments)
      );
    }
  };
}
function countObjectsResponse() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
function count_objects_default() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(stdOut) {
          return parseStringResponse(countObjectsResponse(), [parser2], stdOut);
        }
      });
    }
  };
}
function parseCommitResult(stdOut) {
  const result = {
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  };
  return parseStringResponse(result, parsers, stdOut);
}
function commitTask(message, files, customArgs) {
  const commands = [
    "-c",
    "core.abbrev=40",
    "commit",
    ...prefixedArray(message, "-m"),
    ...files,
    ...customArgs
  ];
  return {
    commands,
    format: "utf-8",
    parser: parseCommitResult
  };
}
function commit_default() {
  return {
    commit(message, ...rest) {
      const next = trailingFunctionArgument(arguments);
      const task = rejectDeprecatedSignatures(message) || commitTask(
        asArray(message),
        asArray(filterType(rest[0], filterStringOrStringArray, [])),
        [
          ...asStringArray(filterType(rest[1], filterArray, [])),
          ...getTrailingOptions(arguments, 0, true)
        ]
      );
      return this._runTask(task, next);
    }
  };
  function rejectDeprecatedSignatures(message) {
    return !filterStringOrStringArray(message) && configurationErrorTask(
      `git.commit: requires the commit message to be supplied as a string/string[]`
    );
  }
}
function first_commit_default() {
  return {
    firstCommit() {
      return this._runTask(
        straightThroughStringTask(["rev-list", "--max-parents=0", "HEAD"], true),
        trailingFunctionArgument(arguments)
      );
    }
  };
}
function hashObjectTask(filePath, write) {
  const commands = ["hash-object", filePath];
  if (write) {
    commands.push("-w");
  }
  return straightThroughStringTask(commands, true);
}
function parseInit(bare, path, text) {
  const response = String(text).trim();
  let result;
  if (result = initResponseRegex.exec(response)) {
    return new InitSummary(bare, path, false, result[1]);
  }
  if (result = reInitResponseRegex.exec(response)) {
    return new InitSummary(bare, path, true, result[1]);
  }
  let gitDir = "";
  const tokens = response.split(" ");
  while (tokens.length) {
    const token = tokens.shift();
    if (token === "in") {
      gitDir = tokens.join(" ");
      break;
    }
  }
  return new InitSummary(bare, path, /^re/i.test(response), gitDir);
}
function hasBareCommand(command) {
  return command.includes(bareCommand);
}
function initTask(bare = false, path, customArgs) {
  const commands = ["init", ...customArgs];
  if (bare && !hasBareCommand(commands)) {
    commands.splice(1, 0, bareCommand);
  }
  return {
    commands,
    format: "utf-8",
    parser(text) {
      return parseInit(commands.includes("--bare"), path, text);
    }
  };
}
function logFormatFromCommand(customArgs) {
  for (let i2 = 0; i2 < customArgs.length; i2++) {
    const format2 = logFormatRegex.exec(customArgs[i2]);
    if (format2) {
      return `--${format2[1]}`;
    }
  }
  return "";
}
function isLogFormat(customArg) {
  return logFormatRegex.test(customArg);
}
function getDiffParser(format2 = "") {
  const parser4 = diffSummaryParsers[format2];
  return (stdOut) => parseStringResponse(new DiffSummary(), parser4, stdOut, false);
}
function lineBuilder(tokens, fields) {
  return fields.reduce(
    (line, field, index) => {
      line[field] = tokens[index] || "";
      return line;
    },
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function createListLogSummaryParser(splitter = SPLITTER, fields = defaultFieldNames, logFormat = "") {
  const parseDiffResult = getDiffParser(logFormat);
  return function(stdOut) {
    const all = toLinesWithContent(
      stdOut.trim(),
      false,
      START_BOUNDARY
    ).map(function(item) {
      const lineDetail = item.split(COMMIT_BOUNDARY);
      const listLogLine = lineBuilder(lineDetail[0].split(splitter), fields);
      if (lineDetail.length > 1 && !!lineDetail[1].trim()) {
        listLogLine.diff = parseDiffResult(lineDetail[1]);
      }
      return listLogLine;
    });
    return {
      all,
      latest: all.length && all[0] || null,
      total: all.length
    };
  };
}
function diffSummaryTask(customArgs) {
  let logFormat = logFormatFromCommand(customArgs);
  const commands = ["diff"];
  if (logFormat === "") {
    logFormat = "--stat";
    commands.push("--stat=4096");
  }
  commands.push(...customArgs);
  return validateLogFormatConfig(commands) || {
    commands,
    format: "utf-8",
    parser: getDiffParser(logFormat)
  };
}
function validateLogFormatConfig(customArgs) {
  const flags = customArgs.filter(isLogFormat);
  if (flags.length > 1) {
    return configurationErrorTask(
      `Summary flags are mutually exclusive - pick one of ${flags.join(",")}`
    );
  }
  if (flags.length && customArgs.includes("-z")) {
    return configurationErrorTask(
      `Summary flag ${flags} parsing is not compatible with null termination option '-z'`
    );
  }
}
function prettyFormat(format2, splitter) {
  const fields = [];
  const formatStr = [];
  Object.keys(format2).forEach((field) => {
    fields.push(field);
    formatStr.push(String(format2[field]));
  });
  return [fields, formatStr.join(splitter)];
}
function userOptions(input) {
  return Object.keys(input).reduce((out, key) => {
    if (!(key in excludeOptions)) {
      out[key] = input[key];
    }
    return out;
  }, {});
}
function parseLogOptions(opt = {}, customArgs = []) {
  const splitter = filterType(opt.splitter, filterString, SPLITTER);
  const format2 = filterPlainObject(opt.format) ? opt.format : {
    hash: "%H",
    date: opt.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: opt.multiLine ? "%B" : "%b",
    author_name: opt.mailMap !== false ? "%aN" : "%an",
    author_email: opt.mailMap !== false ? "%aE" : "%ae"
  };
  const [fields, formatStr] = prettyFormat(format2, splitter);
  const suffix = [];
  const command = [
    `--pretty=format:${START_BOUNDARY}${formatStr}${COMMIT_BOUNDARY}`,
    ...customArgs
  ];
  const maxCount = opt.n || opt["max-count"] || opt.maxCount;
  if (maxCount) {
    command.push(`--max-count=${maxCount}`);
  }
  if (opt.from || opt.to) {
    const rangeOperator = opt.symmetric !== false ? "..." : "..";
    suffix.push(`${opt.from || ""}${rangeOperator}${opt.to || ""}`);
  }
  if (filterString(opt.file)) {
    command.push("--follow", c(opt.file));
  }
  appendTaskOptions(userOptions(opt), command);
  return {
    fields,
    splitter,
    commands: [...command, ...suffix]
  };
}
function logTask(splitter, fields, customArgs) {
  const parser4 = createListLogSummaryParser(splitter, fields, logFormatFromCommand(customArgs));
  return {
    commands: ["log", ...customArgs],
    format: "utf-8",
    parser: parser4
  };
}
function log_default() {
  return {
    log(...rest) {
      const next = trailingFunctionArgument(arguments);
      const options = parseLogOptions(
        trailingOptionsArgument(arguments),
        asStringArray(filterType(arguments[0], filterArray, []))
      );
      const task = rejectDeprecatedSignatures(...rest) || validateLogFormatConfig(options.commands) || createLogTask(options);
      return this._runTask(task, next);
    }
  };
  function createLogTask(options) {
    return logTask(options.splitter, options.fields, options.commands);
  }
  function rejectDeprecatedSignatures(from, to) {
    return filterString(from) && filterString(to) && configurationErrorTask(
      `git.log(string, string) should be replaced with git.log({ from: string, to: string })`
    );
  }
}
function objectEnumerationResult(remoteMessages) {
  return remoteMessages.objects = remoteMessages.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function asObjectCount(source) {
  const count = /^\s*(\d+)/.exec(source);
  const delta = /delta (\d+)/i.exec(source);
  return {
    count: asNumber(count && count[1] || "0"),
    delta: asNumber(delta && delta[1] || "0")
  };
}
function parseRemoteMessages(_stdOut, stdErr) {
  return parseStringResponse({ remoteMessages: new RemoteMessageSummary() }, parsers2, stdErr);
}
function parsePullErrorResult(stdOut, stdErr) {
  const pullError = parseStringResponse(new PullFailedSummary(), errorParsers, [stdOut, stdErr]);
  return pullError.message && pullError;
}
function mergeTask(customArgs) {
  if (!customArgs.length) {
    return configurationErrorTask("Git.merge requires at least one option");
  }
  return {
    commands: ["merge", ...customArgs],
    format: "utf-8",
    parser(stdOut, stdErr) {
      const merge = parseMergeResult(stdOut, stdErr);
      if (merge.failed) {
        throw new GitResponseError(merge);
      }
      return merge;
    }
  };
}
function pushResultPushedItem(local, remote, status) {
  const deleted = status.includes("deleted");
  const tag = status.includes("tag") || /^refs\/tags/.test(local);
  const alreadyUpdated = !status.includes("new");
  return {
    deleted,
    tag,
    branch: !tag,
    new: !alreadyUpdated,
    alreadyUpdated,
    local,
    remote
  };
}
function pushTagsTask(ref = {}, customArgs) {
  append(customArgs, "--tags");
  return pushTask(ref, customArgs);
}
function pushTask(ref = {}, customArgs) {
  const commands = ["push", ...customArgs];
  if (ref.branch) {
    commands.splice(1, 0, ref.branch);
  }
  if (ref.remote) {
    commands.splice(1, 0, ref.remote);
  }
  remove(commands, "-v");
  append(commands, "--verbose");
  append(commands, "--porcelain");
  return {
    commands,
    format: "utf-8",
    parser: parsePushResult
  };
}
function show_default() {
  return {
    showBuffer() {
      const commands = ["show", ...getTrailingOptions(arguments, 1)];
      if (!commands.includes("--binary")) {
        commands.splice(1, 0, "--binary");
      }
      return this._runTask(
        straightThroughBufferTask(commands),
        trailingFunctionArgument(arguments)
      );
    },
    show() {
      const commands = ["show", ...getTrailingOptions(arguments, 1)];
      return this._runTask(
        straightThroughStringTask(commands),
        trailingFunctionArgument(arguments)
      );
    }
  };
}
function renamedFile(line) {
  const [to, from] = line.split(NULL);
  return {
    from: from || to,
    to
  };
}
function parser3(indexX, indexY, handler) {
  return [`${indexX}${indexY}`, handler];
}
function conflicts(indexX, ...indexY) {
  return indexY.map((y2) => parser3(indexX, y2, (result, file) => result.conflicted.push(file)));
}
function splitLine(result, lineStr) {
  const trimmed2 = lineStr.trim();
  switch (" ") {
    case trimmed2.charAt(2):
      return data(trimmed2.charAt(0), trimmed2.charAt(1), trimmed2.slice(3));
    case trimmed2.charAt(1):
      return data(" ", trimmed2.charAt(0), trimmed2.slice(2));
    default:
      return;
  }
  function data(index, workingDir, path) {
    const raw = `${index}${workingDir}`;
    const handler = parsers6.get(raw);
    if (handler) {
      handler(result, path);
    }
    if (raw !== "##" && raw !== "!!") {
      result.files.push(new FileStatusSummary(path, index, workingDir));
    }
  }
}
function statusTask(customArgs) {
  const commands = [
    "status",
    "--porcelain",
    "-b",
    "-u",
    "--null",
    ...customArgs.filter((arg) => !ignoredOptions.includes(arg))
  ];
  return {
    format: "utf-8",
    commands,
    parser(text) {
      return parseStatusSummary(text);
    }
  };
}
function versionResponse(major = 0, minor = 0, patch = 0, agent = "", installed = true) {
  return Object.defineProperty(
    {
      major,
      minor,
      patch,
      agent,
      installed
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function notInstalledResponse() {
  return versionResponse(0, 0, 0, "", false);
}
function version_default() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: versionParser,
        onError(result, error, done, fail) {
          if (result.exitCode === -2) {
            return done(Buffer.from(NOT_INSTALLED));
          }
          fail(error);
        }
      });
    }
  };
}
function versionParser(stdOut) {
  if (stdOut === NOT_INSTALLED) {
    return notInstalledResponse();
  }
  return parseStringResponse(versionResponse(0, 0, 0, stdOut), parsers7, stdOut);
}
function createCloneTask(api, task, repoPath2, ...args) {
  if (!filterString(repoPath2)) {
    return configurationErrorTask(`git.${api}() requires a string 'repoPath'`);
  }
  return task(repoPath2, filterType(args[0], filterString), getTrailingOptions(arguments));
}
function clone_default() {
  return {
    clone(repo, ...rest) {
      return this._runTask(
        createCloneTask("clone", cloneTask, filterType(repo, filterString), ...rest),
        trailingFunctionArgument(arguments)
      );
    },
    mirror(repo, ...rest) {
      return this._runTask(
        createCloneTask("mirror", cloneMirrorTask, filterType(repo, filterString), ...rest),
        trailingFunctionArgument(arguments)
      );
    }
  };
}
function applyPatchTask(patches, customArgs) {
  return straightThroughStringTask(["apply", ...customArgs, ...patches]);
}
function branchDeletionSuccess(branch, hash) {
  return {
    branch,
    hash,
    success: true
  };
}
function branchDeletionFailure(branch) {
  return {
    branch,
    hash: null,
    success: false
  };
}
function hasBranchDeletionError(data, processExitCode) {
  return processExitCode === 1 && deleteErrorRegex.test(data);
}
function branchStatus(input) {
  return input ? input.charAt(0) : "";
}
function parseBranchSummary(stdOut, currentOnly = false) {
  return parseStringResponse(
    new BranchSummaryResult(),
    currentOnly ? [currentBranchParser] : parsers9,
    stdOut
  );
}
function containsDeleteBranchCommand(commands) {
  const deleteCommands = ["-d", "-D", "--delete"];
  return commands.some((command) => deleteCommands.includes(command));
}
function branchTask(customArgs) {
  const isDelete = containsDeleteBranchCommand(customArgs);
  const isCurrentOnly = customArgs.includes("--show-current");
  const commands = ["branch", ...customArgs];
  if (commands.length === 1) {
    commands.push("-a");
  }
  if (!commands.includes("-v")) {
    commands.splice(1, 0, "-v");
  }
  return {
    format: "utf-8",
    commands,
    parser(stdOut, stdErr) {
      if (isDelete) {
        return parseBranchDeletions(stdOut, stdErr).all[0];
      }
      return parseBranchSummary(stdOut, isCurrentOnly);
    }
  };
}
function branchLocalTask() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(stdOut) {
      return parseBranchSummary(stdOut);
    }
  };
}
function deleteBranchesTask(branches, forceDelete = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", forceDelete ? "-D" : "-d", ...branches],
    parser(stdOut, stdErr) {
      return parseBranchDeletions(stdOut, stdErr);
    },
    onError({ exitCode, stdOut }, error, done, fail) {
      if (!hasBranchDeletionError(String(error), exitCode)) {
        return fail(error);
      }
      done(stdOut);
    }
  };
}
function deleteBranchTask(branch, forceDelete = false) {
  const task = {
    format: "utf-8",
    commands: ["branch", "-v", forceDelete ? "-D" : "-d", branch],
    parser(stdOut, stdErr) {
      return parseBranchDeletions(stdOut, stdErr).branches[branch];
    },
    onError({ exitCode, stdErr, stdOut }, error, _2, fail) {
      if (!hasBranchDeletionError(String(error), exitCode)) {
        return fail(error);
      }
      throw new GitResponseError(
        task.parser(bufferToString(stdOut), bufferToString(stdErr)),
        String(error)
      );
    }
  };
  return task;
}
function toPath(input) {
  const path = input.trim().replace(/^["']|["']$/g, "");
  return path && (0, import_node_path.normalize)(path);
}
function checkIgnoreTask(paths) {
  return {
    commands: ["check-ignore", ...paths],
    format: "utf-8",
    parser: parseCheckIgnore
  };
}
function parseFetchResult(stdOut, stdErr) {
  const result = {
    raw: stdOut,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  };
  return parseStringResponse(result, parsers10, [stdOut, stdErr]);
}
function disallowedCommand(command) {
  return /^--upload-pack(=|$)/.test(command);
}
function fetchTask(remote, branch, customArgs) {
  const commands = ["fetch", ...customArgs];
  if (remote && branch) {
    commands.push(remote, branch);
  }
  const banned = commands.find(disallowedCommand);
  if (banned) {
    return configurationErrorTask(`git.fetch: potential exploit argument blocked.`);
  }
  return {
    commands,
    format: "utf-8",
    parser: parseFetchResult
  };
}
function parseMoveResult(stdOut) {
  return parseStringResponse({ moves: [] }, parsers11, stdOut);
}
function moveTask(from, to) {
  return {
    commands: ["mv", "-v", ...asArray(from), to],
    format: "utf-8",
    parser: parseMoveResult
  };
}
function pullTask(remote, branch, customArgs) {
  const commands = ["pull", ...customArgs];
  if (remote && branch) {
    commands.splice(1, 0, remote, branch);
  }
  return {
    commands,
    format: "utf-8",
    parser(stdOut, stdErr) {
      return parsePullResult(stdOut, stdErr);
    },
    onError(result, _error, _done, fail) {
      const pullError = parsePullErrorResult(
        bufferToString(result.stdOut),
        bufferToString(result.stdErr)
      );
      if (pullError) {
        return fail(new GitResponseError(pullError));
      }
      fail(_error);
    }
  };
}
function parseGetRemotes(text) {
  const remotes = {};
  forEach(text, ([name]) => remotes[name] = { name });
  return Object.values(remotes);
}
function parseGetRemotesVerbose(text) {
  const remotes = {};
  forEach(text, ([name, url, purpose]) => {
    if (!Object.hasOwn(remotes, name)) {
      remotes[name] = {
        name,
        refs: { fetch: "", push: "" }
      };
    }
    if (purpose && url) {
      remotes[name].refs[purpose.replace(/[^a-z]/g, "")] = url;
    }
  });
  return Object.values(remotes);
}
function forEach(text, handler) {
  forEachLineWithContent(text, (line) => handler(line.split(/\s+/)));
}
function addRemoteTask(remoteName, remoteRepo, customArgs) {
  return straightThroughStringTask(["remote", "add", ...customArgs, remoteName, remoteRepo]);
}
function getRemotesTask(verbose) {
  const commands = ["remote"];
  if (verbose) {
    commands.push("-v");
  }
  return {
    commands,
    format: "utf-8",
    parser: verbose ? parseGetRemotesVerbose : parseGetRemotes
  };
}
function listRemotesTask(customArgs) {
  const commands = [...customArgs];
  if (commands[0] !== "ls-remote") {
    commands.unshift("ls-remote");
  }
  return straightThroughStringTask(commands);
}
function remoteTask(customArgs) {
  const commands = [...customArgs];
  if (commands[0] !== "remote") {
    commands.unshift("remote");
  }
  return straightThroughStringTask(commands);
}
function removeRemoteTask(remoteName) {
  return straightThroughStringTask(["remote", "remove", remoteName]);
}
function stashListTask(opt = {}, customArgs) {
  const options = parseLogOptions(opt);
  const commands = ["stash", "list", ...options.commands, ...customArgs];
  const parser4 = createListLogSummaryParser(
    options.splitter,
    options.fields,
    logFormatFromCommand(commands)
  );
  return validateLogFormatConfig(commands) || {
    commands,
    format: "utf-8",
    parser: parser4
  };
}
function addSubModuleTask(repo, path) {
  return subModuleTask(["add", repo, path]);
}
function initSubModuleTask(customArgs) {
  return subModuleTask(["init", ...customArgs]);
}
function subModuleTask(customArgs) {
  const commands = [...customArgs];
  if (commands[0] !== "submodule") {
    commands.unshift("submodule");
  }
  return straightThroughStringTask(commands);
}
function updateSubModuleTask(customArgs) {
  return subModuleTask(["update", ...customArgs]);
}
function singleSorted(a, b2) {
  const aIsNum = Number.isNaN(a);
  const bIsNum = Number.isNaN(b2);
  if (aIsNum !== bIsNum) {
    return aIsNum ? 1 : -1;
  }
  return aIsNum ? sorted(a, b2) : 0;
}
function sorted(a, b2) {
  return a === b2 ? 0 : a > b2 ? 1 : -1;
}
function trimmed(input) {
  return input.trim();
}
function toNumber(input) {
  if (typeof input === "string") {
    return parseInt(input.replace(/^\D+/g, ""), 10) || 0;
  }
  return 0;
}
function tagListTask(customArgs = []) {
  const hasCustomSort = customArgs.some((option) => /^--sort=/.test(option));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...customArgs],
    parser(text) {
      return parseTagList(text, hasCustomSort);
    }
  };
}
function addTagTask(name) {
  return {
    format: "utf-8",
    commands: ["tag", name],
    parser() {
      return { name };
    }
  };
}
function addAnnotatedTagTask(name, tagMessage) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", tagMessage, name],
    parser() {
      return { name };
    }
  };
}
function abortPlugin(signal) {
  if (!signal) {
    return;
  }
  const onSpawnAfter = {
    type: "spawn.after",
    action(_data, context) {
      function kill() {
        context.kill(new GitPluginError(void 0, "abort", "Abort signal received"));
      }
      signal.addEventListener("abort", kill);
      context.spawned.on("close", () => signal.removeEventListener("abort", kill));
    }
  };
  const onSpawnBefore = {
    type: "spawn.before",
    action(_data, context) {
      if (signal.aborted) {
        context.kill(new GitPluginError(void 0, "abort", "Abort already signaled"));
      }
    }
  };
  return [onSpawnBefore, onSpawnAfter];
}
function blockUnsafeOperationsPlugin(options = {}) {
  return {
    type: "spawn.args",
    action(args, { env }) {
      for (const vulnerability of ne(args, env)) {
        if (options[vulnerability.category] !== true) {
          throw new GitPluginError(void 0, "unsafe", vulnerability.message);
        }
      }
      return args;
    }
  };
}
function commandConfigPrefixingPlugin(configuration) {
  const prefix = prefixedArray(configuration, "-c");
  return {
    type: "spawn.args",
    action(data) {
      return [...prefix, ...data];
    }
  };
}
function completionDetectionPlugin({
  onClose = true,
  onExit = 50
} = {}) {
  function createEvents() {
    let exitCode = -1;
    const events = {
      close: (0, import_promise_deferred2.deferred)(),
      closeTimeout: (0, import_promise_deferred2.deferred)(),
      exit: (0, import_promise_deferred2.deferred)(),
      exitTimeout: (0, import_promise_deferred2.deferred)()
    };
    const result = Promise.race([
      onClose === false ? never : events.closeTimeout.promise,
      onExit === false ? never : events.exitTimeout.promise
    ]);
    configureTimeout(onClose, events.close, events.closeTimeout);
    configureTimeout(onExit, events.exit, events.exitTimeout);
    return {
      close(code) {
        exitCode = code;
        events.close.done();
      },
      exit(code) {
        exitCode = code;
        events.exit.done();
      },
      get exitCode() {
        return exitCode;
      },
      result
    };
  }
  function configureTimeout(flag, event, timeout) {
    if (flag === false) {
      return;
    }
    (flag === true ? event.promise : event.promise.then(() => delay(flag))).then(timeout.done);
  }
  return {
    type: "spawn.after",
    async action(_data, { spawned, close }) {
      const events = createEvents();
      let deferClose = true;
      let quickClose = () => void (deferClose = false);
      spawned.stdout?.on("data", quickClose);
      spawned.stderr?.on("data", quickClose);
      spawned.on("error", quickClose);
      spawned.on("close", (code) => events.close(code));
      spawned.on("exit", (code) => events.exit(code));
      try {
        await events.result;
        if (deferClose) {
          await delay(50);
        }
        close(events.exitCode);
      } catch (err) {
        close(events.exitCode, err);
      }
    }
  };
}
function isBadArgument(arg) {
  return !arg || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(arg);
}
function toBinaryConfig(input, allowUnsafe) {
  if (input.length < 1 || input.length > 2) {
    throw new GitPluginError(void 0, "binary", WRONG_NUMBER_ERR);
  }
  const isBad = input.some(isBadArgument);
  if (isBad) {
    if (allowUnsafe) {
      console.warn(WRONG_CHARS_ERR);
    } else {
      throw new GitPluginError(void 0, "binary", WRONG_CHARS_ERR);
    }
  }
  const [binary, prefix] = input;
  return {
    binary,
    prefix
  };
}
function customBinaryPlugin(plugins, input = ["git"], allowUnsafe = false) {
  let config = toBinaryConfig(asArray(input), allowUnsafe);
  plugins.on("binary", (input2) => {
    config = toBinaryConfig(asArray(input2), allowUnsafe);
  });
  plugins.append("spawn.binary", () => {
    return config.binary;
  });
  plugins.append("spawn.args", (data) => {
    return config.prefix ? [config.prefix, ...data] : data;
  });
}
function isTaskError(result) {
  return !!(result.exitCode && result.stdErr.length);
}
function getErrorMessage(result) {
  return Buffer.concat([...result.stdOut, ...result.stdErr]);
}
function errorDetectionHandler(overwrite = false, isError = isTaskError, errorMessage = getErrorMessage) {
  return (error, result) => {
    if (!overwrite && error || !isError(result)) {
      return error;
    }
    return errorMessage(result);
  };
}
function errorDetectionPlugin(config) {
  return {
    type: "task.error",
    action(data, context) {
      const error = config(data.error, {
        stdErr: context.stdErr,
        stdOut: context.stdOut,
        exitCode: context.exitCode
      });
      if (Buffer.isBuffer(error)) {
        return { error: new GitError(void 0, error.toString("utf-8")) };
      }
      return {
        error
      };
    }
  };
}
function progressMonitorPlugin(progress) {
  const progressCommand = "--progress";
  const progressMethods = ["checkout", "clone", "fetch", "pull", "push"];
  const onProgress = {
    type: "spawn.after",
    action(_data, context) {
      if (!context.commands.includes(progressCommand)) {
        return;
      }
      context.spawned.stderr?.on("data", (chunk) => {
        const message = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(chunk.toString("utf8"));
        if (!message) {
          return;
        }
        progress({
          method: context.method,
          stage: progressEventStage(message[1]),
          progress: asNumber(message[2]),
          processed: asNumber(message[3]),
          total: asNumber(message[4])
        });
      });
    }
  };
  const onArgs = {
    type: "spawn.args",
    action(args, context) {
      if (!progressMethods.includes(context.method)) {
        return args;
      }
      return including(args, progressCommand);
    }
  };
  return [onArgs, onProgress];
}
function progressEventStage(input) {
  return String(input.toLowerCase().split(" ", 1)) || "unknown";
}
function spawnOptionsPlugin(spawnOptions) {
  const options = pick(spawnOptions, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(data) {
      return { ...options, ...data };
    }
  };
}
function timeoutPlugin({
  block,
  stdErr = true,
  stdOut = true
}) {
  if (block > 0) {
    return {
      type: "spawn.after",
      action(_data, context) {
        let timeout;
        function wait() {
          timeout && clearTimeout(timeout);
          timeout = setTimeout(kill, block);
        }
        function stop() {
          context.spawned.stdout?.off("data", wait);
          context.spawned.stderr?.off("data", wait);
          context.spawned.off("exit", stop);
          context.spawned.off("close", stop);
          timeout && clearTimeout(timeout);
        }
        function kill() {
          stop();
          context.kill(new GitPluginError(void 0, "timeout", `block timeout reached`));
        }
        stdOut && context.spawned.stdout?.on("data", wait);
        stdErr && context.spawned.stderr?.on("data", wait);
        context.spawned.on("exit", stop);
        context.spawned.on("close", stop);
        wait();
      }
    };
  }
}
function suffixPathsPlugin() {
  return {
    type: "spawn.args",
    action(data) {
      const prefix = [];
      let suffix;
      function append2(args) {
        (suffix = suffix || []).push(...args);
      }
      for (let i2 = 0; i2 < data.length; i2++) {
        const param = data[i2];
        if (r(param)) {
          append2(o(param));
          continue;
        }
        if (param === "--") {
          append2(
            data.slice(i2 + 1).flatMap((item) => r(item) && o(item) || item)
          );
          break;
        }
        prefix.push(param);
      }
      return !suffix ? prefix : [...prefix, "--", ...suffix.map(String)];
    }
  };
}
function gitInstanceFactory(baseDir, options) {
  const plugins = new PluginStore();
  const config = createInstanceConfig(
    baseDir && (typeof baseDir === "string" ? { baseDir } : baseDir) || {},
    options
  );
  if (!folderExists(config.baseDir)) {
    throw new GitConstructError(
      config,
      `Cannot use simple-git on a directory that does not exist`
    );
  }
  if (Array.isArray(config.config)) {
    plugins.add(commandConfigPrefixingPlugin(config.config));
  }
  plugins.add(blockUnsafeOperationsPlugin(config.unsafe));
  plugins.add(completionDetectionPlugin(config.completion));
  config.abort && plugins.add(abortPlugin(config.abort));
  config.progress && plugins.add(progressMonitorPlugin(config.progress));
  config.timeout && plugins.add(timeoutPlugin(config.timeout));
  config.spawnOptions && plugins.add(spawnOptionsPlugin(config.spawnOptions));
  plugins.add(suffixPathsPlugin());
  plugins.add(errorDetectionPlugin(errorDetectionHandler(true)));
  config.errors && plugins.add(errorDetectionPlugin(config.errors));
  customBinaryPlugin(plugins, config.binary, config.unsafe?.allowUnsafeCustomBinary);
  return new Git(config, plugins);
}
var import_file_exists, import_debug, import_child_process, import_promise_deferred, import_node_path, import_promise_deferred2, import_node_events, __defProp2, __getOwnPropDesc2, __getOwnPropNames2, __hasOwnProp2, __esm2, __commonJS2, __export2, __copyProps2, __toCommonJS, GitError, init_git_error, GitResponseError, init_git_response_error, TaskConfigurationError, init_task_configuration_error, NULL, NOOP, objectToString, init_util, filterArray, filterNumber, filterString, filterStringOrStringArray, filterHasLength, init_argument_filters, ExitCodes, init_exit_codes, GitOutputStreams, init_git_output_streams, LineParser, RemoteLineParser, init_line_parser, defaultOptions, init_simple_git_options, init_task_options, init_task_parser, utils_exports, init_utils, check_is_repo_exports, CheckRepoActions, onError, parser, init_check_is_repo, CleanResponse, removalRegexp, dryRunRemovalRegexp, isFolderRegexp, init_CleanSummary, task_exports, EMPTY_COMMANDS, init_task, clean_exports, CONFIG_ERROR_INTERACTIVE_MODE, CONFIG_ERROR_MODE_REQUIRED, CONFIG_ERROR_UNKNOWN_OPTION, CleanOptions, CleanOptionValues, init_clean, ConfigList, init_ConfigList, GitConfigScope, init_config, DiffNameStatus, diffNameStatus, init_diff_name_status, disallowedOptions, Query, _a, GrepQuery, init_grep, reset_exports, ResetMode, validResetModes, init_reset, init_git_logger, TasksPendingQueue, init_tasks_pending_queue, GitExecutorChain, init_git_executor_chain, git_executor_exports, GitExecutor, init_git_executor, init_task_callback, init_change_working_directory, init_checkout, parser2, init_count_objects, parsers, init_parse_commit, init_commit, init_first_commit, init_hash_object, InitSummary, initResponseRegex, reInitResponseRegex, init_InitSummary, bareCommand, init_init, logFormatRegex, init_log_format, DiffSummary, init_DiffSummary, statParser, numStatParser, nameOnlyParser, nameStatusParser, diffSummaryParsers, init_parse_diff_summary, START_BOUNDARY, COMMIT_BOUNDARY, SPLITTER, defaultFieldNames, init_parse_list_log_summary, diff_exports, init_diff, excludeOptions, init_log, MergeSummaryConflict, MergeSummaryDetail, init_MergeSummary, PullSummary, PullFailedSummary, init_PullSummary, remoteMessagesObjectParsers, init_parse_remote_objects, parsers2, RemoteMessageSummary, init_parse_remote_messages, FILE_UPDATE_REGEX, SUMMARY_REGEX, ACTION_REGEX, parsers3, errorParsers, parsePullDetail, parsePullResult, init_parse_pull, parsers4, parseMergeResult, parseMergeDetail, init_parse_merge, init_merge, parsers5, parsePushResult, parsePushDetail, init_parse_push, push_exports, init_push, init_show, fromPathRegex, FileStatusSummary, init_FileStatusSummary, StatusSummary, parsers6, parseStatusSummary, init_StatusSummary, ignoredOptions, init_status, NOT_INSTALLED, parsers7, init_version, cloneTask, cloneMirrorTask, init_clone, simple_git_api_exports, SimpleGitApi, init_simple_git_api, scheduler_exports, createScheduledTask, Scheduler, init_scheduler, apply_patch_exports, init_apply_patch, BranchDeletionBatch, init_BranchDeleteSummary, deleteSuccessRegex, deleteErrorRegex, parsers8, parseBranchDeletions, init_parse_branch_delete, BranchSummaryResult, init_BranchSummary, parsers9, currentBranchParser, init_parse_branch, branch_exports, init_branch, parseCheckIgnore, init_CheckIgnore, check_ignore_exports, init_check_ignore, parsers10, init_parse_fetch, fetch_exports, init_fetch, parsers11, init_parse_move, move_exports, init_move, pull_exports, init_pull, init_GetRemoteSummary, remote_exports, init_remote, stash_list_exports, init_stash_list, sub_module_exports, init_sub_module, TagList, parseTagList, init_TagList, tag_exports, init_tag, require_git, GitConstructError, GitPluginError, never, WRONG_NUMBER_ERR, WRONG_CHARS_ERR, PluginStore, Git, simpleGit;
var init_esm = __esm({
  "node_modules/simple-git/dist/esm/index.js"() {
    import_file_exists = __toESM(require_dist(), 1);
    init_dist();
    init_dist();
    import_debug = __toESM(require_src(), 1);
    import_child_process = require("child_process");
    init_dist();
    init_dist();
    import_promise_deferred = __toESM(require_dist2(), 1);
    import_node_path = require("node:path");
    init_dist();
    init_dist2();
    import_promise_deferred2 = __toESM(require_dist2(), 1);
    import_node_events = require("node:events");
    init_dist();
    __defProp2 = Object.defineProperty;
    __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    __getOwnPropNames2 = Object.getOwnPropertyNames;
    __hasOwnProp2 = Object.prototype.hasOwnProperty;
    __esm2 = (fn, res) => function __init() {
      return fn && (res = (0, fn[__getOwnPropNames2(fn)[0]])(fn = 0)), res;
    };
    __commonJS2 = (cb, mod) => function __require() {
      return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
    };
    __export2 = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    init_git_error = __esm2({
      "src/lib/errors/git-error.ts"() {
        "use strict";
        GitError = class extends Error {
          constructor(task, message) {
            super(message);
            this.task = task;
            Object.setPrototypeOf(this, new.target.prototype);
          }
        };
      }
    });
    init_git_response_error = __esm2({
      "src/lib/errors/git-response-error.ts"() {
        "use strict";
        init_git_error();
        GitResponseError = class extends GitError {
          constructor(git, message) {
            super(void 0, message || String(git));
            this.git = git;
          }
        };
      }
    });
    init_task_configuration_error = __esm2({
      "src/lib/errors/task-configuration-error.ts"() {
        "use strict";
        init_git_error();
        TaskConfigurationError = class extends GitError {
          constructor(message) {
            super(void 0, message);
          }
        };
      }
    });
    init_util = __esm2({
      "src/lib/utils/util.ts"() {
        "use strict";
        init_argument_filters();
        NULL = "\0";
        NOOP = () => {
        };
        objectToString = Object.prototype.toString.call.bind(Object.prototype.toString);
      }
    });
    init_argument_filters = __esm2({
      "src/lib/utils/argument-filters.ts"() {
        "use strict";
        init_util();
        filterArray = (input) => {
          return Array.isArray(input);
        };
        filterNumber = (input) => {
          return typeof input === "number";
        };
        filterString = (input) => {
          return typeof input === "string" || r(input);
        };
        filterStringOrStringArray = (input) => {
          return filterString(input) || Array.isArray(input) && input.every(filterString);
        };
        filterHasLength = (input) => {
          if (input == null || "number|boolean|function".includes(typeof input)) {
            return false;
          }
          return typeof input.length === "number";
        };
      }
    });
    init_exit_codes = __esm2({
      "src/lib/utils/exit-codes.ts"() {
        "use strict";
        ExitCodes = /* @__PURE__ */ ((ExitCodes2) => {
          ExitCodes2[ExitCodes2["SUCCESS"] = 0] = "SUCCESS";
          ExitCodes2[ExitCodes2["ERROR"] = 1] = "ERROR";
          ExitCodes2[ExitCodes2["NOT_FOUND"] = -2] = "NOT_FOUND";
          ExitCodes2[ExitCodes2["UNCLEAN"] = 128] = "UNCLEAN";
          return ExitCodes2;
        })(ExitCodes || {});
      }
    });
    init_git_output_streams = __esm2({
      "src/lib/utils/git-output-streams.ts"() {
        "use strict";
        GitOutputStreams = class _GitOutputStreams {
          constructor(stdOut, stdErr) {
            this.stdOut = stdOut;
            this.stdErr = stdErr;
          }
          asStrings() {
            return new _GitOutputStreams(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
          }
        };
      }
    });
    init_line_parser = __esm2({
      "src/lib/utils/line-parser.ts"() {
        "use strict";
        LineParser = class {
          constructor(regExp, useMatches) {
            this.matches = [];
            this.useMatches = useMatchesDefault;
            this.parse = (line, target) => {
              this.resetMatches();
              if (!this._regExp.every((reg, index) => this.addMatch(reg, index, line(index)))) {
                return false;
              }
              return this.useMatches(target, this.prepareMatches()) !== false;
            };
            this._regExp = Array.isArray(regExp) ? regExp : [regExp];
            if (useMatches) {
              this.useMatches = useMatches;
            }
          }
          resetMatches() {
            this.matches.length = 0;
          }
          prepareMatches() {
            return this.matches;
          }
          addMatch(reg, index, line) {
            const matched = line && reg.exec(line);
            if (matched) {
              this.pushMatch(index, matched);
            }
            return !!matched;
          }
          pushMatch(_index, matched) {
            this.matches.push(...matched.slice(1));
          }
        };
        RemoteLineParser = class extends LineParser {
          addMatch(reg, index, line) {
            return /^remote:\s/.test(String(line)) && super.addMatch(reg, index, line);
          }
          pushMatch(index, matched) {
            if (index > 0 || matched.length > 1) {
              super.pushMatch(index, matched);
            }
          }
        };
      }
    });
    init_simple_git_options = __esm2({
      "src/lib/utils/simple-git-options.ts"() {
        "use strict";
        defaultOptions = {
          binary: "git",
          maxConcurrentProcesses: 5,
          config: [],
          trimmed: false
        };
      }
    });
    init_task_options = __esm2({
      "src/lib/utils/task-options.ts"() {
        "use strict";
        init_argument_filters();
        init_util();
      }
    });
    init_task_parser = __esm2({
      "src/lib/utils/task-parser.ts"() {
        "use strict";
        init_util();
      }
    });
    utils_exports = {};
    __export2(utils_exports, {
      ExitCodes: () => ExitCodes,
      GitOutputStreams: () => GitOutputStreams,
      LineParser: () => LineParser,
      NOOP: () => NOOP,
      NULL: () => NULL,
      RemoteLineParser: () => RemoteLineParser,
      append: () => append,
      appendTaskOptions: () => appendTaskOptions,
      asArray: () => asArray,
      asCamelCase: () => asCamelCase,
      asFunction: () => asFunction,
      asNumber: () => asNumber,
      asStringArray: () => asStringArray,
      bufferToString: () => bufferToString,
      callTaskParser: () => callTaskParser,
      createInstanceConfig: () => createInstanceConfig,
      delay: () => delay,
      filterArray: () => filterArray,
      filterFunction: () => filterFunction,
      filterHasLength: () => filterHasLength,
      filterNumber: () => filterNumber,
      filterPlainObject: () => filterPlainObject,
      filterPrimitives: () => filterPrimitives,
      filterString: () => filterString,
      filterStringOrStringArray: () => filterStringOrStringArray,
      filterType: () => filterType,
      first: () => first,
      folderExists: () => folderExists,
      forEachLineWithContent: () => forEachLineWithContent,
      getTrailingOptions: () => getTrailingOptions,
      including: () => including,
      isUserFunction: () => isUserFunction,
      last: () => last,
      objectToString: () => objectToString,
      orVoid: () => orVoid,
      parseStringResponse: () => parseStringResponse,
      pick: () => pick,
      prefixedArray: () => prefixedArray,
      remove: () => remove,
      splitOn: () => splitOn,
      toLinesWithContent: () => toLinesWithContent,
      trailingFunctionArgument: () => trailingFunctionArgument,
      trailingOptionsArgument: () => trailingOptionsArgument
    });
    init_utils = __esm2({
      "src/lib/utils/index.ts"() {
        "use strict";
        init_argument_filters();
        init_exit_codes();
        init_git_output_streams();
        init_line_parser();
        init_simple_git_options();
        init_task_options();
        init_task_parser();
        init_util();
      }
    });
    check_is_repo_exports = {};
    __export2(check_is_repo_exports, {
      CheckRepoActions: () => CheckRepoActions,
      checkIsBareRepoTask: () => checkIsBareRepoTask,
      checkIsRepoRootTask: () => checkIsRepoRootTask,
      checkIsRepoTask: () => checkIsRepoTask
    });
    init_check_is_repo = __esm2({
      "src/lib/tasks/check-is-repo.ts"() {
        "use strict";
        init_utils();
        CheckRepoActions = /* @__PURE__ */ ((CheckRepoActions2) => {
          CheckRepoActions2["BARE"] = "bare";
          CheckRepoActions2["IN_TREE"] = "tree";
          CheckRepoActions2["IS_REPO_ROOT"] = "root";
          return CheckRepoActions2;
        })(CheckRepoActions || {});
        onError = ({ exitCode }, error, done, fail) => {
          if (exitCode === 128 && isNotRepoMessage(error)) {
            return done(Buffer.from("false"));
          }
          fail(error);
        };
        parser = (text) => {
          return text.trim() === "true";
        };
      }
    });
    init_CleanSummary = __esm2({
      "src/lib/responses/CleanSummary.ts"() {
        "use strict";
        init_utils();
        CleanResponse = class {
          constructor(dryRun) {
            this.dryRun = dryRun;
            this.paths = [];
            this.files = [];
            this.folders = [];
          }
        };
        removalRegexp = /^[a-z]+\s*/i;
        dryRunRemovalRegexp = /^[a-z]+\s+[a-z]+\s*/i;
        isFolderRegexp = /\/$/;
      }
    });
    task_exports = {};
    __export2(task_exports, {
      EMPTY_COMMANDS: () => EMPTY_COMMANDS,
      adhocExecTask: () => adhocExecTask,
      configurationErrorTask: () => configurationErrorTask,
      isBufferTask: () => isBufferTask,
      isEmptyTask: () => isEmptyTask,
      straightThroughBufferTask: () => straightThroughBufferTask,
      straightThroughStringTask: () => straightThroughStringTask
    });
    init_task = __esm2({
      "src/lib/tasks/task.ts"() {
        "use strict";
        init_task_configuration_error();
        EMPTY_COMMANDS = [];
      }
    });
    clean_exports = {};
    __export2(clean_exports, {
      CONFIG_ERROR_INTERACTIVE_MODE: () => CONFIG_ERROR_INTERACTIVE_MODE,
      CONFIG_ERROR_MODE_REQUIRED: () => CONFIG_ERROR_MODE_REQUIRED,
      CONFIG_ERROR_UNKNOWN_OPTION: () => CONFIG_ERROR_UNKNOWN_OPTION,
      CleanOptions: () => CleanOptions,
      cleanTask: () => cleanTask,
      cleanWithOptionsTask: () => cleanWithOptionsTask,
      isCleanOptionsArray: () => isCleanOptionsArray
    });
    init_clean = __esm2({
      "src/lib/tasks/clean.ts"() {
        "use strict";
        init_CleanSummary();
        init_utils();
        init_task();
        CONFIG_ERROR_INTERACTIVE_MODE = "Git clean interactive mode is not supported";
        CONFIG_ERROR_MODE_REQUIRED = 'Git clean mode parameter ("n" or "f") is required';
        CONFIG_ERROR_UNKNOWN_OPTION = "Git clean unknown option found in: ";
        CleanOptions = /* @__PURE__ */ ((CleanOptions2) => {
          CleanOptions2["DRY_RUN"] = "n";
          CleanOptions2["FORCE"] = "f";
          CleanOptions2["IGNORED_INCLUDED"] = "x";
          CleanOptions2["IGNORED_ONLY"] = "X";
          CleanOptions2["EXCLUDING"] = "e";
          CleanOptions2["QUIET"] = "q";
          CleanOptions2["RECURSIVE"] = "d";
          return CleanOptions2;
        })(CleanOptions || {});
        CleanOptionValues = /* @__PURE__ */ new Set([
          "i",
          ...asStringArray(Object.values(CleanOptions))
        ]);
      }
    });
    init_ConfigList = __esm2({
      "src/lib/responses/ConfigList.ts"() {
        "use strict";
        init_utils();
        ConfigList = class {
          constructor() {
            this.files = [];
            this.values = /* @__PURE__ */ Object.create(null);
          }
          get all() {
            if (!this._all) {
              this._all = this.files.reduce((all, file) => {
                return Object.assign(all, this.values[file]);
              }, {});
            }
            return this._all;
          }
          addFile(file) {
            if (!(file in this.values)) {
              const latest = last(this.files);
              this.values[file] = latest ? Object.create(this.values[latest]) : {};
              this.files.push(file);
            }
            return this.values[file];
          }
          addValue(file, key, value) {
            const values = this.addFile(file);
            if (!Object.hasOwn(values, key)) {
              values[key] = value;
            } else if (Array.isArray(values[key])) {
              values[key].push(value);
            } else {
              values[key] = [values[key], value];
            }
            this._all = void 0;
          }
        };
      }
    });
    init_config = __esm2({
      "src/lib/tasks/config.ts"() {
        "use strict";
        init_ConfigList();
        init_utils();
        GitConfigScope = /* @__PURE__ */ ((GitConfigScope2) => {
          GitConfigScope2["system"] = "system";
          GitConfigScope2["global"] = "global";
          GitConfigScope2["local"] = "local";
          GitConfigScope2["worktree"] = "worktree";
          return GitConfigScope2;
        })(GitConfigScope || {});
      }
    });
    init_diff_name_status = __esm2({
      "src/lib/tasks/diff-name-status.ts"() {
        "use strict";
        DiffNameStatus = /* @__PURE__ */ ((DiffNameStatus2) => {
          DiffNameStatus2["ADDED"] = "A";
          DiffNameStatus2["COPIED"] = "C";
          DiffNameStatus2["DELETED"] = "D";
          DiffNameStatus2["MODIFIED"] = "M";
          DiffNameStatus2["RENAMED"] = "R";
          DiffNameStatus2["CHANGED"] = "T";
          DiffNameStatus2["UNMERGED"] = "U";
          DiffNameStatus2["UNKNOWN"] = "X";
          DiffNameStatus2["BROKEN"] = "B";
          return DiffNameStatus2;
        })(DiffNameStatus || {});
        diffNameStatus = new Set(Object.values(DiffNameStatus));
      }
    });
    init_grep = __esm2({
      "src/lib/tasks/grep.ts"() {
        "use strict";
        init_utils();
        init_task();
        disallowedOptions = ["-h"];
        Query = /* @__PURE__ */ Symbol("grepQuery");
        GrepQuery = class {
          constructor() {
            this[_a] = [];
          }
          *[(_a = Query, Symbol.iterator)]() {
            for (const query of this[Query]) {
              yield query;
            }
          }
          and(...and) {
            and.length && this[Query].push("--and", "(", ...prefixedArray(and, "-e"), ")");
            return this;
          }
          param(...param) {
            this[Query].push(...prefixedArray(param, "-e"));
            return this;
          }
        };
      }
    });
    reset_exports = {};
    __export2(reset_exports, {
      ResetMode: () => ResetMode,
      getResetMode: () => getResetMode,
      resetTask: () => resetTask
    });
    init_reset = __esm2({
      "src/lib/tasks/reset.ts"() {
        "use strict";
        init_utils();
        init_task();
        ResetMode = /* @__PURE__ */ ((ResetMode2) => {
          ResetMode2["MIXED"] = "mixed";
          ResetMode2["SOFT"] = "soft";
          ResetMode2["HARD"] = "hard";
          ResetMode2["MERGE"] = "merge";
          ResetMode2["KEEP"] = "keep";
          return ResetMode2;
        })(ResetMode || {});
        validResetModes = asStringArray(Object.values(ResetMode));
      }
    });
    init_git_logger = __esm2({
      "src/lib/git-logger.ts"() {
        "use strict";
        init_utils();
        import_debug.default.formatters.L = (value) => String(filterHasLength(value) ? value.length : "-");
        import_debug.default.formatters.B = (value) => {
          if (Buffer.isBuffer(value)) {
            return value.toString("utf8");
          }
          return objectToString(value);
        };
      }
    });
    init_tasks_pending_queue = __esm2({
      "src/lib/runners/tasks-pending-queue.ts"() {
        "use strict";
        init_git_error();
        init_git_logger();
        TasksPendingQueue = class _TasksPendingQueue {
          constructor(logLabel = "GitExecutor") {
            this.logLabel = logLabel;
            this._queue = /* @__PURE__ */ new Map();
          }
          withProgress(task) {
            return this._queue.get(task);
          }
          createProgress(task) {
            const name = _TasksPendingQueue.getName(task.commands[0]);
            const logger = createLogger(this.logLabel, name);
            return {
              task,
              logger,
              name
            };
          }
          push(task) {
            const progress = this.createProgress(task);
            progress.logger("Adding task to the queue, commands = %o", task.commands);
            this._queue.set(task, progress);
            return progress;
          }
          fatal(err) {
            for (const [task, { logger }] of Array.from(this._queue.entries())) {
              if (task === err.task) {
                logger.info(`Failed %o`, err);
                logger(
                  `Fatal exception, any as-yet un-started tasks run through this executor will not be attempted`
                );
              } else {
                logger.info(
                  `A fatal exception occurred in a previous task, the queue has been purged: %o`,
                  err.message
                );
              }
              this.complete(task);
            }
            if (this._queue.size !== 0) {
              throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
            }
          }
          complete(task) {
            const progress = this.withProgress(task);
            if (progress) {
              this._queue.delete(task);
            }
          }
          attempt(task) {
            const progress = this.withProgress(task);
            if (!progress) {
              throw new GitError(void 0, "TasksPendingQueue: attempt called for an unknown task");
            }
            progress.logger("Starting task");
            return progress;
          }
          static getName(name = "empty") {
            return `task:${name}:${++_TasksPendingQueue.counter}`;
          }
          static {
            this.counter = 0;
          }
        };
      }
    });
    init_git_executor_chain = __esm2({
      "src/lib/runners/git-executor-chain.ts"() {
        "use strict";
        init_git_error();
        init_task();
        init_utils();
        init_tasks_pending_queue();
        GitExecutorChain = class {
          constructor(_executor, _scheduler, _plugins) {
            this._executor = _executor;
            this._scheduler = _scheduler;
            this._plugins = _plugins;
            this._chain = Promise.resolve();
            this._queue = new TasksPendingQueue();
          }
          get cwd() {
            return this._cwd || this._executor.cwd;
          }
          set cwd(cwd) {
            this._cwd = cwd;
          }
          get env() {
            return this._executor.env;
          }
          get outputHandler() {
            return this._executor.outputHandler;
          }
          chain() {
            return this;
          }
          push(task) {
            this._queue.push(task);
            return this._chain = this._chain.then(() => this.attemptTask(task));
          }
          async attemptTask(task) {
            const onScheduleComplete = await this._scheduler.next();
            const onQueueComplete = () => this._queue.complete(task);
            try {
              const { logger } = this._queue.attempt(task);
              return await (isEmptyTask(task) ? this.attemptEmptyTask(task, logger) : this.attemptRemoteTask(task, logger));
            } catch (e) {
              throw this.onFatalException(task, e);
            } finally {
              onQueueComplete();
              onScheduleComplete();
            }
          }
          onFatalException(task, e) {
            const gitError = e instanceof GitError ? Object.assign(e, { task }) : new GitError(task, e && String(e));
            this._chain = Promise.resolve();
            this._queue.fatal(gitError);
            return gitError;
          }
          async attemptRemoteTask(task, logger) {
            const binary = this._plugins.exec("spawn.binary", "", pluginContext(task, task.commands));
            const args = this._plugins.exec("spawn.args", [...task.commands], {
              ...pluginContext(task, task.commands),
              env: { ...this.env }
            });
            const raw = await this.gitResponse(
              task,
              binary,
              args,
              this.outputHandler,
              logger.step("SPAWN")
            );
            const outputStreams = await this.handleTaskData(task, args, raw, logger.step("HANDLE"));
            logger(`passing response to task's parser as a %s`, task.format);
            if (isBufferTask(task)) {
              return callTaskParser(task.parser, outputStreams);
            }
            return callTaskParser(task.parser, outputStreams.asStrings());
          }
          async attemptEmptyTask(task, logger) {
            logger(`empty task bypassing child process to call to task's parser`);
            return task.parser(this);
          }
          handleTaskData(task, args, result, logger) {
            const { exitCode, rejection, stdOut, stdErr } = result;
            return new Promise((done, fail) => {
              logger(`Preparing to handle process response exitCode=%d stdOut=`, exitCode);
              const { error } = this._plugins.exec(
                "task.error",
                { error: rejection },
                {
                  ...pluginContext(task, args),
                  ...result
                }
              );
              if (error && task.onError) {
                logger.info(`exitCode=%s handling with custom error handler`);
                return task.onError(
                  result,
                  error,
                  (newStdOut) => {
                    logger.info(`custom error handler treated as success`);
                    logger(`custom error returned a %s`, objectToString(newStdOut));
                    done(
                      new GitOutputStreams(
                        Array.isArray(newStdOut) ? Buffer.concat(newStdOut) : newStdOut,
                        Buffer.concat(stdErr)
                      )
                    );
                  },
                  fail
                );
              }
              if (error) {
                logger.info(
                  `handling as error: exitCode=%s stdErr=%s rejection=%o`,
                  exitCode,
                  stdErr.length,
                  rejection
                );
                return fail(error);
              }
              logger.info(`retrieving task output complete`);
              done(new GitOutputStreams(Buffer.concat(stdOut), Buffer.concat(stdErr)));
            });
          }
          async gitResponse(task, command, args, outputHandler, logger) {
            const outputLogger = logger.sibling("output");
            const spawnOptions = this._plugins.exec(
              "spawn.options",
              {
                cwd: this.cwd,
                env: this.env,
                windowsHide: true
              },
              pluginContext(task, task.commands)
            );
            return new Promise((done) => {
              const stdOut = [];
              const stdErr = [];
              logger.info(`%s %o`, command, args);
              logger("%O", spawnOptions);
              let rejection = this._beforeSpawn(task, args);
              if (rejection) {
                return done({
                  stdOut,
                  stdErr,
                  exitCode: 9901,
                  rejection
                });
              }
              this._plugins.exec("spawn.before", void 0, {
                ...pluginContext(task, args),
                kill(reason) {
                  rejection = reason || rejection;
                }
              });
              const spawned = (0, import_child_process.spawn)(command, args, spawnOptions);
              spawned.stdout.on(
                "data",
                onDataReceived(stdOut, "stdOut", logger, outputLogger.step("stdOut"))
              );
              spawned.stderr.on(
                "data",
                onDataReceived(stdErr, "stdErr", logger, outputLogger.step("stdErr"))
              );
              spawned.on("error", onErrorReceived(stdErr, logger));
              if (outputHandler) {
                logger(`Passing child process stdOut/stdErr to custom outputHandler`);
                outputHandler(command, spawned.stdout, spawned.stderr, [...args]);
              }
              this._plugins.exec("spawn.after", void 0, {
                ...pluginContext(task, args),
                spawned,
                close(exitCode, reason) {
                  done({
                    stdOut,
                    stdErr,
                    exitCode,
                    rejection: rejection || reason
                  });
                },
                kill(reason) {
                  if (spawned.killed) {
                    return;
                  }
                  rejection = reason;
                  spawned.kill("SIGINT");
                }
              });
            });
          }
          _beforeSpawn(task, args) {
            let rejection;
            this._plugins.exec("spawn.before", void 0, {
              ...pluginContext(task, args),
              kill(reason) {
                rejection = reason || rejection;
              }
            });
            return rejection;
          }
        };
      }
    });
    git_executor_exports = {};
    __export2(git_executor_exports, {
      GitExecutor: () => GitExecutor
    });
    init_git_executor = __esm2({
      "src/lib/runners/git-executor.ts"() {
        "use strict";
        init_git_executor_chain();
        GitExecutor = class {
          constructor(cwd, _scheduler, _plugins) {
            this.cwd = cwd;
            this._scheduler = _scheduler;
            this._plugins = _plugins;
            this._chain = new GitExecutorChain(this, this._scheduler, this._plugins);
          }
          chain() {
            return new GitExecutorChain(this, this._scheduler, this._plugins);
          }
          push(task) {
            return this._chain.push(task);
          }
        };
      }
    });
    init_task_callback = __esm2({
      "src/lib/task-callback.ts"() {
        "use strict";
        init_git_response_error();
        init_utils();
      }
    });
    init_change_working_directory = __esm2({
      "src/lib/tasks/change-working-directory.ts"() {
        "use strict";
        init_utils();
        init_task();
      }
    });
    init_checkout = __esm2({
      "src/lib/tasks/checkout.ts"() {
        "use strict";
        init_utils();
        init_task();
      }
    });
    init_count_objects = __esm2({
      "src/lib/tasks/count-objects.ts"() {
        "use strict";
        init_utils();
        parser2 = new LineParser(
          /([a-z-]+): (\d+)$/,
          (result, [key, value]) => {
            const property = asCamelCase(key);
            if (Object.hasOwn(result, property)) {
              result[property] = asNumber(value);
            }
          }
        );
      }
    });
    init_parse_commit = __esm2({
      "src/lib/parsers/parse-commit.ts"() {
        "use strict";
        init_utils();
        parsers = [
          new LineParser(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (result, [branch, root, commit2]) => {
            result.branch = branch;
            result.commit = commit2;
            result.root = !!root;
          }),
          new LineParser(/\s*Author:\s(.+)/i, (result, [author]) => {
            const parts = author.split("<");
            const email = parts.pop();
            if (!email || !email.includes("@")) {
              return;
            }
            result.author = {
              email: email.substr(0, email.length - 1),
              name: parts.join("<").trim()
            };
          }),
          new LineParser(
            /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
            (result, [changes, insertions, deletions]) => {
              result.summary.changes = parseInt(changes, 10) || 0;
              result.summary.insertions = parseInt(insertions, 10) || 0;
              result.summary.deletions = parseInt(deletions, 10) || 0;
            }
          ),
          new LineParser(
            /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
            (result, [changes, lines, direction]) => {
              result.summary.changes = parseInt(changes, 10) || 0;
              const count = parseInt(lines, 10) || 0;
              if (direction === "-") {
                result.summary.deletions = count;
              } else if (direction === "+") {
                result.summary.insertions = count;
              }
            }
          )
        ];
      }
    });
    init_commit = __esm2({
      "src/lib/tasks/commit.ts"() {
        "use strict";
        init_parse_commit();
        init_utils();
        init_task();
      }
    });
    init_first_commit = __esm2({
      "src/lib/tasks/first-commit.ts"() {
        "use strict";
        init_utils();
        init_task();
      }
    });
    init_hash_object = __esm2({
      "src/lib/tasks/hash-object.ts"() {
        "use strict";
        init_task();
      }
    });
    init_InitSummary = __esm2({
      "src/lib/responses/InitSummary.ts"() {
        "use strict";
        InitSummary = class {
          constructor(bare, path, existing, gitDir) {
            this.bare = bare;
            this.path = path;
            this.existing = existing;
            this.gitDir = gitDir;
          }
        };
        initResponseRegex = /^Init.+ repository in (.+)$/;
        reInitResponseRegex = /^Rein.+ in (.+)$/;
      }
    });
    init_init = __esm2({
      "src/lib/tasks/init.ts"() {
        "use strict";
        init_InitSummary();
        bareCommand = "--bare";
      }
    });
    init_log_format = __esm2({
      "src/lib/args/log-format.ts"() {
        "use strict";
        logFormatRegex = /^--(stat|numstat|name-only|name-status)(=|$)/;
      }
    });
    init_DiffSummary = __esm2({
      "src/lib/responses/DiffSummary.ts"() {
        "use strict";
        DiffSummary = class {
          constructor() {
            this.changed = 0;
            this.deletions = 0;
            this.insertions = 0;
            this.files = [];
          }
        };
      }
    });
    init_parse_diff_summary = __esm2({
      "src/lib/parsers/parse-diff-summary.ts"() {
        "use strict";
        init_log_format();
        init_DiffSummary();
        init_diff_name_status();
        init_utils();
        statParser = [
          new LineParser(
            /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
            (result, [file, changes, alterations = ""]) => {
              result.files.push({
                file: file.trim(),
                changes: asNumber(changes),
                insertions: alterations.replace(/[^+]/g, "").length,
                deletions: alterations.replace(/[^-]/g, "").length,
                binary: false
              });
            }
          ),
          new LineParser(
            /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
            (result, [file, before, after]) => {
              result.files.push({
                file: file.trim(),
                before: asNumber(before),
                after: asNumber(after),
                binary: true
              });
            }
          ),
          new LineParser(
            /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
            (result, [changed, summary]) => {
              const inserted = /(\d+) i/.exec(summary);
              const deleted = /(\d+) d/.exec(summary);
              result.changed = asNumber(changed);
              result.insertions = asNumber(inserted?.[1]);
              result.deletions = asNumber(deleted?.[1]);
            }
          )
        ];
        numStatParser = [
          new LineParser(
            /(\d+)\t(\d+)\t(.+)$/,
            (result, [changesInsert, changesDelete, file]) => {
              const insertions = asNumber(changesInsert);
              const deletions = asNumber(changesDelete);
              result.changed++;
              result.insertions += insertions;
              result.deletions += deletions;
              result.files.push({
                file,
                changes: insertions + deletions,
                insertions,
                deletions,
                binary: false
              });
            }
          ),
          new LineParser(/-\t-\t(.+)$/, (result, [file]) => {
            result.changed++;
            result.files.push({
              file,
              after: 0,
              before: 0,
              binary: true
            });
          })
        ];
        nameOnlyParser = [
          new LineParser(/(.+)$/, (result, [file]) => {
            result.changed++;
            result.files.push({
              file,
              changes: 0,
              insertions: 0,
              deletions: 0,
              binary: false
            });
          })
        ];
        nameStatusParser = [
          new LineParser(
            /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
            (result, [status, similarity, from, _to, to]) => {
              result.changed++;
              result.files.push({
                file: to ?? from,
                changes: 0,
                insertions: 0,
                deletions: 0,
                binary: false,
                status: orVoid(isDiffNameStatus(status) && status),
                from: orVoid(!!to && from !== to && from),
                similarity: asNumber(similarity)
              });
            }
          )
        ];
        diffSummaryParsers = {
          [
            ""
            /* NONE */
          ]: statParser,
          [
            "--stat"
            /* STAT */
          ]: statParser,
          [
            "--numstat"
            /* NUM_STAT */
          ]: numStatParser,
          [
            "--name-status"
            /* NAME_STATUS */
          ]: nameStatusParser,
          [
            "--name-only"
            /* NAME_ONLY */
          ]: nameOnlyParser
        };
      }
    });
    init_parse_list_log_summary = __esm2({
      "src/lib/parsers/parse-list-log-summary.ts"() {
        "use strict";
        init_utils();
        init_parse_diff_summary();
        init_log_format();
        START_BOUNDARY = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
        COMMIT_BOUNDARY = " \xF2\xF2";
        SPLITTER = " \xF2 ";
        defaultFieldNames = ["hash", "date", "message", "refs", "author_name", "author_email"];
      }
    });
    diff_exports = {};
    __export2(diff_exports, {
      diffSummaryTask: () => diffSummaryTask,
      validateLogFormatConfig: () => validateLogFormatConfig
    });
    init_diff = __esm2({
      "src/lib/tasks/diff.ts"() {
        "use strict";
        init_log_format();
        init_parse_diff_summary();
        init_task();
      }
    });
    init_log = __esm2({
      "src/lib/tasks/log.ts"() {
        "use strict";
        init_log_format();
        init_parse_list_log_summary();
        init_utils();
        init_task();
        init_diff();
        excludeOptions = /* @__PURE__ */ ((excludeOptions2) => {
          excludeOptions2[excludeOptions2["--pretty"] = 0] = "--pretty";
          excludeOptions2[excludeOptions2["max-count"] = 1] = "max-count";
          excludeOptions2[excludeOptions2["maxCount"] = 2] = "maxCount";
          excludeOptions2[excludeOptions2["n"] = 3] = "n";
          excludeOptions2[excludeOptions2["file"] = 4] = "file";
          excludeOptions2[excludeOptions2["format"] = 5] = "format";
          excludeOptions2[excludeOptions2["from"] = 6] = "from";
          excludeOptions2[excludeOptions2["to"] = 7] = "to";
          excludeOptions2[excludeOptions2["splitter"] = 8] = "splitter";
          excludeOptions2[excludeOptions2["symmetric"] = 9] = "symmetric";
          excludeOptions2[excludeOptions2["mailMap"] = 10] = "mailMap";
          excludeOptions2[excludeOptions2["multiLine"] = 11] = "multiLine";
          excludeOptions2[excludeOptions2["strictDate"] = 12] = "strictDate";
          return excludeOptions2;
        })(excludeOptions || {});
      }
    });
    init_MergeSummary = __esm2({
      "src/lib/responses/MergeSummary.ts"() {
        "use strict";
        MergeSummaryConflict = class {
          constructor(reason, file = null, meta) {
            this.reason = reason;
            this.file = file;
            this.meta = meta;
          }
          toString() {
            return `${this.file}:${this.reason}`;
          }
        };
        MergeSummaryDetail = class {
          constructor() {
            this.conflicts = [];
            this.merges = [];
            this.result = "success";
          }
          get failed() {
            return this.conflicts.length > 0;
          }
          get reason() {
            return this.result;
          }
          toString() {
            if (this.conflicts.length) {
              return `CONFLICTS: ${this.conflicts.join(", ")}`;
            }
            return "OK";
          }
        };
      }
    });
    init_PullSummary = __esm2({
      "src/lib/responses/PullSummary.ts"() {
        "use strict";
        PullSummary = class {
          constructor() {
            this.remoteMessages = {
              all: []
            };
            this.created = [];
            this.deleted = [];
            this.files = [];
            this.deletions = {};
            this.insertions = {};
            this.summary = {
              changes: 0,
              deletions: 0,
              insertions: 0
            };
          }
        };
        PullFailedSummary = class {
          constructor() {
            this.remote = "";
            this.hash = {
              local: "",
              remote: ""
            };
            this.branch = {
              local: "",
              remote: ""
            };
            this.message = "";
          }
          toString() {
            return this.message;
          }
        };
      }
    });
    init_parse_remote_objects = __esm2({
      "src/lib/parsers/parse-remote-objects.ts"() {
        "use strict";
        init_utils();
        remoteMessagesObjectParsers = [
          new RemoteLineParser(
            /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
            (result, [action, count]) => {
              const key = action.toLowerCase();
              const enumeration = objectEnumerationResult(result.remoteMessages);
              Object.assign(enumeration, { [key]: asNumber(count) });
            }
          ),
          new RemoteLineParser(
            /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
            (result, [action, count]) => {
              const key = action.toLowerCase();
              const enumeration = objectEnumerationResult(result.remoteMessages);
              Object.assign(enumeration, { [key]: asNumber(count) });
            }
          ),
          new RemoteLineParser(
            /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
            (result, [total, reused, packReused]) => {
              const objects = objectEnumerationResult(result.remoteMessages);
              objects.total = asObjectCount(total);
              objects.reused = asObjectCount(reused);
              objects.packReused = asNumber(packReused);
            }
          )
        ];
      }
    });
    init_parse_remote_messages = __esm2({
      "src/lib/parsers/parse-remote-messages.ts"() {
        "use strict";
        init_utils();
        init_parse_remote_objects();
        parsers2 = [
          new RemoteLineParser(/^remote:\s*(.+)$/, (result, [text]) => {
            result.remoteMessages.all.push(text.trim());
            return false;
          }),
          ...remoteMessagesObjectParsers,
          new RemoteLineParser(
            [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
            (result, [pullRequestUrl]) => {
              result.remoteMessages.pullRequestUrl = pullRequestUrl;
            }
          ),
          new RemoteLineParser(
            [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
            (result, [count, summary, url]) => {
              result.remoteMessages.vulnerabilities = {
                count: asNumber(count),
                summary,
                url
              };
            }
          )
        ];
        RemoteMessageSummary = class {
          constructor() {
            this.all = [];
          }
        };
      }
    });
    init_parse_pull = __esm2({
      "src/lib/parsers/parse-pull.ts"() {
        "use strict";
        init_PullSummary();
        init_utils();
        init_parse_remote_messages();
        FILE_UPDATE_REGEX = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
        SUMMARY_REGEX = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
        ACTION_REGEX = /^(create|delete) mode \d+ (.+)/;
        parsers3 = [
          new LineParser(FILE_UPDATE_REGEX, (result, [file, insertions, deletions]) => {
            result.files.push(file);
            if (insertions) {
              result.insertions[file] = insertions.length;
            }
            if (deletions) {
              result.deletions[file] = deletions.length;
            }
          }),
          new LineParser(SUMMARY_REGEX, (result, [changes, , insertions, , deletions]) => {
            if (insertions !== void 0 || deletions !== void 0) {
              result.summary.changes = +changes || 0;
              result.summary.insertions = +insertions || 0;
              result.summary.deletions = +deletions || 0;
              return true;
            }
            return false;
          }),
          new LineParser(ACTION_REGEX, (result, [action, file]) => {
            append(result.files, file);
            append(action === "create" ? result.created : result.deleted, file);
          })
        ];
        errorParsers = [
          new LineParser(/^from\s(.+)$/i, (result, [remote]) => void (result.remote = remote)),
          new LineParser(/^fatal:\s(.+)$/, (result, [message]) => void (result.message = message)),
          new LineParser(
            /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
            (result, [hashLocal, hashRemote, branchLocal, branchRemote]) => {
              result.branch.local = branchLocal;
              result.hash.local = hashLocal;
              result.branch.remote = branchRemote;
              result.hash.remote = hashRemote;
            }
          )
        ];
        parsePullDetail = (stdOut, stdErr) => {
          return parseStringResponse(new PullSummary(), parsers3, [stdOut, stdErr]);
        };
        parsePullResult = (stdOut, stdErr) => {
          return Object.assign(
            new PullSummary(),
            parsePullDetail(stdOut, stdErr),
            parseRemoteMessages(stdOut, stdErr)
          );
        };
      }
    });
    init_parse_merge = __esm2({
      "src/lib/parsers/parse-merge.ts"() {
        "use strict";
        init_MergeSummary();
        init_utils();
        init_parse_pull();
        parsers4 = [
          new LineParser(/^Auto-merging\s+(.+)$/, (summary, [autoMerge]) => {
            summary.merges.push(autoMerge);
          }),
          new LineParser(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (summary, [reason, file]) => {
            summary.conflicts.push(new MergeSummaryConflict(reason, file));
          }),
          new LineParser(
            /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
            (summary, [reason, file, deleteRef]) => {
              summary.conflicts.push(new MergeSummaryConflict(reason, file, { deleteRef }));
            }
          ),
          new LineParser(/^CONFLICT\s+\((.+)\):/, (summary, [reason]) => {
            summary.conflicts.push(new MergeSummaryConflict(reason, null));
          }),
          new LineParser(/^Automatic merge failed;\s+(.+)$/, (summary, [result]) => {
            summary.result = result;
          })
        ];
        parseMergeResult = (stdOut, stdErr) => {
          return Object.assign(parseMergeDetail(stdOut, stdErr), parsePullResult(stdOut, stdErr));
        };
        parseMergeDetail = (stdOut) => {
          return parseStringResponse(new MergeSummaryDetail(), parsers4, stdOut);
        };
      }
    });
    init_merge = __esm2({
      "src/lib/tasks/merge.ts"() {
        "use strict";
        init_git_response_error();
        init_parse_merge();
        init_task();
      }
    });
    init_parse_push = __esm2({
      "src/lib/parsers/parse-push.ts"() {
        "use strict";
        init_utils();
        init_parse_remote_messages();
        parsers5 = [
          new LineParser(/^Pushing to (.+)$/, (result, [repo]) => {
            result.repo = repo;
          }),
          new LineParser(/^updating local tracking ref '(.+)'/, (result, [local]) => {
            result.ref = {
              ...result.ref || {},
              local
            };
          }),
          new LineParser(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (result, [local, remote, type]) => {
            result.pushed.push(pushResultPushedItem(local, remote, type));
          }),
          new LineParser(
            /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
            (result, [local, remote, remoteName]) => {
              result.branch = {
                ...result.branch || {},
                local,
                remote,
                remoteName
              };
            }
          ),
          new LineParser(
            /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
            (result, [local, remote, from, to]) => {
              result.update = {
                head: {
                  local,
                  remote
                },
                hash: {
                  from,
                  to
                }
              };
            }
          )
        ];
        parsePushResult = (stdOut, stdErr) => {
          const pushDetail = parsePushDetail(stdOut, stdErr);
          const responseDetail = parseRemoteMessages(stdOut, stdErr);
          return {
            ...pushDetail,
            ...responseDetail
          };
        };
        parsePushDetail = (stdOut, stdErr) => {
          return parseStringResponse({ pushed: [] }, parsers5, [stdOut, stdErr]);
        };
      }
    });
    push_exports = {};
    __export2(push_exports, {
      pushTagsTask: () => pushTagsTask,
      pushTask: () => pushTask
    });
    init_push = __esm2({
      "src/lib/tasks/push.ts"() {
        "use strict";
        init_parse_push();
        init_utils();
      }
    });
    init_show = __esm2({
      "src/lib/tasks/show.ts"() {
        "use strict";
        init_utils();
        init_task();
      }
    });
    init_FileStatusSummary = __esm2({
      "src/lib/responses/FileStatusSummary.ts"() {
        "use strict";
        fromPathRegex = /^(.+)\0(.+)$/;
        FileStatusSummary = class {
          constructor(path, index, working_dir) {
            this.path = path;
            this.index = index;
            this.working_dir = working_dir;
            if (index === "R" || working_dir === "R") {
              const detail = fromPathRegex.exec(path) || [null, path, path];
              this.from = detail[2] || "";
              this.path = detail[1] || "";
            }
          }
        };
      }
    });
    init_StatusSummary = __esm2({
      "src/lib/responses/StatusSummary.ts"() {
        "use strict";
        init_utils();
        init_FileStatusSummary();
        StatusSummary = class {
          constructor() {
            this.not_added = [];
            this.conflicted = [];
            this.created = [];
            this.deleted = [];
            this.ignored = void 0;
            this.modified = [];
            this.renamed = [];
            this.files = [];
            this.staged = [];
            this.ahead = 0;
            this.behind = 0;
            this.current = null;
            this.tracking = null;
            this.detached = false;
            this.isClean = () => {
              return !this.files.length;
            };
          }
        };
        parsers6 = new Map([
          parser3(
            " ",
            "A",
            (result, file) => result.created.push(file)
          ),
          parser3(
            " ",
            "D",
            (result, file) => result.deleted.push(file)
          ),
          parser3(
            " ",
            "M",
            (result, file) => result.modified.push(file)
          ),
          parser3("A", " ", (result, file) => {
            result.created.push(file);
            result.staged.push(file);
          }),
          parser3("A", "M", (result, file) => {
            result.created.push(file);
            result.staged.push(file);
            result.modified.push(file);
          }),
          parser3("D", " ", (result, file) => {
            result.deleted.push(file);
            result.staged.push(file);
          }),
          parser3("M", " ", (result, file) => {
            result.modified.push(file);
            result.staged.push(file);
          }),
          parser3("M", "M", (result, file) => {
            result.modified.push(file);
            result.staged.push(file);
          }),
          parser3("R", " ", (result, file) => {
            result.renamed.push(renamedFile(file));
          }),
          parser3("R", "M", (result, file) => {
            const renamed = renamedFile(file);
            result.renamed.push(renamed);
            result.modified.push(renamed.to);
          }),
          parser3("!", "!", (_result, _file) => {
            (_result.ignored = _result.ignored || []).push(_file);
          }),
          parser3(
            "?",
            "?",
            (result, file) => result.not_added.push(file)
          ),
          ...conflicts(
            "A",
            "A",
            "U"
            /* UNMERGED */
          ),
          ...conflicts(
            "D",
            "D",
            "U"
            /* UNMERGED */
          ),
          ...conflicts(
            "U",
            "A",
            "D",
            "U"
            /* UNMERGED */
          ),
          [
            "##",
            (result, line) => {
              const aheadReg = /ahead (\d+)/;
              const behindReg = /behind (\d+)/;
              const currentReg = /^(.+?(?=(?:\.{3}|\s|$)))/;
              const trackingReg = /\.{3}(\S*)/;
              const onEmptyBranchReg = /\son\s(\S+?)(?=\.{3}|$)/;
              let regexResult = aheadReg.exec(line);
              result.ahead = regexResult && +regexResult[1] || 0;
              regexResult = behindReg.exec(line);
              result.behind = regexResult && +regexResult[1] || 0;
              regexResult = currentReg.exec(line);
              result.current = filterType(regexResult?.[1], filterString, null);
              regexResult = trackingReg.exec(line);
              result.tracking = filterType(regexResult?.[1], filterString, null);
              regexResult = onEmptyBranchReg.exec(line);
              if (regexResult) {
                result.current = filterType(regexResult?.[1], filterString, result.current);
              }
              result.detached = /\(no branch\)/.test(line);
            }
          ]
        ]);
        parseStatusSummary = function(text) {
          const lines = text.split(NULL);
          const status = new StatusSummary();
          for (let i2 = 0, l = lines.length; i2 < l; ) {
            let line = lines[i2++].trim();
            if (!line) {
              continue;
            }
            if (line.charAt(0) === "R") {
              line += NULL + (lines[i2++] || "");
            }
            splitLine(status, line);
          }
          return status;
        };
      }
    });
    init_status = __esm2({
      "src/lib/tasks/status.ts"() {
        "use strict";
        init_StatusSummary();
        ignoredOptions = ["--null", "-z"];
      }
    });
    init_version = __esm2({
      "src/lib/tasks/version.ts"() {
        "use strict";
        init_utils();
        NOT_INSTALLED = "installed=false";
        parsers7 = [
          new LineParser(
            /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
            (result, [major, minor, patch, agent = ""]) => {
              Object.assign(
                result,
                versionResponse(asNumber(major), asNumber(minor), asNumber(patch), agent)
              );
            }
          ),
          new LineParser(
            /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
            (result, [major, minor, patch, agent = ""]) => {
              Object.assign(result, versionResponse(asNumber(major), asNumber(minor), patch, agent));
            }
          )
        ];
      }
    });
    init_clone = __esm2({
      "src/lib/tasks/clone.ts"() {
        "use strict";
        init_task();
        init_utils();
        cloneTask = (repo, directory, customArgs) => {
          const commands = ["clone", ...customArgs];
          filterString(repo) && commands.push(c(repo));
          filterString(directory) && commands.push(c(directory));
          return straightThroughStringTask(commands);
        };
        cloneMirrorTask = (repo, directory, customArgs) => {
          append(customArgs, "--mirror");
          return cloneTask(repo, directory, customArgs);
        };
      }
    });
    simple_git_api_exports = {};
    __export2(simple_git_api_exports, {
      SimpleGitApi: () => SimpleGitApi
    });
    init_simple_git_api = __esm2({
      "src/lib/simple-git-api.ts"() {
        "use strict";
        init_task_callback();
        init_change_working_directory();
        init_checkout();
        init_count_objects();
        init_commit();
        init_config();
        init_first_commit();
        init_grep();
        init_hash_object();
        init_init();
        init_log();
        init_merge();
        init_push();
        init_show();
        init_status();
        init_task();
        init_version();
        init_utils();
        init_clone();
        SimpleGitApi = class {
          constructor(_executor) {
            this._executor = _executor;
          }
          _runTask(task, then) {
            const chain = this._executor.chain();
            const promise = chain.push(task);
            if (then) {
              taskCallback(task, promise, then);
            }
            return Object.create(this, {
              then: { value: promise.then.bind(promise) },
              catch: { value: promise.catch.bind(promise) },
              _executor: { value: chain }
            });
          }
          add(files) {
            return this._runTask(
              straightThroughStringTask(["add", ...asArray(files)]),
              trailingFunctionArgument(arguments)
            );
          }
          cwd(directory) {
            const next = trailingFunctionArgument(arguments);
            if (typeof directory === "string") {
              return this._runTask(changeWorkingDirectoryTask(directory, this._executor), next);
            }
            if (typeof directory?.path === "string") {
              return this._runTask(
                changeWorkingDirectoryTask(
                  directory.path,
                  directory.root && this._executor || void 0
                ),
                next
              );
            }
            return this._runTask(
              configurationErrorTask("Git.cwd: workingDirectory must be supplied as a string"),
              next
            );
          }
          hashObject(path, write) {
            return this._runTask(
              hashObjectTask(path, write === true),
              trailingFunctionArgument(arguments)
            );
          }
          init(bare) {
            return this._runTask(
              initTask(bare === true, this._executor.cwd, getTrailingOptions(arguments)),
              trailingFunctionArgument(arguments)
            );
          }
          merge() {
            return this._runTask(
              mergeTask(getTrailingOptions(arguments)),
              trailingFunctionArgument(arguments)
            );
          }
          mergeFromTo(remote, branch) {
            if (!(filterString(remote) && filterString(branch))) {
              return this._runTask(
                configurationErrorTask(
                  `Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings`
                )
              );
            }
            return this._runTask(
              mergeTask([remote, branch, ...getTrailingOptions(arguments)]),
              trailingFunctionArgument(arguments, false)
            );
          }
          outputHandler(handler) {
            this._executor.outputHandler = handler;
            return this;
          }
          push() {
            const task = pushTask(
              {
                remote: filterType(arguments[0], filterString),
                branch: filterType(arguments[1], filterString)
              },
              getTrailingOptions(arguments)
            );
            return this._runTask(task, trailingFunctionArgument(arguments));
          }
          stash() {
            return this._runTask(
              straightThroughStringTask(["stash", ...getTrailingOptions(arguments)]),
              trailingFunctionArgument(arguments)
            );
          }
          status() {
            return this._runTask(
              statusTask(getTrailingOptions(arguments)),
              trailingFunctionArgument(arguments)
            );
          }
        };
        Object.assign(
          SimpleGitApi.prototype,
          checkout_default(),
          clone_default(),
          commit_default(),
          config_default(),
          count_objects_default(),
          first_commit_default(),
          grep_default(),
          log_default(),
          show_default(),
          version_default()
        );
      }
    });
    scheduler_exports = {};
    __export2(scheduler_exports, {
      Scheduler: () => Scheduler
    });
    init_scheduler = __esm2({
      "src/lib/runners/scheduler.ts"() {
        "use strict";
        init_utils();
        init_git_logger();
        createScheduledTask = /* @__PURE__ */ (() => {
          let id = 0;
          return () => {
            id++;
            const { promise, done } = (0, import_promise_deferred.createDeferred)();
            return {
              promise,
              done,
              id
            };
          };
        })();
        Scheduler = class {
          constructor(concurrency = 2) {
            this.concurrency = concurrency;
            this.logger = createLogger("", "scheduler");
            this.pending = [];
            this.running = [];
            this.logger(`Constructed, concurrency=%s`, concurrency);
          }
          schedule() {
            if (!this.pending.length || this.running.length >= this.concurrency) {
              this.logger(
                `Schedule attempt ignored, pending=%s running=%s concurrency=%s`,
                this.pending.length,
                this.running.length,
                this.concurrency
              );
              return;
            }
            const task = append(this.running, this.pending.shift());
            this.logger(`Attempting id=%s`, task.id);
            task.done(() => {
              this.logger(`Completing id=`, task.id);
              remove(this.running, task);
              this.schedule();
            });
          }
          next() {
            const { promise, id } = append(this.pending, createScheduledTask());
            this.logger(`Scheduling id=%s`, id);
            this.schedule();
            return promise;
          }
        };
      }
    });
    apply_patch_exports = {};
    __export2(apply_patch_exports, {
      applyPatchTask: () => applyPatchTask
    });
    init_apply_patch = __esm2({
      "src/lib/tasks/apply-patch.ts"() {
        "use strict";
        init_task();
      }
    });
    init_BranchDeleteSummary = __esm2({
      "src/lib/responses/BranchDeleteSummary.ts"() {
        "use strict";
        BranchDeletionBatch = class {
          constructor() {
            this.all = [];
            this.branches = {};
            this.errors = [];
          }
          get success() {
            return !this.errors.length;
          }
        };
      }
    });
    init_parse_branch_delete = __esm2({
      "src/lib/parsers/parse-branch-delete.ts"() {
        "use strict";
        init_BranchDeleteSummary();
        init_utils();
        deleteSuccessRegex = /(\S+)\s+\(\S+\s([^)]+)\)/;
        deleteErrorRegex = /^error[^']+'([^']+)'/m;
        parsers8 = [
          new LineParser(deleteSuccessRegex, (result, [branch, hash]) => {
            const deletion = branchDeletionSuccess(branch, hash);
            result.all.push(deletion);
            result.branches[branch] = deletion;
          }),
          new LineParser(deleteErrorRegex, (result, [branch]) => {
            const deletion = branchDeletionFailure(branch);
            result.errors.push(deletion);
            result.all.push(deletion);
            result.branches[branch] = deletion;
          })
        ];
        parseBranchDeletions = (stdOut, stdErr) => {
          return parseStringResponse(new BranchDeletionBatch(), parsers8, [stdOut, stdErr]);
        };
      }
    });
    init_BranchSummary = __esm2({
      "src/lib/responses/BranchSummary.ts"() {
        "use strict";
        BranchSummaryResult = class {
          constructor() {
            this.all = [];
            this.branches = {};
            this.current = "";
            this.detached = false;
          }
          push(status, detached, name, commit2, label) {
            if (status === "*") {
              this.detached = detached;
              this.current = name;
            }
            this.all.push(name);
            this.branches[name] = {
              current: status === "*",
              linkedWorkTree: status === "+",
              name,
              commit: commit2,
              label
            };
          }
        };
      }
    });
    init_parse_branch = __esm2({
      "src/lib/parsers/parse-branch.ts"() {
        "use strict";
        init_BranchSummary();
        init_utils();
        parsers9 = [
          new LineParser(
            /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
            (result, [current, name, commit2, label]) => {
              result.push(branchStatus(current), true, name, commit2, label);
            }
          ),
          new LineParser(
            /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
            (result, [current, name, commit2, label]) => {
              result.push(branchStatus(current), false, name, commit2, label);
            }
          )
        ];
        currentBranchParser = new LineParser(/^(\S+)$/s, (result, [name]) => {
          result.push("*", false, name, "", "");
        });
      }
    });
    branch_exports = {};
    __export2(branch_exports, {
      branchLocalTask: () => branchLocalTask,
      branchTask: () => branchTask,
      containsDeleteBranchCommand: () => containsDeleteBranchCommand,
      deleteBranchTask: () => deleteBranchTask,
      deleteBranchesTask: () => deleteBranchesTask
    });
    init_branch = __esm2({
      "src/lib/tasks/branch.ts"() {
        "use strict";
        init_git_response_error();
        init_parse_branch_delete();
        init_parse_branch();
        init_utils();
      }
    });
    init_CheckIgnore = __esm2({
      "src/lib/responses/CheckIgnore.ts"() {
        "use strict";
        parseCheckIgnore = (text) => {
          return text.split(/\n/g).map(toPath).filter(Boolean);
        };
      }
    });
    check_ignore_exports = {};
    __export2(check_ignore_exports, {
      checkIgnoreTask: () => checkIgnoreTask
    });
    init_check_ignore = __esm2({
      "src/lib/tasks/check-ignore.ts"() {
        "use strict";
        init_CheckIgnore();
      }
    });
    init_parse_fetch = __esm2({
      "src/lib/parsers/parse-fetch.ts"() {
        "use strict";
        init_utils();
        parsers10 = [
          new LineParser(/From (.+)$/, (result, [remote]) => {
            result.remote = remote;
          }),
          new LineParser(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (result, [name, tracking]) => {
            result.branches.push({
              name,
              tracking
            });
          }),
          new LineParser(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (result, [name, tracking]) => {
            result.tags.push({
              name,
              tracking
            });
          }),
          new LineParser(/- \[deleted]\s+\S+\s*-> (.+)$/, (result, [tracking]) => {
            result.deleted.push({
              tracking
            });
          }),
          new LineParser(
            /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
            (result, [from, to, name, tracking]) => {
              result.updated.push({
                name,
                tracking,
                to,
                from
              });
            }
          )
        ];
      }
    });
    fetch_exports = {};
    __export2(fetch_exports, {
      fetchTask: () => fetchTask
    });
    init_fetch = __esm2({
      "src/lib/tasks/fetch.ts"() {
        "use strict";
        init_parse_fetch();
        init_task();
      }
    });
    init_parse_move = __esm2({
      "src/lib/parsers/parse-move.ts"() {
        "use strict";
        init_utils();
        parsers11 = [
          new LineParser(/^Renaming (.+) to (.+)$/, (result, [from, to]) => {
            result.moves.push({ from, to });
          })
        ];
      }
    });
    move_exports = {};
    __export2(move_exports, {
      moveTask: () => moveTask
    });
    init_move = __esm2({
      "src/lib/tasks/move.ts"() {
        "use strict";
        init_parse_move();
        init_utils();
      }
    });
    pull_exports = {};
    __export2(pull_exports, {
      pullTask: () => pullTask
    });
    init_pull = __esm2({
      "src/lib/tasks/pull.ts"() {
        "use strict";
        init_git_response_error();
        init_parse_pull();
        init_utils();
      }
    });
    init_GetRemoteSummary = __esm2({
      "src/lib/responses/GetRemoteSummary.ts"() {
        "use strict";
        init_utils();
      }
    });
    remote_exports = {};
    __export2(remote_exports, {
      addRemoteTask: () => addRemoteTask,
      getRemotesTask: () => getRemotesTask,
      listRemotesTask: () => listRemotesTask,
      remoteTask: () => remoteTask,
      removeRemoteTask: () => removeRemoteTask
    });
    init_remote = __esm2({
      "src/lib/tasks/remote.ts"() {
        "use strict";
        init_GetRemoteSummary();
        init_task();
      }
    });
    stash_list_exports = {};
    __export2(stash_list_exports, {
      stashListTask: () => stashListTask
    });
    init_stash_list = __esm2({
      "src/lib/tasks/stash-list.ts"() {
        "use strict";
        init_log_format();
        init_parse_list_log_summary();
        init_diff();
        init_log();
      }
    });
    sub_module_exports = {};
    __export2(sub_module_exports, {
      addSubModuleTask: () => addSubModuleTask,
      initSubModuleTask: () => initSubModuleTask,
      subModuleTask: () => subModuleTask,
      updateSubModuleTask: () => updateSubModuleTask
    });
    init_sub_module = __esm2({
      "src/lib/tasks/sub-module.ts"() {
        "use strict";
        init_task();
      }
    });
    init_TagList = __esm2({
      "src/lib/responses/TagList.ts"() {
        "use strict";
        TagList = class {
          constructor(all, latest) {
            this.all = all;
            this.latest = latest;
          }
        };
        parseTagList = function(data, customSort = false) {
          const tags = data.split("\n").map(trimmed).filter(Boolean);
          if (!customSort) {
            tags.sort(function(tagA, tagB) {
              const partsA = tagA.split(".");
              const partsB = tagB.split(".");
              if (partsA.length === 1 || partsB.length === 1) {
                return singleSorted(toNumber(partsA[0]), toNumber(partsB[0]));
              }
              for (let i2 = 0, l = Math.max(partsA.length, partsB.length); i2 < l; i2++) {
                const diff = sorted(toNumber(partsA[i2]), toNumber(partsB[i2]));
                if (diff) {
                  return diff;
                }
              }
              return 0;
            });
          }
          const latest = customSort ? tags[0] : [...tags].reverse().find((tag) => tag.indexOf(".") >= 0);
          return new TagList(tags, latest);
        };
      }
    });
    tag_exports = {};
    __export2(tag_exports, {
      addAnnotatedTagTask: () => addAnnotatedTagTask,
      addTagTask: () => addTagTask,
      tagListTask: () => tagListTask
    });
    init_tag = __esm2({
      "src/lib/tasks/tag.ts"() {
        "use strict";
        init_TagList();
      }
    });
    require_git = __commonJS2({
      "src/git.js"(exports2, module2) {
        "use strict";
        var { GitExecutor: GitExecutor2 } = (init_git_executor(), __toCommonJS(git_executor_exports));
        var { SimpleGitApi: SimpleGitApi2 } = (init_simple_git_api(), __toCommonJS(simple_git_api_exports));
        var { Scheduler: Scheduler2 } = (init_scheduler(), __toCommonJS(scheduler_exports));
        var { adhocExecTask: adhocExecTask2, configurationErrorTask: configurationErrorTask2 } = (init_task(), __toCommonJS(task_exports));
        var {
          asArray: asArray2,
          filterArray: filterArray2,
          filterPrimitives: filterPrimitives2,
          filterString: filterString2,
          filterStringOrStringArray: filterStringOrStringArray2,
          filterType: filterType2,
          getTrailingOptions: getTrailingOptions2,
          trailingFunctionArgument: trailingFunctionArgument2,
          trailingOptionsArgument: trailingOptionsArgument2
        } = (init_utils(), __toCommonJS(utils_exports));
        var { applyPatchTask: applyPatchTask2 } = (init_apply_patch(), __toCommonJS(apply_patch_exports));
        var {
          branchTask: branchTask2,
          branchLocalTask: branchLocalTask2,
          deleteBranchesTask: deleteBranchesTask2,
          deleteBranchTask: deleteBranchTask2
        } = (init_branch(), __toCommonJS(branch_exports));
        var { checkIgnoreTask: checkIgnoreTask2 } = (init_check_ignore(), __toCommonJS(check_ignore_exports));
        var { checkIsRepoTask: checkIsRepoTask2 } = (init_check_is_repo(), __toCommonJS(check_is_repo_exports));
        var { cleanWithOptionsTask: cleanWithOptionsTask2, isCleanOptionsArray: isCleanOptionsArray2 } = (init_clean(), __toCommonJS(clean_exports));
        var { diffSummaryTask: diffSummaryTask2 } = (init_diff(), __toCommonJS(diff_exports));
        var { fetchTask: fetchTask2 } = (init_fetch(), __toCommonJS(fetch_exports));
        var { moveTask: moveTask2 } = (init_move(), __toCommonJS(move_exports));
        var { pullTask: pullTask2 } = (init_pull(), __toCommonJS(pull_exports));
        var { pushTagsTask: pushTagsTask2 } = (init_push(), __toCommonJS(push_exports));
        var {
          addRemoteTask: addRemoteTask2,
          getRemotesTask: getRemotesTask2,
          listRemotesTask: listRemotesTask2,
          remoteTask: remoteTask2,
          removeRemoteTask: removeRemoteTask2
        } = (init_remote(), __toCommonJS(remote_exports));
        var { getResetMode: getResetMode2, resetTask: resetTask2 } = (init_reset(), __toCommonJS(reset_exports));
        var { stashListTask: stashListTask2 } = (init_stash_list(), __toCommonJS(stash_list_exports));
        var {
          addSubModuleTask: addSubModuleTask2,
          initSubModuleTask: initSubModuleTask2,
          subModuleTask: subModuleTask2,
          updateSubModuleTask: updateSubModuleTask2
        } = (init_sub_module(), __toCommonJS(sub_module_exports));
        var { addAnnotatedTagTask: addAnnotatedTagTask2, addTagTask: addTagTask2, tagListTask: tagListTask2 } = (init_tag(), __toCommonJS(tag_exports));
        var { straightThroughBufferTask: straightThroughBufferTask2, straightThroughStringTask: straightThroughStringTask2 } = (init_task(), __toCommonJS(task_exports));
        function Git2(options, plugins) {
          this._plugins = plugins;
          this._executor = new GitExecutor2(
            options.baseDir,
            new Scheduler2(options.maxConcurrentProcesses),
            plugins
          );
          this._trimmed = options.trimmed;
        }
        (Git2.prototype = Object.create(SimpleGitApi2.prototype)).constructor = Git2;
        Git2.prototype.customBinary = function(command) {
          this._plugins.reconfigure("binary", command);
          return this;
        };
        Git2.prototype.env = function(name, value) {
          if (arguments.length === 1 && typeof name === "object") {
            this._executor.env = name;
          } else {
            (this._executor.env = this._executor.env || {})[name] = value;
          }
          return this;
        };
        Git2.prototype.stashList = function(options) {
          return this._runTask(
            stashListTask2(
              trailingOptionsArgument2(arguments) || {},
              filterArray2(options) && options || []
            ),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.mv = function(from, to) {
          return this._runTask(moveTask2(from, to), trailingFunctionArgument2(arguments));
        };
        Git2.prototype.checkoutLatestTag = function(then) {
          var git = this;
          return this.pull(function() {
            git.tags(function(err, tags) {
              git.checkout(tags.latest, then);
            });
          });
        };
        Git2.prototype.pull = function(remote, branch, options, then) {
          return this._runTask(
            pullTask2(
              filterType2(remote, filterString2),
              filterType2(branch, filterString2),
              getTrailingOptions2(arguments)
            ),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.fetch = function(remote, branch) {
          return this._runTask(
            fetchTask2(
              filterType2(remote, filterString2),
              filterType2(branch, filterString2),
              getTrailingOptions2(arguments)
            ),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.silent = function(silence) {
          return this._runTask(
            adhocExecTask2(
              () => console.warn(
                "simple-git deprecation notice: git.silent: logging should be configured using the `debug` library / `DEBUG` environment variable, this method will be removed."
              )
            )
          );
        };
        Git2.prototype.tags = function(options, then) {
          return this._runTask(
            tagListTask2(getTrailingOptions2(arguments)),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.rebase = function() {
          return this._runTask(
            straightThroughStringTask2(["rebase", ...getTrailingOptions2(arguments)]),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.reset = function(mode) {
          return this._runTask(
            resetTask2(getResetMode2(mode), getTrailingOptions2(arguments)),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.revert = function(commit2) {
          const next = trailingFunctionArgument2(arguments);
          if (typeof commit2 !== "string") {
            return this._runTask(configurationErrorTask2("Commit must be a string"), next);
          }
          return this._runTask(
            straightThroughStringTask2(["revert", ...getTrailingOptions2(arguments, 0, true), commit2]),
            next
          );
        };
        Git2.prototype.addTag = function(name) {
          const task = typeof name === "string" ? addTagTask2(name) : configurationErrorTask2("Git.addTag requires a tag name");
          return this._runTask(task, trailingFunctionArgument2(arguments));
        };
        Git2.prototype.addAnnotatedTag = function(tagName, tagMessage) {
          return this._runTask(
            addAnnotatedTagTask2(tagName, tagMessage),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.deleteLocalBranch = function(branchName, forceDelete, then) {
          return this._runTask(
            deleteBranchTask2(branchName, typeof forceDelete === "boolean" ? forceDelete : false),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.deleteLocalBranches = function(branchNames, forceDelete, then) {
          return this._runTask(
            deleteBranchesTask2(branchNames, typeof forceDelete === "boolean" ? forceDelete : false),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.branch = function(options, then) {
          return this._runTask(
            branchTask2(getTrailingOptions2(arguments)),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.branchLocal = function(then) {
          return this._runTask(branchLocalTask2(), trailingFunctionArgument2(arguments));
        };
        Git2.prototype.raw = function(commands) {
          const createRestCommands = !Array.isArray(commands);
          const command = [].slice.call(createRestCommands ? arguments : commands, 0);
          for (let i2 = 0; i2 < command.length && createRestCommands; i2++) {
            if (!filterPrimitives2(command[i2])) {
              command.splice(i2, command.length - i2);
              break;
            }
          }
          command.push(...getTrailingOptions2(arguments, 0, true));
          var next = trailingFunctionArgument2(arguments);
          if (!command.length) {
            return this._runTask(
              configurationErrorTask2("Raw: must supply one or more command to execute"),
              next
            );
          }
          return this._runTask(straightThroughStringTask2(command, this._trimmed), next);
        };
        Git2.prototype.submoduleAdd = function(repo, path, then) {
          return this._runTask(addSubModuleTask2(repo, path), trailingFunctionArgument2(arguments));
        };
        Git2.prototype.submoduleUpdate = function(args, then) {
          return this._runTask(
            updateSubModuleTask2(getTrailingOptions2(arguments, true)),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.submoduleInit = function(args, then) {
          return this._runTask(
            initSubModuleTask2(getTrailingOptions2(arguments, true)),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.subModule = function(options, then) {
          return this._runTask(
            subModuleTask2(getTrailingOptions2(arguments)),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.listRemote = function() {
          return this._runTask(
            listRemotesTask2(getTrailingOptions2(arguments)),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.addRemote = function(remoteName, remoteRepo, then) {
          return this._runTask(
            addRemoteTask2(remoteName, remoteRepo, getTrailingOptions2(arguments)),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.removeRemote = function(remoteName, then) {
          return this._runTask(removeRemoteTask2(remoteName), trailingFunctionArgument2(arguments));
        };
        Git2.prototype.getRemotes = function(verbose, then) {
          return this._runTask(getRemotesTask2(verbose === true), trailingFunctionArgument2(arguments));
        };
        Git2.prototype.remote = function(options, then) {
          return this._runTask(
            remoteTask2(getTrailingOptions2(arguments)),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.tag = function(options, then) {
          const command = getTrailingOptions2(arguments);
          if (command[0] !== "tag") {
            command.unshift("tag");
          }
          return this._runTask(straightThroughStringTask2(command), trailingFunctionArgument2(arguments));
        };
        Git2.prototype.updateServerInfo = function(then) {
          return this._runTask(
            straightThroughStringTask2(["update-server-info"]),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.pushTags = function(remote, then) {
          const task = pushTagsTask2(
            { remote: filterType2(remote, filterString2) },
            getTrailingOptions2(arguments)
          );
          return this._runTask(task, trailingFunctionArgument2(arguments));
        };
        Git2.prototype.rm = function(files) {
          return this._runTask(
            straightThroughStringTask2(["rm", "-f", ...asArray2(files)]),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.rmKeepLocal = function(files) {
          return this._runTask(
            straightThroughStringTask2(["rm", "--cached", ...asArray2(files)]),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.catFile = function(options, then) {
          return this._catFile("utf-8", arguments);
        };
        Git2.prototype.binaryCatFile = function() {
          return this._catFile("buffer", arguments);
        };
        Git2.prototype._catFile = function(format2, args) {
          var handler = trailingFunctionArgument2(args);
          var command = ["cat-file"];
          var options = args[0];
          if (typeof options === "string") {
            return this._runTask(
              configurationErrorTask2("Git.catFile: options must be supplied as an array of strings"),
              handler
            );
          }
          if (Array.isArray(options)) {
            command.push.apply(command, options);
          }
          const task = format2 === "buffer" ? straightThroughBufferTask2(command) : straightThroughStringTask2(command);
          return this._runTask(task, handler);
        };
        Git2.prototype.diff = function(options, then) {
          const task = filterString2(options) ? configurationErrorTask2(
            "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
          ) : straightThroughStringTask2(["diff", ...getTrailingOptions2(arguments)]);
          return this._runTask(task, trailingFunctionArgument2(arguments));
        };
        Git2.prototype.diffSummary = function() {
          return this._runTask(
            diffSummaryTask2(getTrailingOptions2(arguments, 1)),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.applyPatch = function(patches) {
          const task = !filterStringOrStringArray2(patches) ? configurationErrorTask2(
            `git.applyPatch requires one or more string patches as the first argument`
          ) : applyPatchTask2(asArray2(patches), getTrailingOptions2([].slice.call(arguments, 1)));
          return this._runTask(task, trailingFunctionArgument2(arguments));
        };
        Git2.prototype.revparse = function() {
          const commands = ["rev-parse", ...getTrailingOptions2(arguments, true)];
          return this._runTask(
            straightThroughStringTask2(commands, true),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.clean = function(mode, options, then) {
          const usingCleanOptionsArray = isCleanOptionsArray2(mode);
          const cleanMode = usingCleanOptionsArray && mode.join("") || filterType2(mode, filterString2) || "";
          const customArgs = getTrailingOptions2([].slice.call(arguments, usingCleanOptionsArray ? 1 : 0));
          return this._runTask(
            cleanWithOptionsTask2(cleanMode, customArgs),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.exec = function(then) {
          const task = {
            commands: [],
            format: "utf-8",
            parser() {
              if (typeof then === "function") {
                then();
              }
            }
          };
          return this._runTask(task);
        };
        Git2.prototype.clearQueue = function() {
          return this._runTask(
            adhocExecTask2(
              () => console.warn(
                "simple-git deprecation notice: clearQueue() is deprecated and will be removed, switch to using the abortPlugin instead."
              )
            )
          );
        };
        Git2.prototype.checkIgnore = function(pathnames, then) {
          return this._runTask(
            checkIgnoreTask2(asArray2(filterType2(pathnames, filterStringOrStringArray2, []))),
            trailingFunctionArgument2(arguments)
          );
        };
        Git2.prototype.checkIsRepo = function(checkType, then) {
          return this._runTask(
            checkIsRepoTask2(filterType2(checkType, filterString2)),
            trailingFunctionArgument2(arguments)
          );
        };
        module2.exports = Git2;
      }
    });
    init_git_error();
    GitConstructError = class extends GitError {
      constructor(config, message) {
        super(void 0, message);
        this.config = config;
      }
    };
    init_git_error();
    init_git_error();
    GitPluginError = class extends GitError {
      constructor(task, plugin, message) {
        super(task, message);
        this.task = task;
        this.plugin = plugin;
        Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    init_git_response_error();
    init_task_configuration_error();
    init_check_is_repo();
    init_clean();
    init_config();
    init_diff_name_status();
    init_grep();
    init_reset();
    init_utils();
    init_utils();
    never = (0, import_promise_deferred2.deferred)().promise;
    init_utils();
    WRONG_NUMBER_ERR = `Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings`;
    WRONG_CHARS_ERR = `Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option`;
    init_git_error();
    init_utils();
    PluginStore = class {
      constructor() {
        this.plugins = /* @__PURE__ */ new Set();
        this.events = new import_node_events.EventEmitter();
      }
      on(type, listener) {
        this.events.on(type, listener);
      }
      reconfigure(type, data) {
        this.events.emit(type, data);
      }
      append(type, action) {
        const plugin = append(this.plugins, { type, action });
        return () => this.plugins.delete(plugin);
      }
      add(plugin) {
        const plugins = [];
        asArray(plugin).forEach((plugin2) => plugin2 && this.plugins.add(append(plugins, plugin2)));
        return () => {
          plugins.forEach((plugin2) => this.plugins.delete(plugin2));
        };
      }
      exec(type, data, context) {
        let output = data;
        const contextual = Object.freeze(Object.create(context));
        for (const plugin of this.plugins) {
          if (plugin.type === type) {
            output = plugin.action(output, contextual);
          }
        }
        return output;
      }
    };
    init_utils();
    init_utils();
    init_utils();
    Git = require_git();
    init_git_response_error();
    simpleGit = gitInstanceFactory;
  }
});

// src/words/errors.ts
function gitWords(err) {
  const text = err instanceof GitError2 ? err.gitMessage : err instanceof Error ? err.message : String(err);
  return text.split("\n").map((l) => l.trimEnd()).filter((l) => l.trim() !== "").join("\n");
}
var PluginError, GitError2;
var init_errors = __esm({
  "src/words/errors.ts"() {
    "use strict";
    PluginError = class extends Error {
      constructor(message, level = "error", options) {
        super(message, options);
        this.level = level;
      }
      level;
      name = "PluginError";
    };
    GitError2 = class extends PluginError {
      constructor(message, gitMessage, options) {
        super(message, "error", options);
        this.gitMessage = gitMessage;
      }
      gitMessage;
      name = "GitError";
    };
  }
});

// src/change/git.ts
function gitEnv(indexFile) {
  const env = { ...process.env };
  for (const v of REPO_VARS) delete env[v];
  env.GIT_TERMINAL_PROMPT = "0";
  env.GIT_PAGER = "cat";
  if (env.LC_ALL) {
    env.LC_CTYPE = env.LC_ALL;
    delete env.LC_ALL;
  }
  delete env.LANGUAGE;
  env.LC_MESSAGES = "C";
  if (indexFile) env.GIT_INDEX_FILE = indexFile;
  return env;
}
function setsid() {
  if (setsidPath !== void 0) return setsidPath;
  setsidPath = null;
  for (const dir of (process.env.PATH ?? "").split(import_node_path2.delimiter)) {
    if (dir === "") continue;
    try {
      (0, import_node_fs.accessSync)((0, import_node_path2.join)(dir, "setsid"), import_node_fs.constants.X_OK);
      setsidPath = (0, import_node_path2.join)(dir, "setsid");
      break;
    } catch {
    }
  }
  return setsidPath;
}
function gitAt(cwd) {
  return {
    cwd,
    async run(args, opts = {}) {
      let stderr = "";
      const options = {
        baseDir: cwd,
        trimmed: false,
        maxConcurrentProcesses: 8,
        // Names come back as UTF-8, not C-quoted octal escapes.
        config: ["core.quotepath=false", "color.ui=false", ...opts.config ?? []],
        // The arguments are this plugin's own; the environment is the user's, inherited from
        // Neovim (EDITOR, GIT_SSH_COMMAND, SSH_ASKPASS, GIT_CONFIG_*...). git must see what the
        // user's own git sees, so simple-git's guards against untrusted input are lifted for it.
        unsafe: USER_ENVIRONMENT,
        ...opts.signal ? { abort: opts.signal } : {},
        ...opts.detach && setsid() ? { binary: [setsid(), "git"] } : {},
        errors: (error, result) => {
          if (result.exitCode === 0) return error;
          return Buffer.concat([...result.stdErr, ...result.stdOut]);
        }
      };
      try {
        const git = simpleGit(options).env({ ...gitEnv(opts.indexFile), ...opts.env }).outputHandler((_cmd, out, err) => {
          err.on("data", (chunk) => {
            stderr += chunk.toString();
          });
          queueMicrotask(() => out.emit("data", Buffer.alloc(0)));
        });
        const stdout = await git.raw([...args]);
        return { stdout, stderr };
      } catch (err) {
        const words2 = err instanceof Error ? err.message.trim() : String(err);
        throw new GitError2(`git ${args[0] ?? ""} failed: ${words2}`, words2, { cause: err });
      }
    }
  };
}
var import_node_fs, import_node_path2, REPO_VARS, USER_ENVIRONMENT, setsidPath;
var init_git = __esm({
  "src/change/git.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path2 = require("node:path");
    init_esm();
    init_errors();
    REPO_VARS = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY"];
    USER_ENVIRONMENT = {
      allowUnsafeEditor: true,
      allowUnsafePager: true,
      allowUnsafeAskPass: true,
      allowUnsafeConfigPaths: true,
      allowUnsafeConfigEnvCount: true,
      allowUnsafeCredentialHelper: true,
      allowUnsafeSshCommand: true,
      allowUnsafeGitProxy: true,
      allowUnsafeHooksPath: true,
      allowUnsafeTemplateDir: true,
      allowUnsafeGpgProgram: true,
      allowUnsafeDiffExternal: true,
      allowUnsafeDiffTextConv: true,
      allowUnsafeFilter: true,
      allowUnsafeFsMonitor: true
    };
  }
});

// src/change/repo.ts
function parseConfigList(z2) {
  const map = /* @__PURE__ */ new Map();
  for (const rec of z2.split("\0")) {
    if (rec === "") continue;
    const nl = rec.indexOf("\n");
    const key = nl < 0 ? rec : rec.slice(0, nl);
    map.set(normalizeKey(key), nl < 0 ? "true" : rec.slice(nl + 1));
  }
  return map;
}
function parseConfigWithOrigins(z2) {
  const parts = z2.split("\0");
  const files = [];
  const includes = [];
  const records = [];
  for (let i2 = 0; i2 + 1 < parts.length; i2 += 2) {
    const origin = parts[i2] ?? "";
    const rec = parts[i2 + 1] ?? "";
    records.push(rec);
    const file = origin.startsWith("file:") ? origin.slice("file:".length) : void 0;
    if (file !== void 0 && !files.includes(file)) files.push(file);
    const nl = rec.indexOf("\n");
    const key = normalizeKey(nl < 0 ? rec : rec.slice(0, nl));
    if (file !== void 0 && nl >= 0 && (key === "include.path" || /^includeif\..*\.path$/.test(key))) {
      includes.push({ path: rec.slice(nl + 1), from: file });
    }
  }
  return { config: parseConfigList(records.join("\0")), files, includes };
}
function normalizeKey(key) {
  const first2 = key.indexOf(".");
  const last2 = key.lastIndexOf(".");
  if (first2 < 0) return key.toLowerCase();
  if (first2 === last2) return key.toLowerCase();
  return key.slice(0, first2).toLowerCase() + key.slice(first2, last2) + key.slice(last2).toLowerCase();
}
function branchFromHead(headFile) {
  const m = /^ref:\s*refs\/heads\/(.+?)\s*$/m.exec(headFile);
  return m?.[1] ?? null;
}
function operationInProgress(gitDirEntries) {
  if (gitDirEntries.has("rebase-merge") || gitDirEntries.has("rebase-apply")) return "a rebase is in progress";
  if (gitDirEntries.has("MERGE_HEAD")) return "a merge is in progress";
  if (gitDirEntries.has("CHERRY_PICK_HEAD")) return "a cherry-pick is in progress";
  if (gitDirEntries.has("REVERT_HEAD")) return "a revert is in progress";
  return void 0;
}
var init_repo = __esm({
  "src/change/repo.ts"() {
    "use strict";
  }
});

// src/change/repository.ts
function existingDir(dir) {
  while (!(0, import_node_fs2.existsSync)(dir) && (0, import_node_path3.dirname)(dir) !== dir) dir = (0, import_node_path3.dirname)(dir);
  return dir;
}
async function locateRepository(dir, gitAt2) {
  const git = gitAt2(dir);
  let top;
  try {
    top = (await git.run(["rev-parse", "--show-toplevel", "--absolute-git-dir", "--git-common-dir", "--git-path", "index"])).stdout;
  } catch (err) {
    const words2 = err instanceof GitError2 ? err.gitMessage : String(err);
    if (/not a git repository/i.test(words2)) throw new PluginError(`${dir} is not in a git repository`, "error", { cause: err });
    if (/must be run in a work tree/i.test(words2)) throw new PluginError(`${dir} is inside a git directory, not a work tree`, "error", { cause: err });
    throw err;
  }
  const [root = "", gitDir = "", common = "", index = ""] = top.split("\n");
  return { git: gitAt2(root), root, gitDir, commonDir: (0, import_node_path3.resolve)(dir, common), indexPath: (0, import_node_path3.resolve)(dir, index) };
}
function listConfig(git) {
  return git.run(["config", "--list", "--show-origin", "-z"]).then((r2) => r2.stdout);
}
async function describeRepository(loc, configText) {
  const [head, listed2] = await Promise.all([(0, import_promises.readFile)((0, import_node_path3.join)(loc.gitDir, "HEAD"), "utf8"), configText ?? listConfig(loc.git)]);
  const config = parseConfigWithOrigins(listed2);
  const { git, root, gitDir, commonDir, indexPath } = loc;
  let branch = branchFromHead(head);
  if (branch === ".invalid") branch = await git.run(["symbolic-ref", "-q", "--short", "HEAD"]).then((r2) => r2.stdout.trim() || null, () => null);
  return { repo: { git, root, gitDir, commonDir, indexPath, branch, config: config.config }, config };
}
async function openRepository(dir, gitAt2) {
  const configText = listConfig(gitAt2(dir));
  configText.catch(() => void 0);
  return (await describeRepository(await locateRepository(dir, gitAt2), configText)).repo;
}
function repoPath(repo, filePath) {
  if (!filePath) throw new PluginError("no file given");
  const rel = (0, import_node_path3.relative)(repo.root, canonicalPath(filePath)).split(import_node_path3.sep).join("/");
  if (rel === "" || rel === ".." || rel.startsWith("../") || (0, import_node_path3.isAbsolute)(rel)) throw new PluginError(`${filePath} is not inside ${repo.root}`);
  return rel;
}
function canonicalPath(path) {
  const dir = existingDir((0, import_node_path3.dirname)(path));
  const real = (0, import_node_fs2.realpathSync)(dir);
  return (0, import_node_path3.join)(real, (0, import_node_path3.relative)(dir, path));
}
var import_promises, import_node_fs2, import_node_path3;
var init_repository = __esm({
  "src/change/repository.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    import_node_fs2 = require("node:fs");
    import_node_path3 = require("node:path");
    init_errors();
    init_repo();
  }
});

// src/cli/locate.ts
var locate_exports = {};
__export(locate_exports, {
  openTarget: () => openTarget
});
function openTarget(target, cwd = process.cwd()) {
  const first2 = target.paths?.[0];
  return openRepository(first2 !== void 0 ? folderOf((0, import_node_path4.resolve)(cwd, first2)) : cwd, gitAt);
}
function folderOf(path) {
  try {
    if ((0, import_node_fs3.statSync)(path).isDirectory()) return path;
  } catch {
  }
  return existingDir((0, import_node_path4.dirname)(path));
}
var import_node_fs3, import_node_path4;
var init_locate = __esm({
  "src/cli/locate.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path4 = require("node:path");
    init_git();
    init_repository();
  }
});

// src/words/git-refusal.ts
function explainCommitFailure(gitText) {
  const text = gitText.replace(/:\(literal\)/g, "");
  const plain = plainReason(text);
  return plain ? `${plain}
${text}` : text;
}
function plainReason(text) {
  if (/git-lfs[^\n]*(?:command not found|not found|No such file)/i.test(text)) {
    return "git-lfs is not installed, and a file here is stored with it: install git-lfs, then :w again";
  }
  const filter = /fatal: (.+): clean filter '([^']+)' failed/.exec(text);
  if (filter) return `the clean filter "${filter[2]}" failed on ${filter[1]} (see .gitattributes and your git config), so git could not stage it`;
  const lock = /Unable to create '([^']*index\.lock)': File exists/.exec(text);
  if (lock) return `another git is working in this repository, or one that crashed left ${lock[1]}: if none runs, remove that file, then :w again`;
  const sparse = /outside of your sparse-checkout definition[\s\S]*?index:\n([\s\S]*?)(?:\nhint:|$)/.exec(text);
  if (sparse) {
    const paths = (sparse[1] ?? "").split("\n").filter((l) => l.trim() !== "").join(", ");
    return `${paths || "the file"}: marked skip-worktree or outside the sparse checkout, so git does not stage it (git update-index --no-skip-worktree, or git sparse-checkout add)`;
  }
  return void 0;
}
var init_git_refusal = __esm({
  "src/words/git-refusal.ts"() {
    "use strict";
  }
});

// src/commit/state-dir.ts
function stateDir(repo) {
  return (0, import_node_path5.join)(repo.gitDir, "git-commit-push");
}
async function writeFileAtomic(path, text) {
  const dir = path.slice(0, path.lastIndexOf("/"));
  await (0, import_promises2.mkdir)(dir, { recursive: true });
  const temp = `${path}.tmp-${process.pid}-${++tempCounter}`;
  try {
    await (0, import_promises2.writeFile)(temp, text);
    await (0, import_promises2.rename)(temp, path);
  } catch (err) {
    await (0, import_promises2.rm)(temp, { force: true });
    throw err;
  }
}
var import_promises2, import_node_path5, tempCounter;
var init_state_dir = __esm({
  "src/commit/state-dir.ts"() {
    "use strict";
    import_promises2 = require("node:fs/promises");
    import_node_path5 = require("node:path");
    tempCounter = 0;
  }
});

// src/commit/commit-lock.ts
function commitLockPath(repo) {
  return (0, import_node_path6.join)(stateDir(repo), "commit.lock");
}
async function acquireCommitLock(repo, opts) {
  const push2 = opts.kind === "push";
  const path = push2 ? (0, import_node_path6.join)(stateDir(repo), "push.lock") : commitLockPath(repo);
  await (0, import_promises3.mkdir)(stateDir(repo), { recursive: true });
  const me = { pid: process.pid, host: (0, import_node_os.hostname)(), what: opts.what, since: Date.now(), ...push2 ? { kind: "push" } : {} };
  const deadline = Date.now() + opts.waitMs;
  let told = false;
  for (; ; ) {
    if (opts.signal?.aborted) {
      throw new PluginError(push2 ? "cancelled while waiting for another push: not pushed" : "cancelled while waiting for another commit: nothing committed", "info");
    }
    const created = await (0, import_promises3.open)(path, "wx").then(
      async (fh) => {
        try {
          await fh.writeFile(JSON.stringify(me));
        } finally {
          await fh.close();
        }
        return true;
      },
      (err) => {
        if (err.code === "EEXIST") return false;
        throw err;
      }
    );
    if (created) return () => (0, import_promises3.rm)(path, { force: true });
    const holder = await readHolder(path);
    if (holder ? isStale(holder) : await abandonedEmpty(path)) {
      await (0, import_promises3.rm)(path, { force: true });
      continue;
    }
    if (holder && !told) {
      told = true;
      opts.onWait?.(holder);
    }
    if (Date.now() > deadline) {
      const who = holder ? describeHolder(holder) : "another commit";
      throw new PluginError(
        push2 ? `${who} is still pushing in ${repo.root}: not pushed; :GitCommitPush push sends it` : `${who} is still running in ${repo.root}: nothing committed, your message is kept; :w again when it is done`
      );
    }
    await sleep(POLL_MS, opts.signal);
  }
}
function describeHolder(h2) {
  const secs = Math.max(0, Math.round((Date.now() - h2.since) / 1e3));
  return `the ${h2.kind ?? "commit"} of ${h2.what} (process ${h2.pid}, for ${secs} s)`;
}
async function readHolder(path) {
  try {
    const h2 = JSON.parse(await (0, import_promises3.readFile)(path, "utf8"));
    if (typeof h2.pid !== "number" || typeof h2.host !== "string") return void 0;
    return { pid: h2.pid, host: h2.host, what: String(h2.what ?? "a commit"), since: Number(h2.since ?? Date.now()), ...h2.kind === "push" ? { kind: "push" } : {} };
  } catch {
    return void 0;
  }
}
async function abandonedEmpty(path) {
  const st = await (0, import_promises3.stat)(path).catch(() => void 0);
  return st !== void 0 && Date.now() - st.mtimeMs > 2e3;
}
function isStale(h2) {
  if (h2.host !== (0, import_node_os.hostname)()) return false;
  if (h2.pid === process.pid) return false;
  try {
    process.kill(h2.pid, 0);
    return false;
  } catch (err) {
    return err.code === "ESRCH";
  }
}
function sleep(ms, signal) {
  return new Promise((resolve5) => {
    const t2 = setTimeout(done, ms);
    function done() {
      clearTimeout(t2);
      signal?.removeEventListener("abort", done);
      resolve5();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
var import_promises3, import_node_os, import_node_path6, POLL_MS;
var init_commit_lock = __esm({
  "src/commit/commit-lock.ts"() {
    "use strict";
    import_promises3 = require("node:fs/promises");
    import_node_os = require("node:os");
    import_node_path6 = require("node:path");
    init_errors();
    init_state_dir();
    POLL_MS = 50;
  }
});

// src/words/one-line.ts
function oneLine(text) {
  return /[\u0000-\u001f\u007f]/.test(text) ? JSON.stringify(text).slice(1, -1) : text;
}
var init_one_line = __esm({
  "src/words/one-line.ts"() {
    "use strict";
  }
});

// src/words/credentials.ts
function hideUrlCredentials(text) {
  if (!text.includes("@")) return text;
  return text.replace(URL_AUTHORITY, (all, scheme, authority) => {
    const at = authority.lastIndexOf("@");
    if (at <= 0) return all;
    if (SSH_SCHEME.test(scheme) && !authority.slice(0, at).includes(":")) return all;
    return `${scheme}***${authority.slice(at)}`;
  });
}
function forLog(value) {
  return hideUrlCredentials(typeof value === "string" ? value : (0, import_node_util.inspect)(value, { depth: 4, breakLength: Infinity }));
}
var import_node_util, URL_AUTHORITY, SSH_SCHEME;
var init_credentials = __esm({
  "src/words/credentials.ts"() {
    "use strict";
    import_node_util = require("node:util");
    URL_AUTHORITY = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#"'`<>\\]*)/gi;
    SSH_SCHEME = /^(?:ssh|git\+ssh|ssh\+git):\/\/$/i;
  }
});

// src/commit/message.ts
function commentCharFor(config, message) {
  const set = config.get("core.commentstring") ?? config.get("core.commentchar") ?? "#";
  if (set !== "auto") return set === "" ? "#" : set;
  const starts = new Set(message.split("\n").map((l) => l.charAt(0)));
  return [...AUTO_COMMENT].find((c3) => !starts.has(c3)) ?? "#";
}
function commentLines(info, status, c3 = "#") {
  const files = info.files.slice(0, MAX_LISTED_FILES);
  const more = info.files.length - files.length;
  const lines = [
    "",
    `${c3} Write (:w) to commit and push. Close without writing (:q!) to abort.`,
    `${c3} Lines starting with ${c3} are ignored; an empty message aborts the commit.`,
    c3,
    `${c3} Repository: ${info.repoRoot}`,
    `${c3} Branch: ${info.branch ?? "(detached HEAD)"}`,
    `${c3} Push: ${info.pushTo}`,
    `${c3} ${scopeLabel(info.scope)}:`,
    ...files.map((f) => `${c3}   ${f}${info.marks?.[f] ? ` (${info.marks[f]})` : ""}`),
    ...more > 0 ? [`${c3}   ... and ${more} more`] : [],
    `${c3} Model: ${info.model} at ${info.host}`
  ];
  if (info.omitted.length > 0) {
    lines.push(`${c3} Left out of the prompt (the model did not see these):`);
    for (const o2 of info.omitted.slice(0, MAX_LISTED_FILES)) lines.push(`${c3}   ${o2}`);
    if (info.omitted.length > MAX_LISTED_FILES) lines.push(`${c3}   ... and ${info.omitted.length - MAX_LISTED_FILES} more`);
  }
  lines.push(`${c3} Status: ${status}`);
  return lines.map((l) => oneLine(hideUrlCredentials(l)));
}
function scopeLabel(scope) {
  switch (scope) {
    case "file":
      return "File";
    case "all":
      return "All changes";
    case "staged":
      return "Staged changes";
  }
}
function messageFromLines(lines, c3 = "#") {
  const out = [];
  for (const raw of lines) {
    if (c3 !== null && raw.startsWith(c3)) continue;
    const line = raw.replace(/\s+$/, "");
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}
function fallbackMessage(files) {
  const names = files.map((f) => oneLine(baseName(f)));
  if (names.length === 0) return "Update files";
  if (names.length === 1) return `Update ${names[0]}`;
  if (names.length <= 3) return `Update ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `Update ${names.length} files`;
}
function baseName(path) {
  const i2 = path.lastIndexOf("/");
  return i2 < 0 ? path : path.slice(i2 + 1);
}
var MAX_LISTED_FILES, AUTO_COMMENT;
var init_message = __esm({
  "src/commit/message.ts"() {
    "use strict";
    init_one_line();
    init_credentials();
    MAX_LISTED_FILES = 20;
    AUTO_COMMENT = "#;@!$%^&|:";
  }
});

// src/commit/drafts.ts
function draftPath(repo, key) {
  return (0, import_node_path7.join)(stateDir(repo), `draft-${key.scope}-${keyId(key)}.txt`);
}
function keyId(key) {
  const what = key.scope === "file" ? `file\0${key.file ?? ""}` : key.scope;
  return (0, import_node_crypto.createHash)("sha256").update(what).digest("hex").slice(0, 16);
}
function keptPath(repo, key, diff) {
  const change = (0, import_node_crypto.createHash)("sha256").update(JSON.stringify(diff)).digest("hex").slice(0, 16);
  return (0, import_node_path7.join)(stateDir(repo), `${keptPrefix(key)}${change}.txt`);
}
function keptPrefix(key) {
  return `kept-${key.scope}-${keyId(key)}-`;
}
async function otherKept(repo, key, path) {
  const names = await (0, import_promises4.readdir)(stateDir(repo)).catch(() => []);
  return names.filter((n) => n.startsWith(keptPrefix(key)) && n.endsWith(".txt") && n !== (0, import_node_path7.basename)(path)).map((n) => (0, import_node_path7.join)(stateDir(repo), n));
}
function readKept(repo, path) {
  return read(path, repo);
}
async function readDraft(repo, key) {
  const path = draftPath(repo, key);
  const found = await read(path, repo);
  if (found) return found;
  const legacy = (0, import_node_path7.join)(repo.gitDir, LEGACY_DRAFT);
  const old = await read(legacy, repo);
  if (!old) return void 0;
  await writeFileAtomic(path, hideUrlCredentials(old.message) + "\n");
  await (0, import_promises4.rm)(legacy, { force: true });
  return old;
}
async function read(path, repo) {
  try {
    const [text, st] = await Promise.all([(0, import_promises4.readFile)(path, "utf8"), (0, import_promises4.stat)(path)]);
    const message = messageFromLines(text.split("\n"), draftCommentChar(text, repo));
    return message === "" ? void 0 : { message, writtenMs: st.mtimeMs };
  } catch {
    return void 0;
  }
}
function draftCommentChar(text, repo) {
  const ours = /^(\S{1,8}) (?:Write \(:w\) to commit|Save and quit to commit)/m.exec(text);
  return ours?.[1] ?? commentCharFor(repo.config, "");
}
function writeDraft(path, message) {
  return writeFileAtomic(path, hideUrlCredentials(message) + "\n");
}
function removeDraft(path) {
  return (0, import_promises4.rm)(path, { force: true });
}
async function draftWasCommitted(repo, draft) {
  try {
    const out = (await repo.git.run(["log", "-n", String(RECENT_COMMITS), "--no-show-signature", "--format=%ct%x00%B%x01"])).stdout;
    const since = Math.floor(draft.writtenMs / 1e3);
    return out.split("").some((rec) => {
      const [time = "", body = ""] = rec.replace(/^\n/, "").split("\0");
      return Number(time) >= since && messageFromLines(body.split("\n"), null) === draft.message;
    });
  } catch {
    return false;
  }
}
var import_node_crypto, import_promises4, import_node_path7, LEGACY_DRAFT, RECENT_COMMITS;
var init_drafts = __esm({
  "src/commit/drafts.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_promises4 = require("node:fs/promises");
    import_node_path7 = require("node:path");
    init_message();
    init_state_dir();
    init_credentials();
    LEGACY_DRAFT = "GIT_COMMIT_PUSH_EDITMSG";
    RECENT_COMMITS = 20;
  }
});

// src/change/gather.ts
async function checkCommittable(repo, scope) {
  const entries = new Set(await (0, import_promises5.readdir)(repo.gitDir));
  const op = operationInProgress(entries);
  if (op) throw new PluginError(`${op} in ${repo.root}: finish it with git first (committing now would be part of it)`);
  if (scope === "file") return;
  const unmerged = (await repo.git.run(["ls-files", "--unmerged", "-z"])).stdout;
  if (unmerged !== "") {
    throw new PluginError(
      `${repo.root} has unresolved conflicts: fix them and mark them resolved with git add (git: "Committing is not possible because you have unmerged files.")`
    );
  }
}
async function gatherChange(repo, scope, filePath) {
  if (scope === "staged") return { diff: (await repo.git.run(DIFF_ARGS)).stdout };
  if (scope === "file" && typeof filePath !== "string" && filePath !== void 0 && filePath.length > 1) return gatherFiles(repo, filePath);
  const one = typeof filePath === "string" ? filePath : filePath?.[0];
  if (scope === "file") return gatherFile(repo, repoPath(repo, one), one);
  return { diff: await diffInPrivateIndex(repo, [], one) };
}
async function gatherFiles(repo, filePaths) {
  const files = [...new Set(filePaths.map((p2) => repoPath(repo, p2)))];
  const diff = await diffInPrivateIndex(repo, pathspecs(files), files.join(", "));
  if (CONFLICT_MARKER.test(diff)) {
    for (const file of files) {
      if (await isUnmerged(repo, file)) {
        throw new PluginError(`${file} has unresolved conflicts: fix them and mark it resolved with git add (committing now would commit the conflict markers)`);
      }
    }
  }
  return files.length === 1 ? { diff, file: files[0] } : { diff, files };
}
async function gatherFile(repo, file, filePath) {
  const headDiff = await repo.git.run(["diff", "HEAD", ...DIFF_OPTIONS, ...filePathspec(file)]).then(
    (r2) => r2.stdout,
    () => ""
    // no HEAD yet: an unborn branch
  );
  const tracked = headDiff !== "" && !(/^deleted file mode /m.test(headDiff) && filePath !== void 0 && (0, import_node_fs4.existsSync)(filePath));
  if (!tracked) return { diff: await diffInPrivateIndex(repo, filePathspec(file), filePath), file };
  if (CONFLICT_MARKER.test(headDiff) && await isUnmerged(repo, file)) {
    throw new PluginError(`${file} has unresolved conflicts: fix them and mark it resolved with git add (committing now would commit the conflict markers)`);
  }
  return { diff: headDiff, file };
}
async function isUnmerged(repo, file) {
  const entries = (await repo.git.run(["ls-files", "--stage", "-z", ...filePathspec(file)])).stdout;
  return entries.split("\0").some((rec) => /^\d+ [0-9a-f]+ [123]\t/.test(rec));
}
async function diffInPrivateIndex(repo, pathspec, filePath) {
  return withPrivateIndex(repo, async (indexFile) => {
    await addAll(repo, pathspec, indexFile, filePath);
    return (await repo.git.run([...DIFF_ARGS, ...pathspec], { indexFile })).stdout;
  });
}
function filePathspec(file) {
  return pathspecs([file]);
}
function pathspecs(files) {
  return ["--", ...files.map((f) => `:(literal)${f}`)];
}
async function addAll(repo, pathspec, indexFile, filePath) {
  try {
    const opts = indexFile ? { indexFile } : {};
    const { present, gone } = await splitGone(repo, pathspec, opts);
    let out = "";
    if (gone.length > 0) out += (await repo.git.run(["rm", "-r", "-q", "--cached", "--ignore-unmatch", "--", ...gone], opts)).stdout;
    if (present.length === 0 && gone.length > 0) return out;
    const r2 = await repo.git.run(["add", "-A", "--verbose", ...gone.length > 0 ? ["--", ...present] : pathspec], opts);
    return out + r2.stdout + r2.stderr;
  } catch (err) {
    if (!(err instanceof GitError2)) throw err;
    const named = filePath ?? pathspec.filter((a) => a !== "--").map((a) => a.replace(/^:\(literal\)/, "")).join(" ");
    if (/ignored by one of your \.gitignore files/.test(err.gitMessage)) {
      const source = await ignoreSource(repo, pathspec);
      throw new PluginError(`${named} is ignored by ${source}: git will not commit it (git add -f would force it)`, "error", { cause: err });
    }
    const plain = explainCommitFailure(err.gitMessage);
    const first2 = plain.split("\n")[0] ?? "";
    throw new GitError2(first2.startsWith("error: ") || first2.startsWith("fatal: ") ? `git could not stage ${named}: ${first2.replace(/^(?:error|fatal): /, "")}` : first2, plain, { cause: err });
  }
}
async function splitGone(repo, pathspec, opts) {
  const present = [];
  const gone = [];
  for (const arg of pathspec) {
    if (arg === "--") continue;
    const path = arg.replace(/^:\(literal\)/, "");
    ((0, import_node_fs4.existsSync)((0, import_node_path8.join)(repo.root, path)) ? present : gone).push(arg);
  }
  if (gone.length === 0) return { present, gone };
  const known = await repo.git.run(["ls-files", "-z", "--with-tree=HEAD", "--", ...gone], opts).then(
    (r2) => r2.stdout,
    // No HEAD yet: the index alone.
    async () => (await repo.git.run(["ls-files", "-z", "--", ...gone], opts)).stdout
  );
  const names = known.split("\0").filter((n) => n !== "");
  for (const arg of gone) {
    const path = arg.replace(/^:\(literal\)/, "");
    if (!names.some((n) => n === path || n.startsWith(`${path}/`))) {
      throw new PluginError(`${path}: no such file, and git does not track it: nothing to commit there`, "error");
    }
  }
  return { present, gone };
}
async function ignoreSource(repo, pathspec) {
  const paths = pathspec.filter((a) => a !== "--").map((a) => a.replace(/^:\(literal\)/, ""));
  const out = await repo.git.run(["check-ignore", "-v", "--no-index", "--", ...paths]).then(
    (r2) => r2.stdout,
    () => ""
  );
  const m = /^(.*?):(\d+):(.*)\t/m.exec(out);
  if (!m) return "a .gitignore file";
  const [, source = "", line = "", pattern = ""] = m;
  const where = `line ${line}: ${pattern}`;
  if (/(^|\/)info\/exclude$/.test(source)) return `.git/info/exclude (${where})`;
  if ((0, import_node_path8.isAbsolute)(source) && (0, import_node_path8.relative)(repo.root, source).startsWith("..")) return `your global excludes file ${source} (core.excludesFile, ${where})`;
  return `${(0, import_node_path8.isAbsolute)(source) ? (0, import_node_path8.relative)(repo.root, source) : source} (${where})`;
}
async function withPrivateIndex(repo, fn) {
  const indexFile = (0, import_node_path8.join)(repo.gitDir, `git-commit-push-index.${process.pid}.${++privateIndexCounter}`);
  try {
    await copyIndex(repo.indexPath, indexFile).catch((err) => {
      if (err.code !== "ENOENT") throw err;
    });
    return await fn(indexFile);
  } finally {
    await (0, import_promises5.rm)(indexFile, { force: true });
    await (0, import_promises5.rm)(indexFile + ".lock", { force: true });
  }
}
async function copyIndex(from, to, mode) {
  const { atimeMs, mtimeMs } = await (0, import_promises5.stat)(from);
  await (0, import_promises5.copyFile)(from, to, mode);
  await (0, import_promises5.utimes)(to, atimeMs / 1e3, (mtimeMs - 1e-3) / 1e3);
}
var import_promises5, import_node_fs4, import_node_path8, DIFF_OPTIONS, DIFF_ARGS, CONFLICT_MARKER, privateIndexCounter;
var init_gather = __esm({
  "src/change/gather.ts"() {
    "use strict";
    import_promises5 = require("node:fs/promises");
    import_node_fs4 = require("node:fs");
    import_node_path8 = require("node:path");
    init_errors();
    init_git_refusal();
    init_repo();
    init_repository();
    DIFF_OPTIONS = ["--no-color", "--no-ext-diff", "-M", "--no-textconv"];
    DIFF_ARGS = ["diff", "--cached", ...DIFF_OPTIONS];
    CONFLICT_MARKER = /^\+(?:<{7}|>{7})(?: |$)/m;
    privateIndexCounter = 0;
  }
});

// src/commit/commit.ts
async function commitChange(repo, scope, file, message, transcript, opts = {}) {
  const release = await acquireCommitLock(repo, {
    what: opts.what ?? (typeof file === "string" ? file : file?.join(", ")) ?? `the ${scope} scope`,
    waitMs: opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS,
    signal: opts.signal,
    onWait: opts.onWait
  });
  let msgFile;
  let listFile;
  let traceFile;
  try {
    opts.onLocked?.();
    await opts.verify?.();
    const n = ++messageFileCounter;
    msgFile = (0, import_node_path9.join)(stateDir(repo), `message-${process.pid}-${n}.txt`);
    await (0, import_promises6.writeFile)(msgFile, hideUrlCredentials(message) + "\n", { flag: "wx" });
    const args = ["commit", "--cleanup=whitespace", `--file=${msgFile}`];
    const files = file === void 0 ? void 0 : typeof file === "string" ? [file] : file;
    let paths;
    if (files !== void 0) {
      if (files.length <= MAX_ARG_PATHS) paths = pathspecs(files);
      else {
        listFile = (0, import_node_path9.join)(stateDir(repo), `paths-${process.pid}-${n}.txt`);
        await (0, import_promises6.writeFile)(listFile, files.map((f) => `:(literal)${f}`).join("\0") + "\0", { flag: "wx" });
        paths = [`--pathspec-from-file=${listFile}`, "--pathspec-file-nul"];
      }
    }
    if (paths !== void 0) args.push("--only", ...paths);
    traceFile = (0, import_node_path9.join)(stateDir(repo), `trace-${process.pid}-${n}.json`);
    const run = { detach: opts.detach ?? true, env: { GIT_TRACE2_EVENT: traceFile }, ...opts.commitSignal ? { signal: opts.commitSignal } : {} };
    let done;
    if (scope === "staged") done = opts.exclude?.length ? await commitStagedWithout(repo, opts.exclude, args, run) : await repo.git.run(args, run);
    else if (scope === "file") done = await commitTracked(repo, args, run);
    else if (opts.trackedOnly && paths === void 0) done = await repo.git.run([...args, "--all"], run);
    done ??= await withIndexRestoredOnFailure(repo, paths, args, run, transcript, files?.join(", "));
    transcript.commit = done.stdout + done.stderr;
    const summary = parseSummary(done.stdout, repo.branch);
    return summary ?? { hash: parseHash(done.stdout) ?? await shortHead(repo) };
  } catch (err) {
    const said = err instanceof GitError2 && traceFile !== void 0 ? await withSilentHookNamed(err, traceFile) : err;
    if (said instanceof GitError2) transcript.commit = said.gitMessage;
    throw said;
  } finally {
    if (traceFile !== void 0) await (0, import_promises6.rm)(traceFile, { force: true });
    if (msgFile !== void 0) await (0, import_promises6.rm)(msgFile, { force: true });
    if (listFile !== void 0) await (0, import_promises6.rm)(listFile, { force: true });
    await release();
  }
}
async function withSilentHookNamed(err, traceFile) {
  if (err.gitMessage.trim() !== "") return err;
  const trace = await (0, import_promises6.readFile)(traceFile, "utf8").catch(() => "");
  const hooks = /* @__PURE__ */ new Map();
  let failed;
  for (const line of trace.split("\n")) {
    let e;
    try {
      e = JSON.parse(line);
    } catch {
      continue;
    }
    const id = `${String(e.sid)}/${String(e.child_id)}`;
    if (e.event === "child_start" && e.child_class === "hook") {
      const argv = Array.isArray(e.argv) ? e.argv : [];
      hooks.set(id, hookFileOf(typeof argv[0] === "string" ? argv[0] : String(e.hook_name)));
    } else if (e.event === "child_exit" && hooks.has(id) && typeof e.code === "number" && e.code !== 0) {
      failed ??= { hook: hooks.get(id) ?? "a hook", code: e.code };
    }
  }
  if (!failed) return err;
  const words2 = `the hook ${failed.hook} stopped the commit without a word (exit code ${failed.code})`;
  return new GitError2(`git commit failed: ${words2}`, words2, { cause: err });
}
function hookFileOf(path) {
  const husky = /(^|.*\/)\.husky\/_\/([^/]+)$/.exec(path);
  return husky ? `${husky[1] ?? ""}.husky/${husky[2] ?? ""}` : path;
}
async function commitStagedWithout(repo, exclude, args, run) {
  const indexFile = (0, import_node_path9.join)(repo.gitDir, `git-commit-push-index.${process.pid}.staged`);
  try {
    await copyIndex(repo.indexPath, indexFile);
    const hasHead = await repo.git.run(["rev-parse", "-q", "--verify", "HEAD"]).then(() => true, () => false);
    const back = hasHead ? ["reset", "-q", "HEAD", ...pathspecs(exclude)] : ["rm", "-q", "--cached", "--ignore-unmatch", ...pathspecs(exclude)];
    await repo.git.run(back, { indexFile });
    return await repo.git.run(args, { ...run, indexFile });
  } finally {
    await (0, import_promises6.rm)(indexFile, { force: true });
    await (0, import_promises6.rm)(`${indexFile}.lock`, { force: true });
  }
}
async function readHeadCommit(repo) {
  const out = (await repo.git.run(["log", "-1", "--no-show-signature", "--format=%h%x00%H%x00%s"])).stdout.trim();
  const [hash = "", fullHash = "", subject = ""] = out.split("\0");
  return { hash, fullHash, subject };
}
async function commitTracked(repo, args, run) {
  try {
    return await repo.git.run(args, run);
  } catch (err) {
    if (err instanceof GitError2 && /did not match any file\(s\) known to git/.test(err.gitMessage)) return void 0;
    throw err;
  }
}
async function withIndexRestoredOnFailure(repo, paths, args, run, transcript, named) {
  const backup = `${repo.indexPath}.git-commit-push-backup`;
  const hadIndex = await copyIndex(repo.indexPath, backup).then(
    () => true,
    (err) => {
      if (err.code === "ENOENT") return false;
      throw err;
    }
  );
  try {
    transcript.add = await addAll(repo, paths === void 0 ? [] : [...paths], void 0, named);
    const out = await repo.git.run(args, run);
    await (0, import_promises6.rm)(backup, { force: true });
    return out;
  } catch (err) {
    await restoreIndex(repo.indexPath, backup, hadIndex);
    throw err;
  }
}
async function restoreIndex(indexPath, backup, hadIndex) {
  if (!hadIndex) {
    await (0, import_promises6.rm)(indexPath, { force: true });
    return;
  }
  if (await sameBytes(indexPath, backup)) {
    await (0, import_promises6.rm)(backup, { force: true });
    return;
  }
  const lock = `${indexPath}.lock`;
  try {
    await copyIndex(backup, lock, import_node_fs5.constants.COPYFILE_EXCL);
    await (0, import_promises6.rename)(lock, indexPath);
    await (0, import_promises6.rm)(backup, { force: true });
  } catch (err) {
    console.error(`git-commit-push: could not restore the index; it is kept in ${backup}: ${forLog(err)}`);
  }
}
async function sameBytes(a, b2) {
  const [x2, y2] = await Promise.all([(0, import_promises6.readFile)(a).catch(() => void 0), (0, import_promises6.readFile)(b2).catch(() => void 0)]);
  return x2 !== void 0 && y2 !== void 0 && x2.equals(y2);
}
function parseSummary(stdout, branch) {
  const head = `[${branch ?? "detached HEAD"} `;
  for (const line of stdout.split("\n")) {
    if (!line.startsWith(head)) continue;
    const m = /^(?:\(root-commit\) )?([0-9a-f]{7,64})\] (.*)$/.exec(line.slice(head.length));
    if (m?.[1] !== void 0 && m[2] !== void 0) return { hash: m[1], subject: m[2] };
  }
  return void 0;
}
function parseHash(stdout) {
  return /^\[[^\]]*?([0-9a-f]{7,40})\]/m.exec(stdout)?.[1];
}
async function shortHead(repo) {
  return (await repo.git.run(["rev-parse", "--short", "HEAD"])).stdout.trim();
}
var import_node_fs5, import_promises6, import_node_path9, MAX_ARG_PATHS, DEFAULT_LOCK_WAIT_MS, messageFileCounter;
var init_commit2 = __esm({
  "src/commit/commit.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_promises6 = require("node:fs/promises");
    import_node_path9 = require("node:path");
    init_gather();
    init_errors();
    init_credentials();
    init_commit_lock();
    init_state_dir();
    MAX_ARG_PATHS = 256;
    DEFAULT_LOCK_WAIT_MS = 6e4;
    messageFileCounter = 0;
  }
});

// src/commit/push-plan.ts
function remotesOf(config) {
  const names = /* @__PURE__ */ new Set();
  for (const key of config.keys()) {
    const m = /^remote\.(.+)\.url$/.exec(key);
    if (m?.[1]) names.add(m[1]);
  }
  return [...names];
}
function pushUrlOf(config, remote) {
  return remote === "." ? "this repository" : config.get(`remote.${remote}.pushurl`) ?? config.get(`remote.${remote}.url`) ?? remote;
}
function planPush(branch, config) {
  if (branch === null) return { kind: "none", why: "detached", describe: "nowhere (detached HEAD: commit only)" };
  const pushDefault = (config.get("push.default") ?? "simple").toLowerCase();
  if (pushDefault === "nothing") {
    return { kind: "none", why: "push-default-nothing", describe: "nowhere (push.default is nothing: git push pushes nothing; commit only)" };
  }
  const upstreamRemote = config.get(`branch.${branch}.remote`);
  const merge = config.get(`branch.${branch}.merge`);
  const pushRemote = config.get(`branch.${branch}.pushremote`) ?? config.get("remote.pushdefault");
  const remotes = remotesOf(config);
  const fallback2 = remotes.includes("origin") ? "origin" : remotes.length === 1 ? remotes[0] : void 0;
  const remote = pushRemote ?? (upstreamRemote && merge ? upstreamRemote : void 0) ?? fallback2;
  if (remote === void 0) {
    if (remotes.length === 0) return { kind: "none", why: "no-remote", describe: "nowhere (no remote: commit only)" };
    return { kind: "none", why: "no-upstream", describe: `nowhere (no upstream, and several remotes: set one with git push -u <remote> ${branch})` };
  }
  const refspec = config.get(`remote.${remote}.push`);
  if (refspec !== void 0) {
    const ref = refspecDestination(refspec, branch);
    return { kind: "git", remote, ref, describe: describe(config, remote, ref ?? `(${refspec})`) };
  }
  const hasUpstream = Boolean(upstreamRemote && merge);
  const triangular = pushRemote !== void 0 && pushRemote !== upstreamRemote;
  if (hasUpstream && !triangular) {
    const upstreamName = merge.replace(/^refs\/heads\//, "");
    if (pushDefault === "upstream" || pushDefault === "tracking") return { kind: "git", remote, ref: merge, describe: describe(config, remote, merge) };
    if (pushDefault === "simple" && upstreamName !== branch) {
      return {
        kind: "none",
        why: "upstream-name",
        describe: `nowhere (the upstream ${upstreamRemote}/${upstreamName} has another name than ${branch}: git push refuses that too; commit only)`
      };
    }
    return { kind: "git", remote, ref: `refs/heads/${branch}`, describe: describe(config, remote, `refs/heads/${branch}`) };
  }
  if (triangular || pushDefault === "current" || pushDefault === "matching" || TRUE.test(config.get("push.autosetupremote") ?? "")) {
    if (pushDefault === "upstream" || pushDefault === "tracking") {
      return { kind: "none", why: "no-upstream", describe: `nowhere (push.default is upstream and ${branch} has none: set one with git push -u ${remote} ${branch})` };
    }
    return { kind: "git", remote, ref: `refs/heads/${branch}`, describe: describe(config, remote, `refs/heads/${branch}`) };
  }
  return { kind: "set-upstream", remote, branch, describe: `${remote}/${branch} (${pushUrlOf(config, remote)}), new upstream` };
}
function describe(config, remote, ref) {
  return `${refName(remote, ref)} (${pushUrlOf(config, remote)})`;
}
function refName(remote, ref) {
  return ref.startsWith("refs/heads/") ? `${remote}/${ref.slice("refs/heads/".length)}` : `${remote}:${ref}`;
}
function refspecDestination(refspec, branch) {
  const spec = refspec.replace(/^\+/, "");
  const colon = spec.indexOf(":");
  const src = colon < 0 ? spec : spec.slice(0, colon);
  const dst = colon < 0 ? spec : spec.slice(colon + 1);
  if (dst.includes("*")) {
    if (!src.includes("*")) return void 0;
    const [pre = "", post2 = ""] = src.split("*");
    const full = `refs/heads/${branch}`;
    if (!full.startsWith(pre) || !full.endsWith(post2)) return void 0;
    return dst.replace("*", full.slice(pre.length, full.length - post2.length));
  }
  if (src !== "HEAD" && src !== branch && src !== `refs/heads/${branch}`) return void 0;
  return dst.startsWith("refs/") ? dst : `refs/heads/${dst}`;
}
function notPushedBecause(plan) {
  if (plan.kind !== "none") return "not pushed";
  switch (plan.why) {
    case "detached":
      return "detached HEAD, so not pushed";
    case "no-remote":
      return "no remote, so not pushed";
    case "no-upstream":
      return "no upstream and several remotes, so not pushed: set one with git push -u <remote>";
    case "upstream-name":
      return "its upstream has another name, and git push would refuse too, so not pushed: push it with git push <remote> HEAD:<branch>, or set push.default=upstream";
    case "push-default-nothing":
      return "push.default is nothing, so not pushed, as git push would not";
  }
}
var TRUE;
var init_push_plan = __esm({
  "src/commit/push-plan.ts"() {
    "use strict";
    TRUE = /^(?:true|yes|on|1)$/i;
  }
});

// src/commit/push.ts
async function push(repo, plan, transcript, opts) {
  if (plan.kind === "none") return void 0;
  const args = plan.kind === "git" ? ["push"] : ["push", "--set-upstream", "--", plan.remote, plan.branch];
  const release = await acquireCommitLock(repo, { kind: "push", what: repo.branch ?? "HEAD", waitMs: PUSH_LOCK_WAIT_MS, signal: opts.signal });
  let out;
  try {
    const r2 = await repo.git.run(args, { config: pushConfig(repo, opts), signal: opts.signal, detach: opts.detach ?? true });
    out = r2.stdout + r2.stderr;
    transcript.push = out;
  } catch (err) {
    if (err instanceof GitError2) transcript.push = err.gitMessage;
    throw err;
  } finally {
    await release();
  }
  return pushedTo(out, plan);
}
function pushedTo(report, plan) {
  let url = "";
  let dst;
  for (const line of report.split("\n")) {
    if (line.startsWith("To ")) url = line.slice(3).trim() === "." ? "this repository" : line.slice(3).trim();
    const m = url !== "" && dst === void 0 ? /^ [ +*=!-] .*? -> (\S+)/.exec(line) : null;
    if (m?.[1] !== void 0 && !line.startsWith(" = ")) dst = m[1];
  }
  if (dst === void 0) return { to: plan.describe, upToDate: true };
  const ref = dst.startsWith("refs/") ? dst : `refs/heads/${dst}`;
  return { to: `${refName(plan.remote, ref)}${url ? ` (${url})` : ""}`, upToDate: false };
}
function pushConfig(repo, opts) {
  const secs = Math.max(1, Math.ceil(opts.stallMs / 1e3));
  const out = [];
  const userSsh = Boolean(opts.env.GIT_SSH_COMMAND || opts.env.GIT_SSH) || repo.config.has("core.sshcommand");
  if (!userSsh) {
    const alive = Math.max(1, Math.ceil(secs / 3));
    out.push(`core.sshCommand=ssh -o BatchMode=yes -o ConnectTimeout=${secs} -o ServerAliveInterval=${alive} -o ServerAliveCountMax=3`);
  }
  if (!repo.config.has("http.lowspeedlimit") && !opts.env.GIT_HTTP_LOW_SPEED_LIMIT) {
    out.push("http.lowSpeedLimit=1", `http.lowSpeedTime=${secs}`);
  }
  return out;
}
var PUSH_LOCK_WAIT_MS;
var init_push2 = __esm({
  "src/commit/push.ts"() {
    "use strict";
    init_errors();
    init_commit_lock();
    init_push_plan();
    PUSH_LOCK_WAIT_MS = 10 * 6e4;
  }
});

// src/commit/recheck.ts
async function readHead(repo) {
  const head = (await (0, import_promises7.readFile)((0, import_node_path10.join)(repo.gitDir, "HEAD"), "utf8")).trim();
  if (!head.endsWith("/.invalid")) return head;
  const ref = await repo.git.run(["symbolic-ref", "-q", "HEAD"]).then((r2) => r2.stdout.trim(), () => "");
  if (ref !== "") return `ref: ${ref}`;
  return (await repo.git.run(["rev-parse", "HEAD"])).stdout.trim();
}
function reviewedPaths(scope, diff) {
  if (scope === "file") return void 0;
  const set = /* @__PURE__ */ new Set();
  for (const f of diff) {
    set.add(f.path);
    if (f.oldPath !== void 0) set.add(f.oldPath);
  }
  return [...set].sort();
}
async function recheck(repo, scope, reviewed) {
  const none = { changed: [], staged: [], unmerged: [] };
  const [head, entries, status] = await Promise.all([
    readHead(repo),
    (0, import_promises7.readdir)(repo.gitDir).then((e) => new Set(e)),
    scope === "file" ? none : repo.git.run(["status", "--porcelain=v1", "-z", "--no-renames", "--ignore-submodules=dirty", scope === "staged" ? "--untracked-files=no" : "--untracked-files=all"]).then((r2) => parseStatus(r2.stdout))
  ]);
  const op = operationInProgress(entries);
  if (op) throw new ChangedSinceReview(`${op} since the review: nothing committed; finish it with git (or abort it), then :w again`, "git");
  if (status.unmerged.length > 0) {
    throw new ChangedSinceReview(`unresolved conflicts since the review (${listed(status.unmerged)}): nothing committed; resolve them with git, then :w again`, "git");
  }
  if (head !== reviewed.head) throw new ChangedSinceReview(`the branch is ${headWords(head)} now, not ${headWords(reviewed.head)} as reviewed: nothing committed`, "relist");
  if (reviewed.paths === void 0) return;
  const now = scope === "staged" ? status.staged : status.changed;
  const before = new Set(reviewed.paths);
  const after = new Set(now);
  const added = now.filter((p2) => !before.has(p2));
  const gone = reviewed.paths.filter((p2) => !after.has(p2));
  if (added.length === 0 && gone.length === 0) return;
  const parts = [
    added.length > 0 ? `${listed(added)} ${added.length === 1 ? "is" : "are"} ${scope === "staged" ? "staged" : "changed"} since the review` : "",
    gone.length > 0 ? `${listed(gone)} no longer ${scope === "staged" ? "staged" : "changed"}` : ""
  ].filter(Boolean);
  throw new ChangedSinceReview(`${parts.join("; ")}: nothing committed`, "relist");
}
function headWords(head) {
  return branchFromHead(head) ?? `a detached HEAD (${head.slice(0, 7)})`;
}
function listed(paths) {
  return paths.length <= 3 ? paths.join(", ") : `${paths.slice(0, 2).join(", ")} and ${paths.length - 2} more`;
}
function parseStatus(z2) {
  const out = { changed: [], staged: [], unmerged: [] };
  for (const rec of z2.split("\0")) {
    if (rec.length < 4) continue;
    const xy = rec.slice(0, 2);
    const path = rec.slice(3);
    if (xy === "!!") continue;
    if (UNMERGED.has(xy)) out.unmerged.push(path);
    out.changed.push(path);
    if (xy[0] !== " " && xy[0] !== "?") out.staged.push(path);
  }
  return out;
}
var import_promises7, import_node_path10, ChangedSinceReview, UNMERGED;
var init_recheck = __esm({
  "src/commit/recheck.ts"() {
    "use strict";
    import_promises7 = require("node:fs/promises");
    import_node_path10 = require("node:path");
    init_repo();
    init_errors();
    ChangedSinceReview = class extends PluginError {
      constructor(message, remedy) {
        super(message, "warn");
        this.remedy = remedy;
      }
      remedy;
      name = "ChangedSinceReview";
    };
    UNMERGED = /* @__PURE__ */ new Set(["DD", "AU", "UD", "UA", "DU", "AA", "UU"]);
  }
});

// src/commit/unpushed.ts
function recordPath(repo) {
  return (0, import_node_path11.join)(stateDir(repo), "unpushed.json");
}
function recordUnpushed(repo, u) {
  return writeFileAtomic(recordPath(repo), JSON.stringify(u));
}
function clearUnpushed(repo) {
  return (0, import_promises8.rm)(recordPath(repo), { force: true });
}
async function readUnpushed(repo) {
  try {
    const u = JSON.parse(await (0, import_promises8.readFile)(recordPath(repo), "utf8"));
    if (typeof u.hash !== "string") return void 0;
    return { hash: u.hash, branch: typeof u.branch === "string" ? u.branch : null };
  } catch {
    return void 0;
  }
}
async function owedCommit(repo, plan) {
  const u = await readUnpushed(repo);
  if (!u) return void 0;
  if (u.branch !== repo.branch || plan.kind === "none") return u.branch === repo.branch ? u : void 0;
  const dst = plan.kind === "git" ? plan.ref : `refs/heads/${plan.branch}`;
  if (dst === void 0 || !dst.startsWith("refs/heads/")) return u;
  const tracking = `refs/remotes/${plan.remote}/${dst.slice("refs/heads/".length)}`;
  const isAncestor = (of) => repo.git.run(["merge-base", u.hash, of]).then(
    (r2) => r2.stdout.trim().startsWith(u.hash),
    () => false
  );
  const [onHead, onRemote] = await Promise.all([isAncestor("HEAD"), isAncestor(tracking)]);
  if (onHead && !onRemote) return u;
  await clearUnpushed(repo);
  return void 0;
}
var import_promises8, import_node_path11;
var init_unpushed = __esm({
  "src/commit/unpushed.ts"() {
    "use strict";
    import_promises8 = require("node:fs/promises");
    import_node_path11 = require("node:path");
    init_state_dir();
  }
});

// src/commit/flow.ts
async function commitAndPush(p2, message, transcript, hooks) {
  let hash;
  let subject;
  const files = p2.files ?? p2.file;
  const started = Date.now();
  try {
    ({ hash, subject } = await commitChange(p2.repo, p2.scope, committedPaths(p2) ?? files, message, transcript, {
      what: p2.file ?? p2.files?.join(", ") ?? (p2.scope === "all" ? "all changes" : "the staged changes"),
      signal: hooks.signal,
      commitSignal: p2.signer ? hooks.signerSignal : void 0,
      onWait: hooks.onWait,
      onLocked: hooks.onLocked,
      verify: () => recheck(p2.repo, p2.scope, p2.reviewed),
      exclude: p2.scope === "staged" ? p2.exclude : void 0,
      detach: !hooks.terminal,
      // What the review listed is checked again under the lock (verify): nothing new since.
      trackedOnly: p2.scope === "all" && p2.diff.every((f) => f.status === "modified" || f.status === "deleted")
    }));
  } catch (err) {
    if (err instanceof ChangedSinceReview) throw err;
    const anyway = hooks.signerSignal?.aborted ? await madeSince(p2, message, started) : void 0;
    if (!anyway) throw new CommitRefused(hooks.signal.aborted || Boolean(hooks.signerSignal?.aborted), { cause: err });
    ({ hash, subject } = anyway);
  }
  const pushNow = p2.plan.kind !== "none" && !hooks.skipPush?.();
  const pushing = pushNow ? push(p2.repo, p2.plan, transcript, { stallMs: p2.options.push_stall_ms, signal: hooks.signal, env: hooks.env, detach: !hooks.terminal }) : void 0;
  const record2 = p2.plan.kind !== "none" ? recordUnpushed(p2.repo, { hash, branch: p2.repo.branch }).catch(() => void 0) : void 0;
  const madeP = subject !== void 0 ? Promise.resolve({ hash, fullHash: "", subject }) : readHeadCommit(p2.repo).catch(() => ({ hash, fullHash: "", subject: message.split("\n")[0] ?? "" })).then((m) => ({ ...m, hash: m.hash || hash }));
  const committed = Promise.all([hooks.keepDraft ? void 0 : removeDraft(p2.draft), madeP.then((m) => hooks.onCommitted?.(m)), record2]);
  const settled = async () => {
    await committed;
    return madeP;
  };
  if (!pushing) return { pushed: false, made: await settled(), why: p2.plan.kind === "none" ? "no-plan" : "skipped" };
  let pushed;
  try {
    pushed = await pushing;
  } catch (err) {
    const made2 = await settled();
    if (hooks.signal.aborted) return { pushed: false, made: made2, why: "cancelled" };
    throw new PushFailed(made2, { cause: err });
  }
  const made = await settled();
  await clearUnpushed(p2.repo).catch(() => void 0);
  const tookAlong = p2.owed && !sameCommit(p2.owed.hash, made.fullHash || hash) ? p2.owed.hash.slice(0, 7) : void 0;
  return { pushed: true, made, to: pushed?.to ?? p2.plan.describe, tookAlong };
}
function committedPaths(p2) {
  if (p2.scope !== "all" || p2.exclude.length === 0) return void 0;
  const out = new Set(p2.exclude);
  return (p2.reviewed.paths ?? []).filter((path) => !out.has(path));
}
async function madeSince(p2, message, since) {
  const out = await p2.repo.git.run(["log", "-1", "--no-show-signature", "--format=%h%x00%ct%x00%s%x00%B"]).then((r2) => r2.stdout, () => "");
  const [hash = "", time = "", subject = "", body = ""] = out.split("\0");
  if (hash === "" || Number(time) * 1e3 < since - 1e3 || body.trim() !== message.trim()) return void 0;
  return { hash, subject };
}
function sameCommit(a, b2) {
  return a !== "" && b2 !== "" && (a.startsWith(b2) || b2.startsWith(a));
}
var CommitRefused, PushFailed;
var init_flow = __esm({
  "src/commit/flow.ts"() {
    "use strict";
    init_errors();
    init_commit2();
    init_drafts();
    init_push2();
    init_recheck();
    init_unpushed();
    CommitRefused = class extends PluginError {
      constructor(cancelled, options) {
        super(cancelled ? "cancelled while waiting for another commit: nothing committed" : "commit refused", cancelled ? "info" : "error", options);
        this.cancelled = cancelled;
      }
      cancelled;
      name = "CommitRefused";
    };
    PushFailed = class extends PluginError {
      constructor(made, options) {
        super("push failed", "error", options);
        this.made = made;
      }
      made;
      name = "PushFailed";
    };
  }
});

// src/change/lockfiles.ts
function lockFormat(path) {
  return FORMATS[path.slice(path.lastIndexOf("/") + 1).toLowerCase()];
}
function readLock(file, direct = /* @__PURE__ */ new Set()) {
  const format2 = lockFormat(file.path);
  if (!format2) return void 0;
  const old = parserFor(format2);
  const neu = parserFor(format2);
  for (const h2 of file.hunks) {
    old.reset();
    neu.reset();
    for (const l of h2.lines) {
      const c3 = l.charCodeAt(0);
      const text = l.slice(1);
      if (c3 === 45) old.line(text, true);
      else if (c3 === 43) neu.line(text, true);
      else if (c3 === 32 || l === "") {
        old.line(text, false);
        neu.line(text, false);
      }
    }
  }
  old.reset();
  neu.reset();
  return { changes: combine(old.records, neu.records, direct), unnamed: Math.max(old.unnamed, neu.unnamed) };
}
function combine(oldRecs, newRecs, direct) {
  const byId = /* @__PURE__ */ new Map();
  const slot = (id) => {
    let s = byId.get(id);
    if (!s) byId.set(id, s = { olds: [], news: [] });
    return s;
  };
  for (const r2 of oldRecs) if (r2.changed) slot(r2.id).olds.push(r2);
  for (const r2 of newRecs) if (r2.changed) slot(r2.id).news.push(r2);
  const out = [];
  for (const { olds, news } of byId.values()) {
    const oldVs = olds.filter((o2) => !news.some((n) => n.version === o2.version));
    const newVs = news.filter((n) => !olds.some((o2) => o2.version === n.version));
    const any = newVs[0] ?? oldVs[0];
    if (!any) continue;
    const base = { name: any.name, direct: direct.has(any.name) && any.under === void 0 };
    if (any.under !== void 0) base.under = any.under;
    const origin = newVs[0]?.origin ?? oldVs[0]?.origin;
    if (origin !== void 0) base.origin = origin;
    const from = uniq(oldVs.map((r2) => r2.version)).join(", ");
    const to = uniq(newVs.map((r2) => r2.version)).join(", ");
    out.push({ ...base, ...from ? { from } : {}, ...to ? { to } : {} });
  }
  return out;
}
function uniq(xs) {
  return [...new Set(xs)];
}
function parserFor(format2) {
  switch (format2) {
    case "npm":
      return jsonParser("npm");
    case "composer":
      return composerParser();
    case "nix":
      return jsonParser("nix");
    case "yarn":
      return yarnParser();
    case "pnpm":
      return pnpmParser();
    case "cargo":
    case "poetry":
      return tomlParser();
    case "go":
      return goSumParser();
    case "bundler":
      return bundlerParser();
  }
}
function jsonParser(kind) {
  let stack = [];
  let open2 = /* @__PURE__ */ new Map();
  const p2 = {
    records: [],
    unnamed: 0,
    reset() {
      for (const g of open2.values()) finish2(g);
      open2 = /* @__PURE__ */ new Map();
      stack = [];
    },
    line(text, changed) {
      let m = JSON_OBJECT_KEY.exec(text);
      if (m) {
        const indent2 = m[1].length;
        while (stack.length > 0 && stack[stack.length - 1].indent >= indent2) pop();
        stack.push({ indent: indent2, key: m[2], changed });
        return;
      }
      m = JSON_CLOSE.exec(text);
      if (m) {
        const indent2 = m[1].length;
        while (stack.length > 0 && stack[stack.length - 1].indent >= indent2) pop();
        return;
      }
      m = JSON_FIELD.exec(text);
      if (!m) return;
      const indent = m[1].length;
      while (stack.length > 0 && stack[stack.length - 1].indent >= indent) pop();
      const field = m[2];
      const value = m[3].replace(/^"|"$/g, "");
      const watched = kind === "npm" ? field === "version" : ["lastModified", "rev", "owner", "repo", "type", "url"].includes(field);
      if (!watched) return;
      const top = stack[stack.length - 1];
      if (!top) {
        if (changed && (field === "version" || field === "lastModified" || field === "rev")) p2.unnamed++;
        return;
      }
      const id = stack.map((f) => f.key).join("\0");
      let g = open2.get(id);
      if (!g) open2.set(id, g = { path: [...stack], fields: /* @__PURE__ */ new Map(), changed: false, keyChanged: top.changed });
      g.fields.set(field, value);
      if (changed && field !== "owner" && field !== "repo" && field !== "type" && field !== "url") g.changed = true;
    }
  };
  const pop = () => {
    const id = stack.map((f) => f.key).join("\0");
    const g = open2.get(id);
    if (g) {
      finish2(g);
      open2.delete(id);
    }
    stack.pop();
  };
  const finish2 = (g) => {
    const rec = kind === "npm" ? npmRecord(g) : nixRecord(g);
    if (rec) p2.records.push(rec);
    else if (g.changed && g.path.length === 0) p2.unnamed++;
  };
  return p2;
}
function npmRecord(g) {
  const key = g.path[g.path.length - 1].key;
  const version2 = g.fields.get("version");
  if (version2 === void 0 || key === "") return void 0;
  const changed = g.changed || g.keyChanged;
  const at = key.lastIndexOf("node_modules/");
  if (at >= 0) {
    const name = key.slice(at + "node_modules/".length);
    const parent = key.slice(0, at).replace(/\/$/, "");
    const pAt = parent.lastIndexOf("node_modules/");
    const rec2 = { id: key, name, version: version2, changed };
    if (pAt >= 0) rec2.under = parent.slice(pAt + "node_modules/".length);
    return rec2;
  }
  const owners = g.path.slice(0, -1).filter((f) => f.key !== "dependencies" && f.key !== "packages" && f.key !== "");
  const rec = { id: g.path.map((f) => f.key).join("/"), name: key, version: version2, changed };
  const owner = owners[owners.length - 1];
  if (owner) rec.under = owner.key;
  return rec;
}
function nixRecord(g) {
  const last2 = g.path[g.path.length - 1];
  if (last2.key !== "locked") return void 0;
  const input = g.path[g.path.length - 2];
  const modified = g.fields.get("lastModified");
  const rev = g.fields.get("rev");
  if (modified === void 0 && rev === void 0) return void 0;
  const date = modified !== void 0 && /^\d+$/.test(modified) ? new Date(Number(modified) * 1e3).toISOString().slice(0, 10) : void 0;
  const version2 = [date, rev ? `rev ${rev.slice(0, 7)}` : void 0].filter(Boolean).join(", ");
  const owner = g.fields.get("owner");
  const repo = g.fields.get("repo");
  const type = g.fields.get("type");
  const origin = owner && repo ? `${type ?? "github"}:${owner}/${repo}` : g.fields.get("url")?.replace(/\/\/[^/@]*@/, "//");
  const name = input?.key ?? (repo ? repo : void 0);
  if (name === void 0) return void 0;
  const rec = { id: name, name, version: version2, changed: g.changed };
  if (origin !== void 0) rec.origin = origin;
  return rec;
}
function composerParser() {
  let name;
  const p2 = {
    records: [],
    unnamed: 0,
    reset() {
      name = void 0;
    },
    line(text, changed) {
      const m = JSON_FIELD.exec(text);
      if (!m) return;
      const indent = m[1].length;
      const field = m[2];
      const value = m[3].replace(/^"|"$/g, "");
      if (field === "name") name = { value, indent, changed };
      else if (field === "version") {
        if (name && name.indent === indent) {
          p2.records.push({ id: name.value, name: name.value, version: value, changed: changed || name.changed });
        } else if (changed) p2.unnamed++;
        name = void 0;
      }
    }
  };
  return p2;
}
function yarnParser() {
  let key;
  const p2 = {
    records: [],
    unnamed: 0,
    reset() {
      key = void 0;
    },
    line(text, changed) {
      if (text.length > 0 && text[0] !== " " && text[0] !== "#" && text.endsWith(":")) {
        const first2 = text.slice(0, -1).split(",")[0].trim().replace(/^"|"$/g, "");
        const at = first2.indexOf("@", 1);
        key = at > 0 && !first2.startsWith("__") ? { name: first2.slice(0, at), changed } : void 0;
        return;
      }
      const m = /^\s+version:?\s+"?([^"\s]+)"?\s*$/.exec(text);
      if (!m) return;
      if (key) p2.records.push({ id: key.name, name: key.name, version: m[1], changed: changed || key.changed });
      else if (changed) p2.unnamed++;
    }
  };
  return p2;
}
function pnpmParser() {
  let dep;
  const p2 = {
    records: [],
    unnamed: 0,
    reset() {
      dep = void 0;
    },
    line(text, changed) {
      const m = PNPM_PACKAGE.exec(text);
      if (m) {
        p2.records.push({ id: m[1], name: m[1], version: m[2], changed });
        dep = void 0;
        return;
      }
      const k2 = /^(\s+)['"]?((?:@[^/'"\s]+\/)?[^\s:'"@]+)['"]?:\s*$/.exec(text);
      if (k2) {
        dep = { name: k2[2], indent: k2[1].length, changed };
        return;
      }
      const v = /^(\s+)version:\s*['"]?(\d[^\s('"]*)/.exec(text);
      if (v && dep && v[1].length > dep.indent) {
        p2.records.push({ id: dep.name, name: dep.name, version: v[2], changed: changed || dep.changed });
      } else if (v && changed) p2.unnamed++;
    }
  };
  return p2;
}
function tomlParser() {
  let name;
  const p2 = {
    records: [],
    unnamed: 0,
    reset() {
      name = void 0;
    },
    line(text, changed) {
      if (text.startsWith("[")) {
        name = void 0;
        return;
      }
      const m = /^(name|version) = "([^"]*)"\s*$/.exec(text);
      if (!m) return;
      if (m[1] === "name") name = { value: m[2], changed };
      else if (name) {
        p2.records.push({ id: name.value, name: name.value, version: m[2], changed: changed || name.changed });
        name = void 0;
      } else if (changed) p2.unnamed++;
    }
  };
  return p2;
}
function goSumParser() {
  const p2 = {
    records: [],
    unnamed: 0,
    reset() {
    },
    line(text, changed) {
      const m = /^(\S+) (v[^\s/]+)(?:\/go\.mod)? \S+$/.exec(text);
      if (m) p2.records.push({ id: m[1], name: m[1], version: m[2], changed });
    }
  };
  return p2;
}
function bundlerParser() {
  const p2 = {
    records: [],
    unnamed: 0,
    reset() {
    },
    line(text, changed) {
      const m = /^ {4}([^\s(]+) \(([^)<>=~!\s]+)\)\s*$/.exec(text);
      if (m) p2.records.push({ id: m[1], name: m[1], version: m[2], changed });
    }
  };
  return p2;
}
function directDependencies(files) {
  const names = /* @__PURE__ */ new Set();
  for (const f of files) {
    const re = MANIFESTS[f.path.slice(f.path.lastIndexOf("/") + 1).toLowerCase()];
    if (!re) continue;
    for (const h2 of f.hunks) {
      for (const l of h2.lines) {
        const c3 = l.charCodeAt(0);
        if (c3 !== 43 && c3 !== 45) continue;
        const m = re.exec(l.slice(1));
        if (m) names.add(m[1]);
      }
    }
  }
  return names;
}
function describeLock(s, format2) {
  const rank = (c3) => c3.direct ? 0 : c3.under === void 0 ? 1 : 2;
  const op = (c3) => c3.from !== void 0 && c3.to !== void 0 ? 0 : c3.to !== void 0 ? 1 : 2;
  const sorted2 = [...s.changes].sort((a, b2) => rank(a) - rank(b2) || op(a) - op(b2) || a.name.localeCompare(b2.name));
  const lines = [];
  const used = /* @__PURE__ */ new Set();
  for (const c3 of sorted2) {
    if (used.has(c3)) continue;
    const family = familyOf(c3.name);
    const alike = c3.direct ? [c3] : sorted2.filter((d) => !used.has(d) && !d.direct && d.from === c3.from && d.to === c3.to && rank(d) === rank(c3) && familyOf(d.name) === family);
    if (alike.length >= GROUP_MIN) {
      for (const d of alike) used.add(d);
      const unders = uniq(alike.map((d) => d.under ?? ""));
      const shared = unders.length === 1 && unders[0] !== "" ? ` (under ${unders[0]})` : "";
      const label = (d) => shared || d.under === void 0 ? d.name : `${d.name} (under ${d.under})`;
      const names = [];
      let length = 0;
      for (const d of alike) {
        const l = label(d);
        if (names.length > 0 && length + l.length > GROUP_CHARS) break;
        names.push(l);
        length += l.length + 2;
      }
      const more = alike.length > names.length ? `, and ${alike.length - names.length} more` : "";
      lines.push(`${opWord(c3)} ${versions(c3)}${shared}: ${alike.length} packages: ${names.join(", ")}${more}`);
      continue;
    }
    used.add(c3);
    const notes = [c3.direct ? "direct dependency" : "", c3.under !== void 0 ? `under ${c3.under}` : "", c3.origin ?? ""].filter(Boolean);
    lines.push(`${opWord(c3)} ${c3.name} ${versions(c3)}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`);
  }
  if (s.unnamed > 0) {
    lines.push(`${s.unnamed} more version ${s.unnamed === 1 ? "change" : "changes"} whose package name is outside the diff's context`);
  }
  if (lines.length === 0) lines.push(format2 === "nix" ? "no input revision visible in the diff" : "no package version visible in the diff");
  return lines;
}
function opWord(c3) {
  return c3.from !== void 0 && c3.to !== void 0 ? "changed" : c3.to !== void 0 ? "added" : "removed";
}
function versions(c3) {
  if (c3.from !== void 0 && c3.to !== void 0) return `${c3.from} -> ${c3.to}`;
  return c3.to ?? c3.from ?? "";
}
function familyOf(name) {
  if (name.startsWith("@")) return name.slice(0, name.indexOf("/") + 1) || name;
  const dash = name.indexOf("-");
  return dash > 0 ? name.slice(0, dash) : name;
}
function lockCounts(s) {
  let changed = 0;
  let added = 0;
  let removed = 0;
  for (const c3 of s.changes) {
    if (c3.from !== void 0 && c3.to !== void 0) changed++;
    else if (c3.to !== void 0) added++;
    else removed++;
  }
  return { changed, added, removed };
}
var FORMATS, JSON_OBJECT_KEY, JSON_CLOSE, JSON_FIELD, PNPM_PACKAGE, MANIFESTS, GROUP_MIN, GROUP_CHARS;
var init_lockfiles = __esm({
  "src/change/lockfiles.ts"() {
    "use strict";
    FORMATS = {
      "package-lock.json": "npm",
      "npm-shrinkwrap.json": "npm",
      "yarn.lock": "yarn",
      "pnpm-lock.yaml": "pnpm",
      "cargo.lock": "cargo",
      "poetry.lock": "poetry",
      "go.sum": "go",
      "gemfile.lock": "bundler",
      "composer.lock": "composer",
      "flake.lock": "nix"
    };
    JSON_OBJECT_KEY = /^(\s*)"([^"]*)":\s*\{\s*$/;
    JSON_CLOSE = /^(\s*)\}/;
    JSON_FIELD = /^(\s*)"([^"]+)":\s*("(?:[^"\\]|\\.)*"|-?\d+)\s*,?\s*$/;
    PNPM_PACKAGE = /^ {2}['"]?\/?((?:@[^/@'"\s]+\/)?[^/@'"\s(]+)[@/](\d[^:'"(\s_]*)[^:]*['"]?:\s*$/;
    MANIFESTS = {
      "package.json": /^\s*"(@?[A-Za-z0-9][\w.\-/]*)"\s*:\s*"[^"]*"/,
      "composer.json": /^\s*"([a-z0-9][\w.\-]*\/[\w.\-]+)"\s*:\s*"[^"]*"/,
      "cargo.toml": /^\s*([A-Za-z0-9_][\w\-]*)\s*=\s*["{]/,
      "pyproject.toml": /^\s*"?([A-Za-z0-9_][\w.\-]*)"?\s*(?:=|[<>=~!]=?\s*\d|\^|,|$)/,
      "go.mod": /^\s*(?:require\s+)?([\w.\-]+\.[\w.\-]+(?:\/[\w.\-~]+)+)\s+v\S+/,
      gemfile: /^\s*gem\s+['"]([^'"]+)['"]/,
      "flake.nix": /^\s*([A-Za-z0-9_\-]+)\.url\s*=/
    };
    GROUP_MIN = 3;
    GROUP_CHARS = 110;
  }
});

// src/prompt/tokens.ts
function lineUnits(line) {
  let units = 1;
  const n = line.length;
  let i2 = 0;
  while (i2 < n) {
    const c3 = line.charCodeAt(i2);
    if (isLetter(c3)) {
      const start = i2;
      let humps = 0;
      let lower = false;
      for (; i2 < n; i2++) {
        const d = line.charCodeAt(i2);
        if (!isLetter(d)) break;
        if (d <= 90 && lower) humps++;
        lower = d >= 97;
      }
      units += 1 + (i2 - start >> 3) + humps;
    } else if (c3 >= 48 && c3 <= 57) {
      units++;
      i2++;
    } else if (c3 === 32 || c3 === 9) {
      const start = i2;
      while (i2 < n && (line.charCodeAt(i2) === 32 || line.charCodeAt(i2) === 9)) i2++;
      if (i2 - start > 1 || start === 0 || c3 === 9 || i2 === n) units++;
    } else if (c3 < 128) {
      const start = i2;
      while (i2 < n && isPunct(line.charCodeAt(i2))) i2++;
      if (i2 === start) i2++;
      units += i2 - start + 1 >> 1;
    } else {
      units++;
      i2++;
    }
  }
  return units;
}
function isLetter(c3) {
  return c3 >= 65 && c3 <= 90 || c3 >= 97 && c3 <= 122;
}
function isPunct(c3) {
  return c3 > 32 && c3 < 127 && !isLetter(c3) && !(c3 >= 48 && c3 <= 57);
}
function textUnits(text) {
  if (text.length === 0) return 0;
  let units = 0;
  let from = 0;
  for (; ; ) {
    const nl = text.indexOf("\n", from);
    units += lineUnits(nl < 0 ? text.slice(from) : text.slice(from, nl));
    if (nl < 0) return units;
    from = nl + 1;
  }
}
function tokenizerProfile(architecture) {
  return architecture === "gemma3" ? GEMMA3_TOKENIZER : UNKNOWN_TOKENIZER;
}
function record(k2, rate, overflow = false) {
  if (rate === void 0 || !Number.isFinite(rate) || rate < MIN_RATE) return;
  if (rate > MAX_RATE) {
    if (!overflow) return;
    rate = MAX_RATE;
  }
  k2.seen.push(rate);
  if (k2.seen.length > WINDOW) k2.seen.shift();
}
function effective(k2, other, profile) {
  if (k2.seen.length > 0) return Math.max(profile.floor, Math.max(...k2.seen) * profile.safety);
  if (other.seen.length > 0) return Math.max(profile.start, Math.max(...other.seen) * profile.safety);
  return profile.start;
}
var CAUTIOUS_RATES, ESTIMATOR_VERSION, UNKNOWN_TOKENIZER, GEMMA3_TOKENIZER, SAFETY, MIN_UNITS, WINDOW, MIN_RATE, MAX_RATE, OVERFLOW_STEP, TokenEstimator;
var init_tokens = __esm({
  "src/prompt/tokens.ts"() {
    "use strict";
    CAUTIOUS_RATES = { code: 1.22, prose: 1.22 };
    ESTIMATOR_VERSION = 2;
    UNKNOWN_TOKENIZER = { start: CAUTIOUS_RATES.code, floor: 0, safety: 1.15 };
    GEMMA3_TOKENIZER = { start: 1.12, floor: 1.05, safety: 1.04 };
    SAFETY = UNKNOWN_TOKENIZER.safety;
    MIN_UNITS = 1e3;
    WINDOW = 6;
    MIN_RATE = 0.5;
    MAX_RATE = 3;
    OVERFLOW_STEP = 1.25;
    TokenEstimator = class {
      models = /* @__PURE__ */ new Map();
      constructor(snapshot) {
        if (!snapshot) return;
        for (const [model, s] of Object.entries(snapshot)) {
          if (typeof s !== "object" || s === null) continue;
          const clean = (xs) => Array.isArray(xs) ? xs.filter((x2) => typeof x2 === "number" && x2 >= MIN_RATE && x2 <= MAX_RATE).slice(-WINDOW) : [];
          this.models.set(model, { code: { seen: clean(s.code) }, prose: { seen: clean(s.prose) } });
        }
      }
      /** Whether the server has answered for `model` (in this process or one whose snapshot this holds). */
      knows(model) {
        const m = this.models.get(model);
        return m !== void 0 && (m.code.seen.length > 0 || m.prose.seen.length > 0);
      }
      /** The rates to build the next prompt for `model` with. */
      rates(model, architecture) {
        const profile = tokenizerProfile(architecture);
        const m = this.models.get(model);
        if (!m || !this.knows(model)) return { code: profile.start, prose: profile.start };
        return { code: effective(m.code, m.prose, profile), prose: effective(m.prose, m.code, profile) };
      }
      /**
       * Feeds back one answer: `sent` is what the prompt was made of (Prompt.mix), `reported`
       * Ollama's prompt_eval_count for it. Counts
       * that cannot be right are ignored: none at all (old servers, cached prompts on servers
       * before 0.2), or one that implies a tokenizer far outside any known. A count at the
       * room or past it is an overflow: the server cut the prompt, and what was sent cost more
       * than that count says.
       */
      learn(model, sent, reported2, answer = {}) {
        if (reported2 === void 0 || !Number.isFinite(reported2) || reported2 <= 0) return;
        const total = sent.code + sent.prose;
        if (total <= 0) return;
        const m = this.models.get(model) ?? { code: { seen: [] }, prose: { seen: [] } };
        const profile = tokenizerProfile(answer.architecture);
        if (answer.room !== void 0 && reported2 >= answer.room) {
          const before = this.rates(model, answer.architecture);
          for (const kind of ["code", "prose"]) {
            if (sent[kind] > 0) record(m[kind], before[kind] * OVERFLOW_STEP / profile.safety, true);
          }
          this.models.set(model, m);
          return;
        }
        const implied = (kind) => {
          const mine = sent[kind];
          if (mine < MIN_UNITS) return void 0;
          const otherKind = kind === "code" ? "prose" : "code";
          const otherSeen = m[otherKind].seen;
          if (otherSeen.length > 0 && sent[otherKind] > 0) {
            return Math.max(0, reported2 - sent[otherKind] * Math.min(...otherSeen)) / mine;
          }
          return reported2 / total;
        };
        const code = implied("code");
        const prose = implied("prose");
        record(m.code, code);
        record(m.prose, prose);
        if (m.code.seen.length > 0 || m.prose.seen.length > 0) this.models.set(model, m);
      }
      /** What was learned for one model, to keep across restarts; undefined when nothing was. */
      learned(model) {
        const m = this.models.get(model);
        return m && this.knows(model) ? { code: [...m.code.seen], prose: [...m.prose.seen] } : void 0;
      }
      snapshot() {
        const out = {};
        for (const model of this.models.keys()) {
          const l = this.learned(model);
          if (l) out[model] = l;
        }
        return out;
      }
    };
  }
});

// src/prompt/budget.ts
function validRates(r2) {
  const ok = (x2) => Number.isFinite(x2) && x2 > 0;
  return r2 && ok(r2.code) && ok(r2.prose) ? r2 : CAUTIOUS_RATES;
}
var Budget;
var init_budget = __esm({
  "src/prompt/budget.ts"() {
    "use strict";
    init_tokens();
    Budget = class _Budget {
      constructor(limit, rates, out) {
        this.limit = limit;
        this.rates = rates;
        this.out = out;
      }
      limit;
      rates;
      out;
      used = 0;
      mix = { code: 0, prose: 0 };
      add(line, kind = "prose", units = lineUnits(line)) {
        const t2 = units * this.rates[kind];
        if (this.used + t2 > this.limit) return false;
        this.used += t2;
        this.mix[kind] += units;
        this.out?.push(line);
        return true;
      }
      /** Only for the one line that must be there even when nothing fits. */
      force(line) {
        const units = lineUnits(line);
        this.used += units * this.rates.prose;
        this.mix.prose += units;
        this.out?.push(line);
      }
      cost(line, kind = "prose") {
        return lineUnits(line) * this.rates[kind];
      }
      /** A throwaway allowance with the same rates, for measuring. */
      trial(limit) {
        return new _Budget(limit, this.rates);
      }
    };
  }
});

// src/prompt/text.ts
function cutMeta(line) {
  if (line.length <= MAX_META_CHARS) return line;
  const kept = cutAt(line, MAX_META_CHARS - 40);
  return `${kept} [... ${fmt(line.length - kept.length)} more characters]`;
}
function cutAt(s, n) {
  const c3 = s.charCodeAt(n - 1);
  return s.slice(0, c3 >= 55296 && c3 <= 56319 ? n - 1 : n);
}
function fmt(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function plural(n, word) {
  return `${fmt(n)} ${n === 1 ? word : `${word}s`}`;
}
var MAX_META_CHARS;
var init_text = __esm({
  "src/prompt/text.ts"() {
    "use strict";
    MAX_META_CHARS = 200;
  }
});

// src/prompt/file-list.ts
function summaryHeader(entries) {
  let added = 0;
  let removed = 0;
  for (const e of entries) {
    if (e.exclusion === "secret") continue;
    added += e.file.added;
    removed += e.file.removed;
  }
  return `Staged files (${plural(entries.length, "file")}, +${fmt(added)} -${fmt(removed)} lines in total):`;
}
function summaryLine(e) {
  const f = e.file;
  const name = f.status === "renamed" && f.oldPath !== void 0 ? `${oneLine(f.oldPath)} -> ${oneLine(f.path)}` : oneLine(f.path);
  const status = statusText(f);
  let desc;
  if (e.exclusion === "secret") {
    desc = `secret, contents not sent${f.status === "modified" ? "" : ` (${status})`}`;
  } else if (e.exclusion !== void 0) {
    const details = [f.status === "modified" ? "" : status, f.added || f.removed ? counts(f) : ""].filter(Boolean);
    desc = `${e.exclusion}, contents not sent${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
  } else {
    desc = f.hunks.length === 0 && f.status === "added" ? `${status}, empty` : `${status}, ${counts(f)}`;
  }
  if (f.oldMode !== void 0 && f.newMode !== void 0 && f.oldMode !== f.newMode) {
    desc += `, mode ${f.oldMode} -> ${f.newMode}`;
  }
  return cutMeta(` ${name} | ${desc}`);
}
function statusText(f) {
  if (f.status === "added") return f.oldPath !== void 0 ? `new file, copy of ${oneLine(f.oldPath)}` : "new file";
  return f.status;
}
function counts(f) {
  return `+${fmt(f.added)} -${fmt(f.removed)}`;
}
function summaryLines(entries, cap, b2) {
  const lines = [];
  const costs = [];
  let cost = 0;
  for (const e of entries) {
    const l = summaryLine(e);
    const c3 = b2.cost(l);
    if (cost + c3 > cap) break;
    lines.push(l);
    costs.push(c3);
    cost += c3;
  }
  if (lines.length === entries.length) return { lines, listed: lines.length };
  for (; ; ) {
    const marker2 = moreFilesMarker(entries, lines.length);
    const c3 = b2.cost(marker2);
    if (cost + c3 <= cap) {
      const listed2 = lines.length;
      lines.push(marker2);
      return { lines, listed: listed2 };
    }
    if (lines.length === 0) return { lines, listed: 0 };
    lines.pop();
    cost -= costs.pop() ?? 0;
  }
}
function moreFilesMarker(entries, from) {
  let added = 0;
  let removed = 0;
  const dirs = /* @__PURE__ */ new Map();
  for (let i2 = from; i2 < entries.length; i2++) {
    const e = entries[i2];
    const f = e.file;
    if (e.exclusion !== "secret") {
      added += f.added;
      removed += f.removed;
    }
    const slash = f.path.indexOf("/");
    const dir = slash < 0 ? "" : f.path.slice(0, slash + 1);
    dirs.set(dir, (dirs.get(dir) ?? 0) + 1);
  }
  const top = [...dirs.entries()].filter(([dir]) => dir !== "").sort((a, b2) => b2[1] - a[1]).slice(0, 3).map(([dir, n]) => `${oneLine(dir.length > 40 ? `${dir.slice(0, 37)}...` : dir)} (${fmt(n)})`);
  const where = top.length > 0 ? `, mostly under ${top.join(", ")}` : "";
  return `[... ${fmt(entries.length - from)} more files (+${fmt(added)} -${fmt(removed)} lines)${where}]`;
}
var init_file_list = __esm({
  "src/prompt/file-list.ts"() {
    "use strict";
    init_one_line();
    init_text();
  }
});

// src/change/word-diff.ts
function changedRanges(a, b2) {
  if (a === b2) return { a: [], b: [] };
  const ta = words(a);
  const tb = words(b2);
  let pre = 0;
  while (pre < ta.length && pre < tb.length && ta[pre] === tb[pre]) pre++;
  let suf = 0;
  while (suf < ta.length - pre && suf < tb.length - pre && ta[ta.length - 1 - suf] === tb[tb.length - 1 - suf]) suf++;
  const offA = offsets(ta);
  const offB = offsets(tb);
  const n = ta.length - pre - suf;
  const m = tb.length - pre - suf;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    return {
      a: n === 0 ? [] : [{ from: offA[pre], to: offA[pre + n] }],
      b: m === 0 ? [] : [{ from: offB[pre], to: offB[pre + m] }]
    };
  }
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  for (let i3 = n - 1; i3 >= 0; i3--) {
    for (let j3 = m - 1; j3 >= 0; j3--) {
      dp[i3 * w + j3] = ta[pre + i3] === tb[pre + j3] ? dp[(i3 + 1) * w + j3 + 1] + 1 : Math.max(dp[(i3 + 1) * w + j3], dp[i3 * w + j3 + 1]);
    }
  }
  const ra = [];
  const rb = [];
  const push2 = (rs, off, from, to) => {
    if (from >= to) return;
    const r2 = { from: off[from], to: off[to] };
    const last2 = rs[rs.length - 1];
    if (last2 && last2.to === r2.from) last2.to = r2.to;
    else rs.push(r2);
  };
  let i2 = 0;
  let j2 = 0;
  while (i2 < n || j2 < m) {
    if (i2 < n && j2 < m && ta[pre + i2] === tb[pre + j2]) {
      i2++;
      j2++;
      continue;
    }
    const si = i2;
    const sj = j2;
    while ((i2 < n || j2 < m) && !(i2 < n && j2 < m && ta[pre + i2] === tb[pre + j2])) {
      if (j2 >= m || i2 < n && dp[(i2 + 1) * w + j2] >= dp[i2 * w + j2 + 1]) i2++;
      else j2++;
    }
    push2(ra, offA, pre + si, pre + i2);
    push2(rb, offB, pre + sj, pre + j2);
  }
  return { a: ra, b: rb };
}
function words(s) {
  return s.match(/[A-Za-z0-9_]+|\s+|[^A-Za-z0-9_\s]/g) ?? [];
}
function offsets(ws) {
  const out = [0];
  let at = 0;
  for (const x2 of ws) {
    at += x2.length;
    out.push(at);
  }
  return out;
}
function shortenAround(text, ranges, max) {
  if (text.length <= max) return { text, cut: 0 };
  const wins = [];
  for (const r2 of ranges.length > 0 ? ranges : [{ from: 0, to: 0 }]) {
    const from = Math.max(0, r2.from - PAD);
    const to = Math.min(text.length, Math.max(r2.to + PAD, r2.from === 0 && r2.to === 0 ? max : 0));
    const last2 = wins[wins.length - 1];
    if (last2 && from <= last2.to + 24) last2.to = Math.max(last2.to, to);
    else wins.push({ from, to });
  }
  const kept = [];
  let room = max;
  for (const win of wins) {
    if (room <= 0) break;
    const len = win.to - win.from;
    if (len <= room) {
      kept.push(win);
      room -= len;
    } else if (kept.length === 0) {
      kept.push({ from: win.from, to: win.from + room });
      room = 0;
    } else break;
  }
  let out = "";
  let at = 0;
  let cut = 0;
  for (const k2 of kept) {
    const from = safe(text, k2.from);
    const to = safe(text, k2.to);
    if (from > at) {
      out += `${out === "" ? "" : " "}${marker(from - at)} `;
      cut += from - at;
    }
    out += text.slice(from, to);
    at = to;
  }
  if (at < text.length) {
    out += ` ${marker(text.length - at)}`;
    cut += text.length - at;
  }
  return { text: out, cut };
}
function marker(n) {
  return `[... ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} characters]`;
}
function safe(s, at) {
  const c3 = s.charCodeAt(at - 1);
  return c3 >= 55296 && c3 <= 56319 ? at - 1 : at;
}
var MAX_CELLS, PAD;
var init_word_diff = __esm({
  "src/change/word-diff.ts"() {
    "use strict";
    MAX_CELLS = 2e5;
    PAD = 40;
  }
});

// src/prompt/outline.ts
function textKind(path, sample) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  if (PROSE_EXTENSIONS.has(ext)) return "prose";
  if (ext === "" && PROSE_NAMES.test(name)) return "prose";
  if (ext !== "") return "code";
  let letters = 0;
  let all = 0;
  for (const l of sample) {
    for (let i2 = 1; i2 < l.length && all < 2e4; i2++) {
      const c3 = l.charCodeAt(i2);
      all++;
      if (c3 === 32 || c3 >= 65 && c3 <= 90 || c3 >= 97 && c3 <= 122 || c3 >= 192) letters++;
    }
  }
  return all > 0 && letters / all >= 0.85 ? "prose" : "code";
}
function mayBeDated(line) {
  const c3 = line.charCodeAt(1);
  if (c3 >= 48 && c3 <= 57 || c3 === 35 || c3 === 42 || c3 === 61 || c3 === 62 || c3 === 45 || c3 === 32 || c3 === 9) return true;
  return (c3 === 74 || c3 === 70 || c3 === 77 || c3 === 65 || c3 === 83 || c3 === 79 || c3 === 78 || c3 === 68 || c3 === 84 || c3 === 87) && DATE_WORDS.has(line.slice(1, 4));
}
function ruleStart(c3) {
  return c3 === 61 || c3 === 45;
}
function blank(line) {
  for (let i2 = 1; i2 < line.length; i2++) {
    const c3 = line.charCodeAt(i2);
    if (c3 !== 32 && c3 !== 9 && c3 !== 13 && c3 !== 12 && c3 !== 11) return false;
  }
  return true;
}
function at1(re, line) {
  re.lastIndex = 1;
  return re.test(line);
}
function findAnchors(lines) {
  const headings = [];
  const dated = [];
  const paragraphs = [];
  let blankBefore = true;
  const n = lines.length;
  let filler;
  for (let i2 = 0; i2 < n; i2++) {
    const l = lines[i2];
    if (l.charCodeAt(0) !== 43) {
      blankBefore = l.length <= 1;
      continue;
    }
    const c3 = l.charCodeAt(1);
    if (l.length === 1 || (c3 === 32 || c3 === 9 || c3 === 13) && blank(l)) {
      blankBefore = true;
      continue;
    }
    const next = lines[i2 + 1];
    if ((c3 === 35 || c3 === 61 || c3 === 42) && at1(HEADING, l)) headings.push(i2);
    else if (next !== void 0 && next.length > 3 && next.charCodeAt(0) === 43 && ruleStart(next.charCodeAt(1)) && at1(UNDERLINE, next)) {
      headings.push(i2);
    } else if (mayBeDated(l) && at1(DATED, l)) dated.push(i2);
    else if (blankBefore && !(ruleStart(c3) && at1(UNDERLINE, l))) paragraphs.push(i2);
    blankBefore = false;
  }
  return {
    headings,
    dated,
    paragraphs,
    get filler() {
      if (!filler) {
        filler = [];
        for (let i2 = 0; i2 < n; i2++) {
          const l = lines[i2];
          if (l.charCodeAt(0) === 43 && !blank(l)) filler.push(i2);
        }
      }
      return filler;
    }
  };
}
function pickOutline(lines, anchors, budget) {
  if (budget <= 0 || lines.length === 0) return [];
  const withNext = (i2) => {
    const n = lines[i2 + 1];
    return n !== void 0 && n.charCodeAt(0) === 43 && !blank(n) && !(ruleStart(n.charCodeAt(1)) && at1(UNDERLINE, n)) ? [i2, i2 + 1] : [i2];
  };
  const primary = anchors.headings.length >= 2 ? anchors.headings : anchors.dated.length >= 2 ? anchors.dated : [];
  const units = [];
  const taken = /* @__PURE__ */ new Set();
  let left = budget;
  const take = (from, perUnit, expand2) => {
    const k2 = Math.min(from.length, Math.floor(left / perUnit));
    for (let j2 = 0; j2 < k2; j2++) {
      const idx = from[k2 === 1 ? 0 : Math.round(j2 * (from.length - 1) / (k2 - 1))];
      if (taken.has(idx)) continue;
      const unit = expand2 ? withNext(idx) : [idx];
      for (const u of unit) taken.add(u);
      units.push(unit);
      left -= unit.length + 1;
    }
  };
  take(primary, 3, true);
  if (left >= 4) take(anchors.paragraphs, 2, false);
  if (left >= 4) take(anchors.filler, 2, false);
  return [...taken].sort((a, b2) => a - b2);
}
function firstSentence(text, max) {
  if (text.length <= max) return text;
  const end = /[.!?](?=\s|$)/g;
  end.lastIndex = 40;
  const m = end.exec(text);
  return m && m.index < max ? text.slice(0, m.index + 1) : text.slice(0, max);
}
var OUTLINE_MIN_LINES, PROSE_EXTENSIONS, PROSE_NAMES, HEADING, UNDERLINE, MONTH, DATED, DATE_WORDS;
var init_outline = __esm({
  "src/prompt/outline.ts"() {
    "use strict";
    OUTLINE_MIN_LINES = 60;
    PROSE_EXTENSIONS = /* @__PURE__ */ new Set([
      "md",
      "markdown",
      "mdx",
      "mkd",
      "txt",
      "text",
      "rst",
      "adoc",
      "asciidoc",
      "org",
      "tex",
      "textile",
      "wiki",
      "pod",
      "rdoc",
      "norg"
    ]);
    PROSE_NAMES = /^(readme|changelog|changes|news|history|authors|contributors|copying|license|licence|notice|journal|diary|notes|todo)$/i;
    HEADING = /(?:#{1,6}\s+\S|={1,6}\s+\S|\*{1,4}\s+\S)/y;
    UNDERLINE = /(?:=+|-+)\s*$/y;
    MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    DATED = new RegExp(
      `(?:[#*=>\\s-]*)(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?\\d{1,2}\\.?\\s+${MONTH}\\b|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`,
      "y"
    );
    DATE_WORDS = /* @__PURE__ */ new Set(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
  }
});

// src/prompt/hunk-view.ts
var OUTLINE_CHARS, CTX, ADD, DEL, META, HunkView, GAP_UNITS;
var init_hunk_view = __esm({
  "src/prompt/hunk-view.ts"() {
    "use strict";
    init_word_diff();
    init_outline();
    init_tokens();
    init_text();
    OUTLINE_CHARS = 200;
    CTX = 0;
    ADD = 1;
    DEL = 2;
    META = 3;
    HunkView = class {
      constructor(hunk) {
        this.hunk = hunk;
        const lines = hunk.lines;
        this.n = lines.length;
        this.types = new Uint8Array(this.n);
        this.units = new Int32Array(this.n);
        const add = new Int32Array(this.n + 1);
        const del2 = new Int32Array(this.n + 1);
        const ctx = new Int32Array(this.n + 1);
        let longest = 0;
        for (let i2 = 0; i2 < this.n; i2++) {
          const l = lines[i2];
          if (l.length > longest) longest = l.length;
          const c3 = l.charCodeAt(0);
          const t2 = c3 === 43 ? ADD : c3 === 45 ? DEL : c3 === 92 ? META : CTX;
          this.types[i2] = t2;
          add[i2 + 1] = add[i2] + (t2 === ADD ? 1 : 0);
          del2[i2 + 1] = del2[i2] + (t2 === DEL ? 1 : 0);
          ctx[i2 + 1] = ctx[i2] + (t2 === CTX ? 1 : 0);
        }
        this.sums = { add, del: del2, ctx };
        this.longest = longest;
        const m = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@(.*)$/.exec(hunk.header);
        this.oldStart = m ? Number(m[1]) : 0;
        this.newStart = m ? Number(m[2]) : 0;
        this.suffix = m ? m[3] : "";
      }
      hunk;
      n;
      types;
      /** The longest line's length: no level cuts lines shorter than this. */
      longest;
      /** Counts of added, removed and unchanged lines before each index. */
      sums;
      oldStart;
      newStart;
      suffix;
      byContext = /* @__PURE__ */ new Map();
      pairs;
      ranges = /* @__PURE__ */ new Map();
      anchors;
      units;
      outlined = /* @__PURE__ */ new Map();
      count(from, to) {
        const s = this.sums;
        return {
          added: s.add[to] - s.add[from],
          removed: s.del[to] - s.del[from],
          unchanged: s.ctx[to] - s.ctx[from]
        };
      }
      /** A long addition that an outline describes better than its head and tail. */
      outlineable(kind) {
        return kind === "prose" && this.n >= OUTLINE_MIN_LINES && this.hunk.added >= 0.9 * this.n;
      }
      outlinePicks(budget) {
        this.anchors ??= findAnchors(this.hunk.lines);
        return pickOutline(this.hunk.lines, this.anchors, budget);
      }
      /** A line as an outline shows it: a long paragraph by its first sentence. */
      outlineLine(i2) {
        let t2 = this.outlined.get(i2);
        if (!t2) {
          const raw = this.hunk.lines[i2];
          const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
          const body = firstSentence(line.slice(1), OUTLINE_CHARS);
          const cut = line.length - 1 - body.length;
          const text = cut > 0 ? `${line[0]}${body} [... ${fmt(cut)} characters]` : line;
          t2 = { text, units: lineUnits(text) };
          this.outlined.set(i2, t2);
        }
        return t2;
      }
      rowsAt(context) {
        const key = Number.isFinite(context) ? context : -1;
        let r2 = this.byContext.get(key);
        if (!r2) {
          r2 = this.buildRows(context);
          this.byContext.set(key, r2);
        }
        return r2;
      }
      buildRows(context) {
        const n = this.n;
        const all = () => ({ count: n, at: (k2) => k2, header: this.hunk.header, droppedContext: 0 });
        const changed = this.hunk.added + this.hunk.removed;
        const contextLines = this.count(0, n).unchanged;
        if (!Number.isFinite(context) || changed === 0 || contextLines === 0) return all();
        const keep = new Uint8Array(n);
        let last2 = -Infinity;
        const dist = new Float64Array(n).fill(Infinity);
        for (let i2 = 0; i2 < n; i2++) {
          const t2 = this.types[i2];
          if (t2 === ADD || t2 === DEL) last2 = i2;
          dist[i2] = i2 - last2;
        }
        last2 = Infinity;
        for (let i2 = n - 1; i2 >= 0; i2--) {
          const t2 = this.types[i2];
          if (t2 === ADD || t2 === DEL) last2 = i2;
          dist[i2] = Math.min(dist[i2], last2 - i2);
        }
        for (let i2 = 0; i2 < n; i2++) {
          const t2 = this.types[i2];
          if (t2 === ADD || t2 === DEL || t2 === CTX && dist[i2] <= context) keep[i2] = 1;
          else if (t2 === META) keep[i2] = i2 > 0 && keep[i2 - 1] ? 1 : 0;
        }
        let first2 = 0;
        while (first2 < n && !keep[first2]) first2++;
        let lastKept = n - 1;
        while (lastKept > first2 && !keep[lastKept]) lastKept--;
        const rows = [];
        let dropped = first2 + (n - 1 - lastKept);
        for (let i2 = first2; i2 <= lastKept; ) {
          if (keep[i2]) {
            rows.push(i2++);
            continue;
          }
          let j2 = i2;
          while (j2 <= lastKept && !keep[j2]) j2++;
          let units = 0;
          for (let k2 = i2; k2 < j2 && units <= GAP_UNITS; k2++) units += lineUnits(this.hunk.lines[k2]);
          if (units <= GAP_UNITS) for (let k2 = i2; k2 < j2; k2++) rows.push(k2);
          else {
            rows.push(-(i2 + 1));
            dropped += j2 - i2;
          }
          i2 = j2;
        }
        const header = first2 === 0 && lastKept === n - 1 ? this.hunk.header : this.headerFor(first2, lastKept);
        const kept = Int32Array.from(rows);
        return { count: kept.length, at: (k2) => kept[k2], header, droppedContext: dropped };
      }
      /** `@@ -a,b +c,d @@` for lines first..last, as git would number them. */
      headerFor(first2, last2) {
        const before = this.count(0, first2);
        const span = this.count(first2, last2 + 1);
        const oldFrom = this.oldStart + before.unchanged + before.removed;
        const newFrom = this.newStart + before.unchanged + before.added;
        const oldCount = span.unchanged + span.removed;
        const newCount = span.unchanged + span.added;
        return `@@ -${oldCount === 0 ? oldFrom - 1 : oldFrom},${oldCount} +${newCount === 0 ? newFrom - 1 : newFrom},${newCount} @@${this.suffix}`;
      }
      /** The line at `i`, cut to about `width` characters around what differs from its pair, and its counted pieces. */
      text(i2, width2) {
        const raw = this.hunk.lines[i2];
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        if (line.length <= width2 + 1) {
          let u = this.units[i2];
          if (u === 0) this.units[i2] = u = lineUnits(line);
          return { text: line, cut: false, units: u };
        }
        const s = shortenAround(line.slice(1), this.rangesOf(i2), width2);
        const text = line[0] + s.text;
        return { text, cut: s.cut > 0, units: lineUnits(text) };
      }
      rangesOf(i2) {
        let r2 = this.ranges.get(i2);
        if (r2) return r2;
        const j2 = this.pairOf(i2);
        r2 = [];
        if (j2 >= 0) {
          const a = this.body(this.types[i2] === DEL ? i2 : j2);
          const b2 = this.body(this.types[i2] === DEL ? j2 : i2);
          const d = changedRanges(a, b2);
          r2 = this.types[i2] === DEL ? d.a : d.b;
          this.ranges.set(j2, this.types[i2] === DEL ? d.b : d.a);
        }
        this.ranges.set(i2, r2);
        return r2;
      }
      body(i2) {
        const raw = this.hunk.lines[i2];
        return (raw.endsWith("\r") ? raw.slice(0, -1) : raw).slice(1);
      }
      /** The '+' line that replaced a '-' line (and the other way), paired in order within a block. */
      pairOf(i2) {
        if (!this.pairs) {
          const p2 = new Int32Array(this.n).fill(-1);
          let k2 = 0;
          while (k2 < this.n) {
            if (this.types[k2] !== DEL) {
              k2++;
              continue;
            }
            const d0 = k2;
            while (k2 < this.n && (this.types[k2] === DEL || this.types[k2] === META)) k2++;
            const a0 = k2;
            while (k2 < this.n && (this.types[k2] === ADD || this.types[k2] === META)) k2++;
            const dels = [];
            const adds = [];
            for (let x2 = d0; x2 < a0; x2++) if (this.types[x2] === DEL) dels.push(x2);
            for (let x2 = a0; x2 < k2; x2++) if (this.types[x2] === ADD) adds.push(x2);
            for (let x2 = 0; x2 < Math.min(dels.length, adds.length); x2++) {
              p2[dels[x2]] = adds[x2];
              p2[adds[x2]] = dels[x2];
            }
          }
          this.pairs = p2;
        }
        return this.pairs[i2];
      }
    };
    GAP_UNITS = 9;
  }
});

// src/prompt/omissions.ts
function newStats() {
  return { added: 0, removed: 0, unchanged: 0, hiddenHunks: 0, longLines: 0, droppedContext: 0, outline: false, summaryLines: 0 };
}
function exclusionNotes(entries) {
  const notes = [];
  for (const e of entries) {
    if (e.exclusion === "secret") notes.push({ rank: 0, text: `${oneLine(e.file.path)} (secret: contents never sent)` });
    else if (e.exclusion !== void 0) notes.push({ rank: 2, text: `${oneLine(e.file.path)} (${e.exclusion})` });
  }
  return notes;
}
function wholeFileNote(e) {
  if (e.digest) return { rank: 3, text: `${oneLine(e.file.path)}: its package summary` };
  const lines = linesPhrase(e.file.added, e.file.removed);
  return { rank: 3, text: `${oneLine(e.file.path)}: whole diff${lines ? ` (${lines})` : ""}` };
}
function shortenedNote(e, s) {
  const parts = [];
  const lines = linesPhrase(s.added, s.removed);
  if (lines) {
    const how = [s.hiddenHunks > 0 ? `${s.hiddenHunks} of ${e.file.hunks.length} hunks` : "", s.outline ? "shown as an outline" : ""].filter(Boolean);
    parts.push(how.length > 0 ? `${lines} (${how.join(", ")})` : lines);
  }
  if (s.longLines > 0) parts.push(`${plural(s.longLines, "long line")} shortened`);
  if (s.summaryLines > 0) parts.push(`${plural(s.summaryLines, "line")} of its package summary`);
  if (parts.length === 0) return void 0;
  return { rank: 3, text: `${oneLine(e.file.path)}: ${parts.join("; ")}` };
}
function linesPhrase(added, removed) {
  if (added > 0 && removed > 0) return `${fmt(added)} added and ${fmt(removed)} removed lines`;
  if (added > 0) return `${fmt(added)} added ${added === 1 ? "line" : "lines"}`;
  if (removed > 0) return `${fmt(removed)} removed ${removed === 1 ? "line" : "lines"}`;
  return "";
}
function capOmitted(notes) {
  const sorted2 = notes.map((n, i2) => ({ n, i: i2 })).sort((a, b2) => a.n.rank - b2.n.rank || a.i - b2.i);
  const texts = sorted2.map((x2) => x2.n.text);
  if (texts.length <= MAX_OMITTED) return texts;
  return [...texts.slice(0, MAX_OMITTED - 1), `... and ${fmt(texts.length - MAX_OMITTED + 1)} more`];
}
var MAX_OMITTED;
var init_omissions = __esm({
  "src/prompt/omissions.ts"() {
    "use strict";
    init_one_line();
    init_text();
    MAX_OMITTED = 20;
  }
});

// src/prompt/diff-section.ts
function viewsOf(e) {
  e.views ??= e.file.hunks.map((h2) => new HunkView(h2));
  return e.views;
}
function fullDiffCost(diffable, b2) {
  const level = LEVELS[0];
  if (!b2.add("") || !b2.add(DIFF_TITLES[0])) return b2.limit;
  for (const e of diffable) {
    if (!renderFile(e, level, Number.POSITIVE_INFINITY, b2)) return b2.limit;
  }
  return b2.used;
}
function titleFor(level) {
  return DIFF_TITLES[level.context === 0 ? 2 : level.context === 1 ? 1 : 0];
}
function diffSection(diffable, allowance, out) {
  const trailerFloor = out.cost(filesOmittedMarker(diffable.length));
  const titleCost = out.cost("") + Math.max(...DIFF_TITLES.map((t2) => out.cost(t2)));
  if (allowance < titleCost + trailerFloor) {
    out.add("");
    out.add(filesOmittedMarker(diffable.length));
    return diffable.map((e) => wholeFileNote(e));
  }
  const inner = allowance - titleCost;
  const fitsAll = (level2, quota2) => {
    const b2 = out.trial(inner);
    return diffable.every((e) => renderFile(e, level2, quota2, b2));
  };
  const costAt = (level2, quota2, cap) => {
    const b2 = out.trial(cap);
    return diffable.every((e) => renderFile(e, level2, quota2, b2)) ? b2.used : Number.POSITIVE_INFINITY;
  };
  let hasContext = false;
  let longest = 0;
  for (const e of diffable) {
    if (e.digest) continue;
    for (const v of viewsOf(e)) {
      if (v.hunk.added + v.hunk.removed < v.n) hasContext = true;
      if (v.longest > longest) longest = v.longest;
    }
  }
  const differs = (l, i2) => {
    const prev = LEVELS[i2 - 1];
    if (!prev) return true;
    return hasContext && l.context < prev.context || l.width < prev.width && longest > l.width + 1;
  };
  const tried = LEVELS.filter(differs);
  let level = tried.find((l) => fitsAll(l, Number.POSITIVE_INFINITY));
  let quota = Number.POSITIVE_INFINITY;
  let starved = false;
  if (!level) {
    level = tried[tried.length - 1];
    if (fitsAll(level, MIN_FILE_LINES)) {
      const biggest = diffable.reduce((n, e) => Math.max(n, e.size), MIN_FILE_LINES);
      let lo = MIN_FILE_LINES;
      let hi = Math.min(biggest, Math.floor(inner / 2)) + 1;
      if (hi <= lo) hi = lo + 1;
      let loCost = costAt(level, lo, inner);
      let hiCost = costAt(level, hi, 8 * inner);
      let side = 0;
      while (hi - lo > 1) {
        let mid = Math.floor((lo + hi) / 2);
        if (hi - lo > 8 && Number.isFinite(hiCost) && hiCost > loCost) {
          mid = Math.round(lo + (hi - lo) * (inner - loCost) / (hiCost - loCost));
          mid = Math.min(hi - 1, Math.max(lo + 1, mid));
        }
        const c3 = costAt(level, mid, 8 * inner);
        if (c3 <= inner) {
          lo = mid;
          loCost = c3;
          if (side < 0 && Number.isFinite(hiCost)) hiCost = inner + (hiCost - inner) / 2;
          side = -1;
        } else {
          hi = mid;
          hiCost = c3;
          if (side > 0) loCost = inner - (inner - loCost) / 2;
          side = 1;
        }
      }
      quota = lo;
    } else {
      quota = MIN_FILE_LINES;
      starved = true;
    }
  }
  out.add("");
  out.add(titleFor(level));
  const notes = [];
  let droppedContext = 0;
  const chosen = /* @__PURE__ */ new Set();
  if (starved) {
    const room = out.trial(inner - trailerFloor);
    for (const e of [...diffable].sort(priority)) {
      const trial = out.trial(room.limit - room.used);
      if (renderFile(e, level, quota, trial)) {
        room.used += trial.used;
        chosen.add(e);
      }
    }
  }
  for (const e of diffable) {
    if (starved && !chosen.has(e)) {
      notes.push(wholeFileNote(e));
      continue;
    }
    const stats = newStats();
    renderFile(e, level, quota, out, stats);
    droppedContext += stats.droppedContext;
    const note = shortenedNote(e, stats);
    if (note) notes.push(note);
  }
  if (starved) out.add(filesOmittedMarker(diffable.length - chosen.size));
  if (droppedContext > 0) {
    notes.unshift({
      rank: 1,
      text: `${fmt(droppedContext)} unchanged ${droppedContext === 1 ? "line" : "lines"} around the changes (context cut to ${level.context} ${level.context === 1 ? "line" : "lines"})`
    });
  }
  return notes;
}
function priority(a, b2) {
  const da = a.file.status === "deleted" ? 1 : 0;
  const db = b2.file.status === "deleted" ? 1 : 0;
  return da - db || a.size - b2.size || a.index - b2.index;
}
function filesOmittedMarker(n) {
  return `[... diffs of ${plural(n, "more file")} omitted]`;
}
function fileHeader(f) {
  const what = f.status === "renamed" && f.oldPath !== void 0 ? `renamed from ${oneLine(f.oldPath)}` : statusText(f);
  return cutMeta(`File: ${oneLine(f.path)} (${what})`);
}
function renderFile(e, level, quota, out, stats) {
  const f = e.file;
  if (e.digest) {
    if (!out.add(cutMeta(e.digest.title), "code")) return false;
    const lines = e.digest.lines;
    const show = lines.length <= quota ? lines.length : Math.max(1, quota - 1);
    for (let i2 = 0; i2 < show; i2++) if (!out.add(lines[i2], "code")) return false;
    if (show < lines.length) {
      const rest = lines.length - show;
      if (stats) stats.summaryLines += rest;
      if (!out.add(`[... ${plural(rest, "more line")} of this summary]`, "code")) return false;
    }
    return true;
  }
  if (!out.add(fileHeader(f), e.kind)) return false;
  const q2 = f.status === "deleted" ? Math.min(quota, DELETED_FILE_LINES) : quota;
  const views = viewsOf(e);
  const rows = views.map((v) => v.rowsAt(level.context));
  const { count, perHunk } = planHunks(
    rows.map((r2) => r2.count),
    q2
  );
  for (let i2 = 0; i2 < count; i2++) {
    if (!renderHunk(views[i2], rows[i2], e.kind, level, perHunk, out, stats)) return false;
  }
  if (count < f.hunks.length) {
    let added = 0;
    let removed = 0;
    let all = 0;
    for (let i2 = count; i2 < f.hunks.length; i2++) {
      const h2 = f.hunks[i2];
      added += h2.added;
      removed += h2.removed;
      all += h2.lines.length;
    }
    const hidden = f.hunks.length - count;
    if (stats) {
      stats.added += added;
      stats.removed += removed;
      stats.unchanged += all - added - removed;
      stats.hiddenHunks += hidden;
    }
    const marker2 = `[... ${plural(hidden, "more hunk")} of ${oneLine(f.path)} omitted (+${fmt(added)} -${fmt(removed)})]`;
    if (!out.add(cutMeta(marker2), e.kind)) return false;
  }
  return true;
}
function renderHunk(v, r2, kind, level, perHunk, out, stats) {
  const count = r2.count;
  const emit = (row, next) => {
    if (row < 0) return out.add(gapMarker(v, -row - 1, next), kind);
    const t2 = v.text(row, level.width);
    if (t2.cut && stats) stats.longLines++;
    return out.add(t2.text, kind, t2.units);
  };
  const rowStart = (k2) => {
    if (k2 >= count) return v.n;
    const x2 = r2.at(k2);
    return x2 < 0 ? -x2 - 1 : x2;
  };
  if (stats) stats.droppedContext += r2.droppedContext;
  if (count <= perHunk) {
    if (!out.add(r2.header, kind)) return false;
    for (let k2 = 0; k2 < count; k2++) if (!emit(r2.at(k2), rowStart(k2 + 1))) return false;
    return true;
  }
  if (v.outlineable(kind)) {
    const picks = v.outlinePicks(Math.min(perHunk, Math.floor((out.limit - out.used) / 2)));
    if (stats) {
      stats.outline = true;
      stats.droppedContext -= r2.droppedContext;
    }
    if (!out.add(v.hunk.header, kind)) return false;
    if (!out.add(`[outline of the ${fmt(v.n)} lines below: headings, dated lines and first sentences of paragraphs at even intervals]`, kind)) return false;
    let at = 0;
    for (const p2 of picks) {
      if (p2 > at && !out.add(middleMarker(v, at, p2, stats), kind)) return false;
      const t2 = v.outlineLine(p2);
      if (!out.add(t2.text, kind, t2.units)) return false;
      at = p2 + 1;
    }
    if (at < v.n && !out.add(middleMarker(v, at, v.n, stats), kind)) return false;
    return true;
  }
  let head = Math.ceil(perHunk / 2);
  let tail = perHunk - head;
  while (head > 0 && r2.at(head - 1) < 0) head--;
  while (tail > 0 && r2.at(count - tail) < 0) tail--;
  if (!out.add(r2.header, kind)) return false;
  for (let k2 = 0; k2 < head; k2++) if (!emit(r2.at(k2), rowStart(k2 + 1))) return false;
  const from = rowStart(head);
  const to = rowStart(count - tail);
  if (stats) {
    for (let k2 = head; k2 < count - tail; k2++) {
      const x2 = r2.at(k2);
      if (x2 < 0) stats.droppedContext -= v.count(-x2 - 1, rowStart(k2 + 1)).unchanged;
    }
  }
  if (!out.add(middleMarker(v, from, to, stats), kind)) return false;
  for (let k2 = count - tail; k2 < count; k2++) if (!emit(r2.at(k2), rowStart(k2 + 1))) return false;
  return true;
}
function planHunks(sizes, quota) {
  const size = sizes.reduce((a, b2) => a + b2, 0);
  if (size <= quota) return { count: sizes.length, perHunk: Number.POSITIVE_INFINITY };
  const count = Math.min(sizes.length, Math.max(1, Math.floor(quota / MIN_HUNK_LINES)));
  const shown = sizes.slice(0, count).sort((a, b2) => a - b2);
  let left = quota;
  for (let i2 = 0; i2 < shown.length; i2++) {
    const share = Math.floor(left / (shown.length - i2));
    const s = shown[i2];
    if (s > share) return { count, perHunk: Math.max(1, share) };
    left -= s;
  }
  return { count, perHunk: Number.POSITIVE_INFINITY };
}
function gapMarker(v, from, to) {
  const n = v.count(from, to).unchanged;
  return `[... ${fmt(n)} unchanged ${n === 1 ? "line" : "lines"}]`;
}
function middleMarker(v, from, to, stats) {
  const { added, removed, unchanged } = v.count(from, to);
  const all = added + removed + unchanged;
  if (stats) {
    stats.added += added;
    stats.removed += removed;
    stats.unchanged += unchanged;
  }
  if (added === all) return `[... ${fmt(all)} added ${all === 1 ? "line" : "lines"}]`;
  if (removed === all) return `[... ${fmt(all)} removed ${all === 1 ? "line" : "lines"}]`;
  if (unchanged === all) return `[... ${fmt(all)} unchanged ${all === 1 ? "line" : "lines"}]`;
  const parts = [
    added > 0 ? `${fmt(added)} added` : "",
    removed > 0 ? `${fmt(removed)} removed` : "",
    unchanged > 0 ? `${fmt(unchanged)} unchanged` : ""
  ].filter(Boolean);
  return `[... ${fmt(all)} lines: ${parts.join(", ")}]`;
}
var MIN_HUNK_LINES, MIN_FILE_LINES, DELETED_FILE_LINES, DIFF_TITLES, LEVELS;
var init_diff_section = __esm({
  "src/prompt/diff-section.ts"() {
    "use strict";
    init_one_line();
    init_file_list();
    init_hunk_view();
    init_omissions();
    init_text();
    MIN_HUNK_LINES = 6;
    MIN_FILE_LINES = 4;
    DELETED_FILE_LINES = 20;
    DIFF_TITLES = [
      "Diff of the staged changes, shortened where marked [...]:",
      "Diff of the staged changes, with 1 unchanged line around each change (more were cut), shortened where marked [...]:",
      "Diff of the staged changes, changed lines only (the unchanged lines around them were cut), shortened where marked [...]:"
    ];
    LEVELS = [
      { context: Number.POSITIVE_INFINITY, width: Number.POSITIVE_INFINITY },
      { context: 1, width: Number.POSITIVE_INFINITY },
      { context: 0, width: Number.POSITIVE_INFINITY },
      { context: 0, width: 600 },
      { context: 0, width: 240 }
    ];
  }
});

// src/change/generated.ts
function hasGeneratedHeader(file) {
  const first2 = file.hunks[0];
  if (!first2) return false;
  const m = /^@@ -(\d+)(?:,\d+)? \+(\d+)/.exec(first2.header);
  const oldSide = file.status === "deleted";
  const start = m ? Number(oldSide ? m[1] : m[2]) : 0;
  if (start > HEADER_LINES) return false;
  const skip = oldSide ? 43 : 45;
  let line = Math.max(start, 1);
  for (const l of first2.lines) {
    if (line > HEADER_LINES) break;
    const c3 = l.charCodeAt(0);
    if (c3 === skip || c3 === 92) continue;
    const text = l.slice(1, 400);
    if (HEADERS.some((re) => re.test(text))) return true;
    line++;
  }
  return false;
}
function markedGenerated(file, marked) {
  if (!marked || marked.size === 0) return false;
  return marked.has(file.path);
}
var HEADER_LINES, HEADERS;
var init_generated = __esm({
  "src/change/generated.ts"() {
    "use strict";
    HEADER_LINES = 5;
    HEADERS = [
      /@generated\b/,
      /\bDO NOT EDIT\b/,
      /\bCode generated\b.*\bDO NOT EDIT\./,
      /\b[Tt]his file (?:is|was|has been) (?:automatically|auto-?) ?generated\b/,
      /\b(?:[Aa]utomatically|[Aa]uto-)generated (?:file|code)\b.*\b(?:do not|don't) (?:edit|modify)\b/i
    ];
  }
});

// src/prompt/secrets/hunk.ts
function hunkStarts(h2) {
  const m = HUNK_START.exec(h2.header);
  return { oldStart: Number(m?.[1] ?? 0), newStart: Number(m?.[2] ?? 0) };
}
function headerContext(header) {
  const m = HUNK_START.exec(header);
  return m ? header.slice(m[0].length).trim() : "";
}
var SPACE, PLUS, MINUS, HUNK_START;
var init_hunk = __esm({
  "src/prompt/secrets/hunk.ts"() {
    "use strict";
    SPACE = 32;
    PLUS = 43;
    MINUS = 45;
    HUNK_START = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
  }
});

// src/prompt/secrets/names.ts
function isSecretPath(path) {
  const lower = path.toLowerCase();
  const slash = lower.lastIndexOf("/");
  const dir = `/${lower.slice(0, slash + 1)}`;
  let name = lower.slice(slash + 1);
  let copy = false;
  for (let m = BACKUP_SUFFIX.exec(name); m !== null && m.index > 0; m = BACKUP_SUFFIX.exec(name)) {
    name = name.slice(0, m.index);
    copy = true;
  }
  const full = dir + name;
  if (SECRET_PATHS.some((p2) => full.endsWith(`/${p2}`))) return true;
  if (SECRET_DIRS.some((d) => dir.includes(`/${d}`))) return true;
  if (dir.includes("/.ssh/") && !SSH_PUBLIC.has(name) && !name.endsWith(".pub")) return true;
  if (secretName(name)) return true;
  return copy && !name.startsWith(".") && secretName(`.${name}`);
}
function secretName(name) {
  if (SECRET_PREFIXES.some((p2) => name.startsWith(p2)) && !isExample(name)) return true;
  if (SECRET_NAMES.has(name)) return true;
  if (isExample(name)) return false;
  return SECRET_EXTENSIONS.some((e) => name.endsWith(e)) || SECRET_NAME_PATTERNS.some((re) => re.test(name));
}
function isExample(name) {
  return name.split(".").slice(1).some((part) => EXAMPLE_PART.test(part));
}
var SECRET_NAMES, SECRET_EXTENSIONS, SECRET_PREFIXES, DATA_EXT, SECRET_NAME_PATTERNS, SECRET_PATHS, SECRET_DIRS, SSH_PUBLIC, BACKUP_SUFFIX, EXAMPLE_PART;
var init_names = __esm({
  "src/prompt/secrets/names.ts"() {
    "use strict";
    SECRET_NAMES = /* @__PURE__ */ new Set([
      ".env",
      ".envrc",
      ".netrc",
      "_netrc",
      ".npmrc",
      ".pypirc",
      ".pgpass",
      ".git-credentials",
      ".gitcookies",
      ".htpasswd",
      "htpasswd",
      ".my.cnf",
      ".dockercfg",
      ".s3cfg",
      ".boto",
      ".passwd-s3fs",
      "passwd-s3fs",
      ".vault-token",
      ".terraformrc",
      "terraform.rc",
      ".tugboat",
      ".esmtprc",
      ".fetchmailrc",
      ".bash_history",
      ".zsh_history",
      ".sh_history",
      ".psql_history",
      ".mysql_history",
      ".rediscli_history",
      "credentials",
      "kubeconfig",
      "secrets",
      ".secrets",
      "sftp-config.json",
      "recentservers.xml",
      "sitemanager.xml",
      "filezilla.xml",
      "wp-config.php",
      "keystore.properties",
      "key.properties",
      "accesskeys.csv",
      "application_default_credentials.json",
      "access_tokens.db",
      "settings-security.xml"
    ]);
    SECRET_EXTENSIONS = [
      ".pem",
      ".key",
      ".p12",
      ".pfx",
      ".pkcs12",
      ".p8",
      ".jks",
      ".keystore",
      ".bks",
      ".jceks",
      ".keytab",
      ".ppk",
      ".kdbx",
      ".kdb",
      ".agilekeychain",
      ".keychain",
      ".tfstate",
      ".tfvars",
      ".tfvars.json",
      ".ovpn",
      ".kubeconfig",
      ".env",
      ".secret",
      ".secrets"
    ];
    SECRET_PREFIXES = [".env.", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "ssh_host_", "secring."];
    DATA_EXT = "(?:json|ya?ml|xml|toml|ini|txt|csv|conf|cfg|properties|env|db)";
    SECRET_NAME_PATTERNS = [
      // `secret.yaml`, `db-secret.yaml`, `secrets.prod.json`; not `secrets-scan.yml` or `secret-manager.yaml`
      new RegExp(`(?:^|[._-])secrets?(?:\\.[\\w-]+)?\\.${DATA_EXT}$`),
      new RegExp(`(?:^|[._-])credentials?(?:[._-][^.]*)?\\.${DATA_EXT}$`),
      /service[-_]?account.*\.json$/,
      /^client[-_]?secrets?.*\.json$/
    ];
    SECRET_PATHS = [
      ".docker/config.json",
      ".kube/config",
      ".config/gh/hosts.yml",
      ".m2/settings.xml",
      "etc/shadow",
      "etc/gshadow",
      ".terraform.d/credentials.tfrc.json",
      ".gradle/gradle.properties",
      ".composer/auth.json",
      ".config/composer/auth.json"
    ];
    SECRET_DIRS = [".gnupg/", ".aws/", ".azure/", ".config/gcloud/", ".password-store/"];
    SSH_PUBLIC = /* @__PURE__ */ new Set(["known_hosts", "known_hosts.old", "config", "authorized_keys", "authorized_keys2"]);
    BACKUP_SUFFIX = /(?:\.(?:bak|backup|old|orig|save|sav|copy|tmp|swp|swo)|~)$/;
    EXAMPLE_PART = /^(?:example|examples|sample|template|tmpl|dist|defaults?)$/;
  }
});

// src/prompt/secrets/files.ts
function markSecret(file) {
  foundSecret.add(file);
}
function isSecretFile(file) {
  if (foundSecret.has(file)) return true;
  if (isSecretPath(file.path) || file.oldPath !== void 0 && isSecretPath(file.oldPath)) return true;
  return secretByContent(file);
}
function secretByContent(file) {
  const name = file.path.slice(file.path.lastIndexOf("/") + 1).toLowerCase();
  const yarnrc = name === ".yarnrc" || name === ".yarnrc.yml" || name === ".yarnrc.yaml";
  for (const h2 of file.hunks) {
    if (K8S_SECRET.test(headerContext(h2.header))) return true;
    for (const line of h2.lines) {
      const p2 = line.charCodeAt(0);
      if (p2 !== SPACE && p2 !== PLUS && p2 !== MINUS) continue;
      const text = line.slice(1);
      if ((text.includes("-----") || text.includes("PuTTY")) && KEY_FILE_START.test(text)) return true;
      if (text.includes("kind") && K8S_SECRET.test(text)) return true;
      if (text.includes("service_account") && SERVICE_ACCOUNT.test(text)) return true;
      if (yarnrc && YARN_AUTH.test(text)) return true;
    }
  }
  return false;
}
function secretFiles(files) {
  return findSecretFiles(files).secret;
}
function findSecretFiles(files) {
  const secret = new Set(files.filter(isSecretFile));
  const shared = /* @__PURE__ */ new Set();
  const left = /* @__PURE__ */ new Set();
  for (const f of secret) {
    for (const h2 of f.hunks) {
      for (const line of h2.lines) {
        const key = distinctive(line);
        if (key === void 0) continue;
        shared.add(key);
        if (line.charCodeAt(0) === MINUS) left.add(key);
      }
    }
  }
  if (left.size === 0) return { secret, shared };
  for (const f of files) {
    if (secret.has(f) || f.status !== "added") continue;
    if (!f.hunks.some((h2) => h2.lines.some((l) => l.charCodeAt(0) === PLUS && isShared(l, left)))) continue;
    secret.add(f);
    for (const h2 of f.hunks) {
      for (const line of h2.lines) {
        const key = distinctive(line);
        if (key !== void 0) shared.add(key);
      }
    }
  }
  return { secret, shared };
}
function distinctive(line) {
  const p2 = line.charCodeAt(0);
  if (p2 !== SPACE && p2 !== PLUS && p2 !== MINUS) return void 0;
  const text = line.slice(1).trim();
  if (text.length < 8 || COMMENT.test(text)) return void 0;
  const m = /[=:]/.exec(text);
  if (m === null) return text.length >= 20 ? text : void 0;
  const value = text.slice(m.index + 1).replace(/^[\s"'`]+|[\s"'`,;]+$/g, "");
  return value.length >= 6 ? text : void 0;
}
function isShared(line, shared) {
  if (shared.size === 0) return false;
  const key = distinctive(line);
  return key !== void 0 && shared.has(key);
}
var foundSecret, K8S_SECRET, SERVICE_ACCOUNT, KEY_FILE_START, YARN_AUTH, COMMENT;
var init_files = __esm({
  "src/prompt/secrets/files.ts"() {
    "use strict";
    init_hunk();
    init_names();
    foundSecret = /* @__PURE__ */ new WeakSet();
    K8S_SECRET = /^\s*(?:-\s+)?["']?kind["']?\s*:\s*["']?Secret["']?\s*,?\s*(?:#.*)?$/;
    SERVICE_ACCOUNT = /"type"\s*:\s*"service_account"/;
    KEY_FILE_START = /^\s*(?:-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d+:)/i;
    YARN_AUTH = /\b(?:npmAuthToken|npmAuthIdent|_authToken|_auth|_password)\b/;
    COMMENT = /^(?:#|\/\/|;|--|\/\*|\*|<!--)/;
  }
});

// src/prompt/exclusions.ts
function basename2(path) {
  return path.slice(path.lastIndexOf("/") + 1).toLowerCase();
}
function exclusionFor(file) {
  if (isSecretFile(file)) return "secret";
  const name = basename2(file.path);
  if (LOCK_FILES.has(name) || name.endsWith(".lock")) return "lock file";
  if (file.binary) return "binary file";
  if (GENERATED.some((re) => re.test(name))) return "generated file";
  return void 0;
}
function promptExclusion(file, generatedPaths) {
  const ex = exclusionFor(file);
  if (ex !== void 0) return ex;
  if (markedGenerated(file, generatedPaths) || hasGeneratedHeader(file)) return "generated file";
  return void 0;
}
var LOCK_FILES, GENERATED;
var init_exclusions = __esm({
  "src/prompt/exclusions.ts"() {
    "use strict";
    init_generated();
    init_files();
    LOCK_FILES = /* @__PURE__ */ new Set([
      "package-lock.json",
      "npm-shrinkwrap.json",
      "yarn.lock",
      "pnpm-lock.yaml",
      "cargo.lock",
      "poetry.lock",
      "gemfile.lock",
      "composer.lock",
      "go.sum",
      "flake.lock",
      "packages.lock.json"
    ]);
    GENERATED = [/.\.min\.[^.]+$/, /\.map$/, /\.pb\.go$/, /_pb2(?:_grpc)?\.py$/, /.\.generated\.[^.]+$/];
  }
});

// src/prompt/subjects.ts
function subjectsTitleFor(file) {
  const whose = file !== void 0 ? `of ${cutMeta(oneLine(file))}` : "on this branch";
  return `Recent commit subjects ${whose}, newest first. ${SUBJECTS_REUSE}`;
}
function cleanSubject(s) {
  const one = s.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  return one.length > MAX_SUBJECT_CHARS ? `${cutAt(one, MAX_SUBJECT_CHARS)} [...]` : one;
}
function subjectLine(s) {
  return `- ${s}`;
}
function subjectsSection(subjects, title, cap, out) {
  let cost = out.cost("") + out.cost(title);
  let n = 0;
  for (const s of subjects) {
    const c3 = out.cost(subjectLine(s));
    if (cost + c3 > cap) break;
    cost += c3;
    n++;
  }
  if (n === 0) return 0;
  out.add("");
  out.add(title);
  for (let i2 = 0; i2 < n; i2++) out.add(subjectLine(subjects[i2]));
  return n;
}
var MAX_SUBJECTS, MAX_SUBJECT_CHARS, SUBJECTS_REUSE;
var init_subjects = __esm({
  "src/prompt/subjects.ts"() {
    "use strict";
    init_one_line();
    init_text();
    MAX_SUBJECTS = 10;
    MAX_SUBJECT_CHARS = 120;
    SUBJECTS_REUSE = 'A style reference only: do not copy them or reuse their wording, except in the forms git itself writes when the change is one: Revert "<subject>" for a revert, fixup! <subject> or squash! <subject>.';
  }
});

// src/prompt/prompt.ts
function buildPrompt(req) {
  const rates = validRates(req.rates);
  const systemUnits = textUnits(req.system);
  const systemTokens = systemUnits * rates.prose;
  const limit = req.numCtx - req.numPredict - PROMPT_MARGIN_TOKENS;
  const direct = directDependencies(req.files);
  const entries = req.files.map((file, index) => {
    const exclusion = promptExclusion(file, req.generatedPaths);
    const e = {
      file,
      index,
      exclusion,
      kind: textKind(file.path, sampleAdded(file)),
      size: file.hunks.reduce((n, h2) => n + h2.lines.length, 0)
    };
    if (exclusion === "lock file" && file.hunks.length > 0) {
      const format2 = lockFormat(file.path);
      const s = format2 ? readLock(file, direct) : void 0;
      if (format2 && s) {
        const c3 = lockCounts(s);
        const what = format2 === "nix" ? "inputs" : "packages";
        e.digest = {
          title: `File: ${oneLine(file.path)} (lock file: ${what} that moved, read from its diff: ${c3.changed} changed, ${c3.added} added, ${c3.removed} removed)`,
          lines: describeLock(s, format2).map((l) => cutMeta(oneLine(l)))
        };
        e.kind = "code";
        e.size = e.digest.lines.length;
      }
    }
    return e;
  });
  const out = new Budget(limit - systemTokens, rates, []);
  const omitted = compose(entries, req, out, systemTokens, limit);
  const user = (out.out ?? []).join("\n");
  return {
    system: req.system,
    user,
    omitted: capOmitted(omitted),
    estimatedTokens: Math.ceil(systemTokens + out.used),
    mix: { code: out.mix.code, prose: out.mix.prose + systemUnits }
  };
}
function sampleAdded(f) {
  const out = [];
  for (const h2 of f.hunks) {
    for (const l of h2.lines) {
      if (l.charCodeAt(0) === 43) out.push(l);
      if (out.length >= 40) return out;
    }
  }
  return out;
}
function compose(entries, req, out, systemTokens, limit) {
  const budget = out.limit;
  const omitted = exclusionNotes(entries);
  const header = summaryHeader(entries);
  const closingCost = out.cost("") + out.cost(CLOSING);
  const diffable = entries.filter((e) => e.digest !== void 0 || e.exclusion === void 0 && e.file.hunks.length > 0);
  const diffFloor = diffable.length > 0 ? out.cost("") + out.cost(filesOmittedMarker(diffable.length)) : 0;
  if (out.cost(header) + closingCost + diffFloor > budget) {
    out.force(header);
    out.add("[... file list and diff omitted: no room left after the instructions]");
    omitted.push({
      rank: 1,
      text: `the file list and the whole diff: the instructions take about ${fmt(Math.ceil(systemTokens))} of the ${fmt(Math.max(0, limit))} tokens available`
    });
    return omitted;
  }
  out.add(header);
  const avail = budget - out.used - closingCost - diffFloor;
  const cleanSubjects = req.recentSubjects.map(cleanSubject).filter((s) => s.length > 0).slice(0, MAX_SUBJECTS);
  const subjectsTitle = subjectsTitleFor(req.subjectsFile);
  const diffNeed = diffable.length > 0 ? fullDiffCost(diffable, out.trial(avail)) : 0;
  const subjectsNeed = cleanSubjects.length > 0 ? out.cost("") + out.cost(subjectsTitle) + cleanSubjects.reduce((n, s) => n + out.cost(subjectLine(s)), 0) : 0;
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
  out.add("");
  out.add(CLOSING);
  return omitted;
}
var PROMPT_MARGIN_TOKENS, SUMMARY_SHARE, SUBJECTS_SHARE, CLOSING;
var init_prompt = __esm({
  "src/prompt/prompt.ts"() {
    "use strict";
    init_one_line();
    init_lockfiles();
    init_budget();
    init_diff_section();
    init_exclusions();
    init_file_list();
    init_omissions();
    init_outline();
    init_subjects();
    init_tokens();
    init_text();
    init_tokens();
    init_exclusions();
    PROMPT_MARGIN_TOKENS = 32;
    SUMMARY_SHARE = 0.6;
    SUBJECTS_SHARE = 0.15;
    CLOSING = "Write the commit message for the staged changes above.";
  }
});

// src/prompt/secrets/keys.ts
var BLOCK_BEGIN, BLOCK_END, KEY_BODY, KEY_LINE;
var init_keys = __esm({
  "src/prompt/secrets/keys.ts"() {
    "use strict";
    BLOCK_BEGIN = /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|^\s*Private-Lines:\s*\d+/i;
    BLOCK_END = /-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|^\s*Private-MAC:/i;
    KEY_BODY = /^[\s"'`]*(?:[A-Za-z0-9+/]+={0,2}|(?:Proc-Type|DEK-Info|Comment):.*)?(?:\\n)?[\s"'`,;+)]*$/;
    KEY_LINE = /^[A-Za-z0-9+/]{40,}={0,2}$/;
  }
});

// src/prompt/secrets/lines.ts
function hasLongRun(text) {
  let run = 0;
  for (let i2 = 0; i2 < text.length; i2++) {
    const c3 = text.charCodeAt(i2);
    const token = c3 >= 97 && c3 <= 122 || c3 >= 65 && c3 <= 90 || c3 >= 45 && c3 <= 58 || c3 === 43 || c3 === 95 || c3 === 61 || c3 === 126;
    run = token ? run + 1 : 0;
    if (run >= 16) return true;
  }
  return false;
}
function isConfigLike(path) {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  if (name.startsWith(".") || !name.includes(".") || name.startsWith("env.") || name === "dockerfile") return true;
  return /\.(?:env|ini|cfg|conf|config|properties|toml|ya?ml|tfvars|hcl|sh|bash|zsh|fish|envrc|example|sample|template|txt|md)$/.test(name);
}
function entropy(s) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const ch of s) counts2.set(ch, (counts2.get(ch) ?? 0) + 1);
  let h2 = 0;
  for (const n of counts2.values()) {
    const p2 = n / s.length;
    h2 -= p2 * Math.log2(p2);
  }
  return h2;
}
function lineHasSecret(text, configLike = false) {
  if (text.includes("PRIVATE KEY") && BLOCK_BEGIN.test(text)) return true;
  if (hasLongRun(text) && TOKEN_HINT.test(text) && hasToken(text)) return true;
  if (text.includes("LS0tLS1CRUdJT") && hasEncodedKey(text)) return true;
  if (text.includes("://") && text.includes("@") && hasUrlPassword(text)) return true;
  if (hasCredentialArgument(text)) return true;
  return assignsSecret(text, configLike);
}
function hasToken(text) {
  for (const rule of TOKEN_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const token = m[0];
      if (entropy(token) >= rule.entropy && !DOCUMENTED_EXAMPLE.test(token)) return true;
    }
  }
  return false;
}
function hasEncodedKey(text) {
  BASE64_PEM.lastIndex = 0;
  for (let m = BASE64_PEM.exec(text); m !== null; m = BASE64_PEM.exec(text)) {
    const head = Buffer.from(m[0].slice(0, 88), "base64").toString("latin1");
    if (/PRIVATE KEY/.test(head)) return true;
  }
  return false;
}
function hasUrlPassword(text) {
  URL_PASSWORD.lastIndex = 0;
  for (let m = URL_PASSWORD.exec(text); m !== null; m = URL_PASSWORD.exec(text)) {
    if (!placeholder(m[1])) return true;
  }
  return false;
}
function credential(value, min = 6) {
  const v = value.replace(/[,;)\]}]+$/, "");
  return v.length >= min && !placeholder(v) && !REFERENCE.test(v) && !/^\$|%[A-Z_]+%|\$\{|\$\(/.test(v);
}
function someCredential(re, text, group = 1, min = 6) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (credential(m[group] ?? "", min)) return true;
  }
  return false;
}
function hasCredentialArgument(text) {
  if (AUTH_HINT.test(text) && someCredential(AUTH_HEADER, text, 1, 8)) return true;
  const option = text.includes(" -") || text.startsWith("-");
  if (option && (text.includes("-H") || text.includes("--header")) && someCredential(KEY_HEADER, text, 1, 8)) return true;
  if (option) {
    for (const [hint, re] of CLI_PASSWORDS) if (text.includes(hint) && someCredential(re, text)) return true;
  }
  if (text.includes("=")) {
    if (ENV_HINT.test(text) && ENV_PASSWORD.some((re) => someCredential(re, text, 3))) return true;
    if ((text.includes(";") || text.includes("&")) && /pass|pwd/i.test(text) && CONN_STRING.test(text) && someCredential(CONN_PASSWORD, text)) return true;
  }
  return false;
}
function assignsSecret(text, configLike) {
  NAME_HINT_G.lastIndex = 0;
  for (let m = NAME_HINT_G.exec(text); m !== null; m = NAME_HINT_G.exec(text)) {
    let from = m.index;
    let to = m.index + m[0].length;
    while (from > 0 && isNameChar(text.charCodeAt(from - 1))) from--;
    while (to < text.length && isNameChar(text.charCodeAt(to))) to++;
    NAME_HINT_G.lastIndex = to;
    const kind = secretNameKind(text.slice(from, to));
    if (kind === void 0) continue;
    ASSIGNED.lastIndex = to;
    const a = ASSIGNED.exec(text);
    if (a === null) continue;
    const [, open2 = "", raw = "", close = "", rest = ""] = a;
    const quoted = open2 !== "" && open2 === close;
    const value = quoted ? raw : raw.replace(/[,;]+$/, "");
    if (!quoted) {
      if (!configLike || open2 !== "" || !/^\s*(?:[#;].*)?[,;]?\s*$/.test(rest)) continue;
      if (REFERENCE.test(value)) continue;
    }
    if (value.length < (kind === "password" ? 6 : 8) || placeholder(value)) continue;
    if (kind !== "password" && entropy(value) < 3) continue;
    return true;
  }
  return false;
}
function isNameChar(c3) {
  return c3 >= 97 && c3 <= 122 || c3 >= 65 && c3 <= 90 || c3 >= 48 && c3 <= 57 || c3 === 95 || c3 === 36 || c3 === 46 || c3 === 45;
}
function secretNameKind(name) {
  let kind = nameKinds.get(name);
  if (kind !== void 0 || nameKinds.has(name)) return kind;
  if (nameKinds.size >= 4096) nameKinds.clear();
  kind = nameKindOf(name);
  nameKinds.set(name, kind);
  return kind;
}
function nameKindOf(name) {
  const words2 = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[\s._$-]+/).filter((w) => w !== "");
  for (let i2 = words2.length - 1; i2 >= 0; i2--) {
    const w = words2[i2];
    const keyed = w === "key" && i2 > 0 && KEY_QUALIFIERS.has(words2[i2 - 1]);
    if (!keyed && !SECRET_WORD.test(w)) continue;
    const after = words2.slice(i2 + 1);
    if (!after.every((a) => AFTER_SECRET_WORD.has(a) || /^\d+$/.test(a))) return void 0;
    return /pass|pwd/.test(w) ? "password" : "token";
  }
  return void 0;
}
function placeholder(value) {
  return PLACEHOLDER.some((re) => re.test(value));
}
var TOKEN_RULES, DOCUMENTED_EXAMPLE, TOKEN_HINT, BASE64_PEM, URL_PASSWORD, AUTH_HEADER, KEY_HEADER, CLI_PASSWORDS, ENV_NAME, ENV_PASSWORD, AUTH_HINT, ENV_HINT, CONN_PASSWORD, CONN_STRING, NAME_HINT_G, ASSIGNED, SECRET_WORD, KEY_QUALIFIERS, AFTER_SECRET_WORD, PLACEHOLDER, REFERENCE, nameKinds;
var init_lines = __esm({
  "src/prompt/secrets/lines.ts"() {
    "use strict";
    init_keys();
    TOKEN_RULES = [
      // AWS access key ids (AKIA long-term, ASIA temporary, ...)
      { re: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g, entropy: 3 },
      // GitHub: classic and fine-grained personal access tokens, OAuth, app, refresh tokens
      { re: /\b(?:ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{36}\b/g, entropy: 3 },
      { re: /\bgithub_pat_\w{82}\b/g, entropy: 3 },
      // GitLab: personal, deploy, runner, CI job, feed, mail, agent, OAuth, trigger, SCIM, flags tokens
      { re: /\bgl(?:pat|dt|rt|cbt|ft|imt|agent|oas|ptt|soat|ffct)-[\w-]{20,}/g, entropy: 3 },
      { re: /\bGR1348941[\w-]{20}/g, entropy: 3 },
      // Slack: bot, user, workspace, legacy and configuration tokens, app tokens, webhooks
      { re: /\bxox[abeoprs]-\d+-[0-9A-Za-z-]{8,}/g, entropy: 2.5 },
      { re: /\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+/gi, entropy: 2.5 },
      { re: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_+/-]{20,}/g, entropy: 3 },
      // Stripe secret and restricted keys (publishable pk_ keys are public by design)
      { re: /\b(?:sk|rk)_(?:live|test|prod)_[0-9A-Za-z]{10,99}\b/g, entropy: 3 },
      // Google: API keys, OAuth client secrets, OAuth access tokens
      { re: /\bAIza[\w-]{35}(?![\w-])/g, entropy: 3.5 },
      { re: /\bGOCSPX-[\w-]{28}/g, entropy: 3 },
      { re: /\bya29\.[\w-]{30,}/g, entropy: 3.5 },
      // OpenAI, Anthropic
      { re: /\bsk-(?:proj|svcacct|admin)-[\w-]{20,}/g, entropy: 3 },
      { re: /\bsk-[\w-]*T3BlbkFJ[\w-]+/g, entropy: 3 },
      { re: /\bsk-ant-[a-z]+\d{2}-[\w-]{80,}/g, entropy: 3 },
      // npm, PyPI, Hugging Face, RubyGems, Docker Hub, Databricks
      { re: /\bnpm_[A-Za-z0-9]{36}\b/g, entropy: 3 },
      { re: /\bpypi-AgEIcHlwaS5vcmc[\w-]{50,}/g, entropy: 3 },
      { re: /\bhf_[A-Za-z]{34}\b/g, entropy: 3.5 },
      { re: /\brubygems_[a-f0-9]{48}\b/g, entropy: 3 },
      { re: /\bdckr_pat_[\w-]{27,}/g, entropy: 3 },
      { re: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g, entropy: 3 },
      // SendGrid, Twilio, Shopify, DigitalOcean, Doppler, Linear, Postman, Atlassian, New Relic, Square, PlanetScale, Pulumi
      { re: /\bSG\.[\w-]{22}\.[\w-]{43}(?![\w-])/g, entropy: 3 },
      { re: /\bSK[0-9a-f]{32}\b/g, entropy: 3 },
      { re: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g, entropy: 3 },
      { re: /\bdo[opr]_v1_[a-f0-9]{64}\b/g, entropy: 3 },
      { re: /\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b/g, entropy: 3 },
      { re: /\blin_api_[A-Za-z0-9]{40}\b/g, entropy: 3 },
      { re: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/g, entropy: 3 },
      { re: /\bATATT3[\w=-]{150,}/g, entropy: 3 },
      { re: /\bNRAK-[A-Z0-9]{27}\b/g, entropy: 3 },
      { re: /\bsq0(?:atp|csp)-[\w-]{22,43}/g, entropy: 3 },
      { re: /\bpscale_(?:tkn|pw|oauth)_[\w.-]{32,64}/g, entropy: 3 },
      { re: /\bpul-[a-f0-9]{40}\b/g, entropy: 3 },
      // HashiCorp Vault and Terraform Cloud, Grafana, age, Azure
      { re: /\bhv[sb]\.[\w-]{90,}/g, entropy: 3 },
      { re: /\b[a-z0-9]{14}\.atlasv1\.[\w=-]{60,70}/g, entropy: 3 },
      { re: /\bglc_[A-Za-z0-9+/]{32,400}={0,2}/g, entropy: 3 },
      { re: /\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b/g, entropy: 3 },
      { re: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g, entropy: 3 },
      { re: /\bAccountKey=[A-Za-z0-9+/]{86}==/g, entropy: 3 },
      { re: /(?:^|[\s"'=:])[\w~.]{3}\dQ~[\w~.-]{31,34}(?![\w~.-])/g, entropy: 3 },
      // Discord webhooks, Telegram bot tokens, Facebook access tokens
      { re: /discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]{60,}/g, entropy: 3 },
      { re: /(?<!\d)\d{8,10}:AA[\w-]{33}(?![\w-])/g, entropy: 3 },
      { re: /\bEAA[A-Za-z0-9]{100,}/g, entropy: 3 },
      // Signed JSON Web Tokens
      { re: /\bey[A-Za-z0-9_-]{15,}\.ey[A-Za-z0-9_-]{15,}\.[A-Za-z0-9_-]{10,}/g, entropy: 3 },
      // Base64 of a Docker config (`{"auths":`), as in Kubernetes dockerconfigjson
      { re: /\beyJhdXRocyI6[A-Za-z0-9+/]{20,}/g, entropy: 3 }
    ];
    DOCUMENTED_EXAMPLE = /EXAMPLE/;
    TOKEN_HINT = new RegExp(
      [
        "A3T",
        "AKIA",
        "ASIA",
        "ABIA",
        "ACCA",
        "gh[pousr]_",
        "github_pat_",
        "gl[a-z]{1,6}-",
        "GR1348941",
        "xox",
        "xapp",
        "[sr]k_",
        "AIza",
        "GOCSPX",
        "ya29",
        "sk-",
        "npm_",
        "pypi-",
        "hf_",
        "rubygems_",
        "dckr_",
        "dapi",
        "SG\\.",
        "SK[0-9a-f]",
        "shp",
        "_v1_",
        "dp\\.",
        "lin_api",
        "PMAK",
        "ATATT",
        "NRAK",
        "sq0",
        "pscale",
        "pul-",
        "hv[sb]\\.",
        "atlasv1",
        "gl[cs]a?_",
        "AGE-SECRET",
        "AccountKey",
        "Q~",
        "webhooks",
        "hooks\\.slack",
        ":AA",
        "EAA",
        "eyJ"
      ].join("|")
    );
    BASE64_PEM = /LS0tLS1CRUdJT[A-Za-z0-9+/]{20,}/g;
    URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s:@/?#"'`<>]*:([^\s@/?#"'`<>]+)@/gi;
    AUTH_HEADER = /\b(?:proxy-)?authorization["'`]?(?:[ \t]*[:=][ \t]*["'`]?|[ \t]+["'`])(?:bearer|basic|token|digest|negotiate|apikey|api-key|key|sso-key|ntlm)[ \t]+([^\s"'`,;]+)/gi;
    KEY_HEADER = /(?:-H|--header)[ \t=]*["']?[\w-]*(?:token|key|secret|auth)[\w-]*[ \t]*:[ \t]*([^\s"'`]+)/gi;
    CLI_PASSWORDS = [
      ["-u", /(?:^|[\s"'])(?:-u|--user|--proxy-user)[ \t=]?["']?[^\s:"'@/]+:([^\s"']+)/g],
      ["-U", /(?:^|[\s"'])-U[ \t=]?["']?[^\s:"'@/]+:([^\s"']+)/g],
      ["--pass", /(?:^|\s)--(?:password|passwd|pass)(?:=|[ \t]+)["']?([^\s"']+)/gi],
      ["-password", /(?:^|\s)--(?:db-password)(?:=|[ \t]+)["']?([^\s"']+)/gi],
      ["mysql", /\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlsh)\b.*?\s-p["']?([^\s"'-][^\s"']*)/g],
      ["mariadb", /\bmariadb(?:-dump|-admin)?\b.*?\s-p["']?([^\s"'-][^\s"']*)/g],
      ["sshpass", /\bsshpass\b.*?\s-p[ \t]*["']?([^\s"']+)/g],
      ["redis-cli", /\bredis-cli\b.*?\s-a[ \t]+["']?([^\s"']+)/g],
      ["login", /\b(?:docker|podman|buildah|helm|oras)\s+(?:\S+\s+)*?login\b.*?\s-p[ \t]+["']?([^\s"']+)/g],
      ["%", /\b(?:smbclient|rpcclient|smbmap)\b.*?\s-U[ \t]*["']?[^\s%"']+%([^\s"']+)/g]
    ];
    ENV_NAME = String.raw`([A-Z][A-Z0-9_]*(?:PASSWORD|PASSWD|_PASS|PWD|SSHPASS|TOKEN|SECRET|API_KEY|APIKEY|SECRET_KEY|ACCESS_KEY))=(["']?)([^\s"'\`;&|]+)\2`;
    ENV_PASSWORD = [
      new RegExp(String.raw`(?:^|[\s;&|(])${ENV_NAME}(?=[ \t]+[\w./-])`, "g"),
      new RegExp(String.raw`\b(?:export|env|setenv)[ \t]+${ENV_NAME}`, "g")
    ];
    AUTH_HINT = /authoriz/i;
    ENV_HINT = /(?:PASSWORD|PASSWD|_PASS|PWD|SSHPASS|TOKEN|SECRET|API_KEY|APIKEY|SECRET_KEY|ACCESS_KEY)=/;
    CONN_PASSWORD = /(?:^|[;?&"'\s])(?:password|pwd|pass)[ \t]*=[ \t]*([^;&"'\s]+)/gi;
    CONN_STRING = /(?:server|data source|host|user id|uid|user|database|initial catalog|jdbc:|odbc:|driver)[ \t]*[=:]/i;
    NAME_HINT_G = /pass|pwd|secret|token|key/gi;
    ASSIGNED = /["'`\]]?[ \t]*(?::=|=>|\?=|=|:)[ \t]*(["'`]?)([^\s"'`]*)(["'`]?)(.*)/y;
    SECRET_WORD = /(?:passw(?:or)?d|passphrase|^pwd|secret|token|apikey|secretkey|accesskey|privatekey|authkey)$/;
    KEY_QUALIFIERS = /* @__PURE__ */ new Set(["api", "access", "private", "secret", "auth", "master", "signing", "encryption", "account", "client", "license"]);
    AFTER_SECRET_WORD = /* @__PURE__ */ new Set([
      "value",
      "raw",
      "str",
      "string",
      "plain",
      "plaintext",
      "b64",
      "base64",
      "hex",
      "data",
      "hash",
      "prod",
      "production",
      "live",
      "dev",
      "development",
      "staging",
      "test"
    ]);
    PLACEHOLDER = [
      /^(?:x+|\*+|\.+|#+|-+|_+|0+|•+)$/i,
      /[<>{}]|^\$\w|\$[{(]|%\(|^%[sdv]$|process\.env|os\.environ|getenv|ENV\[|^null$|^nil$/i,
      /^(?:changeme|change_me|change-me|password|passwd|secret|token|example|dummy|placeholder|redacted|none|undefined|true|false|empty|todo|tbd|test|testing|foobar|foo|bar)$/i,
      /your[_-]?|[_-]here$|^add[_-]|^insert[_-]|^enter[_-]|^my[_-]|^some[_-]|^fake|^dummy|^sample|^example|xxxx/i,
      /^(?:[a-z]+[_-])*(?:token|key|secret|password|passwd|pwd|credentials?)$/i
    ];
    REFERENCE = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(.*)?|[A-Za-z_$][\w$]*\(.*|[~.]?\/.*|\d+(?:\.\d+)*)$/;
    nameKinds = /* @__PURE__ */ new Map();
  }
});

// src/prompt/secrets/redact.ts
function redactSecrets(files) {
  const { secret, shared } = findSecretFiles(files);
  const out = [];
  const notes = [];
  let count = 0;
  for (const f of files) {
    if (secret.has(f)) {
      const hidden = { ...f, hunks: [] };
      markSecret(hidden);
      out.push(hidden);
      continue;
    }
    const r2 = redactFile(f, shared);
    out.push(r2.file);
    if (r2.places.length === 0) continue;
    count += r2.places.length;
    notes.push(`${oneLine(f.path)}: ${r2.places.length === 1 ? "1 secret" : `${r2.places.length} secrets`} removed (${placesText(r2.places)})`);
  }
  if (notes.length > MAX_NOTES) {
    const rest = notes.length - (MAX_NOTES - 1);
    notes.splice(MAX_NOTES - 1, notes.length, `... and secrets removed in ${rest} more files`);
  }
  return { files: out, notes, count };
}
function redactFile(file, shared) {
  const configLike = isConfigLike(file.path) || file.oldPath !== void 0 && isConfigLike(file.oldPath);
  const findings = [];
  const headers = [];
  const newFinding = () => {
    const f = { newLines: [], oldLines: [] };
    findings.push(f);
    return f;
  };
  const open2 = [void 0, void 0];
  let changed = false;
  const hunks = file.hunks.map((h2) => {
    const { oldStart, newStart } = hunkStarts(h2);
    const carried = [open2[0] !== void 0, open2[1] !== void 0];
    const marks = new Array(h2.lines.length);
    let o2 = oldStart;
    let n = newStart;
    for (let i2 = 0; i2 < h2.lines.length; i2++) {
      const line = h2.lines[i2];
      const p2 = line.charCodeAt(0);
      const sides = p2 === SPACE ? [0, 1] : p2 === MINUS ? [0] : p2 === PLUS ? [1] : [];
      if (sides.length === 0) continue;
      const oldNo = p2 === PLUS ? 0 : o2++;
      const newNo = p2 === MINUS ? 0 : n++;
      const text = line.slice(1);
      let mark;
      for (const s of sides) {
        const f = open2[s];
        if (f === void 0) continue;
        if (carried[s] && !KEY_BODY.test(text) && !BLOCK_END.test(text)) {
          open2[s] = void 0;
          continue;
        }
        mark = f;
      }
      const marker2 = text.includes("-----") || text.includes("Private-");
      const begin = marker2 ? BLOCK_BEGIN.exec(text) : null;
      const end = marker2 ? BLOCK_END.exec(text) : null;
      if (begin) {
        mark ??= newFinding();
        for (const s of sides) {
          open2[s] = mark;
          carried[s] = false;
        }
      } else if (end && mark === void 0) {
        mark = newFinding();
        for (const s of sides) {
          for (let j2 = i2 - 1; j2 >= 0; j2--) {
            const prev = h2.lines[j2];
            const q2 = prev.charCodeAt(0);
            if (!(q2 === SPACE || q2 === (s === 0 ? MINUS : PLUS))) continue;
            if (marks[j2] !== void 0 || !KEY_BODY.test(prev.slice(1))) break;
            marks[j2] = mark;
          }
        }
      }
      if (mark !== void 0) {
        if (end && (!begin || end.index > begin.index)) for (const s of sides) open2[s] = void 0;
      } else if (lineHasSecret(text, configLike) || isShared(line, shared)) {
        mark = newFinding();
      }
      if (mark === void 0) continue;
      marks[i2] = mark;
      if (newNo !== 0) mark.newLines.push(newNo);
      else mark.oldLines.push(oldNo);
    }
    numberLate(h2, marks, oldStart, newStart);
    const context = headerContext(h2.header);
    const headerSecret = context !== "" && (lineHasSecret(context, configLike) || KEY_LINE.test(context) || BLOCK_BEGIN.test(context));
    if (headerSecret) headers.push({ side: "header", from: newStart, to: newStart });
    if (!headerSecret && !marks.some((m) => m !== void 0)) return h2;
    changed = true;
    const start = HUNK_START.exec(h2.header)?.[0] ?? h2.header;
    return {
      ...h2,
      header: headerSecret ? `${start} ${SECRET_REMOVED}` : h2.header,
      lines: h2.lines.map((l, i2) => marks[i2] === void 0 ? l : `${l[0] ?? ""}${SECRET_REMOVED}`)
    };
  });
  if (!changed) return { file, places: [] };
  const places = [...headers];
  for (const f of findings) {
    const side = f.newLines.length > 0 ? "new" : "old";
    const nums = side === "new" ? f.newLines : f.oldLines;
    if (nums.length > 0) places.push({ side, from: Math.min(...nums), to: Math.max(...nums) });
  }
  return { file: { ...file, hunks }, places };
}
function numberLate(h2, marks, oldStart, newStart) {
  let o2 = oldStart;
  let n = newStart;
  for (let i2 = 0; i2 < h2.lines.length; i2++) {
    const p2 = h2.lines[i2].charCodeAt(0);
    if (p2 !== SPACE && p2 !== PLUS && p2 !== MINUS) continue;
    const oldNo = p2 === PLUS ? 0 : o2++;
    const newNo = p2 === MINUS ? 0 : n++;
    const f = marks[i2];
    if (f === void 0) continue;
    if (newNo !== 0) {
      if (!f.newLines.includes(newNo)) f.newLines.push(newNo);
    } else if (!f.oldLines.includes(oldNo)) f.oldLines.push(oldNo);
  }
}
function placesText(places) {
  const sorted2 = [...places].sort((a, b2) => a.from - b2.from);
  const list = (ps, one, many) => {
    if (ps.length === 0) return void 0;
    const shown = ps.slice(0, MAX_PLACES).map((p2) => p2.from === p2.to ? String(p2.from) : `${p2.from}-${p2.to}`);
    if (ps.length > MAX_PLACES) shown.push("...");
    const single = ps.length === 1 && ps[0]?.from === ps[0]?.to;
    return `${single ? one : many} ${shown.join(", ")}`;
  };
  return [
    list(sorted2.filter((p2) => p2.side === "new"), "line", "lines"),
    list(sorted2.filter((p2) => p2.side === "old"), "removed line", "removed lines"),
    list(sorted2.filter((p2) => p2.side === "header"), "hunk header at line", "hunk headers at lines")
  ].filter((t2) => t2 !== void 0).join("; ");
}
var SECRET_REMOVED, MAX_NOTES, MAX_PLACES;
var init_redact = __esm({
  "src/prompt/secrets/redact.ts"() {
    "use strict";
    init_one_line();
    init_files();
    init_hunk();
    init_keys();
    init_lines();
    SECRET_REMOVED = "[secret removed]";
    MAX_NOTES = 10;
    MAX_PLACES = 8;
  }
});

// src/model/message-rules.ts
function messageLimits(preset) {
  return { maxSubjectChars: preset === "journal" ? 200 : 72 };
}
function resolveLimits(limits) {
  const positive = (n) => typeof n === "number" && Number.isFinite(n) && n >= 1 ? Math.floor(n) : void 0;
  const maxMessage = positive(limits?.maxMessageChars) ?? DEFAULT_MAX_MESSAGE_CHARS;
  const subject = positive(limits?.maxSubjectChars);
  return { maxSubject: subject === void 0 ? void 0 : Math.min(subject, maxMessage), maxMessage };
}
function window2(text, size) {
  if (text.length <= size) return text;
  const end = isHighSurrogate(text.charCodeAt(size - 1)) ? size - 1 : size;
  return text.slice(0, end);
}
function isHighSurrogate(code) {
  return code >= 55296 && code <= 56319;
}
function unquote(text) {
  const close = QUOTE_PAIRS[text.charAt(0)];
  if (close === void 0 || text.length < 2 || !text.endsWith(close)) return text;
  const inner = text.slice(1, -1);
  const firstLine2 = inner.split("\n", 1)[0] ?? "";
  const stray = close === "'" ? /(?<![A-Za-z])'|'(?![A-Za-z])/.test(firstLine2) : firstLine2.includes(close);
  return stray ? text : inner;
}
function dropUnclosedQuote(subject) {
  const close = QUOTE_PAIRS[subject.charAt(0)];
  if (close === void 0) return subject;
  const rest = subject.slice(1);
  const closed = close === "'" ? /'(?![A-Za-z])/.test(rest) : rest.includes(close);
  return closed ? subject : rest.trimStart();
}
function assemble(text, commentChar = "#") {
  const hash = commentChar === "#";
  const lines = text.split("\n").map((line) => hash ? line.trimEnd().replace(/^#+\s*/, "") : line.trimEnd());
  let subject = "";
  let i2 = 0;
  while (i2 < lines.length && subject === "") {
    subject = dropUnclosedQuote(unquote((lines[i2] ?? "").trim())).replace(hash ? /^#+\s*/ : /^(?!)/, "").replace(TRAILING_ELLIPSIS, "").trim();
    i2++;
  }
  if (subject === "") return "";
  const body = [];
  for (const line of lines.slice(i2)) {
    if (line === "" && (body.length === 0 || body[body.length - 1] === "")) continue;
    body.push(line);
  }
  while (body.length > 0 && body[body.length - 1] === "") body.pop();
  return body.length === 0 ? subject : `${subject}

${wrapBody(body).join("\n")}`;
}
function wrapBody(lines) {
  const out = [];
  let i2 = 0;
  while (i2 < lines.length) {
    const line = lines[i2] ?? "";
    if (line === "" || CODE_LINE.test(line)) {
      out.push(line);
      i2++;
      continue;
    }
    const bullet = BULLET.exec(line);
    const block = [line];
    i2++;
    if (bullet) {
      const marker2 = `${bullet[1] ?? ""}${bullet[2] ?? ""} `;
      const hang = " ".repeat(width(marker2));
      while (i2 < lines.length) {
        const next = lines[i2] ?? "";
        const indent = next.length - next.trimStart().length;
        if (next.trim() === "" || indent === 0 || indent > hang.length || next.startsWith("	") || BULLET.test(next)) break;
        block.push(next);
        i2++;
      }
      if (block.some((l) => width(l) > WIDTH)) {
        const words2 = [line.slice(bullet[0].length), ...block.slice(1)].join(" ").split(/\s+/).filter(Boolean);
        out.push(...fill(words2, marker2, hang));
      } else {
        out.push(...block);
      }
      continue;
    }
    while (i2 < lines.length) {
      const next = lines[i2] ?? "";
      if (next === "" || CODE_LINE.test(next) || BULLET.test(next)) break;
      block.push(next);
      i2++;
    }
    if (block.some((l) => width(l) > WIDTH)) {
      const indent = line.slice(0, line.length - line.trimStart().length);
      out.push(...fill(block.join(" ").split(/\s+/).filter(Boolean), indent, indent));
    } else {
      out.push(...block);
    }
  }
  return out;
}
function fill(words2, first2, hang) {
  const out = [];
  let prefix = first2;
  let line = [];
  let used = width(first2);
  for (const word of words2) {
    const w = width(word);
    if (line.length > 0 && used + 1 + w > WIDTH) {
      const at = breakIndex(line, word, hang);
      if (at >= 0) {
        const carried = line.splice(at);
        out.push(prefix + line.join(" "));
        prefix = hang;
        line = carried;
        used = width(hang + carried.join(" "));
      }
    }
    used += (line.length > 0 ? 1 : 0) + w;
    line.push(word);
  }
  if (line.length > 0) out.push(prefix + line.join(" "));
  return out;
}
function breakIndex(line, next, hang) {
  let at = line.length;
  let head = next;
  while (hang === "" && head.startsWith("#")) {
    if (at <= 1) return -1;
    at--;
    head = line[at] ?? "";
  }
  return at;
}
function width(text) {
  let n = 0;
  for (const _2 of text) n++;
  return n;
}
function applyLimits(message, maxSubject, maxMessage) {
  const lineEnd = message.indexOf("\n");
  const subjectLine2 = lineEnd < 0 ? message : message.slice(0, lineEnd);
  const rest = lineEnd < 0 ? "" : message.slice(lineEnd);
  let subject = maxSubject === void 0 ? subjectLine2 : cutAtWord(subjectLine2, maxSubject, "points");
  subject = cutAtWord(subject, maxMessage, "units");
  const room = maxMessage - subject.length;
  if (rest.length <= room) return subject + rest;
  if (room < 3) return subject;
  let body = window2(rest, room);
  const paragraph = body.lastIndexOf("\n\n");
  const line = body.lastIndexOf("\n");
  if (paragraph > room / 2) {
    body = body.slice(0, paragraph);
  } else if (line > room / 2) {
    body = body.slice(0, line);
  } else {
    const lineStart = line + 1;
    const nextBreak = rest.indexOf("\n", lineStart);
    const whole = nextBreak < 0 ? rest.slice(lineStart) : rest.slice(lineStart, nextBreak);
    body = body.slice(0, lineStart) + cutAtWord(whole, body.length - lineStart, "units");
  }
  body = body.trimEnd();
  return body.trim() === "" ? subject : subject + body;
}
function cutAtWord(line, max, measure) {
  let kept;
  let next;
  if (measure === "units") {
    if (line.length <= max) return line;
    kept = window2(line, max);
    next = line.charAt(kept.length);
  } else {
    const points = Array.from(line.slice(0, max * 2 + 2));
    if (points.length <= max && line.length <= max * 2 + 2) return line;
    kept = points.slice(0, max).join("");
    next = points[max] ?? "";
  }
  let cut = kept;
  if (next !== "" && !/\s/.test(next)) {
    const space = kept.search(/\s\S*$/);
    if (space > 0) cut = kept.slice(0, space);
  }
  let tidy = cut.replace(TRAILING_ELLIPSIS, "");
  for (let round = 0; round < 3; round++) {
    const stripped = tidy.replace(DANGLING, "").replace(DANGLING_QUOTE, "");
    if (stripped === tidy) break;
    tidy = stripped;
  }
  return tidy === "" ? cut.trim() : tidy;
}
var DEFAULT_MAX_MESSAGE_CHARS, WIDTH, CODE_LINE, BULLET, TRAILING_ELLIPSIS, DANGLING, DANGLING_QUOTE, QUOTE_PAIRS;
var init_message_rules = __esm({
  "src/model/message-rules.ts"() {
    "use strict";
    DEFAULT_MAX_MESSAGE_CHARS = 4096;
    WIDTH = 72;
    CODE_LINE = /^(?: {4}|\t)/;
    BULLET = /^( {0,3})([-*+]|\d{1,3}[.)])[ \t]+(?=\S)/;
    TRAILING_ELLIPSIS = /\s*(?:\.{3,}|…)$/;
    DANGLING = /[\s,;:\-–—/\\([{&+|.…]+$/;
    DANGLING_QUOTE = /\s["'`“‘«]$/;
    QUOTE_PAIRS = {
      '"': '"',
      "'": "'",
      "`": "`",
      "\u201C": "\u201D",
      "\u2018": "\u2019",
      "\xAB": "\xBB"
    };
  }
});

// src/model/verdict.ts
function unusableReason(text) {
  const head = text.slice(0, HEAD_CHARS);
  if (isJsonError(text, head)) return REASON_ERROR;
  const lines = head.split("\n", HEAD_LINES * 2).map((line2) => line2.trim()).filter((line2) => line2 !== "").slice(0, HEAD_LINES);
  const line = lines[0];
  if (line === void 0) return null;
  let first2 = line;
  for (let i2 = 0; i2 < 3 && first2.length > 2 && /^["'`“‘].*["'`”’]$/.test(first2); i2++) first2 = first2.slice(1, -1).trim();
  if (first2 !== line && isJsonError(first2, first2)) return REASON_ERROR;
  if (HTML_START.test(first2)) return REASON_ERROR;
  if (!COMMIT_VERB.test(first2) && SERVER_APOLOGY.test(first2)) return REASON_ERROR;
  if (isRefusal(first2)) return REASON_REFUSED;
  if (CONVENTIONAL.test(first2) || GIT_GENERATED.test(first2)) return null;
  if (COMMIT_VERB.test(first2)) return GO_OPERATION.test(first2) ? REASON_ERROR : null;
  if (isErrorLine(first2)) return REASON_ERROR;
  const dump = lines.slice(1, 6).filter((line2) => STACK_FRAMES.some((frame) => frame.test(line2)) || DUMP_HEADERS.some((h2) => h2.test(line2)));
  return dump.length >= 2 ? REASON_ERROR : null;
}
function isRefusal(line) {
  const opened = line.replace(/^(?:(?:sure|okay|ok|well|hmm+|oh|alright|certainly|of course)\b[!.,]*\s+)/i, "");
  for (const candidate of [line, opened]) {
    if (REFUSALS.some((refusal) => refusal.test(candidate))) return true;
    const speaker = SPEAKER.exec(candidate);
    if (!speaker) continue;
    const rest = speaker[1] ?? "";
    if (/^\s*(?:[,;:!.](?=\s|$)|—|-\s|but\b)/.test(rest) || /^[\s.!]*$/.test(rest) || TASK_WORDS.test(rest)) return true;
  }
  return false;
}
function isErrorLine(line) {
  const label = LABEL.exec(line);
  if (label && !namesComponent(label[1] ?? "")) return true;
  const exception = EXCEPTION_CLASS.exec(line);
  if (exception && !namesComponent(exception[1] ?? "")) return true;
  const prefix = SPEAKER_PREFIX.exec(line);
  if (prefix && !namesComponent(prefix[1] ?? "") && LOGGED_DATA.test(prefix[1] ?? "")) return true;
  const spoken = line.replace(/"[^"\n]*"|“[^”\n]*”|`[^`\n]*`/g, '""');
  return BARE_LABEL.test(line) || DUMP_HEADERS.some((header) => header.test(line)) || STACK_FRAMES.some((frame) => frame.test(line)) || LOG_LINE.test(line) || KEY_VALUES.test(line) || HTTP_STATUS_LINE.test(line) || HTTP_REASON_ALONE.test(line) || HTTP_STATUS_IN_LINE.test(spoken) || SHELL_SIGNAL.test(line) || SYSTEM_ERROR_TAIL.test(line) || GO_OPERATION.test(line) || NUMBERED_ERROR.test(line) || HTTP_REQUEST.test(line) || ERRNO.test(line) || SOURCE_LOCATION.test(line) || PACKAGE_LOG.test(line) || RUNTIME_STATE.some((state) => state.test(line)) || SERVER_TALK.test(spoken);
}
function namesComponent(rest) {
  const text = rest.trim();
  return text !== "" && COMMIT_VERB.test(text) && !text.includes(": ");
}
function isJsonError(text, head) {
  let start = head.trimStart();
  const sse = /^(?:event:[^\n]*\n)?data:[ \t]*/.exec(start);
  if (sse) start = start.slice(sse[0].length);
  if (!start.startsWith("{") && !start.startsWith("[")) return false;
  const whole = sse ? start : text.trimStart();
  const firstLine2 = start.split("\n", 1)[0] ?? "";
  for (const candidate of whole.length <= JSON_PARSE_LIMIT ? [whole.trimEnd(), firstLine2] : [firstLine2]) {
    try {
      return jsonHasError(JSON.parse(candidate), 0);
    } catch {
    }
  }
  return /^\[?\{\s*"(?:error|errors|err|detail|exception|fault)"\s*:/.test(start) || /^\{\s*"object"\s*:\s*"error"/.test(start);
}
function jsonHasError(value, depth) {
  if (depth > 3 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.slice(0, 3).some((item) => jsonHasError(item, depth + 1));
  const entries = Object.entries(value);
  const field = (name) => entries.find(([key]) => key.toLowerCase() === name)?.[1];
  for (const key of ["error", "errors", "err", "exception", "fault", "detail", "error_message", "errormessage"]) {
    const found = field(key);
    if (found !== void 0 && found !== null && found !== false && found !== "") return true;
  }
  for (const key of ["object", "type", "status", "level"]) {
    const found = field(key);
    if (typeof found === "string" && /^(?:error|fail(?:ed|ure)?)$/i.test(found)) return true;
  }
  const message = field("message") ?? field("msg");
  if (typeof message === "string") {
    if (field("code") !== void 0 || field("status") !== void 0 || field("statuscode") !== void 0) return true;
    return unusableReason(message) !== null;
  }
  return false;
}
var REASON_ERROR, REASON_REFUSED, HEAD_CHARS, HEAD_LINES, JSON_PARSE_LIMIT, COMMIT_VERBS, COMMIT_VERB, CONVENTIONAL, GIT_GENERATED, GO_OPERATION, LABEL, BARE_LABEL, EXCEPTION_CLASS, DUMP_HEADERS, STACK_FRAMES, LOG_LINE, KEY_VALUES, HTML_START, HTTP_REASONS, HTTP_STATUS_LINE, HTTP_REASON_ALONE, HTTP_STATUS_IN_LINE, SHELL_SIGNAL, SYSTEM_ERRORS, SYSTEM_ERROR_TAIL, SPEAKER_PREFIX, LOGGED_DATA, NUMBERED_ERROR, HTTP_REQUEST, ERRNO, SOURCE_LOCATION, PACKAGE_LOG, RUNTIME_STATE, SERVER_TALK, REFUSALS, SPEAKER, TASK_WORDS, SERVER_APOLOGY;
var init_verdict = __esm({
  "src/model/verdict.ts"() {
    "use strict";
    REASON_ERROR = "the model returned an error text";
    REASON_REFUSED = "the model refused";
    HEAD_CHARS = 4096;
    HEAD_LINES = 12;
    JSON_PARSE_LIMIT = 64 * 1024;
    COMMIT_VERBS = [
      "add",
      "adapt",
      "adjust",
      "align",
      "allow",
      "apply",
      "avoid",
      "bump",
      "cache",
      "catch",
      "change",
      "check",
      "clarify",
      "clean",
      "clear",
      "collapse",
      "combine",
      "configure",
      "convert",
      "copy",
      "correct",
      "create",
      "debounce",
      "decouple",
      "default",
      "defer",
      "define",
      "delete",
      "deprecate",
      "describe",
      "detect",
      "disable",
      "display",
      "document",
      "downgrade",
      "drop",
      "emit",
      "enable",
      "enforce",
      "ensure",
      "escape",
      "expand",
      "explain",
      "export",
      "expose",
      "extend",
      "extract",
      "filter",
      "fix",
      "flush",
      "format",
      "guard",
      "handle",
      "harden",
      "hide",
      "ignore",
      "implement",
      "import",
      "improve",
      "include",
      "increase",
      "decrease",
      "initialize",
      "inline",
      "install",
      "introduce",
      "keep",
      "limit",
      "list",
      "log",
      "make",
      "made",
      "mark",
      "merge",
      "migrate",
      "move",
      "normalize",
      "optimize",
      "pass",
      "pin",
      "port",
      "preserve",
      "prevent",
      "print",
      "propagate",
      "prune",
      "raise",
      "rearrange",
      "recover",
      "reduce",
      "refactor",
      "refresh",
      "register",
      "reject",
      "release",
      "reload",
      "remove",
      "rename",
      "reorder",
      "replace",
      "report",
      "require",
      "reset",
      "resolve",
      "restore",
      "restructure",
      "retry",
      "return",
      "reuse",
      "revert",
      "rewrite",
      "rework",
      "sanitize",
      "separate",
      "set",
      "show",
      "simplify",
      "skip",
      "sort",
      "split",
      "stop",
      "store",
      "streamline",
      "strip",
      "support",
      "surface",
      "switch",
      "sync",
      "tidy",
      "tighten",
      "track",
      "translate",
      "trim",
      "try",
      "tweak",
      "unify",
      "update",
      "upgrade",
      "use",
      "validate",
      "verify",
      "warn",
      "wrap"
    ];
    COMMIT_VERB = new RegExp(String.raw`^(?:${COMMIT_VERBS.join("|")})(?:s|es|d|ed|ing)?\b(?![-'’])(?! of\b)`, "i");
    CONVENTIONAL = /^(?:feat|fix|docs|style|refactor|perf|test|tests|build|ci|chore|revert|deps|release)(?:\([^()\n]{0,60}\))?!?:\s/i;
    GIT_GENERATED = /^(?:fixup!|squash!|amend!|Merge (?:branch|pull request|remote-tracking branch|tag)\b|Revert ")/;
    GO_OPERATION = /^[a-z]+ (?:(?:tcp|udp|unix|ip)[46]? \S+|["']?(?:\/|\.{1,2}\/|~\/|[A-Za-z]:[\\/]|[a-z]+:\/\/)[^\s"']*["']?):\s/;
    LABEL = /^(?:[\w./-]+[ \t]+){0,3}?(?:error|exception|fatal|panic|failure|critical|err)(?:[ \t]+code)?(?:[ \t]+\d+)?(?:[ \t]*\[[^\]\n]{0,40}\])?[ \t]*:(?!\/\/)(.*)$/i;
    BARE_LABEL = /^(?:(?:an?|internal|unknown|unexpected|server|fatal|network|runtime|system|general|generic|critical|service)[ \t]+){0,3}(?:error|exception|failure)(?:[ \t]+(?:has[ \t]+)?occurred)?[.!]*$/i;
    EXCEPTION_CLASS = /^(?:[A-Za-z_$][\w$]*\.){0,6}[A-Z][\w$]*(?:Error|Exception|Fault|Timeout)\b(?:[ \t]*:(.*)|[ \t]*\(|[ \t]*$)/;
    DUMP_HEADERS = [
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
      /^terminate called after throwing\b/
    ];
    STACK_FRAMES = [
      /^\s*File "[^"\n]+", line \d+/,
      // Python
      /^\s*at \S.*:\d+:\d+\)?$/,
      // JavaScript
      /^\s*at [\w$.<>]+\([\w$.]+\.(?:java|kt|scala|cs):\d+\)$/,
      // JVM, .NET
      /^\s*\S+\.go:\d+(?: \+0x[0-9a-f]+)?$/,
      // Go
      /^#\d+\s+0x[0-9a-f]+ in /
      // gdb
    ];
    LOG_LINE = /^(?:\[?\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d|time=\S+ level=|\[GIN\]|\[?(?:ERROR|FATAL|CRITICAL|PANIC|ERR)\]?(?:[ \t:]|$)|[EF]\d{4} \d\d:\d\d:\d\d|➤? ?YN\d{4}:)/;
    KEY_VALUES = /^(?:[\w.-]+=(?:"[^"\n]*"|\S+)[ \t]+){2,}[\w.-]+=(?:"[^"\n]*"|\S+)/;
    HTML_START = /^<(?:!doctype[ \t]+html\b|html\b|head\b|body\b|title>|h1\b|center>|\?xml\b)/i;
    HTTP_REASONS = [
      "bad request",
      "unauthorized",
      "payment required",
      "forbidden",
      "not found",
      "page not found",
      "method not allowed",
      "not acceptable",
      "proxy authentication required",
      "request time-?out",
      "conflict",
      "gone",
      "payload too large",
      "request entity too large",
      "uri too long",
      "unsupported media type",
      "unprocessable (?:entity|content)",
      "too many requests",
      "internal server error",
      "not implemented",
      "bad gateway",
      "service (?:temporarily )?unavailable",
      "gateway time-?out",
      "http version not supported",
      "insufficient storage",
      "web server is (?:down|returning an unknown error)",
      "connection timed out",
      "origin is unreachable",
      "a timeout occurred",
      "ssl handshake failed",
      "invalid ssl certificate"
    ].join("|");
    HTTP_STATUS_LINE = new RegExp(String.raw`^(?:HTTP/\d(?:\.\d)?[ \t]+)?[45]\d\d\b[ \t]*[-:.]?[ \t]*(?:${HTTP_REASONS})\b`, "i");
    HTTP_REASON_ALONE = new RegExp(String.raw`^(?:${HTTP_REASONS})[.!]?$|^(?:HTTP(?:/\d(?:\.\d)?)?[ \t]+)?[45]\d\d[.!]?$`, "i");
    HTTP_STATUS_IN_LINE = new RegExp(
      String.raw`\b[45]\d\d[ \t]+(?:${HTTP_REASONS})\b|\b(?:status(?:[ \t]+code)?|error[ \t]+code|http[ \t]+error)[ \t]*:?[ \t]*[45]\d\d\b`,
      "i"
    );
    SHELL_SIGNAL = /^(?:\S+: line \d+: +\d+ )?(?:Segmentation fault|Bus error|Illegal instruction|Aborted|Killed|Floating point exception|Trace\/breakpoint trap|Hangup|Terminated|Quit)(?: \(core dumped\))?[.!]?$/i;
    SYSTEM_ERRORS = [
      "(?:unexpected )?EOF",
      "connection refused",
      "connection reset(?: by peer)?",
      "broken pipe",
      "no such file or directory",
      "no such host",
      "permission denied",
      "access denied",
      "operation not permitted",
      "file does not exist",
      "file already exists",
      "is a directory",
      "not a directory",
      "directory not empty",
      "i/o timeout",
      "context deadline exceeded",
      "context canceled",
      "deadline exceeded",
      "operation timed out",
      "connection timed out",
      "network is unreachable",
      "no route to host",
      "host is unreachable",
      "address already in use",
      "cannot assign requested address",
      "cannot allocate memory",
      "out of memory",
      "no space left on device",
      "too many open files",
      "resource temporarily unavailable",
      "device or resource busy",
      "read-only file system",
      "bad file descriptor",
      "invalid argument",
      "use of closed network connection",
      "server misbehaving",
      "certificate signed by unknown authority",
      "(?:signal: )?(?:killed|aborted|terminated|hangup|segmentation fault(?: \\(core dumped\\))?)",
      "exit status -?(?:0x[0-9a-f]+|\\d+)",
      "core dumped",
      "segmentation violation\\b.*",
      "invalid memory address or nil pointer dereference",
      "nil pointer dereference",
      "index out of range\\b.*",
      "not found",
      "command not found",
      "socket hang up",
      "other side closed",
      "fetch failed",
      "failed to fetch",
      "executable file not found in \\$PATH",
      "E[A-Z][A-Z0-9]{3,}"
    ].join("|");
    SYSTEM_ERROR_TAIL = new RegExp(String.raw`(?:^|:[ \t]+)(?:${SYSTEM_ERRORS})[.!]?(?:[ \t]+\([^()\n]*\))?[ \t]*$`, "i");
    SPEAKER_PREFIX = /^(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z][a-z0-9]*(?:\/[a-z0-9]+)+|-?(?:ba|z|da|k|c|tc|fi|a)?sh:[ \t]+(?:line[ \t]+)?\d+|[A-Z][A-Za-z]*\((?:[a-z_]+=[^()\n]*)\))[ \t]*:[ \t]+(.*)$/;
    LOGGED_DATA = /[\d=|(/\\]|:$|:\s|[A-Z]{2,}_[A-Z]|\b(?:timeout|timed out|refused|reset|cancel+ed|failed|failure|exceeded|denied|unreachable|invalid|unexpected|cannot|can't|unable|not found|no such)\b/i;
    NUMBERED_ERROR = /^[\w.-]+:[ \t]+\(\d+\)[ \t]/;
    HTTP_REQUEST = /^(?:GET|POST|PUT|DELETE|HEAD|PATCH|Get|Post|Put|Delete|Head|Patch)[ \t]+"?[a-z][a-z0-9+.-]*:\/\/[^\s"]*"?:[ \t]/;
    ERRNO = /^(?:[a-z]+(?:[ \t]+\S+)?[ \t]+E[A-Z][A-Z0-9_]{2,}(?:[ \t]+\S+)?$|request to \S+ failed, reason:|ERR_[A-Z0-9_]+\b)/;
    SOURCE_LOCATION = /^(?:node:[\w/.-]+|(?:[A-Za-z]:)?[\w.@~-]*[\\/][\w.@/\\-]*\.[A-Za-z]\w*):\d+(?::\d+)?$/;
    PACKAGE_LOG = /^(?:(?:npm|yarn|pnpm|bun|gyp|node-gyp)[ \t]+(?:ERR!|WARN!?|error[ \t]+(?:code\b|\d{3}\b|[A-Z]))|error[ \t]+[A-Z][a-z])/;
    RUNTIME_STATE = [
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
      /^(?:[\w-]+:[ \t]+)?command not found:[ \t]+\S+$/
    ];
    SERVER_TALK = new RegExp(
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
        String.raw`\bupstream (?:connect error|request timeout|prematurely closed)\b`
      ].join("|"),
      "i"
    );
    REFUSALS = [
      /^as an? (?:ai|artificial intelligence|(?:large )?language model|llm|assistant|text-based)\b/i,
      /^I (?:must|have to) (?:decline|refuse)\b/i,
      /^(?:please|could you|can you|would you)\s+(?:provide|share|paste|send|give|supply|include|clarify|specify)\b/i,
      /^(?:it (?:seems|appears|looks)|there (?:is|are|seems to be|appears to be)) (?:like |that )?(?:no|nothing|you|the (?:diff|changes?|input|patch))\b/i,
      /^(?:the|your) (?:provided |given |supplied )?(?:diff|changes|input|patch)\b[^.\n]{0,60}\b(?:is|are|appears?|seems?) (?:to be )?(?:empty|missing|incomplete|truncated|not)\b/i,
      /^no (?:diff|changes?|code changes|git diff)(?: (?:was|were))? (?:provided|found|given|detected|shown|included)\b/i
    ];
    SPEAKER = /^(?:(?:I['’]m|I am|we['’]re|we are) (?:so |very |really |truly )?(?:sorry|afraid)|(?:my )?apologies|I (?:sincerely )?apologi[sz]e|sorry|unfortunately|I(?:['’]m| am)? (?:cannot|can['’]?t|can not|could not|couldn['’]t|won['’]t|will not|do not|don['’]t|did not|didn['’]t|not able to|unable to|not going to|need))(?=$|[\s,;:!—]|\.(?:\s|$))(.*)$/i;
    TASK_WORDS = /\b(?:generate|write|create|provide|produce|help|assist|comply|fulfil+|complete|continue|see|access|view|read|determine|analy[sz]e|review|process|summari[sz]e|suggest|do (?:that|this)|commit|message|diff|changes?|request|code|repositor(?:y|ies)|information|context|details|you|your|input|patch|it seems|there (?:is|are))\b/i;
    SERVER_APOLOGY = /^(?:(?:oops|whoops|uh[- ]oh)\b|we(?:['’]re| are)? (?:sorry|experiencing|currently experiencing|unable)\b|our (?:servers?|service|systems?|team|apologies)\b)|\bsomething went wrong(?:[.!]|$| on our (?:end|side)| while)|\b(?:for|about) the inconvenience\b|\bplease try again later\b|\b(?:temporarily|currently) (?:unavailable|overloaded|down)\b|\bdown for maintenance\b|\b(?:currently )?(?:performing|undergoing) (?:scheduled )?maintenance\b/i;
  }
});

// src/words/control.ts
function withoutControls(text) {
  if (!/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(text)) return text;
  return text.replace(/\r\n?/g, "\n").replace(SEQUENCES, "").replace(CONTROLS, "");
}
var SEQUENCES, CONTROLS;
var init_control = __esm({
  "src/words/control.ts"() {
    "use strict";
    SEQUENCES = new RegExp(
      [
        // OSC, DCS, SOS, PM, APC (7- and 8-bit introducers): a string ended by BEL or ST.
        String.raw`(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)`,
        // CSI: parameters, intermediates, a final byte.
        String.raw`(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]`,
        // Any other escape: intermediates and a final byte (ESC c, ESC ( B, ESC 7).
        String.raw`\x1b[\x20-\x2f]*[\x30-\x7e]`
      ].join("|"),
      "g"
    );
    CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
  }
});

// src/model/clean.ts
function warmCleaner() {
  if (warmed) return;
  warmed = true;
  previewMessage("Add ");
  setImmediate(() => cleanMessage("Add a journal entry"));
}
function cleanMessage(raw, limits) {
  if (typeof raw !== "string" || raw.trim() === "") return { ok: false, reason: REASON_EMPTY };
  const { maxSubject, maxMessage } = resolveLimits(limits);
  const reasoning = stripReasoning(endOfTurn(withoutControls(normalizeNewlines(raw))));
  let text = reasoning.text.trim();
  if (text === "") {
    return { ok: false, reason: reasoning.hadReasoning ? REASON_ONLY_REASONING : REASON_EMPTY };
  }
  const early = unusableReason(text);
  if (early) return { ok: false, reason: early };
  text = window2(text, windowFor(maxMessage));
  text = unfence(text);
  text = text.split("\n").map((line) => CODE_LINE.test(line) ? line : unmarkdown(line)).join("\n");
  const unwrapped = stripWrappers(text);
  const tidied = smallModelTidy(unwrapped.text);
  if (!tidied.ok) return tidied;
  const message = assemble(tidied.message, limits?.commentChar);
  if (message === "") return { ok: false, reason: unwrapped.hadPreamble ? REASON_ONLY_PREAMBLE : REASON_EMPTY };
  const late = unusableReason(message);
  if (late) return { ok: false, reason: late };
  return { ok: true, message: applyLimits(message, maxSubject, maxMessage) };
}
function previewMessage(partial, limits) {
  try {
    if (typeof partial !== "string" || partial === "") return "";
    const { maxSubject, maxMessage } = resolveLimits(limits);
    let text = stripReasoning(endOfTurn(withoutControls(normalizeNewlines(partial)))).text.trimStart();
    if (text.length <= 10 && "<thinking>".startsWith(text.toLowerCase())) return "";
    text = window2(text, windowFor(maxMessage));
    text = dropFenceLines(text);
    const firstBreak = text.indexOf("\n");
    const firstLine2 = firstBreak < 0 ? text : text.slice(0, firstBreak);
    if (firstLine2.length < 200) text = stripPreamble(text).text;
    const open2 = text.charAt(0);
    const close = QUOTE_PAIRS[open2];
    if (close !== void 0) {
      text = text.slice(1);
      if (text.endsWith(close)) text = text.slice(0, -close.length);
    }
    return applyLimits(text.trim(), maxSubject, maxMessage);
  } catch {
    return "";
  }
}
function normalizeNewlines(text) {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
function stripReasoning(text) {
  if (!text.includes("<")) return { text, hadReasoning: false };
  const kept = [];
  let from = 0;
  let openAt = -1;
  let hadReasoning = false;
  for (const tag of text.matchAll(THINK_TAG)) {
    const at = tag.index;
    hadReasoning = true;
    if (tag[1] !== "/") {
      if (openAt < 0) {
        kept.push(text.slice(from, at));
        openAt = at;
      }
    } else {
      if (openAt < 0) kept.length = 0;
      openAt = -1;
      from = at + tag[0].length;
    }
  }
  if (openAt < 0) kept.push(text.slice(from));
  return { text: kept.join(""), hadReasoning };
}
function unfence(text) {
  const lines = text.split("\n").map((line) => line.replace(INLINE_FENCE, "$1"));
  const fences = [];
  lines.forEach((line, i2) => {
    if (FENCE_LINE.test(line)) fences.push(i2);
  });
  const [start, end] = fences;
  if (fences.length === 2 && start !== void 0 && end !== void 0) {
    const inside = lines.slice(start + 1, end).join("\n");
    const before = lines.slice(0, start).join("\n").trim();
    const after = lines.slice(end + 1).join("\n").trim();
    if (inside.trim() !== "" && (after === "" || inside.trim().length >= before.length + after.length)) {
      return inside;
    }
  }
  return lines.filter((line) => !FENCE_LINE.test(line)).join("\n");
}
function unmarkdown(line) {
  let out = line;
  if (HEADING2.test(out)) out = out.replace(HEADING2, "").replace(HEADING_TRAILER, "");
  return out.replace(BOLD_STARS, "$1").replace(BOLD_UNDERSCORES, (whole, inner) => /\W/.test(inner) ? inner : whole);
}
function stripWrappers(text) {
  let current = text.trim();
  let hadPreamble = false;
  for (let round = 0; round < 4; round++) {
    const stripped = stripPreamble(current);
    hadPreamble ||= stripped.found;
    const next = unquote(stripped.text.replace(PLACEHOLDER2, "").trim()).trim();
    if (next === current) break;
    current = next;
  }
  return { text: current, hadPreamble };
}
function stripPreamble(text) {
  let out = text.trimStart();
  let found = false;
  for (let round = 0; round < 3; round++) {
    const end = out.indexOf("\n");
    const line = (end < 0 ? out : out.slice(0, end)).trim();
    if (line.length > 200 || !META_LINES.some((meta) => meta.test(line))) break;
    out = end < 0 ? "" : out.slice(end + 1).trimStart();
    found = true;
  }
  for (const preamble of PREAMBLES) {
    const next = out.replace(preamble, "").trimStart();
    if (next !== out) found = true;
    out = next;
  }
  return { text: out, found };
}
function dropFenceLines(text) {
  if (!text.includes("`") && !text.includes("~")) return text;
  const lines = text.split("\n");
  const last2 = lines.length - 1;
  return lines.filter((line, i2) => !(FENCE_LINE.test(line) || i2 === last2 && /^ {0,3}`{1,3}[\w+.#-]*$/.test(line))).join("\n");
}
function endOfTurn(text) {
  if (!text.includes("<")) return text;
  const end = text.search(TURN_END);
  return (end < 0 ? text : text.slice(0, end)).replace(TURN_MARKERS, "");
}
function smallModelTidy(text) {
  if (text.trim() === "") return { ok: true, message: "" };
  const lines = text.split("\n").map((line) => line.replace(FORMAT_PLACEHOLDER, "").trimEnd());
  const kept = [];
  let subjectLine2;
  for (const line of lines) {
    const trimmed2 = line.trim();
    if (trimmed2 !== "" && NO_WORDS.test(trimmed2)) continue;
    if (trimmed2 !== "" && trimmed2 === subjectLine2) continue;
    if (/[.!?]$/.test(trimmed2) && trimmed2 === kept.at(-1)?.trim()) continue;
    if (trimmed2 !== "") subjectLine2 ??= trimmed2;
    kept.push(line);
  }
  while (kept.length > 0 && (kept[0] ?? "").trim() === "") kept.shift();
  if (kept.length === 0) return { ok: false, reason: text.trim() === "" ? REASON_EMPTY : REASON_NO_WORDS };
  let subject = (kept[0] ?? "").trim();
  for (let round = 0; round < 2; round++) subject = subject.replace(SUBJECT_LABEL, "").replace(BULLET2, "").trim();
  if (DIFF_LINE.test(subject)) return { ok: false, reason: REASON_DIFF };
  if (INSTRUCTION_ECHO.test(subject)) return { ok: false, reason: REASON_INSTRUCTIONS };
  if (subject === "" || NO_WORDS.test(subject)) {
    kept.shift();
    return kept.some((l) => l.trim() !== "") ? smallModelTidy(kept.join("\n")) : { ok: false, reason: REASON_NO_WORDS };
  }
  const body = kept.slice(1).map((line) => line.replace(BODY_LABEL, ""));
  return { ok: true, message: [subject, ...body].join("\n") };
}
function dropCutTail(raw) {
  const text = raw.replace(/\s+$/, "");
  if (text !== raw) return text;
  const lastBreak = text.lastIndexOf("\n");
  if (lastBreak >= 0 && text.slice(0, lastBreak).trim() !== "") return text.slice(0, lastBreak);
  const lastSpace = text.lastIndexOf(" ");
  return lastSpace > 0 ? text.slice(0, lastSpace) : text;
}
var REASON_EMPTY, REASON_ONLY_REASONING, REASON_ONLY_PREAMBLE, windowFor, THINK_TAG, FENCE_LINE, INLINE_FENCE, HEADING2, HEADING_TRAILER, BOLD_STARS, BOLD_UNDERSCORES, OPENER, PREAMBLES, META_LINES, PLACEHOLDER2, warmed, TURN_END, TURN_MARKERS, REASON_NO_WORDS, REASON_DIFF, REASON_INSTRUCTIONS, FORMAT_PLACEHOLDER, SUBJECT_LABEL, BODY_LABEL, BULLET2, DIFF_LINE, INSTRUCTION_ECHO, NO_WORDS;
var init_clean2 = __esm({
  "src/model/clean.ts"() {
    "use strict";
    init_message_rules();
    init_verdict();
    init_control();
    REASON_EMPTY = "the model returned an empty answer";
    REASON_ONLY_REASONING = "the model returned only its reasoning, no message";
    REASON_ONLY_PREAMBLE = "the model returned an introduction but no message";
    windowFor = (maxMessage) => maxMessage * 2 + 1024;
    THINK_TAG = /<(\/?)think(?:ing)?\s*>/gi;
    FENCE_LINE = /^ {0,3}(?:`{3,}|~{3,})\s*[\w+.#-]*\s*$/;
    INLINE_FENCE = /^\s*`{3,}([^`\n]+?)`{3,}\s*$/;
    HEADING2 = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
    HEADING_TRAILER = /[ \t]+#+[ \t]*$/;
    BOLD_STARS = /(?<![\w*])\*\*(?=\S)((?:(?!\*\*).)+?)(?<=\S)\*\*(?![\w*])/g;
    BOLD_UNDERSCORES = /(?<!\w)__(?=[^\s_])((?:(?!__).)+?)(?<=[^\s_])__(?!\w)/g;
    OPENER = String.raw`(?:(?:sure|okay|ok|certainly|of course|absolutely|alright|all right|great|well|hmm+)\b[!.,]*\s+)?`;
    PREAMBLES = [
      // "Here's a concise commit message for your changes:", "Sure! Here is the commit message"
      new RegExp(
        String.raw`^${OPENER}here(?:'s|’s|\s+is|\s+are)\b[^\n]*?\bcommit\s+messages?\b[^\n:]*(?::|(?=\n)|$)`,
        "i"
      ),
      // "Commit message:", "Suggested commit message (conventional):", "Commit message for foo.ts"
      /^(?:(?:suggested|proposed|generated|final|git)\s+)*commit\s+message(?:\s*\([^)\n]*\))?(?:\s+(?:for|of)\b[^\n:]*)?\s*(?::|(?=\n)|$)/i
    ];
    META_LINES = [
      /^(?:sure|okay|ok|certainly|of course|absolutely|alright|all right|great)\b[!.,]*$/i,
      new RegExp(String.raw`^${OPENER}here(?:'s|’s|\s+is|\s+are|\s+you\s+go)\b[^\n]*:$`, "i"),
      new RegExp(String.raw`^${OPENER}here(?:'s|’s|\s+is|\s+are|\s+you\s+go)\b[^\n]*\b(?:commit|message|diff|changes)\b[^\n]*$`, "i"),
      /^[^\n]*\bcommit\s+message\b[^\n]*:$/i,
      /^(?:based on|looking at|after (?:reviewing|analy[sz]ing)|given|from) (?:the|your|this|these)\b[^\n]*:$/i,
      /^(?:let me|i['’]ll|i will|i['’]d|i would|i suggest|i propose|below is|the following is)\b[^\n]*\b(?:commit|message|diff|changes|summar\w*)\b[^\n]*[:.]$/i
    ];
    PLACEHOLDER2 = /<\s*commit[ _-]?message\s*>/gi;
    warmed = false;
    TURN_END = /<end_of_turn>|<eos>|<\|im_end\|>|<\|eot_id\|>|<\|end\|>/;
    TURN_MARKERS = /<start_of_turn>(?:model|user)?[ \t]*\n?|<bos>|<\|im_start\|>(?:assistant)?\n?/g;
    REASON_NO_WORDS = "the model returned no words, only punctuation";
    REASON_DIFF = "the model returned a line of the diff, not a message";
    REASON_INSTRUCTIONS = "the model repeated its instructions";
    FORMAT_PLACEHOLDER = /<\s*(?:subject|body|type|scope|description|summary|footer|title|message|your[ _-]message)\s*>/gi;
    SUBJECT_LABEL = /^(?:(?:commit|short|git)\s+)?(?:subject(?:\s+line)?|title|summary|header|headline)(?:\s*:|\s+[-–]\s)\s*/i;
    BODY_LABEL = /^(?:body|description|details)\s*:\s*/i;
    BULLET2 = /^(?:[-*•+]|\d{1,2}[.)])\s+/;
    DIFF_LINE = /^(?:[+-](?![\s+-])|@@ |diff --git |index [0-9a-f]{7,}\.\.|\+\+\+ |--- )/;
    INSTRUCTION_ECHO = /^(?:this repository (?:is a journal|holds source code)\b|you are an?\b|your (?:task|answer) is\b|write (?:one subject line|(?:a|the) commit message (?:for|that|of|in) (?:the|this|these|your)\b)|focus on the content of\b|the subject line (?:says|should|must)\b)/i;
    NO_WORDS = /^[\p{P}\s]*$/u;
  }
});

// src/model/rates-file.ts
function ratesFilePath(env = process.env) {
  const state = env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith("/") ? env.XDG_STATE_HOME : (0, import_node_path12.join)((0, import_node_os2.homedir)(), ".local", "state");
  return (0, import_node_path12.join)(state, "git-commit-push", RATES_FILE_NAME);
}
async function readRates(path) {
  let text;
  try {
    text = await (0, import_promises9.readFile)(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return { snapshot: {} };
    return { snapshot: {}, problem: `learned token rates not read from ${path} (${errorCode(err)}): starting from the cautious estimate` };
  }
  const parsed = parse(text);
  if (parsed === void 0) {
    return { snapshot: {}, problem: `learned token rates in ${path} are not readable (not a rates file): ignored, starting from the cautious estimate` };
  }
  if (parsed.version !== ESTIMATOR_VERSION) return { snapshot: {} };
  return { snapshot: parsed.models };
}
function parse(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return void 0;
  const { version: version2, models } = json;
  if (typeof version2 !== "number") return void 0;
  if (version2 !== ESTIMATOR_VERSION) return { version: version2, models: {} };
  if (typeof models !== "object" || models === null || Array.isArray(models)) return void 0;
  const out = {};
  for (const [model, entry] of Object.entries(models)) {
    if (typeof entry !== "object" || entry === null) continue;
    const { code, prose } = entry;
    const nums = (xs) => Array.isArray(xs) ? xs.filter((x2) => typeof x2 === "number" && Number.isFinite(x2)) : [];
    out[model] = { code: nums(code), prose: nums(prose) };
  }
  return { version: version2, models: out };
}
function errorCode(err) {
  const code = err.code;
  return typeof code === "string" ? code : String(err);
}
async function saveRates(path, model, learned) {
  let models = {};
  try {
    const parsed = parse(await (0, import_promises9.readFile)(path, "utf8"));
    if (parsed && parsed.version === ESTIMATOR_VERSION) models = parsed.models;
  } catch {
  }
  models[model] = learned;
  const file = { version: ESTIMATOR_VERSION, models };
  await (0, import_promises9.mkdir)((0, import_node_path12.dirname)(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}-${++tempCounter2}`;
  try {
    await (0, import_promises9.writeFile)(temp, `${JSON.stringify(file, null, 1)}
`);
    await (0, import_promises9.rename)(temp, path);
  } catch (err) {
    await (0, import_promises9.rm)(temp, { force: true });
    throw err;
  }
}
var import_promises9, import_node_os2, import_node_path12, RATES_FILE_NAME, tempCounter2;
var init_rates_file = __esm({
  "src/model/rates-file.ts"() {
    "use strict";
    import_promises9 = require("node:fs/promises");
    import_node_os2 = require("node:os");
    import_node_path12 = require("node:path");
    init_tokens();
    RATES_FILE_NAME = "token-rates.json";
    tempCounter2 = 0;
  }
});

// node_modules/whatwg-fetch/dist/fetch.umd.js
var require_fetch_umd = __commonJS({
  "node_modules/whatwg-fetch/dist/fetch.umd.js"(exports2, module2) {
    (function(global2, factory) {
      typeof exports2 === "object" && typeof module2 !== "undefined" ? factory(exports2) : typeof define === "function" && define.amd ? define(["exports"], factory) : factory(global2.WHATWGFetch = {});
    })(exports2, (function(exports3) {
      "use strict";
      var g = typeof globalThis !== "undefined" && globalThis || typeof self !== "undefined" && self || // eslint-disable-next-line no-undef
      typeof global !== "undefined" && global || {};
      var support = {
        searchParams: "URLSearchParams" in g,
        iterable: "Symbol" in g && "iterator" in Symbol,
        blob: "FileReader" in g && "Blob" in g && (function() {
          try {
            new Blob();
            return true;
          } catch (e) {
            return false;
          }
        })(),
        formData: "FormData" in g,
        arrayBuffer: "ArrayBuffer" in g
      };
      function isDataView(obj) {
        return obj && DataView.prototype.isPrototypeOf(obj);
      }
      if (support.arrayBuffer) {
        var viewClasses = [
          "[object Int8Array]",
          "[object Uint8Array]",
          "[object Uint8ClampedArray]",
          "[object Int16Array]",
          "[object Uint16Array]",
          "[object Int32Array]",
          "[object Uint32Array]",
          "[object Float32Array]",
          "[object Float64Array]"
        ];
        var isArrayBufferView = ArrayBuffer.isView || function(obj) {
          return obj && viewClasses.indexOf(Object.prototype.toString.call(obj)) > -1;
        };
      }
      function normalizeName(name) {
        if (typeof name !== "string") {
          name = String(name);
        }
        if (/[^a-z0-9\-#$%&'*+.^_`|~!]/i.test(name) || name === "") {
          throw new TypeError('Invalid character in header field name: "' + name + '"');
        }
        return name.toLowerCase();
      }
      function normalizeValue(value) {
        if (typeof value !== "string") {
          value = String(value);
        }
        return value;
      }
      function iteratorFor(items) {
        var iterator = {
          next: function() {
            var value = items.shift();
            return { done: value === void 0, value };
          }
        };
        if (support.iterable) {
          iterator[Symbol.iterator] = function() {
            return iterator;
          };
        }
        return iterator;
      }
      function Headers2(headers) {
        this.map = {};
        if (headers instanceof Headers2) {
          headers.forEach(function(value, name) {
            this.append(name, value);
          }, this);
        } else if (Array.isArray(headers)) {
          headers.forEach(function(header) {
            if (header.length != 2) {
              throw new TypeError("Headers constructor: expected name/value pair to be length 2, found" + header.length);
            }
            this.append(header[0], header[1]);
          }, this);
        } else if (headers) {
          Object.getOwnPropertyNames(headers).forEach(function(name) {
            this.append(name, headers[name]);
          }, this);
        }
      }
      Headers2.prototype.append = function(name, value) {
        name = normalizeName(name);
        value = normalizeValue(value);
        var oldValue = this.map[name];
        this.map[name] = oldValue ? oldValue + ", " + value : value;
      };
      Headers2.prototype["delete"] = function(name) {
        delete this.map[normalizeName(name)];
      };
      Headers2.prototype.get = function(name) {
        name = normalizeName(name);
        return this.has(name) ? this.map[name] : null;
      };
      Headers2.prototype.has = function(name) {
        return this.map.hasOwnProperty(normalizeName(name));
      };
      Headers2.prototype.set = function(name, value) {
        this.map[normalizeName(name)] = normalizeValue(value);
      };
      Headers2.prototype.forEach = function(callback, thisArg) {
        for (var name in this.map) {
          if (this.map.hasOwnProperty(name)) {
            callback.call(thisArg, this.map[name], name, this);
          }
        }
      };
      Headers2.prototype.keys = function() {
        var items = [];
        this.forEach(function(value, name) {
          items.push(name);
        });
        return iteratorFor(items);
      };
      Headers2.prototype.values = function() {
        var items = [];
        this.forEach(function(value) {
          items.push(value);
        });
        return iteratorFor(items);
      };
      Headers2.prototype.entries = function() {
        var items = [];
        this.forEach(function(value, name) {
          items.push([name, value]);
        });
        return iteratorFor(items);
      };
      if (support.iterable) {
        Headers2.prototype[Symbol.iterator] = Headers2.prototype.entries;
      }
      function consumed(body) {
        if (body._noBody) return;
        if (body.bodyUsed) {
          return Promise.reject(new TypeError("Already read"));
        }
        body.bodyUsed = true;
      }
      function fileReaderReady(reader) {
        return new Promise(function(resolve5, reject) {
          reader.onload = function() {
            resolve5(reader.result);
          };
          reader.onerror = function() {
            reject(reader.error);
          };
        });
      }
      function readBlobAsArrayBuffer(blob) {
        var reader = new FileReader();
        var promise = fileReaderReady(reader);
        reader.readAsArrayBuffer(blob);
        return promise;
      }
      function readBlobAsText(blob) {
        var reader = new FileReader();
        var promise = fileReaderReady(reader);
        var match = /charset=([A-Za-z0-9_-]+)/.exec(blob.type);
        var encoding = match ? match[1] : "utf-8";
        reader.readAsText(blob, encoding);
        return promise;
      }
      function readArrayBufferAsText(buf) {
        var view = new Uint8Array(buf);
        var chars = new Array(view.length);
        for (var i2 = 0; i2 < view.length; i2++) {
          chars[i2] = String.fromCharCode(view[i2]);
        }
        return chars.join("");
      }
      function bufferClone(buf) {
        if (buf.slice) {
          return buf.slice(0);
        } else {
          var view = new Uint8Array(buf.byteLength);
          view.set(new Uint8Array(buf));
          return view.buffer;
        }
      }
      function Body() {
        this.bodyUsed = false;
        this._initBody = function(body) {
          this.bodyUsed = this.bodyUsed;
          this._bodyInit = body;
          if (!body) {
            this._noBody = true;
            this._bodyText = "";
          } else if (typeof body === "string") {
            this._bodyText = body;
          } else if (support.blob && Blob.prototype.isPrototypeOf(body)) {
            this._bodyBlob = body;
          } else if (support.formData && FormData.prototype.isPrototypeOf(body)) {
            this._bodyFormData = body;
          } else if (support.searchParams && URLSearchParams.prototype.isPrototypeOf(body)) {
            this._bodyText = body.toString();
          } else if (support.arrayBuffer && support.blob && isDataView(body)) {
            this._bodyArrayBuffer = bufferClone(body.buffer);
            this._bodyInit = new Blob([this._bodyArrayBuffer]);
          } else if (support.arrayBuffer && (ArrayBuffer.prototype.isPrototypeOf(body) || isArrayBufferView(body))) {
            this._bodyArrayBuffer = bufferClone(body);
          } else {
            this._bodyText = body = Object.prototype.toString.call(body);
          }
          if (!this.headers.get("content-type")) {
            if (typeof body === "string") {
              this.headers.set("content-type", "text/plain;charset=UTF-8");
            } else if (this._bodyBlob && this._bodyBlob.type) {
              this.headers.set("content-type", this._bodyBlob.type);
            } else if (support.searchParams && URLSearchParams.prototype.isPrototypeOf(body)) {
              this.headers.set("content-type", "application/x-www-form-urlencoded;charset=UTF-8");
            }
          }
        };
        if (support.blob) {
          this.blob = function() {
            var rejected = consumed(this);
            if (rejected) {
              return rejected;
            }
            if (this._bodyBlob) {
              return Promise.resolve(this._bodyBlob);
            } else if (this._bodyArrayBuffer) {
              return Promise.resolve(new Blob([this._bodyArrayBuffer]));
            } else if (this._bodyFormData) {
              throw new Error("could not read FormData body as blob");
            } else {
              return Promise.resolve(new Blob([this._bodyText]));
            }
          };
        }
        this.arrayBuffer = function() {
          if (this._bodyArrayBuffer) {
            var isConsumed = consumed(this);
            if (isConsumed) {
              return isConsumed;
            } else if (ArrayBuffer.isView(this._bodyArrayBuffer)) {
              return Promise.resolve(
                this._bodyArrayBuffer.buffer.slice(
                  this._bodyArrayBuffer.byteOffset,
                  this._bodyArrayBuffer.byteOffset + this._bodyArrayBuffer.byteLength
                )
              );
            } else {
              return Promise.resolve(this._bodyArrayBuffer);
            }
          } else if (support.blob) {
            return this.blob().then(readBlobAsArrayBuffer);
          } else {
            throw new Error("could not read as ArrayBuffer");
          }
        };
        this.text = function() {
          var rejected = consumed(this);
          if (rejected) {
            return rejected;
          }
          if (this._bodyBlob) {
            return readBlobAsText(this._bodyBlob);
          } else if (this._bodyArrayBuffer) {
            return Promise.resolve(readArrayBufferAsText(this._bodyArrayBuffer));
          } else if (this._bodyFormData) {
            throw new Error("could not read FormData body as text");
          } else {
            return Promise.resolve(this._bodyText);
          }
        };
        if (support.formData) {
          this.formData = function() {
            return this.text().then(decode);
          };
        }
        this.json = function() {
          return this.text().then(JSON.parse);
        };
        return this;
      }
      var methods = ["CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"];
      function normalizeMethod(method) {
        var upcased = method.toUpperCase();
        return methods.indexOf(upcased) > -1 ? upcased : method;
      }
      function Request(input, options) {
        if (!(this instanceof Request)) {
          throw new TypeError('Please use the "new" operator, this DOM object constructor cannot be called as a function.');
        }
        options = options || {};
        var body = options.body;
        if (input instanceof Request) {
          if (input.bodyUsed) {
            throw new TypeError("Already read");
          }
          this.url = input.url;
          this.credentials = input.credentials;
          if (!options.headers) {
            this.headers = new Headers2(input.headers);
          }
          this.method = input.method;
          this.mode = input.mode;
          this.signal = input.signal;
          if (!body && input._bodyInit != null) {
            body = input._bodyInit;
            input.bodyUsed = true;
          }
        } else {
          this.url = String(input);
        }
        this.credentials = options.credentials || this.credentials || "same-origin";
        if (options.headers || !this.headers) {
          this.headers = new Headers2(options.headers);
        }
        this.method = normalizeMethod(options.method || this.method || "GET");
        this.mode = options.mode || this.mode || null;
        this.signal = options.signal || this.signal || (function() {
          if ("AbortController" in g) {
            var ctrl = new AbortController();
            return ctrl.signal;
          }
        })();
        this.referrer = null;
        if ((this.method === "GET" || this.method === "HEAD") && body) {
          throw new TypeError("Body not allowed for GET or HEAD requests");
        }
        this._initBody(body);
        if (this.method === "GET" || this.method === "HEAD") {
          if (options.cache === "no-store" || options.cache === "no-cache") {
            var reParamSearch = /([?&])_=[^&]*/;
            if (reParamSearch.test(this.url)) {
              this.url = this.url.replace(reParamSearch, "$1_=" + (/* @__PURE__ */ new Date()).getTime());
            } else {
              var reQueryString = /\?/;
              this.url += (reQueryString.test(this.url) ? "&" : "?") + "_=" + (/* @__PURE__ */ new Date()).getTime();
            }
          }
        }
      }
      Request.prototype.clone = function() {
        return new Request(this, { body: this._bodyInit });
      };
      function decode(body) {
        var form = new FormData();
        body.trim().split("&").forEach(function(bytes) {
          if (bytes) {
            var split = bytes.split("=");
            var name = split.shift().replace(/\+/g, " ");
            var value = split.join("=").replace(/\+/g, " ");
            form.append(decodeURIComponent(name), decodeURIComponent(value));
          }
        });
        return form;
      }
      function parseHeaders(rawHeaders) {
        var headers = new Headers2();
        var preProcessedHeaders = rawHeaders.replace(/\r?\n[\t ]+/g, " ");
        preProcessedHeaders.split("\r").map(function(header) {
          return header.indexOf("\n") === 0 ? header.substr(1, header.length) : header;
        }).forEach(function(line) {
          var parts = line.split(":");
          var key = parts.shift().trim();
          if (key) {
            var value = parts.join(":").trim();
            try {
              headers.append(key, value);
            } catch (error) {
              console.warn("Response " + error.message);
            }
          }
        });
        return headers;
      }
      Body.call(Request.prototype);
      function Response(bodyInit, options) {
        if (!(this instanceof Response)) {
          throw new TypeError('Please use the "new" operator, this DOM object constructor cannot be called as a function.');
        }
        if (!options) {
          options = {};
        }
        this.type = "default";
        this.status = options.status === void 0 ? 200 : options.status;
        if (this.status < 200 || this.status > 599) {
          throw new RangeError("Failed to construct 'Response': The status provided (0) is outside the range [200, 599].");
        }
        this.ok = this.status >= 200 && this.status < 300;
        this.statusText = options.statusText === void 0 ? "" : "" + options.statusText;
        this.headers = new Headers2(options.headers);
        this.url = options.url || "";
        this._initBody(bodyInit);
      }
      Body.call(Response.prototype);
      Response.prototype.clone = function() {
        return new Response(this._bodyInit, {
          status: this.status,
          statusText: this.statusText,
          headers: new Headers2(this.headers),
          url: this.url
        });
      };
      Response.error = function() {
        var response = new Response(null, { status: 200, statusText: "" });
        response.ok = false;
        response.status = 0;
        response.type = "error";
        return response;
      };
      var redirectStatuses = [301, 302, 303, 307, 308];
      Response.redirect = function(url, status) {
        if (redirectStatuses.indexOf(status) === -1) {
          throw new RangeError("Invalid status code");
        }
        return new Response(null, { status, headers: { location: url } });
      };
      exports3.DOMException = g.DOMException;
      try {
        new exports3.DOMException();
      } catch (err) {
        exports3.DOMException = function(message, name) {
          this.message = message;
          this.name = name;
          var error = Error(message);
          this.stack = error.stack;
        };
        exports3.DOMException.prototype = Object.create(Error.prototype);
        exports3.DOMException.prototype.constructor = exports3.DOMException;
      }
      function fetch2(input, init) {
        return new Promise(function(resolve5, reject) {
          var request2 = new Request(input, init);
          if (request2.signal && request2.signal.aborted) {
            return reject(new exports3.DOMException("Aborted", "AbortError"));
          }
          var xhr = new XMLHttpRequest();
          function abortXhr() {
            xhr.abort();
          }
          xhr.onload = function() {
            var options = {
              statusText: xhr.statusText,
              headers: parseHeaders(xhr.getAllResponseHeaders() || "")
            };
            if (request2.url.indexOf("file://") === 0 && (xhr.status < 200 || xhr.status > 599)) {
              options.status = 200;
            } else {
              options.status = xhr.status;
            }
            options.url = "responseURL" in xhr ? xhr.responseURL : options.headers.get("X-Request-URL");
            var body = "response" in xhr ? xhr.response : xhr.responseText;
            setTimeout(function() {
              resolve5(new Response(body, options));
            }, 0);
          };
          xhr.onerror = function() {
            setTimeout(function() {
              reject(new TypeError("Network request failed"));
            }, 0);
          };
          xhr.ontimeout = function() {
            setTimeout(function() {
              reject(new TypeError("Network request timed out"));
            }, 0);
          };
          xhr.onabort = function() {
            setTimeout(function() {
              reject(new exports3.DOMException("Aborted", "AbortError"));
            }, 0);
          };
          function fixUrl(url) {
            try {
              return url === "" && g.location.href ? g.location.href : url;
            } catch (e) {
              return url;
            }
          }
          xhr.open(request2.method, fixUrl(request2.url), true);
          if (request2.credentials === "include") {
            xhr.withCredentials = true;
          } else if (request2.credentials === "omit") {
            xhr.withCredentials = false;
          }
          if ("responseType" in xhr) {
            if (support.blob) {
              xhr.responseType = "blob";
            } else if (support.arrayBuffer) {
              xhr.responseType = "arraybuffer";
            }
          }
          if (init && typeof init.headers === "object" && !(init.headers instanceof Headers2 || g.Headers && init.headers instanceof g.Headers)) {
            var names = [];
            Object.getOwnPropertyNames(init.headers).forEach(function(name) {
              names.push(normalizeName(name));
              xhr.setRequestHeader(name, normalizeValue(init.headers[name]));
            });
            request2.headers.forEach(function(value, name) {
              if (names.indexOf(name) === -1) {
                xhr.setRequestHeader(name, value);
              }
            });
          } else {
            request2.headers.forEach(function(value, name) {
              xhr.setRequestHeader(name, value);
            });
          }
          if (request2.signal) {
            request2.signal.addEventListener("abort", abortXhr);
            xhr.onreadystatechange = function() {
              if (xhr.readyState === 4) {
                request2.signal.removeEventListener("abort", abortXhr);
              }
            };
          }
          xhr.send(typeof request2._bodyInit === "undefined" ? null : request2._bodyInit);
        });
      }
      fetch2.polyfill = true;
      if (!g.fetch) {
        g.fetch = fetch2;
        g.Headers = Headers2;
        g.Request = Request;
        g.Response = Response;
      }
      exports3.Headers = Headers2;
      exports3.Request = Request;
      exports3.Response = Response;
      exports3.fetch = fetch2;
      Object.defineProperty(exports3, "__esModule", { value: true });
    }));
  }
});

// node_modules/ollama/dist/browser.mjs
function getPlatform() {
  if (typeof window !== "undefined" && window.navigator) {
    const nav = navigator;
    if ("userAgentData" in nav && nav.userAgentData?.platform) {
      return `${nav.userAgentData.platform.toLowerCase()} Browser/${navigator.userAgent};`;
    }
    if (navigator.platform) {
      return `${navigator.platform.toLowerCase()} Browser/${navigator.userAgent};`;
    }
    return `unknown Browser/${navigator.userAgent};`;
  } else if (typeof process !== "undefined") {
    return `${process.arch} ${process.platform} Node.js/${process.version}`;
  }
  return "";
}
function normalizeHeaders(headers) {
  if (typeof headers === "object" && headers !== null && typeof headers.forEach === "function" && headers instanceof Headers) {
    const obj = {};
    headers.forEach((value, key) => {
      obj[key] = value;
    });
    return obj;
  } else if (Array.isArray(headers)) {
    return Object.fromEntries(headers);
  } else {
    return headers || {};
  }
}
var import_whatwg_fetch, defaultPort, defaultHost, version, __defProp$1, __defNormalProp$1, __publicField$1, ResponseError, AbortableAsyncIterator, checkOk, readEnvVar, fetchWithHeaders, get, post, del, parseJSON, formatHost, __defProp3, __defNormalProp, __publicField, Ollama$1, browser;
var init_browser = __esm({
  "node_modules/ollama/dist/browser.mjs"() {
    import_whatwg_fetch = __toESM(require_fetch_umd(), 1);
    defaultPort = "11434";
    defaultHost = `http://127.0.0.1:${defaultPort}`;
    version = "0.6.3";
    __defProp$1 = Object.defineProperty;
    __defNormalProp$1 = (obj, key, value) => key in obj ? __defProp$1(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
    __publicField$1 = (obj, key, value) => {
      __defNormalProp$1(obj, typeof key !== "symbol" ? key + "" : key, value);
      return value;
    };
    ResponseError = class _ResponseError extends Error {
      constructor(error, status_code) {
        super(error);
        this.error = error;
        this.status_code = status_code;
        this.name = "ResponseError";
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, _ResponseError);
        }
      }
    };
    AbortableAsyncIterator = class {
      constructor(abortController, itr, doneCallback) {
        __publicField$1(this, "abortController");
        __publicField$1(this, "itr");
        __publicField$1(this, "doneCallback");
        this.abortController = abortController;
        this.itr = itr;
        this.doneCallback = doneCallback;
      }
      abort() {
        this.abortController.abort();
      }
      async *[Symbol.asyncIterator]() {
        for await (const message of this.itr) {
          if ("error" in message) {
            throw new Error(message.error);
          }
          yield message;
          if (message.done || message.status === "success") {
            this.doneCallback();
            return;
          }
        }
        throw new Error("Did not receive done or success response in stream.");
      }
    };
    checkOk = async (response) => {
      if (response.ok) {
        return;
      }
      let message = `Error ${response.status}: ${response.statusText}`;
      let errorData = null;
      if (response.headers.get("content-type")?.includes("application/json")) {
        try {
          errorData = await response.json();
          message = errorData.error || message;
        } catch (error) {
          console.log("Failed to parse error response as JSON");
        }
      } else {
        try {
          console.log("Getting text from response");
          const textResponse = await response.text();
          message = textResponse || message;
        } catch (error) {
          console.log("Failed to get text from error response");
        }
      }
      throw new ResponseError(message, response.status);
    };
    readEnvVar = (obj, key) => {
      return obj[key];
    };
    fetchWithHeaders = async (fetch2, url, options = {}) => {
      const defaultHeaders = {
        "Content-Type": "application/json",
        Accept: "application/json",
        "User-Agent": `ollama-js/${version} (${getPlatform()})`
      };
      options.headers = normalizeHeaders(options.headers);
      try {
        const parsed = new URL(url);
        if (parsed.protocol === "https:" && parsed.hostname === "ollama.com") {
          const apiKey = typeof process === "object" && process !== null && typeof process.env === "object" && process.env !== null ? readEnvVar(process.env, "OLLAMA_API_KEY") : void 0;
          const authorization = options.headers["authorization"] || options.headers["Authorization"];
          if (!authorization && apiKey) {
            options.headers["Authorization"] = `Bearer ${apiKey}`;
          }
        }
      } catch (error) {
        console.error("error parsing url", error);
      }
      const customHeaders = Object.fromEntries(
        Object.entries(options.headers).filter(
          ([key]) => !Object.keys(defaultHeaders).some(
            (defaultKey) => defaultKey.toLowerCase() === key.toLowerCase()
          )
        )
      );
      options.headers = {
        ...defaultHeaders,
        ...customHeaders
      };
      return fetch2(url, options);
    };
    get = async (fetch2, host, options) => {
      const response = await fetchWithHeaders(fetch2, host, {
        headers: options?.headers
      });
      await checkOk(response);
      return response;
    };
    post = async (fetch2, host, data, options) => {
      const isRecord = (input) => {
        return input !== null && typeof input === "object" && !Array.isArray(input);
      };
      const formattedData = isRecord(data) ? JSON.stringify(data) : data;
      const response = await fetchWithHeaders(fetch2, host, {
        method: "POST",
        body: formattedData,
        signal: options?.signal,
        headers: options?.headers
      });
      await checkOk(response);
      return response;
    };
    del = async (fetch2, host, data, options) => {
      const response = await fetchWithHeaders(fetch2, host, {
        method: "DELETE",
        body: JSON.stringify(data),
        headers: options?.headers
      });
      await checkOk(response);
      return response;
    };
    parseJSON = async function* (itr) {
      const decoder = new TextDecoder("utf-8");
      let buffer = "";
      const reader = itr.getReader();
      while (true) {
        const { done, value: chunk } = await reader.read();
        if (done) {
          break;
        }
        buffer += decoder.decode(chunk, { stream: true });
        const parts = buffer.split("\n");
        buffer = parts.pop() ?? "";
        for (const part of parts) {
          try {
            yield JSON.parse(part);
          } catch (error) {
            console.warn("invalid json: ", part);
          }
        }
      }
      buffer += decoder.decode();
      for (const part of buffer.split("\n").filter((p2) => p2 !== "")) {
        try {
          yield JSON.parse(part);
        } catch (error) {
          console.warn("invalid json: ", part);
        }
      }
    };
    formatHost = (host) => {
      if (!host) {
        return defaultHost;
      }
      let isExplicitProtocol = host.includes("://");
      if (host.startsWith(":")) {
        host = `http://127.0.0.1${host}`;
        isExplicitProtocol = true;
      }
      if (!isExplicitProtocol) {
        host = `http://${host}`;
      }
      const url = new URL(host);
      let port = url.port;
      if (!port) {
        if (!isExplicitProtocol) {
          port = defaultPort;
        } else {
          port = url.protocol === "https:" ? "443" : "80";
        }
      }
      let auth = "";
      if (url.username) {
        auth = url.username;
        if (url.password) {
          auth += `:${url.password}`;
        }
        auth += "@";
      }
      let formattedHost = `${url.protocol}//${auth}${url.hostname}:${port}${url.pathname}`;
      if (formattedHost.endsWith("/")) {
        formattedHost = formattedHost.slice(0, -1);
      }
      return formattedHost;
    };
    __defProp3 = Object.defineProperty;
    __defNormalProp = (obj, key, value) => key in obj ? __defProp3(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
    __publicField = (obj, key, value) => {
      __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
      return value;
    };
    Ollama$1 = class Ollama {
      constructor(config) {
        __publicField(this, "config");
        __publicField(this, "fetch");
        __publicField(this, "ongoingStreamedRequests", []);
        this.config = {
          host: "",
          headers: config?.headers
        };
        if (!config?.proxy) {
          this.config.host = formatHost(config?.host ?? defaultHost);
        }
        this.fetch = config?.fetch ?? fetch;
      }
      // Abort any ongoing streamed requests to Ollama
      abort() {
        for (const request2 of this.ongoingStreamedRequests) {
          request2.abort();
        }
        this.ongoingStreamedRequests.length = 0;
      }
      /**
       * Processes a request to the Ollama server. If the request is streamable, it will return a
       * AbortableAsyncIterator that yields the response messages. Otherwise, it will return the response
       * object.
       * @param endpoint {string} - The endpoint to send the request to.
       * @param request {object} - The request object to send to the endpoint.
       * @protected {T | AbortableAsyncIterator<T>} - The response object or a AbortableAsyncIterator that yields
       * response messages.
       * @throws {Error} - If the response body is missing or if the response is an error.
       * @returns {Promise<T | AbortableAsyncIterator<T>>} - The response object or a AbortableAsyncIterator that yields the streamed response.
       */
      async processStreamableRequest(endpoint, request2) {
        request2.stream = request2.stream ?? false;
        const host = `${this.config.host}/api/${endpoint}`;
        if (request2.stream) {
          const abortController = new AbortController();
          const response2 = await post(this.fetch, host, request2, {
            signal: abortController.signal,
            headers: this.config.headers
          });
          if (!response2.body) {
            throw new Error("Missing body");
          }
          const itr = parseJSON(response2.body);
          const abortableAsyncIterator = new AbortableAsyncIterator(
            abortController,
            itr,
            () => {
              const i2 = this.ongoingStreamedRequests.indexOf(abortableAsyncIterator);
              if (i2 > -1) {
                this.ongoingStreamedRequests.splice(i2, 1);
              }
            }
          );
          this.ongoingStreamedRequests.push(abortableAsyncIterator);
          return abortableAsyncIterator;
        }
        const response = await post(this.fetch, host, request2, {
          headers: this.config.headers
        });
        return await response.json();
      }
      /**
       * Encodes an image to base64 if it is a Uint8Array.
       * @param image {Uint8Array | string} - The image to encode.
       * @returns {Promise<string>} - The base64 encoded image.
       */
      async encodeImage(image) {
        if (typeof image !== "string") {
          const uint8Array = new Uint8Array(image);
          let byteString = "";
          const len = uint8Array.byteLength;
          for (let i2 = 0; i2 < len; i2++) {
            byteString += String.fromCharCode(uint8Array[i2]);
          }
          return btoa(byteString);
        }
        return image;
      }
      /**
       * Generates a response from a text prompt.
       * @param request {GenerateRequest} - The request object.
       * @returns {Promise<GenerateResponse | AbortableAsyncIterator<GenerateResponse>>} - The response object or
       * an AbortableAsyncIterator that yields response messages.
       */
      async generate(request2) {
        if (request2.images) {
          request2.images = await Promise.all(request2.images.map(this.encodeImage.bind(this)));
        }
        return this.processStreamableRequest("generate", request2);
      }
      /**
       * Chats with the model. The request object can contain messages with images that are either
       * Uint8Arrays or base64 encoded strings. The images will be base64 encoded before sending the
       * request.
       * @param request {ChatRequest} - The request object.
       * @returns {Promise<ChatResponse | AbortableAsyncIterator<ChatResponse>>} - The response object or an
       * AbortableAsyncIterator that yields response messages.
       */
      async chat(request2) {
        if (request2.messages) {
          for (const message of request2.messages) {
            if (message.images) {
              message.images = await Promise.all(
                message.images.map(this.encodeImage.bind(this))
              );
            }
          }
        }
        return this.processStreamableRequest("chat", request2);
      }
      /**
       * Creates a new model from a stream of data.
       * @param request {CreateRequest} - The request object.
       * @returns {Promise<ProgressResponse | AbortableAsyncIterator<ProgressResponse>>} - The response object or a stream of progress responses.
       */
      async create(request2) {
        return this.processStreamableRequest("create", {
          ...request2
        });
      }
      /**
       * Pulls a model from the Ollama registry. The request object can contain a stream flag to indicate if the
       * response should be streamed.
       * @param request {PullRequest} - The request object.
       * @returns {Promise<ProgressResponse | AbortableAsyncIterator<ProgressResponse>>} - The response object or
       * an AbortableAsyncIterator that yields response messages.
       */
      async pull(request2) {
        return this.processStreamableRequest("pull", {
          name: request2.model,
          stream: request2.stream,
          insecure: request2.insecure
        });
      }
      /**
       * Pushes a model to the Ollama registry. The request object can contain a stream flag to indicate if the
       * response should be streamed.
       * @param request {PushRequest} - The request object.
       * @returns {Promise<ProgressResponse | AbortableAsyncIterator<ProgressResponse>>} - The response object or
       * an AbortableAsyncIterator that yields response messages.
       */
      async push(request2) {
        return this.processStreamableRequest("push", {
          name: request2.model,
          stream: request2.stream,
          insecure: request2.insecure
        });
      }
      /**
       * Deletes a model from the server. The request object should contain the name of the model to
       * delete.
       * @param request {DeleteRequest} - The request object.
       * @returns {Promise<StatusResponse>} - The response object.
       */
      async delete(request2) {
        await del(
          this.fetch,
          `${this.config.host}/api/delete`,
          { name: request2.model },
          { headers: this.config.headers }
        );
        return { status: "success" };
      }
      /**
       * Copies a model from one name to another. The request object should contain the name of the
       * model to copy and the new name.
       * @param request {CopyRequest} - The request object.
       * @returns {Promise<StatusResponse>} - The response object.
       */
      async copy(request2) {
        await post(this.fetch, `${this.config.host}/api/copy`, { ...request2 }, {
          headers: this.config.headers
        });
        return { status: "success" };
      }
      /**
       * Lists the models on the server.
       * @returns {Promise<ListResponse>} - The response object.
       * @throws {Error} - If the response body is missing.
       */
      async list() {
        const response = await get(this.fetch, `${this.config.host}/api/tags`, {
          headers: this.config.headers
        });
        return await response.json();
      }
      /**
       * Shows the metadata of a model. The request object should contain the name of the model.
       * @param request {ShowRequest} - The request object.
       * @returns {Promise<ShowResponse>} - The response object.
       */
      async show(request2) {
        const response = await post(this.fetch, `${this.config.host}/api/show`, {
          ...request2
        }, {
          headers: this.config.headers
        });
        return await response.json();
      }
      /**
       * Embeds text input into vectors.
       * @param request {EmbedRequest} - The request object.
       * @returns {Promise<EmbedResponse>} - The response object.
       */
      async embed(request2) {
        const response = await post(this.fetch, `${this.config.host}/api/embed`, {
          ...request2
        }, {
          headers: this.config.headers
        });
        return await response.json();
      }
      /**
       * Embeds a text prompt into a vector.
       * @param request {EmbeddingsRequest} - The request object.
       * @returns {Promise<EmbeddingsResponse>} - The response object.
       */
      async embeddings(request2) {
        const response = await post(this.fetch, `${this.config.host}/api/embeddings`, {
          ...request2
        }, {
          headers: this.config.headers
        });
        return await response.json();
      }
      /**
       * Lists the running models on the server
       * @returns {Promise<ListResponse>} - The response object.
       * @throws {Error} - If the response body is missing.
       */
      async ps() {
        const response = await get(this.fetch, `${this.config.host}/api/ps`, {
          headers: this.config.headers
        });
        return await response.json();
      }
      /**
       * Returns the Ollama server version.
       * @returns {Promise<VersionResponse>} - The server version object.
       */
      async version() {
        const response = await get(this.fetch, `${this.config.host}/api/version`, {
          headers: this.config.headers
        });
        return await response.json();
      }
      /**
       * Performs web search using the Ollama web search API
       * @param request {WebSearchRequest} - The search request containing query and options
       * @returns {Promise<WebSearchResponse>} - The search results
       * @throws {Error} - If the request is invalid or the server returns an error
       */
      async webSearch(request2) {
        if (!request2.query || request2.query.length === 0) {
          throw new Error("Query is required");
        }
        const response = await post(this.fetch, `https://ollama.com/api/web_search`, { ...request2 }, {
          headers: this.config.headers
        });
        return await response.json();
      }
      /**
       * Fetches a single page using the Ollama web fetch API
       * @param request {WebFetchRequest} - The fetch request containing a URL
       * @returns {Promise<WebFetchResponse>} - The fetch result
       * @throws {Error} - If the request is invalid or the server returns an error
       */
      async webFetch(request2) {
        if (!request2.url || request2.url.length === 0) {
          throw new Error("URL is required");
        }
        const response = await post(this.fetch, `https://ollama.com/api/web_fetch`, { ...request2 }, { headers: this.config.headers });
        return await response.json();
      }
    };
    browser = new Ollama$1();
  }
});

// src/model/https.ts
var https_exports = {};
__export(https_exports, {
  request: () => import_node_https.request
});
var import_node_https;
var init_https = __esm({
  "src/model/https.ts"() {
    "use strict";
    import_node_https = require("node:https");
  }
});

// src/model/http.ts
function abortReason(signal) {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}
async function smallFetch(url, init = {}) {
  const target = new URL(url);
  const { signal } = init;
  if (signal?.aborted) throw abortReason(signal);
  const request2 = target.protocol === "https:" ? (await Promise.resolve().then(() => (init_https(), https_exports))).request : import_node_http.request;
  const body = init.body === void 0 ? void 0 : Buffer.from(init.body);
  const headers = { ...init.headers };
  if (body) headers["content-length"] = String(body.length);
  return new Promise((resolve5, reject) => {
    let settled = false;
    let res;
    const req = request2(target, { method: init.method ?? "GET", headers });
    const onAbort = () => {
      const reason = abortReason(signal);
      if (!settled) {
        settled = true;
        reject(reason);
      }
      req.destroy();
      res?.destroy();
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    const release = () => signal?.removeEventListener("abort", onAbort);
    req.on("error", (err) => {
      release();
      if (settled) return;
      settled = true;
      reject(new TypeError("fetch failed", { cause: err }));
    });
    req.on("response", (r2) => {
      res = r2;
      settled = true;
      resolve5(responseOf(r2, signal, release));
    });
    req.end(body);
  });
}
function responseOf(res, signal, release) {
  const chunks = res[Symbol.asyncIterator]();
  res.once("end", release);
  res.once("close", release);
  const next = async () => {
    try {
      return await chunks.next();
    } catch (err) {
      if (signal?.aborted) throw abortReason(signal);
      throw new TypeError("terminated", { cause: err });
    }
  };
  const cancel = async () => {
    res.destroy();
    release();
  };
  const reader = {
    async read() {
      const r2 = await next();
      return r2.done ? { done: true } : { done: false, value: r2.value };
    },
    cancel,
    releaseLock() {
    }
  };
  const text = async () => {
    const parts = [];
    for (let r2 = await next(); !r2.done; r2 = await next()) parts.push(r2.value);
    return Buffer.concat(parts).toString("utf8");
  };
  const status = res.statusCode ?? 0;
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: res.statusMessage ?? "",
    headers: {
      get(name) {
        const v = res.headers[name.toLowerCase()];
        return v === void 0 ? null : Array.isArray(v) ? v.join(", ") : v;
      }
    },
    body: { getReader: () => reader, cancel },
    text,
    json: async () => JSON.parse(await text())
  };
}
function readResponse(text, from) {
  let sent = false;
  const bytes = Buffer.from(text);
  const reader = {
    async read() {
      if (sent) return { done: true };
      sent = true;
      return { done: false, value: bytes };
    },
    async cancel() {
    },
    releaseLock() {
    }
  };
  return {
    ok: from.ok,
    status: from.status,
    statusText: from.statusText,
    headers: from.headers,
    body: { getReader: () => reader, cancel: async () => {
    } },
    text: async () => text,
    json: async () => JSON.parse(text)
  };
}
var import_node_http;
var init_http = __esm({
  "src/model/http.ts"() {
    "use strict";
    import_node_http = require("node:http");
  }
});

// src/model/ollama.ts
var ollama_exports = {};
__export(ollama_exports, {
  NotOllamaAnswer: () => NotOllamaAnswer,
  clientFor: () => clientFor,
  describeFailure: () => describeFailure,
  modelFacts: () => modelFacts,
  streamChat: () => streamChat
});
async function quiet(res) {
  const type = res.headers.get("content-type") ?? "";
  const json = /json/i.test(type);
  if (res.ok) {
    if (json || type === "") return res;
    await res.body.cancel().catch(() => void 0);
    throw new NotOllamaAnswer(res.status, res.statusText);
  }
  const text = await res.text().catch(() => "");
  try {
    const body = JSON.parse(text);
    if (typeof body === "object" && body !== null && typeof body.error === "string") {
      return readResponse(text, res);
    }
  } catch {
  }
  throw new NotOllamaAnswer(res.status, res.statusText);
}
function clientFor(host, signal) {
  const boundFetch = async (input, init = {}) => {
    const own = init.signal;
    let combined = signal;
    if (own) {
      const both = new AbortController();
      const relay = (s) => () => both.abort(s.reason);
      if (signal.aborted || own.aborted) both.abort(signal.aborted ? signal.reason : own.reason);
      signal.addEventListener("abort", relay(signal), { once: true });
      own.addEventListener("abort", relay(own), { once: true });
      combined = both.signal;
    }
    const { url, authorization } = withoutCredentials(input);
    const headers = { ...init.headers };
    const named = Object.keys(headers).some((k2) => k2.toLowerCase() === "authorization");
    if (authorization && !named) headers["authorization"] = authorization;
    const res = await smallFetch(url, { ...init, headers, signal: combined });
    if (res.status >= 300 && res.status < 400) {
      await res.body.cancel().catch(() => void 0);
      throw new RedirectRefused(res.status, res.headers.get("location") ?? "");
    }
    return quiet(res);
  };
  return new Ollama$1({ host, fetch: boundFetch });
}
function withoutCredentials(input) {
  const url = new URL(input);
  if (!url.username && !url.password) return { url: input };
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  url.username = "";
  url.password = "";
  return { url: url.toString(), authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}` };
}
async function modelFacts(host, model, signal) {
  const key = `${host}
${model}`;
  const cached = factsCache.get(key);
  if (cached) return cached;
  const show = await clientFor(host, signal).show({ model });
  const info = show.model_info ?? {};
  const arch = info["general.architecture"];
  const len = typeof arch === "string" ? info[`${arch}.context_length`] : void 0;
  const capabilities = show.capabilities;
  const facts = {
    thinking: Array.isArray(capabilities) && capabilities.includes("thinking")
  };
  if (typeof len === "number" && len > 0) facts.contextLength = len;
  if (typeof arch === "string" && arch !== "") facts.architecture = arch;
  factsCache.set(key, facts);
  return facts;
}
async function* streamChat(p2) {
  const client2 = clientFor(p2.host, p2.signal);
  const stream = await client2.chat({
    model: p2.model,
    messages: [
      { role: "system", content: p2.system },
      { role: "user", content: p2.user }
    ],
    stream: true,
    keep_alive: p2.keepAlive,
    options: { num_ctx: p2.numCtx, num_predict: p2.numPredict },
    ...p2.disableThinking ? { think: false } : {}
  });
  try {
    for await (const part of stream) {
      const text = part.message?.content ?? "";
      if (text) yield text;
      if (part.done) {
        p2.onDone?.({
          ...typeof part.prompt_eval_count === "number" ? { promptEvalCount: part.prompt_eval_count } : {},
          // "length": the answer was cut at num_predict, its last line unfinished.
          ...typeof part.done_reason === "string" ? { doneReason: part.done_reason } : {}
        });
      }
    }
  } finally {
    stream.abort();
  }
}
function describeFailure(err, host, model) {
  const e = err ?? {};
  const name = typeof e.name === "string" ? e.name : "";
  const message = typeof e.message === "string" ? e.message : String(err);
  const cause = e.cause ?? {};
  const code = typeof cause.code === "string" ? cause.code : "";
  if (err instanceof RedirectRefused) {
    return `Ollama at ${host} redirected the request to ${err.location || "another address"}: not followed, the diff goes only to the configured host`;
  }
  if (err instanceof NotOllamaAnswer) return `${err.message} (at ${host}), not as Ollama answers`;
  if (name === "ResponseError") {
    const status = typeof e.status_code === "number" ? e.status_code : 0;
    const detail = typeof e.error === "string" ? e.error : message;
    if (status === 404) return `model "${model}" not found at ${host} (run: ollama pull ${model})`;
    return `Ollama at ${host} answered ${status}: ${firstLine(detail)}`;
  }
  if (code === "ECONNREFUSED") return `Ollama unreachable at ${host} (connection refused)`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `Ollama unreachable at ${host} (host not found)`;
  if (code === "ETIMEDOUT" || code === "EHOSTUNREACH" || code === "ENETUNREACH")
    return `Ollama unreachable at ${host} (${code})`;
  if (name === "TypeError" && message === "fetch failed") return `Ollama unreachable at ${host}`;
  if (name === "TypeError" && message === "terminated") return `the connection to Ollama at ${host} broke while generating`;
  if (message.startsWith("Did not receive done")) return `Ollama at ${host} ended the answer early`;
  return `Ollama at ${host} failed while generating: ${firstLine(message)}`;
}
function firstLine(s) {
  return (s.split("\n")[0] ?? "").trim().slice(0, 200);
}
var RedirectRefused, NotOllamaAnswer, factsCache;
var init_ollama = __esm({
  "src/model/ollama.ts"() {
    "use strict";
    init_browser();
    init_http();
    RedirectRefused = class extends Error {
      constructor(status, location) {
        super(`redirect ${status} to ${location || "(no address)"} not followed`);
        this.status = status;
        this.location = location;
      }
      status;
      location;
      name = "RedirectRefused";
    };
    NotOllamaAnswer = class extends Error {
      constructor(status, statusText2) {
        super(`the server answered ${status}${statusText2 ? ` ${statusText2}` : ""}`);
        this.status = status;
        this.statusText = statusText2;
      }
      status;
      statusText;
      name = "NotOllamaAnswer";
    };
    factsCache = /* @__PURE__ */ new Map();
  }
});

// src/model/generate.ts
function client() {
  return Promise.resolve().then(() => (init_ollama(), ollama_exports));
}
function contextWindow(wanted, trained) {
  const capped = trained !== void 0 ? Math.min(wanted, trained) : wanted;
  return Math.max(1024, Math.floor(capped / 1024) * 1024);
}
function answerLimit(numPredict) {
  return Math.max(4096, numPredict * 16);
}
function generationInput(p2, context, signal) {
  return {
    host: p2.options.host,
    model: p2.options.model,
    system: p2.system,
    files: p2.diff,
    recentSubjects: context.subjects.subjects,
    subjectsFile: context.subjects.file,
    generatedPaths: context.generated,
    numCtx: p2.options.num_ctx,
    numPredict: p2.options.num_predict,
    keepAlive: p2.options.keep_alive,
    timeoutMs: p2.options.timeout_ms,
    limits: { ...messageLimits(p2.options.preset), ...p2.commentChar !== void 0 ? { commentChar: p2.commentChar } : {} },
    signal
  };
}
function warmUp(host, model, timeoutMs) {
  const key = `${host}
${model}`;
  if (!warming.has(key)) {
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(new Error("timeout")), timeoutMs);
    timer.unref();
    const turn = () => new Promise((r2) => setImmediate(r2));
    const facts = async () => {
      await turn();
      const c3 = await client();
      await turn();
      return c3.modelFacts(host, model, stop.signal);
    };
    warming.set(
      key,
      facts().catch(() => void 0).finally(() => clearTimeout(timer))
    );
  }
  setImmediate(() => setImmediate(warmCleaner));
}
async function loadEstimator(path, model, notes) {
  const loaded = await readRates(path);
  if (loaded.problem !== void 0 && !reported.has(path)) {
    reported.add(path);
    notes.push(loaded.problem);
  }
  const fromFile = loaded.snapshot[model];
  const mine = remembered.get(model);
  return new TokenEstimator(fromFile ? { [model]: fromFile } : mine ? { [model]: mine } : {});
}
function promptKey(req) {
  const { rates: _rates, ...rest } = req;
  const generated = rest.generatedPaths ? [...rest.generatedPaths].sort() : [];
  return (0, import_node_crypto2.createHash)("sha256").update(JSON.stringify({ ...rest, generatedPaths: generated })).digest("hex");
}
async function generate(input) {
  const started = Date.now();
  const run = new AbortController();
  let timedOut = false;
  let flooded = false;
  const timer = setTimeout(() => {
    timedOut = true;
    run.abort(new Error("timeout"));
  }, input.timeoutMs);
  const cancel = () => run.abort(input.signal.reason);
  if (input.signal.aborted) cancel();
  input.signal.addEventListener("abort", cancel, { once: true });
  let raw = "";
  try {
    const key = `${input.host}
${input.model}`;
    const early = warming.get(key);
    if (early) {
      warming.delete(key);
      await Promise.race([early, new Promise((r2) => run.signal.addEventListener("abort", r2, { once: true }))]);
    }
    const { modelFacts: modelFacts2, streamChat: streamChat2 } = await client();
    const facts = await modelFacts2(input.host, input.model, run.signal);
    const numCtx = contextWindow(input.numCtx, facts.contextLength);
    const redacted = redactSecrets(input.files);
    const notes = [];
    const ratesFile = input.ratesFile ?? ratesFilePath();
    const estimator = await loadEstimator(ratesFile, input.model, notes);
    const request2 = {
      files: redacted.files,
      system: input.system,
      recentSubjects: input.recentSubjects,
      ...input.subjectsFile !== void 0 ? { subjectsFile: input.subjectsFile } : {},
      ...input.generatedPaths !== void 0 ? { generatedPaths: input.generatedPaths } : {},
      numCtx,
      numPredict: input.numPredict
    };
    const memoKey = `${input.host}
${input.model}`;
    const requestKey = promptKey(request2);
    const memo = lastPrompt.get(memoKey);
    const resent = memo?.key === requestKey;
    const built = resent ? memo.prompt : buildPrompt({ ...request2, rates: estimator.rates(input.model, facts.architecture) });
    lastPrompt.set(memoKey, { key: requestKey, prompt: built });
    const prompt = { ...built, omitted: [...redacted.notes, ...built.omitted] };
    input.onPrompt?.(prompt, notes);
    let promptEvalCount;
    let cutShort = false;
    const limit = answerLimit(input.numPredict);
    for await (const piece of streamChat2({
      host: input.host,
      model: input.model,
      system: prompt.system,
      user: prompt.user,
      numCtx,
      numPredict: input.numPredict,
      keepAlive: input.keepAlive,
      disableThinking: facts.thinking,
      signal: run.signal,
      onDone: (d) => {
        promptEvalCount = d.promptEvalCount;
        cutShort = d.doneReason === "length";
      }
    })) {
      raw += piece;
      if (raw.length > limit) {
        flooded = true;
        run.abort(new Error("flood"));
        break;
      }
      input.onText?.(previewMessage(raw, input.limits));
    }
    const room = numCtx - input.numPredict;
    const cut = promptEvalCount !== void 0 && promptEvalCount >= room;
    if (!flooded && (!resent || cut)) {
      estimator.learn(input.model, built.mix, promptEvalCount, { room, ...facts.architecture !== void 0 ? { architecture: facts.architecture } : {} });
      if (cut) lastPrompt.delete(memoKey);
      await keepLearned(ratesFile, input.model, estimator);
    }
    return finish(cutShort ? dropCutTail(raw) : raw, input.limits, started);
  } catch (err) {
    if (input.signal.aborted) return { ok: false, reason: "cancelled", cancelled: true };
    if (flooded) return finish(raw, input.limits, started);
    if (timedOut) {
      return {
        ok: false,
        reason: `Ollama at ${input.host} did not answer within ${input.timeoutMs / 1e3} s (timeout_ms)`,
        cancelled: false
      };
    }
    const { describeFailure: describeFailure2 } = await client();
    return { ok: false, reason: withoutControls(describeFailure2(err, input.host, input.model)), cancelled: false };
  } finally {
    clearTimeout(timer);
    input.signal.removeEventListener("abort", cancel);
  }
}
async function keepLearned(path, model, estimator) {
  const learned = estimator.learned(model);
  if (!learned) return;
  remembered.set(model, learned);
  await saveRates(path, model, learned).catch((err) => console.error(err));
}
function finish(raw, limits, started) {
  const cleaned = cleanMessage(raw, limits);
  if (!cleaned.ok) return { ok: false, reason: cleaned.reason, cancelled: false };
  return { ok: true, message: cleaned.message, seconds: (Date.now() - started) / 1e3 };
}
var import_node_crypto2, warming, remembered, reported, lastPrompt;
var init_generate = __esm({
  "src/model/generate.ts"() {
    "use strict";
    init_prompt();
    init_redact();
    import_node_crypto2 = require("node:crypto");
    init_tokens();
    init_clean2();
    init_message_rules();
    init_control();
    init_rates_file();
    warming = /* @__PURE__ */ new Map();
    remembered = /* @__PURE__ */ new Map();
    reported = /* @__PURE__ */ new Set();
    lastPrompt = /* @__PURE__ */ new Map();
  }
});

// src/cli/terminal.ts
var terminal_exports = {};
__export(terminal_exports, {
  Interrupts: () => Interrupts,
  StreamPrinter: () => StreamPrinter,
  printFailure: () => printFailure,
  say: () => say,
  streamTarget: () => streamTarget
});
function say(text, level = "info") {
  const prefix = level === "info" ? "" : level === "warn" ? "warning: " : "error: ";
  process.stderr.write(`git-commit-push: ${prefix}${hideUrlCredentials(text)}
`);
}
function printFailure(err) {
  if (err instanceof PluginError) return say(err.message, err.level);
  const msg = err instanceof Error ? err.message : String(err);
  say(`unexpected failure: ${msg.split("\n")[0] ?? ""}`, "error");
  if (process.env.GIT_COMMIT_PUSH_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}
`);
  else say("GIT_COMMIT_PUSH_DEBUG=1 shows the details");
}
function streamTarget() {
  return process.stdout.isTTY ? process.stdout : process.stderr;
}
var StreamPrinter, STOP_SIGNALS, Interrupts;
var init_terminal = __esm({
  "src/cli/terminal.ts"() {
    "use strict";
    init_errors();
    init_credentials();
    StreamPrinter = class {
      constructor(out) {
        this.out = out;
      }
      out;
      shown = "";
      update(preview) {
        if (!preview.startsWith(this.shown) || preview.length === this.shown.length) return;
        this.out.write(hideUrlCredentials(preview.slice(this.shown.length)));
        this.shown = preview;
      }
      end() {
        if (this.shown !== "") this.out.write("\n");
        this.shown = "";
      }
    };
    STOP_SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
    Interrupts = class {
      action;
      count = 0;
      /** SIGTERM or SIGHUP, once one came: the run is to end, even after the editor (which took it too). */
      stoppedBy;
      listeners = /* @__PURE__ */ new Map();
      constructor() {
        for (const [signal, code] of Object.entries(STOP_SIGNALS)) {
          const listener = () => {
            if (signal !== "SIGINT") this.stoppedBy = signal;
            if (this.action === "ignore") return;
            this.count++;
            if (this.count > 1 || this.action === void 0) {
              process.stderr.write("\n");
              process.exit(code);
            }
            this.action();
          };
          this.listeners.set(signal, listener);
          process.on(signal, listener);
        }
      }
      get interrupted() {
        return this.count > 0;
      }
      /** What Ctrl-C does from now on: an action, or nothing at all while the editor has the terminal. */
      during(action) {
        this.action = action;
      }
      dispose() {
        for (const [signal, listener] of this.listeners) process.off(signal, listener);
      }
    };
  }
});

// src/cli/ask.ts
async function ask(job, context, signal, printer) {
  let omitted = [];
  const result = await generate({
    ...generationInput(job, context, signal),
    onPrompt: (prompt, notes) => {
      omitted = prompt.omitted;
      for (const note of notes) say(note, "warn");
    },
    ...printer ? { onText: (preview) => printer.update(preview) } : {}
  });
  printer?.end();
  return { ...result, omitted };
}
function fallback(diff, reason) {
  const message = fallbackMessage(diff.map((f) => f.path));
  say(`${reason}: using the default message "${message}"`, "warn");
  return message;
}
var init_ask = __esm({
  "src/cli/ask.ts"() {
    "use strict";
    init_message();
    init_generate();
    init_terminal();
  }
});

// src/change/context.ts
async function recentSubjects(repo, file) {
  const log = (extra, signal) => repo.git.run(["log", "-n", "5", "--no-merges", "--no-show-signature", "--format=%s", ...extra], signal ? { signal } : {}).then((out) => out.stdout.split("\n").filter((l) => l !== "")).catch(() => []);
  if (file === void 0) return { subjects: await log([]) };
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), FILE_LOG_MS);
  const own = await log(pathspecs([file]), stop.signal);
  clearTimeout(timer);
  return own.length > 0 ? { subjects: own, file } : { subjects: await log([]) };
}
async function generatedByAttributes(repo, paths) {
  const out = /* @__PURE__ */ new Set();
  const asked = paths.slice(0, MAX_ATTRIBUTE_PATHS);
  if (asked.length === 0 || !await anyAttributesFile(repo, asked)) return out;
  try {
    const z2 = (await repo.git.run(["check-attr", "-z", "linguist-generated", "diff", "--", ...asked])).stdout;
    const parts = z2.split("\0");
    for (let i2 = 0; i2 + 2 < parts.length; i2 += 3) {
      const [path = "", attr = "", value = ""] = [parts[i2], parts[i2 + 1], parts[i2 + 2]];
      if (attr === "linguist-generated" && (value === "set" || value === "true") || attr === "diff" && value === "unset") out.add(path);
    }
  } catch {
  }
  return out;
}
async function anyAttributesFile(repo, paths) {
  const dirs = /* @__PURE__ */ new Set([""]);
  for (const p2 of paths.slice(0, MAX_ATTRIBUTE_DIRS)) {
    for (let i2 = p2.indexOf("/"); i2 >= 0; i2 = p2.indexOf("/", i2 + 1)) dirs.add(p2.slice(0, i2));
  }
  if (paths.length > MAX_ATTRIBUTE_DIRS) return true;
  const xdg = process.env.XDG_CONFIG_HOME || (0, import_node_path13.join)(process.env.HOME ?? "", ".config");
  const candidates = [
    ...[...dirs].map((d) => (0, import_node_path13.join)(repo.root, d, ".gitattributes")),
    (0, import_node_path13.join)(repo.commonDir, "info", "attributes"),
    repo.config.get("core.attributesfile") ?? (0, import_node_path13.join)(xdg, "git", "attributes"),
    "/etc/gitattributes"
  ];
  const found = await Promise.all(candidates.map((c3) => (0, import_promises10.stat)(expandHome(c3)).then(() => true, () => false)));
  return found.some(Boolean);
}
function expandHome(path) {
  return path.startsWith("~/") ? (0, import_node_path13.join)(process.env.HOME ?? "", path.slice(2)) : path;
}
async function promptContext(p2) {
  const [subjects, generated] = await Promise.all([
    recentSubjects(p2.repo, p2.file),
    generatedByAttributes(
      p2.repo,
      p2.diff.map((f) => f.path)
    )
  ]);
  return { subjects, generated };
}
var import_promises10, import_node_path13, FILE_LOG_MS, MAX_ATTRIBUTE_PATHS, MAX_ATTRIBUTE_DIRS;
var init_context = __esm({
  "src/change/context.ts"() {
    "use strict";
    import_promises10 = require("node:fs/promises");
    import_node_path13 = require("node:path");
    init_gather();
    FILE_LOG_MS = 300;
    MAX_ATTRIBUTE_PATHS = 2e3;
    MAX_ATTRIBUTE_DIRS = 200;
  }
});

// src/change/diff.ts
function parseDiff(diff) {
  const files = [];
  if (diff.length === 0) return files;
  const lines = diff.split("\n");
  let current;
  let hunk;
  let oldLeft = 0;
  let newLeft = 0;
  const finish2 = () => {
    if (!current) return;
    const b2 = current;
    const f = b2.file;
    if (f.path === "") {
      const fallback2 = f.status === "deleted" ? b2.minusPath ?? b2.plusPath : b2.plusPath ?? b2.minusPath;
      f.path = b2.headerPath ?? fallback2 ?? "";
    }
    if (f.path !== "") files.push(f);
    current = void 0;
  };
  for (let i2 = 0; i2 < lines.length; i2++) {
    const line = lines[i2];
    if (hunk) {
      const c3 = line.charCodeAt(0);
      if (oldLeft > 0 || newLeft > 0) {
        if (c3 === SPACE2 || line.length === 0 && oldLeft > 0 && newLeft > 0) {
          hunk.lines.push(line);
          oldLeft--;
          newLeft--;
          continue;
        }
        if (c3 === MINUS2 && oldLeft > 0) {
          hunk.lines.push(line);
          hunk.removed++;
          oldLeft--;
          continue;
        }
        if (c3 === PLUS2 && newLeft > 0) {
          hunk.lines.push(line);
          hunk.added++;
          newLeft--;
          continue;
        }
        if (c3 === BACKSLASH) {
          hunk.lines.push(line);
          continue;
        }
      } else if (c3 === BACKSLASH) {
        hunk.lines.push(line);
        continue;
      }
      hunk = void 0;
    }
    if (line.startsWith("diff --git ")) {
      finish2();
      current = startFile(line.slice("diff --git ".length));
      continue;
    }
    if (!current) continue;
    if (current.inBinaryPatch) continue;
    const f = current.file;
    if (line.startsWith("@@")) {
      const m = HUNK_HEADER.exec(line);
      if (!m) continue;
      oldLeft = m[1] === void 0 ? 1 : Number(m[1]);
      newLeft = m[2] === void 0 ? 1 : Number(m[2]);
      hunk = { header: line, lines: [], added: 0, removed: 0 };
      f.hunks.push(hunk);
      continue;
    }
    headerLine(current, line);
  }
  finish2();
  for (const f of files) {
    for (const h2 of f.hunks) {
      f.added += h2.added;
      f.removed += h2.removed;
    }
  }
  return files;
}
function startFile(names) {
  const pair = splitHeaderNames(names);
  return {
    file: { path: "", status: "modified", binary: false, added: 0, removed: 0, hunks: [] },
    headerPath: pair ? stripPrefixPair(pair[0], pair[1]) : void 0,
    minusPath: void 0,
    plusPath: void 0,
    inBinaryPatch: false
  };
}
function headerLine(b2, line) {
  const f = b2.file;
  if (line.startsWith("new file mode ")) {
    f.status = "added";
    f.newMode = line.slice("new file mode ".length);
  } else if (line.startsWith("deleted file mode ")) {
    f.status = "deleted";
    f.oldMode = line.slice("deleted file mode ".length);
  } else if (line.startsWith("old mode ")) {
    f.oldMode = line.slice("old mode ".length);
  } else if (line.startsWith("new mode ")) {
    f.newMode = line.slice("new mode ".length);
  } else if (line.startsWith("rename from ")) {
    f.status = "renamed";
    f.oldPath = unquoteIfQuoted(line.slice("rename from ".length));
  } else if (line.startsWith("rename to ")) {
    f.status = "renamed";
    f.path = unquoteIfQuoted(line.slice("rename to ".length));
  } else if (line.startsWith("copy from ")) {
    f.status = "added";
    f.oldPath = unquoteIfQuoted(line.slice("copy from ".length));
  } else if (line.startsWith("copy to ")) {
    f.status = "added";
    f.path = unquoteIfQuoted(line.slice("copy to ".length));
  } else if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
    f.binary = true;
  } else if (line === "GIT binary patch") {
    f.binary = true;
    b2.inBinaryPatch = true;
  } else if (line.startsWith("--- ")) {
    b2.minusPath = patchLinePath(line.slice(4));
  } else if (line.startsWith("+++ ")) {
    b2.plusPath = patchLinePath(line.slice(4));
  }
}
function patchLinePath(raw) {
  let s = raw.endsWith("	") ? raw.slice(0, -1) : raw;
  s = unquoteIfQuoted(s);
  if (s === "/dev/null") return void 0;
  return /^[^/]\//.test(s) ? s.slice(2) : s;
}
function splitHeaderNames(rest) {
  if (rest.startsWith('"')) {
    const first2 = readQuoted(rest, 0);
    if (!first2 || rest.charCodeAt(first2.end) !== SPACE2) return void 0;
    const second = rest.slice(first2.end + 1);
    return [first2.value, unquoteIfQuoted(second)];
  }
  if (rest.endsWith('"')) {
    for (let at = rest.indexOf(' "'); at >= 0; at = rest.indexOf(' "', at + 1)) {
      const q2 = readQuoted(rest, at + 1);
      if (q2 && q2.end === rest.length) return [rest.slice(0, at), q2.value];
    }
  }
  if ((rest.length - 1) % 2 === 0) {
    const half = (rest.length - 1) / 2;
    if (rest.charCodeAt(half) === SPACE2) return [rest.slice(0, half), rest.slice(half + 1)];
  }
  return void 0;
}
function stripPrefixPair(a, b2) {
  if (a === b2) return b2;
  const prefixed = /^[^/]\//;
  if (prefixed.test(a) && prefixed.test(b2)) return b2.slice(2);
  return b2;
}
function unquoteIfQuoted(s) {
  if (!s.startsWith('"')) return s;
  const q2 = readQuoted(s, 0);
  return q2 ? q2.value : s;
}
function readQuoted(s, start) {
  if (s.charCodeAt(start) !== 34) return void 0;
  const parts = [];
  let bytes = [];
  const flush = () => {
    if (bytes.length > 0) {
      parts.push(utf8.decode(new Uint8Array(bytes)));
      bytes = [];
    }
  };
  let i2 = start + 1;
  while (i2 < s.length) {
    const ch = s[i2];
    if (ch === '"') {
      flush();
      return { value: parts.join(""), end: i2 + 1 };
    }
    if (ch !== "\\") {
      flush();
      parts.push(ch);
      i2++;
      continue;
    }
    const next = s[i2 + 1];
    if (next === void 0) return void 0;
    const octal = /^[0-7]{3}/.exec(s.slice(i2 + 1, i2 + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 255);
      i2 += 4;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple === void 0) return void 0;
    bytes.push(simple);
    i2 += 2;
  }
  return void 0;
}
var SPACE2, PLUS2, MINUS2, BACKSLASH, HUNK_HEADER, SIMPLE_ESCAPES, utf8;
var init_diff2 = __esm({
  "src/change/diff.ts"() {
    "use strict";
    SPACE2 = 32;
    PLUS2 = 43;
    MINUS2 = 45;
    BACKSLASH = 92;
    HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;
    SIMPLE_ESCAPES = {
      a: 7,
      b: 8,
      t: 9,
      n: 10,
      v: 11,
      f: 12,
      r: 13,
      '"': 34,
      "\\": 92
    };
    utf8 = new TextDecoder("utf-8");
  }
});

// src/commit/prepare.ts
async function prepareChange(repo, scope, path, base, over = {}, opts = {}) {
  let context;
  let subjects;
  if (opts.contextNow && scope === "file" && typeof path === "string") {
    const file = repoPath(repo, path);
    context = promptContext({ repo, file, diff: [{ path: file }] });
  } else if (opts.contextNow && scope !== "file") {
    subjects = recentSubjects(repo);
  }
  const [check, gathered, head] = await Promise.allSettled([checkCommittable(repo, scope), gatherChange(repo, scope, path), readHead(repo)]);
  if (check.status === "rejected") throw check.reason;
  if (gathered.status === "rejected") throw gathered.reason;
  if (head.status === "rejected") throw head.reason;
  const change = gathered.value;
  if (change.diff === "") {
    const named = change.file ?? change.files?.join(", ") ?? (typeof path === "string" ? path : path.join(", "));
    const what = scope === "file" ? `${named} has no changes` : scope === "staged" ? "nothing is staged" : "the working tree is clean";
    throw new PluginError(`nothing to commit: ${what}`, "info");
  }
  const { options, system, warnings } = settingsFor(repo.config, base, over);
  const plan = planPush(repo.branch, repo.config);
  const key = { scope, file: change.file ?? change.files?.join("\n") };
  const [draftText, owed] = await Promise.all([offeredDraft(repo, key), owedCommit(repo, plan)]);
  const diff = parseDiff(change.diff);
  if (subjects) {
    const generated = generatedByAttributes(
      repo,
      diff.map((f) => f.path)
    );
    context = Promise.all([subjects, generated]).then(([s, g]) => ({ subjects: s, generated: g }));
  }
  return {
    repo,
    scope,
    file: change.file,
    files: change.files,
    diff,
    options,
    system,
    plan,
    owed,
    draft: draftPath(repo, key),
    draftText,
    warnings,
    context,
    reviewed: { head: head.value, paths: reviewedPaths(scope, diff) },
    exclude: [],
    signer: signerOf(repo.config),
    commentChar: repo.config.get("core.commentstring") ?? repo.config.get("core.commentchar") ?? "#"
  };
}
function signerOf(config) {
  if (!/^(?:true|yes|on|1)$/i.test(config.get("commit.gpgsign") ?? "")) return void 0;
  const format2 = config.get("gpg.format") ?? "openpgp";
  return config.get(`gpg.${format2}.program`) ?? (format2 === "openpgp" ? config.get("gpg.program") : void 0) ?? (format2 === "ssh" ? "ssh-keygen" : format2 === "x509" ? "gpgsm" : "gpg");
}
function withoutSecrets(p2, howToCommitThem) {
  const secret = secretFiles(p2.diff);
  if (secret.size === 0) return { p: p2, left: [] };
  const left = [...secret].flatMap((f) => f.oldPath !== void 0 && f.status === "renamed" ? [f.path, f.oldPath] : [f.path]);
  const diff = p2.diff.filter((f) => !secret.has(f));
  if (diff.length === 0) {
    throw new PluginError(`nothing committed: ${left.join(", ")} ${left.length === 1 ? "is a secret file" : "are secret files"}, committed only after a review (${howToCommitThem})`, "warn");
  }
  if (p2.scope === "file") {
    const keep = (p2.files ?? []).filter((f) => !left.includes(f));
    return { p: { ...p2, diff, files: keep, file: keep.length === 1 ? keep[0] : void 0, exclude: left }, left };
  }
  return { p: { ...p2, diff, exclude: left }, left };
}
async function offeredDraft(repo, key) {
  const draft = await readDraft(repo, key);
  if (!draft) return "";
  if (await draftWasCommitted(repo, draft)) {
    await removeDraft(draftPath(repo, key));
    return "";
  }
  return draft.message;
}
function pushTarget(p2) {
  return p2.owed ? `${p2.plan.describe}, with ${p2.owed.hash.slice(0, 7)} that was not pushed` : p2.plan.describe;
}
function changeMark(f) {
  if (f.status === "renamed" && f.oldPath) return `renamed from ${f.oldPath}`;
  return f.status === "added" ? "new" : f.status;
}
function reviewInfo(p2, listedBefore) {
  const secret = secretFiles(p2.diff);
  const before = listedBefore ? new Set(listedBefore) : void 0;
  const sorted2 = [...p2.diff].sort((a, b2) => Number(secret.has(b2)) - Number(secret.has(a)));
  const marks = {};
  for (const f of sorted2) {
    const notes = [
      secret.has(f) ? "SECRET: committed with the rest, its contents never sent to the model" : "",
      f.status === "modified" ? "" : changeMark(f),
      before && !before.has(f.path) ? "appeared since the review opened" : ""
    ].filter(Boolean);
    if (notes.length > 0) marks[f.path] = notes.join("; ");
  }
  return {
    repoRoot: p2.repo.root,
    branch: p2.repo.branch,
    pushTo: pushTarget(p2),
    scope: p2.scope,
    files: sorted2.map((f) => f.path),
    marks,
    model: p2.options.model,
    host: p2.options.host,
    omitted: []
  };
}
var init_prepare = __esm({
  "src/commit/prepare.ts"() {
    "use strict";
    init_context();
    init_diff2();
    init_files();
    init_gather();
    init_repository();
    init_repo_settings();
    init_errors();
    init_drafts();
    init_push_plan();
    init_recheck();
    init_unpushed();
  }
});

// src/cli/change.ts
function baseOptions(flags, env) {
  return resolveOptions(flags.host !== void 0 ? { host: flags.host } : {}, { OLLAMA_HOST: env.OLLAMA_HOST });
}
function flagOverrides(flags) {
  const over = {};
  if (flags.model !== void 0) over.model = flags.model;
  if (flags.preset !== void 0) over.preset = flags.preset;
  if (flags.language !== void 0) over.language = flags.language;
  if (flags.prompt !== void 0) over.prompt = flags.prompt;
  return over;
}
async function prepareTarget(target, flags, cwd = process.cwd(), opened) {
  const { options, warnings } = baseOptions(flags, process.env);
  const paths = target.paths?.map((p3) => (0, import_node_path14.resolve)(cwd, p3));
  const repo = await (opened ?? openTarget(target, cwd));
  const scope = paths !== void 0 ? "file" : target.scope ?? (await somethingStaged(repo) ? "staged" : "all");
  const over = flagOverrides(flags);
  const warm = () => warmUpFor(repo.config, options, over);
  const p2 = await prepareChange({ ...repo, git: afterFirst(repo.git, warm) }, scope, paths ?? cwd, options, over, { contextNow: true });
  return { p: { ...p2, repo }, warnings: [...warnings, ...p2.warnings] };
}
function warmUpFor(config, base, over) {
  const { options } = settingsFor(config, base, over);
  warmUp(options.host, options.model, options.timeout_ms);
}
function afterFirst(git, then) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  return {
    cwd: git.cwd,
    run(args, opts) {
      const ran = git.run(args, opts);
      ran.then(once, once);
      return ran;
    }
  };
}
async function somethingStaged(repo) {
  const out = await repo.git.run(["--no-optional-locks", "status", "--porcelain=v2", "-z", "--branch", "--untracked-files=no", "--ignore-submodules=all"]);
  return hasStagedEntry(out.stdout);
}
function hasStagedEntry(porcelainV2) {
  return porcelainV2.split("\0").some((rec) => /^[12] [^.]/.test(rec) || rec.startsWith("u "));
}
var import_node_path14;
var init_change = __esm({
  "src/cli/change.ts"() {
    "use strict";
    import_node_path14 = require("node:path");
    init_options();
    init_generate();
    init_prepare();
    init_repo_settings();
    init_locate();
  }
});

// src/cli/editor.ts
async function editorOf(repo) {
  try {
    return (await repo.git.run(["var", "GIT_EDITOR"])).stdout.trim();
  } catch (err) {
    const words2 = err instanceof GitError2 ? err.gitMessage : String(err);
    throw new PluginError(`no editor to open (git: ${words2.trim()}): set core.editor, or commit with --yes`, "error", { cause: err });
  }
}
function runEditor(editor, file, cwd) {
  if (editor === ":") return Promise.resolve({ ok: true });
  return new Promise((resolve5) => {
    const child = (0, import_node_child_process.spawn)("sh", ["-c", `${editor} "$@"`, editor, file], { cwd, stdio: "inherit" });
    child.on("error", (err) => resolve5({ ok: false, why: `the editor (${editor}) could not start: ${err.message}` }));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve5({ ok: true });
      else resolve5({ ok: false, why: signal ? `the editor (${editor}) was killed by ${signal}` : `the editor (${editor}) exited with ${code}` });
    });
  });
}
var import_node_child_process;
var init_editor = __esm({
  "src/cli/editor.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    init_errors();
  }
});

// src/commit/push-failure.ts
function pushFailureLines(gitText) {
  return gitText.split("\n").map((l) => l.replace(/[\t ]+/g, " ").trim()).filter((l) => l !== "" && !BOILERPLATE.some((re) => re.test(l)));
}
function explainPushFailure(gitText) {
  const lines = pushFailureLines(gitText);
  const text = lines.join("\n");
  const has = (re) => re.test(text);
  const result = (kind, reason, next) => ({ kind, reason, next, gitLines: lines });
  if (has(/\[rejected\].*\((fetch first|non-fast-forward)\)/)) {
    return result("behind", "the remote has new commits", "git pull --rebase, then :GitCommitPush push");
  }
  const refused = /\[remote rejected\][^(]*\(([^)]*)\)/.exec(text);
  if (refused) return result("remote-refused", `the remote refused it (${refused[1]})`, "its reasons are in :GitCommitPush output");
  if (has(/Host key verification failed/)) {
    return result("host-key", "ssh does not know the server's host key", "ssh to it once in a terminal to accept it, then :GitCommitPush push");
  }
  if (has(/could not read (Username|Password) for|terminal prompts disabled/i)) {
    return result("password", "the remote wants a password, which cannot be typed here", "set up a credential helper or an ssh key, then :GitCommitPush push");
  }
  if (has(/Permission denied \(|Permission to \S+ denied|denied to |returned error: 40[13]\b|Authentication failed|HTTP Basic: Access denied|access denied|not authorized/i)) {
    return result("permission", `no permission to push (${permissionWhat(text)})`, "check your ssh key or token, then :GitCommitPush push");
  }
  if (has(/does not appear to be a git repository|Repository not found|repository '[^']*' not found|returned error: 404\b|No such file or directory/i)) {
    return result("not-found", "the remote repository was not found", "check its address with git remote -v, then :GitCommitPush push");
  }
  if (has(/Operation too slow|server not responding|banner exchange|hung up unexpectedly|early EOF|Broken pipe|closed by remote host/i)) {
    return result("stalled", "the remote stopped answering", "try :GitCommitPush push later (push_stall_ms sets the patience)");
  }
  const net = /Could not resolve host(?:name)?:? ?([^\s:]*)/i.exec(text) ?? /(Connection refused|Couldn't connect to server|Network is unreachable|No route to host|Connection timed out|Operation timed out|Connection reset)/i.exec(text);
  if (net) {
    const what = net[0].startsWith("Could not resolve") ? `unknown host ${net[1] ?? ""}`.trim() : (net[1] ?? net[0]).toLowerCase();
    return result("network", `the remote is unreachable (${what})`, "try :GitCommitPush push once it is back");
  }
  const errors = lines.filter((l) => /^(error|fatal):/.test(l) && !/failed to push some refs/.test(l));
  if (errors.length === 0 && has(/failed to push some refs/)) {
    return result("hook", "your pre-push hook stopped it", "fix what it says, then :GitCommitPush push");
  }
  const first2 = lines.find((l) => !/^fatal: Could not read from remote repository/.test(l)) ?? lines[0] ?? "git gave no reason";
  return result("other", first2.replace(/^(error|fatal): /, ""), "git's words are in :GitCommitPush output");
}
function permissionWhat(text) {
  if (/Permission denied \(/.test(text)) return "ssh key refused";
  if (/returned error: 403\b/.test(text)) return "HTTP 403";
  if (/returned error: 401\b/.test(text)) return "HTTP 401";
  const to = /Permission to (\S+) denied to (.+?)\.?$/m.exec(text);
  if (to) return `${to[2]} may not write to ${to[1]}`;
  return "credentials refused";
}
var BOILERPLATE;
var init_push_failure = __esm({
  "src/commit/push-failure.ts"() {
    "use strict";
    BOILERPLATE = [/^hint:/, /^Please make sure you have the correct access rights$/, /^and the repository exists\.$/, /^To \S/];
  }
});

// src/cli/commit.ts
var commit_exports = {};
__export(commit_exports, {
  editFileOf: () => editFileOf,
  runCommit: () => runCommit
});
async function runCommit(cmd, opened) {
  const interrupts = new Interrupts();
  try {
    return await commit(cmd, interrupts, opened);
  } finally {
    interrupts.dispose();
  }
}
async function commit(cmd, interrupts, opened) {
  interrupts.during(() => void 0);
  const prepared = await prepareTarget(cmd.target, cmd.flags, process.cwd(), opened);
  for (const w of new Set(prepared.warnings)) say(w, "warn");
  await keptForChange(prepared.p);
  await adoptLeftEdit(prepared.p);
  if (interrupts.interrupted) return stopped();
  let p2 = prepared.p;
  if (cmd.yes) {
    const kept = withoutSecrets(p2, "run without --yes to review and commit them");
    p2 = kept.p;
    if (kept.left.length > 0) say(`left out of the commit: ${kept.left.join(", ")} (secret files): run without --yes to review and commit them`, "warn");
  }
  const info = { ...reviewInfo(p2), ...cmd.push ? {} : { pushTo: "nowhere (--no-push: commit only)" } };
  const editor = cmd.yes ? void 0 : editorOf(p2.repo);
  editor?.catch(() => void 0);
  let message;
  let status;
  if (p2.draftText && !cmd.yes && !cmd.regenerate) {
    message = p2.draftText;
    status = "your message from a commit that did not happen (git-commit-push --regenerate writes a new one)";
  } else {
    if (p2.draftText && cmd.yes && !cmd.regenerate) say("a message you wrote for a commit that did not happen stays saved for the next run without --yes; this commit gets a new one");
    const abort = new AbortController();
    interrupts.during(() => abort.abort("interrupted"));
    say(`asking ${p2.options.model} at ${p2.options.host} (${describeScope(p2)})...`);
    const asked = await ask(p2, await (p2.context ?? promptContext(p2)), abort.signal, new StreamPrinter(streamTarget()));
    if (!asked.ok && asked.cancelled) return stopped();
    info.omitted = asked.omitted;
    message = asked.ok ? asked.message : fallback(p2.diff, asked.reason);
    status = asked.ok ? `written by ${p2.options.model} in ${asked.seconds.toFixed(1)} s` : `default message: ${asked.reason}`;
  }
  if (editor) {
    const edited = await review(p2, info, message, status, await editor, interrupts);
    if (edited === void 0) return 1;
    message = edited;
  }
  return commitAndReport(p2, message, cmd, interrupts);
}
function describeScope(p2) {
  if (p2.scope === "file") return p2.file ?? p2.files?.join(", ") ?? "one file";
  return p2.scope === "all" ? "all changes" : "the staged changes";
}
function stopped() {
  say("interrupted: nothing committed");
  return 1;
}
async function keptForChange(p2) {
  const key = { scope: p2.scope, file: p2.file ?? p2.files?.join("\n") };
  p2.draft = keptPath(p2.repo, key, p2.diff);
  const kept = await readKept(p2.repo, p2.draft);
  p2.draftText = kept && !await draftWasCommitted(p2.repo, kept) ? kept.message : "";
  if (kept && p2.draftText === "") await removeDraft(p2.draft);
  const others = await otherKept(p2.repo, key, p2.draft);
  if (others.length === 0) return;
  const of = p2.scope === "file" ? describeScope(p2) : p2.scope === "all" ? "the working tree" : "the staged files";
  say(`${others.length === 1 ? "a message" : "messages"} kept for an earlier change of ${of} ${others.length === 1 ? "is" : "are"} not offered for this one: ${others.join(", ")}`);
}
function editFileOf(draft, pid = process.pid) {
  return (0, import_node_path15.join)((0, import_node_path15.dirname)(draft), `${(0, import_node_path15.basename)(draft, ".txt")}-${pid}`, "COMMIT_EDITMSG");
}
async function adoptLeftEdit(p2) {
  const prefix = `${(0, import_node_path15.basename)(p2.draft, ".txt")}-`;
  const names = await (0, import_promises11.readdir)((0, import_node_path15.dirname)(p2.draft)).catch(() => []);
  for (const name of names) {
    const pid = Number(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !Number.isInteger(pid) || pid <= 0 || running(pid)) continue;
    const file = editFileOf(p2.draft, pid);
    const text = await (0, import_promises11.readFile)(file, "utf8").catch(() => void 0);
    const left = text === void 0 ? "" : messageFromLines(text.split("\n"), draftCommentChar(text, p2.repo));
    if (left !== "") {
      await writeDraft(p2.draft, left);
      p2.draftText = left;
    }
    await (0, import_promises11.rm)((0, import_node_path15.dirname)(file), { recursive: true, force: true });
  }
}
function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code !== "ESRCH";
  }
}
async function review(p2, info, message, status, editor, interrupts) {
  const c3 = commentCharFor(p2.repo.config, message);
  const file = editFileOf(p2.draft);
  const shown = [...message.split("\n"), ...editorComments(info, status, c3)].join("\n");
  await writeDraft(file, shown);
  interrupts.during("ignore");
  const exit2 = await runEditor(editor, file, p2.repo.root);
  interrupts.during(() => void 0);
  if (interrupts.stoppedBy) {
    say(`stopped (${interrupts.stoppedBy}) with the editor open: nothing committed; what was saved is offered by the next run`, "warn");
    return void 0;
  }
  const text = exit2.ok ? await (0, import_promises11.readFile)(file, "utf8").catch(() => "") : "";
  await (0, import_promises11.rm)((0, import_node_path15.dirname)(file), { recursive: true, force: true });
  const edited = messageFromLines(text.split("\n"), c3);
  if (exit2.ok && edited !== "") await writeDraft(p2.draft, edited);
  if (!exit2.ok || edited === "") {
    const stays = p2.draftText !== "" ? "; the kept message stays for the next run" : "";
    say(`${exit2.ok ? "Aborting commit due to empty commit message: nothing committed" : `${exit2.why}: nothing committed`}${stays}`, "warn");
    return void 0;
  }
  return edited;
}
function editorComments(info, status, c3) {
  return commentLines(info, status, c3).map(
    (line) => line.startsWith(`${c3} Write (:w)`) ? `${c3} Save and quit to commit. Quit with an error (:cq in Vim) to abort.` : line
  );
}
async function commitAndReport(p2, message, cmd, interrupts) {
  const transcript = {};
  const abort = new AbortController();
  let phase = "committing";
  let skipPush = !cmd.push;
  let interruptedCommit = false;
  interrupts.during(() => {
    if (phase !== "committing") return abort.abort("interrupted");
    interruptedCommit = true;
    skipPush = true;
    say("interrupted: the commit under way ends as git decides, and nothing is pushed");
  });
  try {
    const outcome = await commitAndPush(p2, message, transcript, {
      signal: abort.signal,
      env: process.env,
      terminal: true,
      // --yes never commits a draft unseen, and never throws one away unasked (--regenerate).
      keepDraft: Boolean(p2.draftText) && cmd.yes && !cmd.regenerate,
      onWait: (holder) => {
        phase = "waiting";
        say(`waiting for ${describeHolder(holder)} to finish (Ctrl-C stops waiting)`);
      },
      onLocked: () => {
        phase = "committing";
      },
      onCommitted: () => {
        phase = "pushing";
      },
      skipPush: () => skipPush
    });
    const { made } = outcome;
    const committed = `committed ${made.hash} "${made.subject}"`;
    if (outcome.pushed) {
      const along = outcome.tookAlong ? ` (with ${outcome.tookAlong}, not pushed before)` : "";
      say(`${committed} and pushed to ${outcome.to}${along}`);
      return 0;
    }
    switch (outcome.why) {
      case "no-plan":
        say(`${committed} (${notPushedBecause(p2.plan)})`);
        return 0;
      case "skipped":
        if (!interruptedCommit) {
          say(`${committed} (--no-push: git push sends it)`);
          return 0;
        }
        say(`${committed}, not pushed (interrupted): git push sends it`);
        return 1;
      case "cancelled":
        say(`push interrupted: ${made.hash} "${made.subject}" is committed, not pushed; git push sends it`);
        return 1;
    }
  } catch (err) {
    if (err instanceof ChangedSinceReview) {
      await writeDraft(p2.draft, message).catch(() => void 0);
      say(`${err.message}; your message is kept: ${err.remedy === "git" ? "finish that with git, then" : "look at the change again, then"} run git-commit-push again, which offers it`, "warn");
      return 1;
    }
    if (err instanceof CommitRefused) {
      await writeDraft(p2.draft, message).catch(() => void 0);
      if (interruptedCommit) say("interrupted: git stopped too, nothing committed; your message is kept for the next run", "warn");
      else if (err.cancelled) say("stopped waiting for the other commit: nothing committed, your message is kept for the next run", "info");
      else say(`commit refused, nothing committed: ${explainCommitFailure(gitWords(err.cause))}
Your message is kept: the next git-commit-push for this change offers it again.`, "error");
      return 1;
    }
    if (err instanceof PushFailed) {
      const failure = explainPushFailure(gitWords(err.cause));
      say(`committed ${err.made.hash}, but the push to ${p2.plan.describe} failed: ${failure.reason}: ${terminalAdvice(failure)}`, "error");
      return 1;
    }
    throw err;
  }
}
function terminalAdvice(f) {
  const next = f.next.replace(/:GitCommitPush push/g, "git push").replace("push_stall_ms", "git config git-commit-push.pushStallMs");
  if (!next.includes(":GitCommitPush output")) return next;
  return ["git push once that is fixed; git said:", ...f.gitLines.map((l) => `  ${l}`)].join("\n");
}
var import_promises11, import_node_path15;
var init_commit3 = __esm({
  "src/cli/commit.ts"() {
    "use strict";
    import_promises11 = require("node:fs/promises");
    import_node_path15 = require("node:path");
    init_git_refusal();
    init_commit_lock();
    init_drafts();
    init_errors();
    init_flow();
    init_message();
    init_recheck();
    init_ask();
    init_change();
    init_editor();
    init_terminal();
    init_push_plan();
    init_push_failure();
    init_context();
    init_prepare();
  }
});

// src/cli/message.ts
var message_exports = {};
__export(message_exports, {
  runMessage: () => runMessage
});
async function runMessage(cmd) {
  const fromStdin = cmd.target.paths === void 0 && cmd.target.scope === void 0 && !process.stdin.isTTY;
  const job = fromStdin ? await stdinJob(cmd) : await repositoryJob(cmd);
  if (job === void 0) return 1;
  for (const w of new Set(job.warnings)) say(w, "warn");
  const interrupts = new Interrupts();
  const abort = new AbortController();
  interrupts.during(() => abort.abort("interrupted"));
  const dumb = !process.env.TERM || process.env.TERM === "dumb";
  const showing = process.stderr.isTTY === true;
  if (showing) process.stderr.write(`git-commit-push: asking ${job.options.model}...${dumb ? "\n" : ""}`);
  const erase = () => {
    if (showing && !dumb) process.stderr.write("\r\x1B[K");
  };
  try {
    const asked = await ask(job, job.context, abort.signal);
    erase();
    if (asked.ok) {
      process.stdout.write(`${asked.message}
`);
      return 0;
    }
    if (asked.cancelled) return 1;
    if (cmd.strict) {
      say(`${asked.reason}: no message (--strict)`, "error");
      return 1;
    }
    process.stdout.write(`${fallback(job.diff, asked.reason)}
`);
    return 0;
  } catch (err) {
    erase();
    throw err;
  } finally {
    interrupts.dispose();
  }
}
async function stdinJob(cmd) {
  const cwd = process.cwd();
  const repo = openRepository(cwd, gitAt).catch(() => void 0);
  const diff = parseDiff(await readStdin());
  if (diff.length === 0) {
    say("nothing to describe: stdin holds no diff (git diff | git-commit-push message)", "error");
    return void 0;
  }
  const found = await repo;
  const config = found?.config ?? await userConfig(cwd);
  const { options, warnings } = baseOptions(cmd.flags, process.env);
  const settings = settingsFor(config, options, flagOverrides(cmd.flags));
  const context = found ? await promptContext({ repo: found, file: void 0, diff }) : { subjects: { subjects: [] }, generated: /* @__PURE__ */ new Set() };
  return { ...settings, warnings: [...warnings, ...settings.warnings], diff, context };
}
async function repositoryJob(cmd) {
  const { p: p2, warnings } = await prepareTarget(cmd.target, cmd.flags);
  return { options: p2.options, system: p2.system, warnings, diff: p2.diff, context: await promptContext(p2) };
}
async function userConfig(cwd) {
  try {
    return parseConfigList((await gitAt(cwd).run(["config", "--list", "-z"])).stdout);
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function readStdin() {
  return new Promise((resolve5, reject) => {
    const chunks = [];
    process.stdin.on("data", (c3) => chunks.push(c3));
    process.stdin.on("end", () => resolve5(Buffer.concat(chunks).toString("utf8")));
    process.stdin.on("error", reject);
  });
}
var init_message2 = __esm({
  "src/cli/message.ts"() {
    "use strict";
    init_git();
    init_diff2();
    init_repo();
    init_ask();
    init_change();
    init_terminal();
    init_context();
    init_repo_settings();
    init_repository();
  }
});

// src/cli/hook.ts
var hook_exports = {};
__export(hook_exports, {
  runHook: () => runHook,
  runHookCommand: () => runHookCommand
});
async function runHookCommand(action) {
  const repo = await openRepository(process.cwd(), gitAt);
  const path = (0, import_node_path16.resolve)(repo.root, (await repo.git.run(["rev-parse", "--git-path", "hooks/prepare-commit-msg"])).stdout.trim());
  const existing = await (0, import_promises12.readFile)(path, "utf8").catch((err) => {
    if (err.code === "ENOENT") return void 0;
    throw err;
  });
  const foreign = existing !== void 0 && !existing.includes(HOOK_MARKER);
  if (action === "install") {
    if (foreign) {
      const husky = /^(.*\/)\.husky\/_\/prepare-commit-msg$/.exec(path);
      const mine = husky ? `${husky[1] ?? ""}.husky/prepare-commit-msg` : path;
      const what = husky ? `${path} is husky's` : `${path} is a hook git-commit-push did not write`;
      say(`${what}: left as it is. To have both, add this line to ${husky ? mine : "it"}:
  git-commit-push hook run "$@" || :`, "error");
      return 1;
    }
    await (0, import_promises12.mkdir)((0, import_node_path16.dirname)(path), { recursive: true });
    await (0, import_promises12.writeFile)(path, hookScript(process.execPath, (0, import_node_fs6.realpathSync)(process.argv[1] ?? "")));
    await (0, import_promises12.chmod)(path, 493);
    say(`installed ${path}: a plain git commit here opens with a generated message`);
    return 0;
  }
  if (existing === void 0) {
    say(`no prepare-commit-msg hook at ${path}: nothing to remove`);
    return 0;
  }
  if (foreign) {
    say(`${path} is a hook git-commit-push did not write: left as it is`, "error");
    return 1;
  }
  await (0, import_promises12.rm)(path, { force: true });
  say(`removed ${path}`);
  return 0;
}
function hookScript(node, bundle) {
  const q2 = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `#!/bin/sh
${HOOK_MARKER}
# Written by \`git-commit-push hook install\`; \`git-commit-push hook uninstall\` removes it.
# A plain git commit opens with a message written by the model. It never stops a commit.
case "$2" in '' | template) ;; *) exit 0 ;; esac
if command -v git-commit-push >/dev/null 2>&1; then
  git-commit-push hook run "$@" || :
elif [ -x ${q2(node)} ] && [ -f ${q2(bundle)} ]; then
  ${q2(node)} ${q2(bundle)} hook run "$@" || :
fi
exit 0
`;
}
async function runHook(file, source) {
  if (source !== "" && source !== "template") return 0;
  const interrupts = new Interrupts();
  try {
    await fill2((0, import_node_path16.resolve)(process.cwd(), file), interrupts);
  } catch (err) {
    if (!(err instanceof PluginError && err.level === "info")) {
      const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
      say(`${why}: the commit goes on without a generated message`, "warn");
    }
  } finally {
    interrupts.dispose();
  }
  return 0;
}
async function fill2(path, interrupts) {
  const existing = await (0, import_promises12.readFile)(path, "utf8");
  const cwd = process.cwd();
  if (messageFromLines(aboveCutLine(existing)) !== "") return;
  const indexFile = process.env.GIT_INDEX_FILE ? (0, import_node_path16.resolve)(cwd, process.env.GIT_INDEX_FILE) : void 0;
  const repo = await openRepository(cwd, (dir) => indexFile ? onIndex(gitAt(dir), indexFile) : gitAt(dir));
  const envHost = process.env.OLLAMA_HOST;
  const wrongHost = envHost ? hostProblem(envHost) : void 0;
  if (wrongHost) throw new PluginError(`OLLAMA_HOST=${envHost ?? ""}: ${wrongHost}`, "error");
  const { options, warnings } = baseOptions({}, process.env);
  const p2 = await prepareChange(repo, "staged", cwd, options);
  for (const w of /* @__PURE__ */ new Set([...warnings, ...p2.warnings])) say(w, "warn");
  const abort = new AbortController();
  interrupts.during(() => abort.abort("interrupted"));
  say(`asking ${p2.options.model} at ${p2.options.host}...`);
  const asked = await ask(p2, await promptContext(p2), abort.signal);
  if (!asked.ok && asked.cancelled) return;
  const message = asked.ok ? asked.message : fallback(p2.diff, asked.reason);
  const commentChar = repo.config.get("core.commentchar") ?? "#";
  const note = !asked.ok && commentChar === "#" ? `
# git-commit-push: ${asked.reason}: the line above is the default message.
` : "";
  await (0, import_promises12.writeFile)(path, `${hideUrlCredentials(`${message}
${note}`)}${existing.startsWith("\n") ? "" : "\n"}${existing}`);
}
function aboveCutLine(text) {
  const lines = text.split("\n");
  const cut = lines.findIndex((l) => / -{24} >8 -{24}$/.test(l));
  return cut < 0 ? lines : lines.slice(0, cut);
}
function onIndex(git, indexFile) {
  return { cwd: git.cwd, run: (args, opts = {}) => git.run(args, { indexFile, ...opts }) };
}
var import_node_fs6, import_promises12, import_node_path16, HOOK_MARKER;
var init_hook = __esm({
  "src/cli/hook.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_promises12 = require("node:fs/promises");
    import_node_path16 = require("node:path");
    init_git();
    init_errors();
    init_credentials();
    init_options();
    init_message();
    init_ask();
    init_change();
    init_terminal();
    init_prepare();
    init_context();
    init_repository();
    HOOK_MARKER = "# git-commit-push: prepare-commit-msg hook";
  }
});

// src/cli/main.ts
var import_node_util2 = require("node:util");

// src/cli/args.ts
init_presets();
init_options();
var VALUED = ["--model", "--preset", "--host", "--language", "--prompt", "--format"];
var SWITCHES = ["--all", "--staged", "--yes", "--no-push", "--regenerate", "--strict", "--help", "--version"];
function isValued(name) {
  return VALUED.includes(name);
}
var COMMIT_ONLY = /* @__PURE__ */ new Set(["--yes", "--no-push", "--regenerate"]);
var MESSAGE_ONLY = /* @__PURE__ */ new Set(["--format", "--strict"]);
function parseCommandLine(argv) {
  const usage = (error) => ({ kind: "usage", error });
  const [first2, ...rest] = argv;
  if (first2 === "hook") return parseHook(rest);
  if (first2 === "help") return rest.length === 0 ? { kind: "help" } : usage(`help takes no arguments, got "${rest.join(" ")}"`);
  const mode = first2 === "message" ? "message" : "commit";
  const args = mode === "message" ? rest : argv;
  const seen = /* @__PURE__ */ new Set();
  const values = {};
  const paths = [];
  let onlyPaths = false;
  for (let i2 = 0; i2 < args.length; i2++) {
    const arg = args[i2];
    if (onlyPaths || arg === "-" || !arg.startsWith("-")) {
      paths.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = expand(eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg);
    if (name === "--help") return { kind: "help" };
    if (name === "--version") return { kind: "version" };
    if (isValued(name)) {
      let value;
      if (eq > 0 && arg.startsWith("--")) value = arg.slice(eq + 1);
      else value = args[++i2];
      if (value === void 0) return usage(`${name} needs a value`);
      values[name] = value;
    } else if (SWITCHES.includes(name)) {
      if (eq > 0) return usage(`${name} takes no value`);
    } else {
      return usage(`unknown option ${arg}`);
    }
    if (mode === "message" && COMMIT_ONLY.has(name)) return usage(`${name} is for committing, not for \`git-commit-push message\``);
    if (mode === "commit" && MESSAGE_ONLY.has(name)) return usage(`${name} is for \`git-commit-push message\``);
    seen.add(name);
  }
  if (seen.has("--all") && seen.has("--staged")) return usage("--all and --staged are two different changes: give one");
  if (paths.length > 0 && (seen.has("--all") || seen.has("--staged"))) {
    return usage(`${paths.length === 1 ? "a path" : "paths"} and ${seen.has("--all") ? "--all" : "--staged"} are two different changes: give one`);
  }
  for (const path of paths) {
    if (path === "" || path === "-") return usage(path === "" ? "an empty path" : '"-" is not a path: `git-commit-push message` reads a diff on stdin');
  }
  const format2 = values["--format"];
  if (format2 !== void 0 && format2 !== "plain") return usage(`--format ${format2}: the only format is plain (the message alone)`);
  const preset = values["--preset"];
  if (preset !== void 0 && !isPresetName(preset)) return usage(`--preset ${preset}: expected ${PRESET_NAMES.join(", ")}`);
  for (const name of ["--model", "--host", "--language"]) {
    if (values[name]?.trim() === "") return usage(`${name} needs a value`);
  }
  const hostWrong = values["--host"] !== void 0 ? hostProblem(values["--host"]) : void 0;
  if (hostWrong) return usage(`--host ${values["--host"] ?? ""}: ${hostWrong}`);
  const flags = {};
  if (values["--model"] !== void 0) flags.model = values["--model"];
  if (preset !== void 0) flags.preset = preset;
  if (values["--host"] !== void 0) flags.host = values["--host"];
  if (values["--language"] !== void 0) flags.language = values["--language"];
  if (values["--prompt"] !== void 0) flags.prompt = values["--prompt"];
  const target = {};
  if (paths.length > 0) target.paths = paths;
  else if (seen.has("--all")) target.scope = "all";
  else if (seen.has("--staged")) target.scope = "staged";
  if (mode === "message") return { kind: "message", target, strict: seen.has("--strict"), flags };
  return { kind: "commit", target, yes: seen.has("--yes"), push: !seen.has("--no-push"), regenerate: seen.has("--regenerate"), flags };
}
function expand(name) {
  switch (name) {
    case "-h":
      return "--help";
    case "-V":
      return "--version";
    case "-a":
      return "--all";
    case "-y":
      return "--yes";
    default:
      return name;
  }
}
function parseHook(rest) {
  const [action, ...more] = rest;
  if (action === "run") {
    const [file, source = ""] = more;
    if (file === void 0 || more.length > 3) return { kind: "usage", error: "hook run takes the arguments git gives prepare-commit-msg" };
    return { kind: "hook-run", file, source };
  }
  if (action === "-h" || action === "--help") return { kind: "help" };
  if (action !== "install" && action !== "uninstall") {
    return { kind: "usage", error: action === void 0 ? "hook needs install or uninstall" : `hook ${action}: expected install or uninstall` };
  }
  if (more.length > 0) return { kind: "usage", error: `hook ${action} takes no arguments, got "${more.join(" ")}"` };
  return { kind: "hook", action };
}

// src/cli/main.ts
init_options();

// src/cli/help.ts
init_repo_settings();
var HELP = `usage: git-commit-push [PATH... | --all | --staged] [--yes] [--no-push] [--regenerate] [MODEL OPTIONS]
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

// src/cli/main.ts
function quietExperimentalWarnings() {
  const print = process.listeners("warning")[0];
  if (!print) return;
  process.removeListener("warning", print);
  process.on("warning", (w) => {
    if (w.name !== "ExperimentalWarning") print(w);
  });
}
function quietConsole() {
  const debug2 = Boolean(process.env.GIT_COMMIT_PUSH_DEBUG);
  const aside = (...args) => {
    if (debug2) process.stderr.write(`git-commit-push: debug: ${(0, import_node_util2.format)(...args)}
`);
  };
  console.log = console.info = console.warn = console.error = console.debug = aside;
}
async function main(argv) {
  quietExperimentalWarnings();
  quietConsole();
  const cmd = envHostChecked(parseCommandLine(argv));
  switch (cmd.kind) {
    case "usage":
      process.stderr.write(`git-commit-push: ${cmd.error}
(git-commit-push --help lists the options)
`);
      return 2;
    case "help":
      process.stdout.write(HELP);
      return 0;
    case "version":
      process.stdout.write(`git-commit-push ${true ? "0.1.0" : "(from source)"}
`);
      return 0;
    case "commit": {
      const opened = (await Promise.resolve().then(() => (init_locate(), locate_exports))).openTarget(cmd.target);
      opened.catch(() => void 0);
      return (await Promise.resolve().then(() => (init_commit3(), commit_exports))).runCommit(cmd, opened);
    }
    case "message":
      return (await Promise.resolve().then(() => (init_message2(), message_exports))).runMessage(cmd);
    case "hook":
      return (await Promise.resolve().then(() => (init_hook(), hook_exports))).runHookCommand(cmd.action);
    case "hook-run":
      return (await Promise.resolve().then(() => (init_hook(), hook_exports))).runHook(cmd.file, cmd.source);
  }
}
function envHostChecked(cmd) {
  if (cmd.kind !== "commit" && cmd.kind !== "message") return cmd;
  const env = process.env.OLLAMA_HOST;
  if (cmd.flags.host !== void 0 || env === void 0 || env === "") return cmd;
  const wrong = hostProblem(env);
  return wrong ? { kind: "usage", error: `OLLAMA_HOST=${env}: ${wrong}` } : cmd;
}
function exit(code) {
  process.stdout.write("", (err) => {
    const failed = err ?? stdoutFailed;
    if (failed) process.stderr.write(`git-commit-push: error: could not write to stdout: ${failed.message}
`);
    process.stderr.write("", () => process.exit(failed ? 1 : code));
  });
}
var stdoutFailed;
process.stdout.on("error", (err) => {
  stdoutFailed ??= err;
});
main(process.argv.slice(2)).then(exit, async (err) => {
  (await Promise.resolve().then(() => (init_terminal(), terminal_exports))).printFailure(err);
  exit(1);
});
