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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

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
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
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
        const stat6 = fs_1.statSync(path);
        if (stat6.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat6.isDirectory() && isDirectory) {
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
        return new Promise(function(resolve3, reject) {
          reader.onload = function() {
            resolve3(reader.result);
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
        return new Promise(function(resolve3, reject) {
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
              resolve3(new Response(body, options));
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
  return new Promise((resolve3, reject) => {
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
      resolve3(responseOf(r2, signal, release));
    });
    req.end(body);
  });
}
function responseOf(res, signal, release) {
  const chunks = res[Symbol.asyncIterator]();
  res.once("end", release);
  res.once("close", release);
  const next2 = async () => {
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
      const r2 = await next2();
      return r2.done ? { done: true } : { done: false, value: r2.value };
    },
    cancel,
    releaseLock() {
    }
  };
  const text = async () => {
    const parts = [];
    for (let r2 = await next2(); !r2.done; r2 = await next2()) parts.push(r2.value);
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

// src/index.ts
var index_exports = {};
__export(index_exports, {
  default: () => gitCommitPush
});
module.exports = __toCommonJS(index_exports);

// src/change/git.ts
var import_node_fs = require("node:fs");
var import_node_path2 = require("node:path");

// node_modules/simple-git/dist/esm/index.js
var import_file_exists = __toESM(require_dist(), 1);

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
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

// node_modules/simple-git/dist/esm/index.js
var import_debug = __toESM(require_src(), 1);
var import_child_process = require("child_process");
var import_promise_deferred = __toESM(require_dist2(), 1);
var import_node_path = require("node:path");

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* U(e, t2) {
  const n = t2 === "global";
  for (const o2 of e)
    o2.isGlobal === n && (yield o2);
}
var k = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]);
var S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]);
var P = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]);
var E = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
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
var x = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var D = {
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
var R = {
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
var T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
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
var q = [
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
var H = [
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
var y = {
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

// node_modules/simple-git/dist/esm/index.js
var import_promise_deferred2 = __toESM(require_dist2(), 1);
var import_node_events = require("node:events");
var __defProp2 = Object.defineProperty;
var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
var __getOwnPropNames2 = Object.getOwnPropertyNames;
var __hasOwnProp2 = Object.prototype.hasOwnProperty;
var __esm2 = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames2(fn)[0]])(fn = 0)), res;
};
var __commonJS2 = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export2 = (target, all) => {
  for (var name in all)
    __defProp2(target, name, { get: all[name], enumerable: true });
};
var __copyProps2 = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames2(from))
      if (!__hasOwnProp2.call(to, key) && key !== except)
        __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS2 = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
var GitError;
var init_git_error = __esm2({
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
var GitResponseError;
var init_git_response_error = __esm2({
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
var TaskConfigurationError;
var init_task_configuration_error = __esm2({
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
var NULL;
var NOOP;
var objectToString;
var init_util = __esm2({
  "src/lib/utils/util.ts"() {
    "use strict";
    init_argument_filters();
    NULL = "\0";
    NOOP = () => {
    };
    objectToString = Object.prototype.toString.call.bind(Object.prototype.toString);
  }
});
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
var filterArray;
var filterNumber;
var filterString;
var filterStringOrStringArray;
var filterHasLength;
var init_argument_filters = __esm2({
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
var ExitCodes;
var init_exit_codes = __esm2({
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
var GitOutputStreams;
var init_git_output_streams = __esm2({
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
function useMatchesDefault() {
  throw new Error(`LineParser:useMatches not implemented`);
}
var LineParser;
var RemoteLineParser;
var init_line_parser = __esm2({
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
var defaultOptions;
var init_simple_git_options = __esm2({
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
var init_task_options = __esm2({
  "src/lib/utils/task-options.ts"() {
    "use strict";
    init_argument_filters();
    init_util();
  }
});
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
var init_task_parser = __esm2({
  "src/lib/utils/task-parser.ts"() {
    "use strict";
    init_util();
  }
});
var utils_exports = {};
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
var init_utils = __esm2({
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
var check_is_repo_exports = {};
__export2(check_is_repo_exports, {
  CheckRepoActions: () => CheckRepoActions,
  checkIsBareRepoTask: () => checkIsBareRepoTask,
  checkIsRepoRootTask: () => checkIsRepoRootTask,
  checkIsRepoTask: () => checkIsRepoTask
});
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
var CheckRepoActions;
var onError;
var parser;
var init_check_is_repo = __esm2({
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
var CleanResponse;
var removalRegexp;
var dryRunRemovalRegexp;
var isFolderRegexp;
var init_CleanSummary = __esm2({
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
var task_exports = {};
__export2(task_exports, {
  EMPTY_COMMANDS: () => EMPTY_COMMANDS,
  adhocExecTask: () => adhocExecTask,
  configurationErrorTask: () => configurationErrorTask,
  isBufferTask: () => isBufferTask,
  isEmptyTask: () => isEmptyTask,
  straightThroughBufferTask: () => straightThroughBufferTask,
  straightThroughStringTask: () => straightThroughStringTask
});
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
var EMPTY_COMMANDS;
var init_task = __esm2({
  "src/lib/tasks/task.ts"() {
    "use strict";
    init_task_configuration_error();
    EMPTY_COMMANDS = [];
  }
});
var clean_exports = {};
__export2(clean_exports, {
  CONFIG_ERROR_INTERACTIVE_MODE: () => CONFIG_ERROR_INTERACTIVE_MODE,
  CONFIG_ERROR_MODE_REQUIRED: () => CONFIG_ERROR_MODE_REQUIRED,
  CONFIG_ERROR_UNKNOWN_OPTION: () => CONFIG_ERROR_UNKNOWN_OPTION,
  CleanOptions: () => CleanOptions,
  cleanTask: () => cleanTask,
  cleanWithOptionsTask: () => cleanWithOptionsTask,
  isCleanOptionsArray: () => isCleanOptionsArray
});
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
var CONFIG_ERROR_INTERACTIVE_MODE;
var CONFIG_ERROR_MODE_REQUIRED;
var CONFIG_ERROR_UNKNOWN_OPTION;
var CleanOptions;
var CleanOptionValues;
var init_clean = __esm2({
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
var ConfigList;
var init_ConfigList = __esm2({
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
function asConfigScope(scope, fallback) {
  if (typeof scope === "string" && Object.hasOwn(GitConfigScope, scope)) {
    return scope;
  }
  return fallback;
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
var GitConfigScope;
var init_config = __esm2({
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
function isDiffNameStatus(input) {
  return diffNameStatus.has(input);
}
var DiffNameStatus;
var diffNameStatus;
var init_diff_name_status = __esm2({
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
var disallowedOptions;
var Query;
var _a;
var GrepQuery;
var init_grep = __esm2({
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
var reset_exports = {};
__export2(reset_exports, {
  ResetMode: () => ResetMode,
  getResetMode: () => getResetMode,
  resetTask: () => resetTask
});
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
var ResetMode;
var validResetModes;
var init_reset = __esm2({
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
var init_git_logger = __esm2({
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
var TasksPendingQueue;
var init_tasks_pending_queue = __esm2({
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
var GitExecutorChain;
var init_git_executor_chain = __esm2({
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
var git_executor_exports = {};
__export2(git_executor_exports, {
  GitExecutor: () => GitExecutor
});
var GitExecutor;
var init_git_executor = __esm2({
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
var init_task_callback = __esm2({
  "src/lib/task-callback.ts"() {
    "use strict";
    init_git_response_error();
    init_utils();
  }
});
function changeWorkingDirectoryTask(directory, root) {
  return adhocExecTask((instance) => {
    if (!folderExists(directory)) {
      throw new Error(`Git.cwd: cannot change to non-directory "${directory}"`);
    }
    return (root || instance).cwd = directory;
  });
}
var init_change_working_directory = __esm2({
  "src/lib/tasks/change-working-directory.ts"() {
    "use strict";
    init_utils();
    init_task();
  }
});
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
var init_checkout = __esm2({
  "src/lib/tasks/checkout.ts"() {
    "use strict";
    init_utils();
    init_task();
  }
});
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
var parser2;
var init_count_objects = __esm2({
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
var parsers;
var init_parse_commit = __esm2({
  "src/lib/parsers/parse-commit.ts"() {
    "use strict";
    init_utils();
    parsers = [
      new LineParser(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (result, [branch, root, commit]) => {
        result.branch = branch;
        result.commit = commit;
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
      const next2 = trailingFunctionArgument(arguments);
      const task = rejectDeprecatedSignatures(message) || commitTask(
        asArray(message),
        asArray(filterType(rest[0], filterStringOrStringArray, [])),
        [
          ...asStringArray(filterType(rest[1], filterArray, [])),
          ...getTrailingOptions(arguments, 0, true)
        ]
      );
      return this._runTask(task, next2);
    }
  };
  function rejectDeprecatedSignatures(message) {
    return !filterStringOrStringArray(message) && configurationErrorTask(
      `git.commit: requires the commit message to be supplied as a string/string[]`
    );
  }
}
var init_commit = __esm2({
  "src/lib/tasks/commit.ts"() {
    "use strict";
    init_parse_commit();
    init_utils();
    init_task();
  }
});
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
var init_first_commit = __esm2({
  "src/lib/tasks/first-commit.ts"() {
    "use strict";
    init_utils();
    init_task();
  }
});
function hashObjectTask(filePath, write) {
  const commands = ["hash-object", filePath];
  if (write) {
    commands.push("-w");
  }
  return straightThroughStringTask(commands, true);
}
var init_hash_object = __esm2({
  "src/lib/tasks/hash-object.ts"() {
    "use strict";
    init_task();
  }
});
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
var InitSummary;
var initResponseRegex;
var reInitResponseRegex;
var init_InitSummary = __esm2({
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
var bareCommand;
var init_init = __esm2({
  "src/lib/tasks/init.ts"() {
    "use strict";
    init_InitSummary();
    bareCommand = "--bare";
  }
});
function logFormatFromCommand(customArgs) {
  for (let i2 = 0; i2 < customArgs.length; i2++) {
    const format = logFormatRegex.exec(customArgs[i2]);
    if (format) {
      return `--${format[1]}`;
    }
  }
  return "";
}
function isLogFormat(customArg) {
  return logFormatRegex.test(customArg);
}
var logFormatRegex;
var init_log_format = __esm2({
  "src/lib/args/log-format.ts"() {
    "use strict";
    logFormatRegex = /^--(stat|numstat|name-only|name-status)(=|$)/;
  }
});
var DiffSummary;
var init_DiffSummary = __esm2({
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
function getDiffParser(format = "") {
  const parser4 = diffSummaryParsers[format];
  return (stdOut) => parseStringResponse(new DiffSummary(), parser4, stdOut, false);
}
var statParser;
var numStatParser;
var nameOnlyParser;
var nameStatusParser;
var diffSummaryParsers;
var init_parse_diff_summary = __esm2({
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
var START_BOUNDARY;
var COMMIT_BOUNDARY;
var SPLITTER;
var defaultFieldNames;
var init_parse_list_log_summary = __esm2({
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
var diff_exports = {};
__export2(diff_exports, {
  diffSummaryTask: () => diffSummaryTask,
  validateLogFormatConfig: () => validateLogFormatConfig
});
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
var init_diff = __esm2({
  "src/lib/tasks/diff.ts"() {
    "use strict";
    init_log_format();
    init_parse_diff_summary();
    init_task();
  }
});
function prettyFormat(format, splitter) {
  const fields = [];
  const formatStr = [];
  Object.keys(format).forEach((field) => {
    fields.push(field);
    formatStr.push(String(format[field]));
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
  const format = filterPlainObject(opt.format) ? opt.format : {
    hash: "%H",
    date: opt.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: opt.multiLine ? "%B" : "%b",
    author_name: opt.mailMap !== false ? "%aN" : "%an",
    author_email: opt.mailMap !== false ? "%aE" : "%ae"
  };
  const [fields, formatStr] = prettyFormat(format, splitter);
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
      const next2 = trailingFunctionArgument(arguments);
      const options = parseLogOptions(
        trailingOptionsArgument(arguments),
        asStringArray(filterType(arguments[0], filterArray, []))
      );
      const task = rejectDeprecatedSignatures(...rest) || validateLogFormatConfig(options.commands) || createLogTask(options);
      return this._runTask(task, next2);
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
var excludeOptions;
var init_log = __esm2({
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
var MergeSummaryConflict;
var MergeSummaryDetail;
var init_MergeSummary = __esm2({
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
var PullSummary;
var PullFailedSummary;
var init_PullSummary = __esm2({
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
var remoteMessagesObjectParsers;
var init_parse_remote_objects = __esm2({
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
function parseRemoteMessages(_stdOut, stdErr) {
  return parseStringResponse({ remoteMessages: new RemoteMessageSummary() }, parsers2, stdErr);
}
var parsers2;
var RemoteMessageSummary;
var init_parse_remote_messages = __esm2({
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
function parsePullErrorResult(stdOut, stdErr) {
  const pullError = parseStringResponse(new PullFailedSummary(), errorParsers, [stdOut, stdErr]);
  return pullError.message && pullError;
}
var FILE_UPDATE_REGEX;
var SUMMARY_REGEX;
var ACTION_REGEX;
var parsers3;
var errorParsers;
var parsePullDetail;
var parsePullResult;
var init_parse_pull = __esm2({
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
var parsers4;
var parseMergeResult;
var parseMergeDetail;
var init_parse_merge = __esm2({
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
var init_merge = __esm2({
  "src/lib/tasks/merge.ts"() {
    "use strict";
    init_git_response_error();
    init_parse_merge();
    init_task();
  }
});
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
var parsers5;
var parsePushResult;
var parsePushDetail;
var init_parse_push = __esm2({
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
var push_exports = {};
__export2(push_exports, {
  pushTagsTask: () => pushTagsTask,
  pushTask: () => pushTask
});
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
var init_push = __esm2({
  "src/lib/tasks/push.ts"() {
    "use strict";
    init_parse_push();
    init_utils();
  }
});
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
var init_show = __esm2({
  "src/lib/tasks/show.ts"() {
    "use strict";
    init_utils();
    init_task();
  }
});
var fromPathRegex;
var FileStatusSummary;
var init_FileStatusSummary = __esm2({
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
var StatusSummary;
var parsers6;
var parseStatusSummary;
var init_StatusSummary = __esm2({
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
var ignoredOptions;
var init_status = __esm2({
  "src/lib/tasks/status.ts"() {
    "use strict";
    init_StatusSummary();
    ignoredOptions = ["--null", "-z"];
  }
});
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
var NOT_INSTALLED;
var parsers7;
var init_version = __esm2({
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
var cloneTask;
var cloneMirrorTask;
var init_clone = __esm2({
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
var simple_git_api_exports = {};
__export2(simple_git_api_exports, {
  SimpleGitApi: () => SimpleGitApi
});
var SimpleGitApi;
var init_simple_git_api = __esm2({
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
        const next2 = trailingFunctionArgument(arguments);
        if (typeof directory === "string") {
          return this._runTask(changeWorkingDirectoryTask(directory, this._executor), next2);
        }
        if (typeof directory?.path === "string") {
          return this._runTask(
            changeWorkingDirectoryTask(
              directory.path,
              directory.root && this._executor || void 0
            ),
            next2
          );
        }
        return this._runTask(
          configurationErrorTask("Git.cwd: workingDirectory must be supplied as a string"),
          next2
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
var scheduler_exports = {};
__export2(scheduler_exports, {
  Scheduler: () => Scheduler
});
var createScheduledTask;
var Scheduler;
var init_scheduler = __esm2({
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
var apply_patch_exports = {};
__export2(apply_patch_exports, {
  applyPatchTask: () => applyPatchTask
});
function applyPatchTask(patches, customArgs) {
  return straightThroughStringTask(["apply", ...customArgs, ...patches]);
}
var init_apply_patch = __esm2({
  "src/lib/tasks/apply-patch.ts"() {
    "use strict";
    init_task();
  }
});
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
var BranchDeletionBatch;
var init_BranchDeleteSummary = __esm2({
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
function hasBranchDeletionError(data, processExitCode) {
  return processExitCode === 1 && deleteErrorRegex.test(data);
}
var deleteSuccessRegex;
var deleteErrorRegex;
var parsers8;
var parseBranchDeletions;
var init_parse_branch_delete = __esm2({
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
var BranchSummaryResult;
var init_BranchSummary = __esm2({
  "src/lib/responses/BranchSummary.ts"() {
    "use strict";
    BranchSummaryResult = class {
      constructor() {
        this.all = [];
        this.branches = {};
        this.current = "";
        this.detached = false;
      }
      push(status, detached, name, commit, label) {
        if (status === "*") {
          this.detached = detached;
          this.current = name;
        }
        this.all.push(name);
        this.branches[name] = {
          current: status === "*",
          linkedWorkTree: status === "+",
          name,
          commit,
          label
        };
      }
    };
  }
});
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
var parsers9;
var currentBranchParser;
var init_parse_branch = __esm2({
  "src/lib/parsers/parse-branch.ts"() {
    "use strict";
    init_BranchSummary();
    init_utils();
    parsers9 = [
      new LineParser(
        /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
        (result, [current, name, commit, label]) => {
          result.push(branchStatus(current), true, name, commit, label);
        }
      ),
      new LineParser(
        /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
        (result, [current, name, commit, label]) => {
          result.push(branchStatus(current), false, name, commit, label);
        }
      )
    ];
    currentBranchParser = new LineParser(/^(\S+)$/s, (result, [name]) => {
      result.push("*", false, name, "", "");
    });
  }
});
var branch_exports = {};
__export2(branch_exports, {
  branchLocalTask: () => branchLocalTask,
  branchTask: () => branchTask,
  containsDeleteBranchCommand: () => containsDeleteBranchCommand,
  deleteBranchTask: () => deleteBranchTask,
  deleteBranchesTask: () => deleteBranchesTask
});
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
var init_branch = __esm2({
  "src/lib/tasks/branch.ts"() {
    "use strict";
    init_git_response_error();
    init_parse_branch_delete();
    init_parse_branch();
    init_utils();
  }
});
function toPath(input) {
  const path = input.trim().replace(/^["']|["']$/g, "");
  return path && (0, import_node_path.normalize)(path);
}
var parseCheckIgnore;
var init_CheckIgnore = __esm2({
  "src/lib/responses/CheckIgnore.ts"() {
    "use strict";
    parseCheckIgnore = (text) => {
      return text.split(/\n/g).map(toPath).filter(Boolean);
    };
  }
});
var check_ignore_exports = {};
__export2(check_ignore_exports, {
  checkIgnoreTask: () => checkIgnoreTask
});
function checkIgnoreTask(paths) {
  return {
    commands: ["check-ignore", ...paths],
    format: "utf-8",
    parser: parseCheckIgnore
  };
}
var init_check_ignore = __esm2({
  "src/lib/tasks/check-ignore.ts"() {
    "use strict";
    init_CheckIgnore();
  }
});
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
var parsers10;
var init_parse_fetch = __esm2({
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
var fetch_exports = {};
__export2(fetch_exports, {
  fetchTask: () => fetchTask
});
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
var init_fetch = __esm2({
  "src/lib/tasks/fetch.ts"() {
    "use strict";
    init_parse_fetch();
    init_task();
  }
});
function parseMoveResult(stdOut) {
  return parseStringResponse({ moves: [] }, parsers11, stdOut);
}
var parsers11;
var init_parse_move = __esm2({
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
var move_exports = {};
__export2(move_exports, {
  moveTask: () => moveTask
});
function moveTask(from, to) {
  return {
    commands: ["mv", "-v", ...asArray(from), to],
    format: "utf-8",
    parser: parseMoveResult
  };
}
var init_move = __esm2({
  "src/lib/tasks/move.ts"() {
    "use strict";
    init_parse_move();
    init_utils();
  }
});
var pull_exports = {};
__export2(pull_exports, {
  pullTask: () => pullTask
});
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
var init_pull = __esm2({
  "src/lib/tasks/pull.ts"() {
    "use strict";
    init_git_response_error();
    init_parse_pull();
    init_utils();
  }
});
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
var init_GetRemoteSummary = __esm2({
  "src/lib/responses/GetRemoteSummary.ts"() {
    "use strict";
    init_utils();
  }
});
var remote_exports = {};
__export2(remote_exports, {
  addRemoteTask: () => addRemoteTask,
  getRemotesTask: () => getRemotesTask,
  listRemotesTask: () => listRemotesTask,
  remoteTask: () => remoteTask,
  removeRemoteTask: () => removeRemoteTask
});
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
var init_remote = __esm2({
  "src/lib/tasks/remote.ts"() {
    "use strict";
    init_GetRemoteSummary();
    init_task();
  }
});
var stash_list_exports = {};
__export2(stash_list_exports, {
  stashListTask: () => stashListTask
});
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
var init_stash_list = __esm2({
  "src/lib/tasks/stash-list.ts"() {
    "use strict";
    init_log_format();
    init_parse_list_log_summary();
    init_diff();
    init_log();
  }
});
var sub_module_exports = {};
__export2(sub_module_exports, {
  addSubModuleTask: () => addSubModuleTask,
  initSubModuleTask: () => initSubModuleTask,
  subModuleTask: () => subModuleTask,
  updateSubModuleTask: () => updateSubModuleTask
});
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
var init_sub_module = __esm2({
  "src/lib/tasks/sub-module.ts"() {
    "use strict";
    init_task();
  }
});
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
var TagList;
var parseTagList;
var init_TagList = __esm2({
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
var tag_exports = {};
__export2(tag_exports, {
  addAnnotatedTagTask: () => addAnnotatedTagTask,
  addTagTask: () => addTagTask,
  tagListTask: () => tagListTask
});
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
var init_tag = __esm2({
  "src/lib/tasks/tag.ts"() {
    "use strict";
    init_TagList();
  }
});
var require_git = __commonJS2({
  "src/git.js"(exports2, module2) {
    "use strict";
    var { GitExecutor: GitExecutor2 } = (init_git_executor(), __toCommonJS2(git_executor_exports));
    var { SimpleGitApi: SimpleGitApi2 } = (init_simple_git_api(), __toCommonJS2(simple_git_api_exports));
    var { Scheduler: Scheduler2 } = (init_scheduler(), __toCommonJS2(scheduler_exports));
    var { adhocExecTask: adhocExecTask2, configurationErrorTask: configurationErrorTask2 } = (init_task(), __toCommonJS2(task_exports));
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
    } = (init_utils(), __toCommonJS2(utils_exports));
    var { applyPatchTask: applyPatchTask2 } = (init_apply_patch(), __toCommonJS2(apply_patch_exports));
    var {
      branchTask: branchTask2,
      branchLocalTask: branchLocalTask2,
      deleteBranchesTask: deleteBranchesTask2,
      deleteBranchTask: deleteBranchTask2
    } = (init_branch(), __toCommonJS2(branch_exports));
    var { checkIgnoreTask: checkIgnoreTask2 } = (init_check_ignore(), __toCommonJS2(check_ignore_exports));
    var { checkIsRepoTask: checkIsRepoTask2 } = (init_check_is_repo(), __toCommonJS2(check_is_repo_exports));
    var { cleanWithOptionsTask: cleanWithOptionsTask2, isCleanOptionsArray: isCleanOptionsArray2 } = (init_clean(), __toCommonJS2(clean_exports));
    var { diffSummaryTask: diffSummaryTask2 } = (init_diff(), __toCommonJS2(diff_exports));
    var { fetchTask: fetchTask2 } = (init_fetch(), __toCommonJS2(fetch_exports));
    var { moveTask: moveTask2 } = (init_move(), __toCommonJS2(move_exports));
    var { pullTask: pullTask2 } = (init_pull(), __toCommonJS2(pull_exports));
    var { pushTagsTask: pushTagsTask2 } = (init_push(), __toCommonJS2(push_exports));
    var {
      addRemoteTask: addRemoteTask2,
      getRemotesTask: getRemotesTask2,
      listRemotesTask: listRemotesTask2,
      remoteTask: remoteTask2,
      removeRemoteTask: removeRemoteTask2
    } = (init_remote(), __toCommonJS2(remote_exports));
    var { getResetMode: getResetMode2, resetTask: resetTask2 } = (init_reset(), __toCommonJS2(reset_exports));
    var { stashListTask: stashListTask2 } = (init_stash_list(), __toCommonJS2(stash_list_exports));
    var {
      addSubModuleTask: addSubModuleTask2,
      initSubModuleTask: initSubModuleTask2,
      subModuleTask: subModuleTask2,
      updateSubModuleTask: updateSubModuleTask2
    } = (init_sub_module(), __toCommonJS2(sub_module_exports));
    var { addAnnotatedTagTask: addAnnotatedTagTask2, addTagTask: addTagTask2, tagListTask: tagListTask2 } = (init_tag(), __toCommonJS2(tag_exports));
    var { straightThroughBufferTask: straightThroughBufferTask2, straightThroughStringTask: straightThroughStringTask2 } = (init_task(), __toCommonJS2(task_exports));
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
    Git2.prototype.revert = function(commit) {
      const next2 = trailingFunctionArgument2(arguments);
      if (typeof commit !== "string") {
        return this._runTask(configurationErrorTask2("Commit must be a string"), next2);
      }
      return this._runTask(
        straightThroughStringTask2(["revert", ...getTrailingOptions2(arguments, 0, true), commit]),
        next2
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
      var next2 = trailingFunctionArgument2(arguments);
      if (!command.length) {
        return this._runTask(
          configurationErrorTask2("Raw: must supply one or more command to execute"),
          next2
        );
      }
      return this._runTask(straightThroughStringTask2(command, this._trimmed), next2);
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
    Git2.prototype._catFile = function(format, args) {
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
      const task = format === "buffer" ? straightThroughBufferTask2(command) : straightThroughStringTask2(command);
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
var GitConstructError = class extends GitError {
  constructor(config, message) {
    super(void 0, message);
    this.config = config;
  }
};
init_git_error();
init_git_error();
var GitPluginError = class extends GitError {
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
init_utils();
function commandConfigPrefixingPlugin(configuration) {
  const prefix = prefixedArray(configuration, "-c");
  return {
    type: "spawn.args",
    action(data) {
      return [...prefix, ...data];
    }
  };
}
init_utils();
var never = (0, import_promise_deferred2.deferred)().promise;
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
init_utils();
var WRONG_NUMBER_ERR = `Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings`;
var WRONG_CHARS_ERR = `Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option`;
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
init_git_error();
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
init_utils();
var PluginStore = class {
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
init_utils();
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
init_utils();
var Git = require_git();
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
init_git_response_error();
var simpleGit = gitInstanceFactory;

// src/words/errors.ts
var PluginError = class extends Error {
  constructor(message, level = "error", options) {
    super(message, options);
    this.level = level;
  }
  level;
  name = "PluginError";
};
var GitError2 = class extends PluginError {
  constructor(message, gitMessage, options) {
    super(message, "error", options);
    this.gitMessage = gitMessage;
  }
  gitMessage;
  name = "GitError";
};
function gitWords(err) {
  const text = err instanceof GitError2 ? err.gitMessage : err instanceof Error ? err.message : String(err);
  return text.split("\n").map((l) => l.trimEnd()).filter((l) => l.trim() !== "").join("\n");
}

// src/change/git.ts
var REPO_VARS = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY"];
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
var USER_ENVIRONMENT = {
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
var setsidPath;
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
        const words3 = err instanceof Error ? err.message.trim() : String(err);
        throw new GitError2(`git ${args[0] ?? ""} failed: ${words3}`, words3, { cause: err });
      }
    }
  };
}

// src/nvim/editor.ts
function contextFrom(value) {
  const raw = value && typeof value === "object" ? value : {};
  return {
    buf: Number(raw.buf),
    name: String(raw.name ?? ""),
    buftype: String(raw.buftype ?? ""),
    filetype: String(raw.filetype ?? ""),
    dir: typeof raw.dir === "string" && raw.dir !== "" ? raw.dir : null,
    cwd: String(raw.cwd ?? ""),
    options: raw.options,
    ollamaHostEnv: String(raw.ollama_host_env ?? ""),
    writeError: typeof raw.write_error === "string" ? raw.write_error : null,
    nameUnreadable: raw.name_utf8 === false
  };
}
var LEVELS = { info: 2, warn: 3, error: 4 };
function editorFor(nvim) {
  const lua = async (code, ...args) => (
    // node-client's VimValue type is narrower than what msgpack carries (no null, no string[]).
    nvim.lua(code, args)
  );
  const review = async (fn, ...args) => lua(`return require('git-commit-push.review').${fn}(...)`, ...args);
  const asSet = (v) => v === "ok" || v === "edited" ? v : "gone";
  return {
    async context() {
      return contextFrom(await lua(`return require('git-commit-push')._context()`));
    },
    async notify(notice2, level) {
      await lua(`require('git-commit-push')._notice(...)`, { lines: notice2.lines, details: notice2.details }, LEVELS[level]);
    },
    async progress(items) {
      await review("progress", items.map((i2) => ({ text: i2.text, short: i2.short, elapsed_ms: Math.max(0, Math.round(i2.elapsedMs)) })));
    },
    async event(name, data) {
      await lua(`require('git-commit-push')._event(...)`, name, data);
    },
    async openReview(opts) {
      const r2 = await review("open", {
        name: opts.name,
        lines: opts.lines,
        message_lines: opts.messageLines,
        saved: opts.saved,
        comment: opts.comment
      });
      return { buf: Number(r2.buf) };
    },
    async focus(buf) {
      await review("focus", buf);
    },
    async setMessage(buf, lines, status, force) {
      return asSet(await review("set_message", buf, lines, status ?? null, force ?? false));
    },
    async setComments(buf, lines, comment) {
      return asSet(await review("set_comments", buf, lines, comment ?? null));
    },
    async setStatus(buf, status, force) {
      return asSet(await review("set_status", buf, status, force ?? false));
    },
    async markUnsaved(buf) {
      return asSet(await review("mark_unsaved", buf));
    },
    async close(buf) {
      await review("close", buf);
    },
    async setOutput(lines) {
      await review("set_output", lines);
    },
    async showOutput() {
      await review("show_output");
    }
  };
}
function writePayload(payload) {
  if (Array.isArray(payload)) return { lines: payload.map(String), edited: true };
  const p2 = payload ?? {};
  return { lines: Array.isArray(p2.lines) ? p2.lines.map(String) : [], edited: p2.edited !== false };
}

// src/nvim/controller.ts
var import_node_path14 = require("node:path");

// src/change/context.ts
var import_promises3 = require("node:fs/promises");
var import_node_path5 = require("node:path");

// src/change/gather.ts
var import_promises2 = require("node:fs/promises");
var import_node_fs3 = require("node:fs");
var import_node_path4 = require("node:path");

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

// src/change/repository.ts
var import_promises = require("node:fs/promises");
var import_node_fs2 = require("node:fs");
var import_node_path3 = require("node:path");
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
    const words3 = err instanceof GitError2 ? err.gitMessage : String(err);
    if (/not a git repository/i.test(words3)) throw new PluginError(`${dir} is not in a git repository`, "error", { cause: err });
    if (/must be run in a work tree/i.test(words3)) throw new PluginError(`${dir} is inside a git directory, not a work tree`, "error", { cause: err });
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

// src/change/gather.ts
async function checkCommittable(repo, scope) {
  const entries = new Set(await (0, import_promises2.readdir)(repo.gitDir));
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
var DIFF_OPTIONS = ["--no-color", "--no-ext-diff", "-M", "--no-textconv"];
var DIFF_ARGS = ["diff", "--cached", ...DIFF_OPTIONS];
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
  const tracked = headDiff !== "" && !(/^deleted file mode /m.test(headDiff) && filePath !== void 0 && (0, import_node_fs3.existsSync)(filePath));
  if (!tracked) return { diff: await diffInPrivateIndex(repo, filePathspec(file), filePath), file };
  if (CONFLICT_MARKER.test(headDiff) && await isUnmerged(repo, file)) {
    throw new PluginError(`${file} has unresolved conflicts: fix them and mark it resolved with git add (committing now would commit the conflict markers)`);
  }
  return { diff: headDiff, file };
}
var CONFLICT_MARKER = /^\+(?:<{7}|>{7})(?: |$)/m;
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
    ((0, import_node_fs3.existsSync)((0, import_node_path4.join)(repo.root, path)) ? present : gone).push(arg);
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
  if ((0, import_node_path4.isAbsolute)(source) && (0, import_node_path4.relative)(repo.root, source).startsWith("..")) return `your global excludes file ${source} (core.excludesFile, ${where})`;
  return `${(0, import_node_path4.isAbsolute)(source) ? (0, import_node_path4.relative)(repo.root, source) : source} (${where})`;
}
var privateIndexCounter = 0;
async function withPrivateIndex(repo, fn) {
  const indexFile = (0, import_node_path4.join)(repo.gitDir, `git-commit-push-index.${process.pid}.${++privateIndexCounter}`);
  try {
    await copyIndex(repo.indexPath, indexFile).catch((err) => {
      if (err.code !== "ENOENT") throw err;
    });
    return await fn(indexFile);
  } finally {
    await (0, import_promises2.rm)(indexFile, { force: true });
    await (0, import_promises2.rm)(indexFile + ".lock", { force: true });
  }
}
async function copyIndex(from, to, mode) {
  const { atimeMs, mtimeMs } = await (0, import_promises2.stat)(from);
  await (0, import_promises2.copyFile)(from, to, mode);
  await (0, import_promises2.utimes)(to, atimeMs / 1e3, (mtimeMs - 1e-3) / 1e3);
}

// src/change/context.ts
var FILE_LOG_MS = 300;
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
var MAX_ATTRIBUTE_PATHS = 2e3;
async function anyAttributesFile(repo, paths) {
  const dirs = /* @__PURE__ */ new Set([""]);
  for (const p2 of paths.slice(0, MAX_ATTRIBUTE_DIRS)) {
    for (let i2 = p2.indexOf("/"); i2 >= 0; i2 = p2.indexOf("/", i2 + 1)) dirs.add(p2.slice(0, i2));
  }
  if (paths.length > MAX_ATTRIBUTE_DIRS) return true;
  const xdg = process.env.XDG_CONFIG_HOME || (0, import_node_path5.join)(process.env.HOME ?? "", ".config");
  const candidates = [
    ...[...dirs].map((d) => (0, import_node_path5.join)(repo.root, d, ".gitattributes")),
    (0, import_node_path5.join)(repo.commonDir, "info", "attributes"),
    repo.config.get("core.attributesfile") ?? (0, import_node_path5.join)(xdg, "git", "attributes"),
    "/etc/gitattributes"
  ];
  const found = await Promise.all(candidates.map((c3) => (0, import_promises3.stat)(expandHome(c3)).then(() => true, () => false)));
  return found.some(Boolean);
}
var MAX_ATTRIBUTE_DIRS = 200;
function expandHome(path) {
  return path.startsWith("~/") ? (0, import_node_path5.join)(process.env.HOME ?? "", path.slice(2)) : path;
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

// src/change/repo-cache.ts
var import_promises4 = require("node:fs/promises");
var import_node_fs4 = require("node:fs");
var import_node_path6 = require("node:path");
var MAX_ENTRIES = 64;
var RACY_MS = 2e3;
var RepositoryCache = class {
  constructor(gitAt2, env = process.env, racyMs = RACY_MS) {
    this.gitAt = gitAt2;
    this.env = env;
    this.racyMs = racyMs;
  }
  gitAt;
  env;
  racyMs;
  entries = /* @__PURE__ */ new Map();
  /** The repository that `dir` is in, as openRepository would find it now. */
  async open(dir) {
    const real = realFolder(dir);
    const hit = real === void 0 ? void 0 : this.entries.get(real);
    if (hit && (await fingerprint(hit.watched)).id === hit.fingerprint) return hit.repo;
    if (real !== void 0) this.entries.delete(real);
    const asked = Date.now();
    const loc = await locateRepository(dir, this.gitAt);
    const { repo, config } = await describeRepository(loc);
    const between = real === void 0 ? void 0 : foldersBetween(real, loc.root);
    if (real === void 0 || between === void 0) return repo;
    const watched = watchList(loc, config, between, this.env);
    const now = await fingerprint(watched);
    if (now.newestMs >= asked - this.racyMs) return repo;
    this.entries.set(real, { repo, watched, fingerprint: now.id });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value ?? "");
    return repo;
  }
};
function realFolder(dir) {
  try {
    return (0, import_node_fs4.realpathSync)(dir);
  } catch {
    return void 0;
  }
}
function foldersBetween(real, root) {
  const rel = (0, import_node_path6.relative)(root, real);
  if (rel === "") return [];
  if (rel === ".." || rel.startsWith(".." + import_node_path6.sep) || (0, import_node_path6.isAbsolute)(rel)) return void 0;
  const out = [];
  for (let d = real; d !== root && d !== (0, import_node_path6.dirname)(d); d = (0, import_node_path6.dirname)(d)) out.push(d);
  return out;
}
function watchList(loc, config, between, env) {
  const home = env.HOME ?? "";
  const files = /* @__PURE__ */ new Set();
  for (const d of between) files.add((0, import_node_path6.join)(d, ".git"));
  files.add((0, import_node_path6.join)(loc.root, ".git"));
  files.add((0, import_node_path6.join)(loc.gitDir, "HEAD"));
  files.add((0, import_node_path6.join)(loc.commonDir, "reftable", "tables.list"));
  files.add((0, import_node_path6.join)(loc.commonDir, "config"));
  files.add((0, import_node_path6.join)(loc.gitDir, "config.worktree"));
  if (env.GIT_CONFIG_GLOBAL) files.add(env.GIT_CONFIG_GLOBAL);
  else {
    files.add((0, import_node_path6.join)(home, ".gitconfig"));
    files.add((0, import_node_path6.join)(env.XDG_CONFIG_HOME || (0, import_node_path6.join)(home, ".config"), "git", "config"));
  }
  if (!env.GIT_CONFIG_NOSYSTEM) files.add(env.GIT_CONFIG_SYSTEM || "/etc/gitconfig");
  for (const f of config.files) files.add((0, import_node_path6.resolve)(loc.root, f));
  for (const inc of config.includes) {
    const path = inc.path.startsWith("~/") ? (0, import_node_path6.join)(home, inc.path.slice(2)) : inc.path;
    files.add((0, import_node_path6.isAbsolute)(path) ? path : (0, import_node_path6.resolve)((0, import_node_path6.dirname)((0, import_node_path6.resolve)(loc.root, inc.from)), path));
  }
  return [...files];
}
async function fingerprint(paths) {
  let newestMs = 0;
  const parts = await Promise.all(
    paths.map(
      (p2) => (0, import_promises4.stat)(p2, { bigint: true }).then(
        (s) => {
          if (s.isDirectory()) return `d${s.dev}:${s.ino}`;
          newestMs = Math.max(newestMs, Number(s.mtimeNs / 1000000n), Number(s.ctimeNs / 1000000n));
          return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
        },
        () => "-"
      )
    )
  );
  return { id: parts.join("|"), newestMs };
}

// src/commit/commit-lock.ts
var import_promises6 = require("node:fs/promises");
var import_node_os = require("node:os");
var import_node_path8 = require("node:path");

// src/commit/state-dir.ts
var import_promises5 = require("node:fs/promises");
var import_node_path7 = require("node:path");
function stateDir(repo) {
  return (0, import_node_path7.join)(repo.gitDir, "git-commit-push");
}
var tempCounter = 0;
async function writeFileAtomic(path, text) {
  const dir = path.slice(0, path.lastIndexOf("/"));
  await (0, import_promises5.mkdir)(dir, { recursive: true });
  const temp = `${path}.tmp-${process.pid}-${++tempCounter}`;
  try {
    await (0, import_promises5.writeFile)(temp, text);
    await (0, import_promises5.rename)(temp, path);
  } catch (err) {
    await (0, import_promises5.rm)(temp, { force: true });
    throw err;
  }
}

// src/commit/commit-lock.ts
var POLL_MS = 50;
function commitLockPath(repo) {
  return (0, import_node_path8.join)(stateDir(repo), "commit.lock");
}
async function acquireCommitLock(repo, opts) {
  const push2 = opts.kind === "push";
  const path = push2 ? (0, import_node_path8.join)(stateDir(repo), "push.lock") : commitLockPath(repo);
  await (0, import_promises6.mkdir)(stateDir(repo), { recursive: true });
  const me = { pid: process.pid, host: (0, import_node_os.hostname)(), what: opts.what, since: Date.now(), ...push2 ? { kind: "push" } : {} };
  const deadline = Date.now() + opts.waitMs;
  let told = false;
  for (; ; ) {
    if (opts.signal?.aborted) {
      throw new PluginError(push2 ? "cancelled while waiting for another push: not pushed" : "cancelled while waiting for another commit: nothing committed", "info");
    }
    const created = await (0, import_promises6.open)(path, "wx").then(
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
    if (created) return () => (0, import_promises6.rm)(path, { force: true });
    const holder = await readHolder(path);
    if (holder ? isStale(holder) : await abandonedEmpty(path)) {
      await (0, import_promises6.rm)(path, { force: true });
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
    const h2 = JSON.parse(await (0, import_promises6.readFile)(path, "utf8"));
    if (typeof h2.pid !== "number" || typeof h2.host !== "string") return void 0;
    return { pid: h2.pid, host: h2.host, what: String(h2.what ?? "a commit"), since: Number(h2.since ?? Date.now()), ...h2.kind === "push" ? { kind: "push" } : {} };
  } catch {
    return void 0;
  }
}
async function abandonedEmpty(path) {
  const st = await (0, import_promises6.stat)(path).catch(() => void 0);
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
  return new Promise((resolve3) => {
    const t2 = setTimeout(done, ms);
    function done() {
      clearTimeout(t2);
      signal?.removeEventListener("abort", done);
      resolve3();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

// src/commit/drafts.ts
var import_node_crypto = require("node:crypto");
var import_promises7 = require("node:fs/promises");
var import_node_path9 = require("node:path");

// src/words/one-line.ts
function oneLine(text) {
  return /[\u0000-\u001f\u007f]/.test(text) ? JSON.stringify(text).slice(1, -1) : text;
}

// src/words/credentials.ts
var import_node_util = require("node:util");
var URL_AUTHORITY = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#"'`<>\\]*)/gi;
var SSH_SCHEME = /^(?:ssh|git\+ssh|ssh\+git):\/\/$/i;
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

// src/commit/message.ts
var MAX_LISTED_FILES = 20;
var AUTO_COMMENT = "#;@!$%^&|:";
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

// src/commit/drafts.ts
var LEGACY_DRAFT = "GIT_COMMIT_PUSH_EDITMSG";
function draftPath(repo, key) {
  return (0, import_node_path9.join)(stateDir(repo), `draft-${key.scope}-${keyId(key)}.txt`);
}
function keyId(key) {
  const what = key.scope === "file" ? `file\0${key.file ?? ""}` : key.scope;
  return (0, import_node_crypto.createHash)("sha256").update(what).digest("hex").slice(0, 16);
}
async function readDraft(repo, key) {
  const path = draftPath(repo, key);
  const found = await read(path, repo);
  if (found) return found;
  const legacy = (0, import_node_path9.join)(repo.gitDir, LEGACY_DRAFT);
  const old = await read(legacy, repo);
  if (!old) return void 0;
  await writeFileAtomic(path, hideUrlCredentials(old.message) + "\n");
  await (0, import_promises7.rm)(legacy, { force: true });
  return old;
}
async function read(path, repo) {
  try {
    const [text, st] = await Promise.all([(0, import_promises7.readFile)(path, "utf8"), (0, import_promises7.stat)(path)]);
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
  return (0, import_promises7.rm)(path, { force: true });
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
var RECENT_COMMITS = 20;

// src/commit/commit.ts
var import_node_fs5 = require("node:fs");
var import_promises8 = require("node:fs/promises");
var import_node_path10 = require("node:path");
var MAX_ARG_PATHS = 256;
var DEFAULT_LOCK_WAIT_MS = 6e4;
var messageFileCounter = 0;
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
    msgFile = (0, import_node_path10.join)(stateDir(repo), `message-${process.pid}-${n}.txt`);
    await (0, import_promises8.writeFile)(msgFile, hideUrlCredentials(message) + "\n", { flag: "wx" });
    const args = ["commit", "--cleanup=whitespace", `--file=${msgFile}`];
    const files = file === void 0 ? void 0 : typeof file === "string" ? [file] : file;
    let paths;
    if (files !== void 0) {
      if (files.length <= MAX_ARG_PATHS) paths = pathspecs(files);
      else {
        listFile = (0, import_node_path10.join)(stateDir(repo), `paths-${process.pid}-${n}.txt`);
        await (0, import_promises8.writeFile)(listFile, files.map((f) => `:(literal)${f}`).join("\0") + "\0", { flag: "wx" });
        paths = [`--pathspec-from-file=${listFile}`, "--pathspec-file-nul"];
      }
    }
    if (paths !== void 0) args.push("--only", ...paths);
    traceFile = (0, import_node_path10.join)(stateDir(repo), `trace-${process.pid}-${n}.json`);
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
    if (traceFile !== void 0) await (0, import_promises8.rm)(traceFile, { force: true });
    if (msgFile !== void 0) await (0, import_promises8.rm)(msgFile, { force: true });
    if (listFile !== void 0) await (0, import_promises8.rm)(listFile, { force: true });
    await release();
  }
}
async function withSilentHookNamed(err, traceFile) {
  if (err.gitMessage.trim() !== "") return err;
  const trace = await (0, import_promises8.readFile)(traceFile, "utf8").catch(() => "");
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
  const words3 = `the hook ${failed.hook} stopped the commit without a word (exit code ${failed.code})`;
  return new GitError2(`git commit failed: ${words3}`, words3, { cause: err });
}
function hookFileOf(path) {
  const husky = /(^|.*\/)\.husky\/_\/([^/]+)$/.exec(path);
  return husky ? `${husky[1] ?? ""}.husky/${husky[2] ?? ""}` : path;
}
async function commitStagedWithout(repo, exclude, args, run) {
  const indexFile = (0, import_node_path10.join)(repo.gitDir, `git-commit-push-index.${process.pid}.staged`);
  try {
    await copyIndex(repo.indexPath, indexFile);
    const hasHead = await repo.git.run(["rev-parse", "-q", "--verify", "HEAD"]).then(() => true, () => false);
    const back = hasHead ? ["reset", "-q", "HEAD", ...pathspecs(exclude)] : ["rm", "-q", "--cached", "--ignore-unmatch", ...pathspecs(exclude)];
    await repo.git.run(back, { indexFile });
    return await repo.git.run(args, { ...run, indexFile });
  } finally {
    await (0, import_promises8.rm)(indexFile, { force: true });
    await (0, import_promises8.rm)(`${indexFile}.lock`, { force: true });
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
    await (0, import_promises8.rm)(backup, { force: true });
    return out;
  } catch (err) {
    await restoreIndex(repo.indexPath, backup, hadIndex);
    throw err;
  }
}
async function restoreIndex(indexPath, backup, hadIndex) {
  if (!hadIndex) {
    await (0, import_promises8.rm)(indexPath, { force: true });
    return;
  }
  if (await sameBytes(indexPath, backup)) {
    await (0, import_promises8.rm)(backup, { force: true });
    return;
  }
  const lock = `${indexPath}.lock`;
  try {
    await copyIndex(backup, lock, import_node_fs5.constants.COPYFILE_EXCL);
    await (0, import_promises8.rename)(lock, indexPath);
    await (0, import_promises8.rm)(backup, { force: true });
  } catch (err) {
    console.error(`git-commit-push: could not restore the index; it is kept in ${backup}: ${forLog(err)}`);
  }
}
async function sameBytes(a, b2) {
  const [x2, y2] = await Promise.all([(0, import_promises8.readFile)(a).catch(() => void 0), (0, import_promises8.readFile)(b2).catch(() => void 0)]);
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
var TRUE = /^(?:true|yes|on|1)$/i;
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
  const fallback = remotes.includes("origin") ? "origin" : remotes.length === 1 ? remotes[0] : void 0;
  const remote = pushRemote ?? (upstreamRemote && merge ? upstreamRemote : void 0) ?? fallback;
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
var PUSH_LOCK_WAIT_MS = 10 * 6e4;
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

// src/commit/recheck.ts
var import_promises9 = require("node:fs/promises");
var import_node_path11 = require("node:path");
var ChangedSinceReview = class extends PluginError {
  constructor(message, remedy) {
    super(message, "warn");
    this.remedy = remedy;
  }
  remedy;
  name = "ChangedSinceReview";
};
async function readHead(repo) {
  const head = (await (0, import_promises9.readFile)((0, import_node_path11.join)(repo.gitDir, "HEAD"), "utf8")).trim();
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
    (0, import_promises9.readdir)(repo.gitDir).then((e) => new Set(e)),
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
var UNMERGED = /* @__PURE__ */ new Set(["DD", "AU", "UD", "UA", "DU", "AA", "UU"]);
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

// src/commit/unpushed.ts
var import_promises10 = require("node:fs/promises");
var import_node_path12 = require("node:path");
function recordPath(repo) {
  return (0, import_node_path12.join)(stateDir(repo), "unpushed.json");
}
function recordUnpushed(repo, u) {
  return writeFileAtomic(recordPath(repo), JSON.stringify(u));
}
function clearUnpushed(repo) {
  return (0, import_promises10.rm)(recordPath(repo), { force: true });
}
async function readUnpushed(repo) {
  try {
    const u = JSON.parse(await (0, import_promises10.readFile)(recordPath(repo), "utf8"));
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

// src/commit/flow.ts
var CommitRefused = class extends PluginError {
  constructor(cancelled, options) {
    super(cancelled ? "cancelled while waiting for another commit: nothing committed" : "commit refused", cancelled ? "info" : "error", options);
    this.cancelled = cancelled;
  }
  cancelled;
  name = "CommitRefused";
};
var PushFailed = class extends PluginError {
  constructor(made, options) {
    super("push failed", "error", options);
    this.made = made;
  }
  made;
  name = "PushFailed";
};
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

// src/change/diff.ts
var SPACE = 32;
var PLUS = 43;
var MINUS = 45;
var BACKSLASH = 92;
var HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;
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
      const fallback = f.status === "deleted" ? b2.minusPath ?? b2.plusPath : b2.plusPath ?? b2.minusPath;
      f.path = b2.headerPath ?? fallback ?? "";
    }
    if (f.path !== "") files.push(f);
    current = void 0;
  };
  for (let i2 = 0; i2 < lines.length; i2++) {
    const line = lines[i2];
    if (hunk) {
      const c3 = line.charCodeAt(0);
      if (oldLeft > 0 || newLeft > 0) {
        if (c3 === SPACE || line.length === 0 && oldLeft > 0 && newLeft > 0) {
          hunk.lines.push(line);
          oldLeft--;
          newLeft--;
          continue;
        }
        if (c3 === MINUS && oldLeft > 0) {
          hunk.lines.push(line);
          hunk.removed++;
          oldLeft--;
          continue;
        }
        if (c3 === PLUS && newLeft > 0) {
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
    if (!first2 || rest.charCodeAt(first2.end) !== SPACE) return void 0;
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
    if (rest.charCodeAt(half) === SPACE) return [rest.slice(0, half), rest.slice(half + 1)];
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
var SIMPLE_ESCAPES = {
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
var utf8 = new TextDecoder("utf-8");
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
    const next2 = s[i2 + 1];
    if (next2 === void 0) return void 0;
    const octal = /^[0-7]{3}/.exec(s.slice(i2 + 1, i2 + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 255);
      i2 += 4;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next2];
    if (simple === void 0) return void 0;
    bytes.push(simple);
    i2 += 2;
  }
  return void 0;
}

// src/prompt/secrets/hunk.ts
var SPACE2 = 32;
var PLUS2 = 43;
var MINUS2 = 45;
var HUNK_START = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
function hunkStarts(h2) {
  const m = HUNK_START.exec(h2.header);
  return { oldStart: Number(m?.[1] ?? 0), newStart: Number(m?.[2] ?? 0) };
}
function headerContext(header) {
  const m = HUNK_START.exec(header);
  return m ? header.slice(m[0].length).trim() : "";
}

// src/prompt/secrets/names.ts
var SECRET_NAMES = /* @__PURE__ */ new Set([
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
var SECRET_EXTENSIONS = [
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
var SECRET_PREFIXES = [".env.", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "ssh_host_", "secring."];
var DATA_EXT = "(?:json|ya?ml|xml|toml|ini|txt|csv|conf|cfg|properties|env|db)";
var SECRET_NAME_PATTERNS = [
  // `secret.yaml`, `db-secret.yaml`, `secrets.prod.json`; not `secrets-scan.yml` or `secret-manager.yaml`
  new RegExp(`(?:^|[._-])secrets?(?:\\.[\\w-]+)?\\.${DATA_EXT}$`),
  new RegExp(`(?:^|[._-])credentials?(?:[._-][^.]*)?\\.${DATA_EXT}$`),
  /service[-_]?account.*\.json$/,
  /^client[-_]?secrets?.*\.json$/
];
var SECRET_PATHS = [
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
var SECRET_DIRS = [".gnupg/", ".aws/", ".azure/", ".config/gcloud/", ".password-store/"];
var SSH_PUBLIC = /* @__PURE__ */ new Set(["known_hosts", "known_hosts.old", "config", "authorized_keys", "authorized_keys2"]);
var BACKUP_SUFFIX = /(?:\.(?:bak|backup|old|orig|save|sav|copy|tmp|swp|swo)|~)$/;
var EXAMPLE_PART = /^(?:example|examples|sample|template|tmpl|dist|defaults?)$/;
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

// src/prompt/secrets/files.ts
var foundSecret = /* @__PURE__ */ new WeakSet();
function markSecret(file) {
  foundSecret.add(file);
}
var K8S_SECRET = /^\s*(?:-\s+)?["']?kind["']?\s*:\s*["']?Secret["']?\s*,?\s*(?:#.*)?$/;
var SERVICE_ACCOUNT = /"type"\s*:\s*"service_account"/;
var KEY_FILE_START = /^\s*(?:-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d+:)/i;
var YARN_AUTH = /\b(?:npmAuthToken|npmAuthIdent|_authToken|_auth|_password)\b/;
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
      if (p2 !== SPACE2 && p2 !== PLUS2 && p2 !== MINUS2) continue;
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
        if (line.charCodeAt(0) === MINUS2) left.add(key);
      }
    }
  }
  if (left.size === 0) return { secret, shared };
  for (const f of files) {
    if (secret.has(f) || f.status !== "added") continue;
    if (!f.hunks.some((h2) => h2.lines.some((l) => l.charCodeAt(0) === PLUS2 && isShared(l, left)))) continue;
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
var COMMENT = /^(?:#|\/\/|;|--|\/\*|\*|<!--)/;
function distinctive(line) {
  const p2 = line.charCodeAt(0);
  if (p2 !== SPACE2 && p2 !== PLUS2 && p2 !== MINUS2) return void 0;
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

// src/prompt/presets.ts
var PRESET_NAMES = ["journal", "code", "conventional"];
function isPresetName(s) {
  return PRESET_NAMES.includes(s);
}
var PRESETS = {
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
var RULES = [
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
var DEFAULT_LANGUAGE = "English";
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

// src/settings/options.ts
var DEFAULT_HOST = "http://127.0.0.1:11434";
var isString = (v) => typeof v === "string";
var isBool = (v) => typeof v === "boolean";
var isPositiveInt = (v) => typeof v === "number" && Number.isInteger(v) && v > 0;
var isKeepAlive = (v) => typeof v === "string" || typeof v === "number";
var SCHEMA = {
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
var OPTION_NAMES = Object.keys(SCHEMA);
var LUA_ONLY = /* @__PURE__ */ new Set(["keymap"]);
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

// src/settings/repo-settings.ts
var CONFIG_OPTIONS = ["model", "preset", "prompt", "language", "timeout_ms", "keep_alive", "num_ctx", "num_predict", "push_stall_ms"];
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
  const format = config.get("gpg.format") ?? "openpgp";
  return config.get(`gpg.${format}.program`) ?? (format === "openpgp" ? config.get("gpg.program") : void 0) ?? (format === "ssh" ? "ssh-keygen" : format === "x509" ? "gpgsm" : "gpg");
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

// src/commit/push-failure.ts
var BOILERPLATE = [/^hint:/, /^Please make sure you have the correct access rights$/, /^and the repository exists\.$/, /^To \S/];
function pushFailureLines(gitText) {
  return gitText.split("\n").map((l) => l.replace(/[\t ]+/g, " ").trim()).filter((l) => l !== "" && !BOILERPLATE.some((re) => re.test(l)));
}
function explainPushFailure(gitText) {
  const lines = pushFailureLines(gitText);
  const text = lines.join("\n");
  const has = (re) => re.test(text);
  const result = (kind, reason, next2) => ({ kind, reason, next: next2, gitLines: lines });
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

// src/model/message-rules.ts
var DEFAULT_MAX_MESSAGE_CHARS = 4096;
var WIDTH = 72;
var CODE_LINE = /^(?: {4}|\t)/;
var BULLET = /^( {0,3})([-*+]|\d{1,3}[.)])[ \t]+(?=\S)/;
var TRAILING_ELLIPSIS = /\s*(?:\.{3,}|…)$/;
var DANGLING = /[\s,;:\-–—/\\([{&+|.…]+$/;
var DANGLING_QUOTE = /\s["'`“‘«]$/;
var QUOTE_PAIRS = {
  '"': '"',
  "'": "'",
  "`": "`",
  "\u201C": "\u201D",
  "\u2018": "\u2019",
  "\xAB": "\xBB"
};
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
  const firstLine3 = inner.split("\n", 1)[0] ?? "";
  const stray = close === "'" ? /(?<![A-Za-z])'|'(?![A-Za-z])/.test(firstLine3) : firstLine3.includes(close);
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
        const next2 = lines[i2] ?? "";
        const indent = next2.length - next2.trimStart().length;
        if (next2.trim() === "" || indent === 0 || indent > hang.length || next2.startsWith("	") || BULLET.test(next2)) break;
        block.push(next2);
        i2++;
      }
      if (block.some((l) => width(l) > WIDTH)) {
        const words3 = [line.slice(bullet[0].length), ...block.slice(1)].join(" ").split(/\s+/).filter(Boolean);
        out.push(...fill(words3, marker2, hang));
      } else {
        out.push(...block);
      }
      continue;
    }
    while (i2 < lines.length) {
      const next2 = lines[i2] ?? "";
      if (next2 === "" || CODE_LINE.test(next2) || BULLET.test(next2)) break;
      block.push(next2);
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
function fill(words3, first2, hang) {
  const out = [];
  let prefix = first2;
  let line = [];
  let used = width(first2);
  for (const word of words3) {
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
function breakIndex(line, next2, hang) {
  let at = line.length;
  let head = next2;
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
  let next2;
  if (measure === "units") {
    if (line.length <= max) return line;
    kept = window2(line, max);
    next2 = line.charAt(kept.length);
  } else {
    const points = Array.from(line.slice(0, max * 2 + 2));
    if (points.length <= max && line.length <= max * 2 + 2) return line;
    kept = points.slice(0, max).join("");
    next2 = points[max] ?? "";
  }
  let cut2 = kept;
  if (next2 !== "" && !/\s/.test(next2)) {
    const space = kept.search(/\s\S*$/);
    if (space > 0) cut2 = kept.slice(0, space);
  }
  let tidy = cut2.replace(TRAILING_ELLIPSIS, "");
  for (let round = 0; round < 3; round++) {
    const stripped = tidy.replace(DANGLING, "").replace(DANGLING_QUOTE, "");
    if (stripped === tidy) break;
    tidy = stripped;
  }
  return tidy === "" ? cut2.trim() : tidy;
}

// src/model/verdict.ts
var REASON_ERROR = "the model returned an error text";
var REASON_REFUSED = "the model refused";
var HEAD_CHARS = 4096;
var HEAD_LINES = 12;
var JSON_PARSE_LIMIT = 64 * 1024;
var COMMIT_VERBS = [
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
var COMMIT_VERB = new RegExp(String.raw`^(?:${COMMIT_VERBS.join("|")})(?:s|es|d|ed|ing)?\b(?![-'’])(?! of\b)`, "i");
var CONVENTIONAL = /^(?:feat|fix|docs|style|refactor|perf|test|tests|build|ci|chore|revert|deps|release)(?:\([^()\n]{0,60}\))?!?:\s/i;
var GIT_GENERATED = /^(?:fixup!|squash!|amend!|Merge (?:branch|pull request|remote-tracking branch|tag)\b|Revert ")/;
var GO_OPERATION = /^[a-z]+ (?:(?:tcp|udp|unix|ip)[46]? \S+|["']?(?:\/|\.{1,2}\/|~\/|[A-Za-z]:[\\/]|[a-z]+:\/\/)[^\s"']*["']?):\s/;
var LABEL = /^(?:[\w./-]+[ \t]+){0,3}?(?:error|exception|fatal|panic|failure|critical|err)(?:[ \t]+code)?(?:[ \t]+\d+)?(?:[ \t]*\[[^\]\n]{0,40}\])?[ \t]*:(?!\/\/)(.*)$/i;
var BARE_LABEL = /^(?:(?:an?|internal|unknown|unexpected|server|fatal|network|runtime|system|general|generic|critical|service)[ \t]+){0,3}(?:error|exception|failure)(?:[ \t]+(?:has[ \t]+)?occurred)?[.!]*$/i;
var EXCEPTION_CLASS = /^(?:[A-Za-z_$][\w$]*\.){0,6}[A-Z][\w$]*(?:Error|Exception|Fault|Timeout)\b(?:[ \t]*:(.*)|[ \t]*\(|[ \t]*$)/;
var DUMP_HEADERS = [
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
var STACK_FRAMES = [
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
var LOG_LINE = /^(?:\[?\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d|time=\S+ level=|\[GIN\]|\[?(?:ERROR|FATAL|CRITICAL|PANIC|ERR)\]?(?:[ \t:]|$)|[EF]\d{4} \d\d:\d\d:\d\d|➤? ?YN\d{4}:)/;
var KEY_VALUES = /^(?:[\w.-]+=(?:"[^"\n]*"|\S+)[ \t]+){2,}[\w.-]+=(?:"[^"\n]*"|\S+)/;
var HTML_START = /^<(?:!doctype[ \t]+html\b|html\b|head\b|body\b|title>|h1\b|center>|\?xml\b)/i;
var HTTP_REASONS = [
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
var HTTP_STATUS_LINE = new RegExp(String.raw`^(?:HTTP/\d(?:\.\d)?[ \t]+)?[45]\d\d\b[ \t]*[-:.]?[ \t]*(?:${HTTP_REASONS})\b`, "i");
var HTTP_REASON_ALONE = new RegExp(String.raw`^(?:${HTTP_REASONS})[.!]?$|^(?:HTTP(?:/\d(?:\.\d)?)?[ \t]+)?[45]\d\d[.!]?$`, "i");
var HTTP_STATUS_IN_LINE = new RegExp(
  String.raw`\b[45]\d\d[ \t]+(?:${HTTP_REASONS})\b|\b(?:status(?:[ \t]+code)?|error[ \t]+code|http[ \t]+error)[ \t]*:?[ \t]*[45]\d\d\b`,
  "i"
);
var SHELL_SIGNAL = /^(?:\S+: line \d+: +\d+ )?(?:Segmentation fault|Bus error|Illegal instruction|Aborted|Killed|Floating point exception|Trace\/breakpoint trap|Hangup|Terminated|Quit)(?: \(core dumped\))?[.!]?$/i;
var SYSTEM_ERRORS = [
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
var SYSTEM_ERROR_TAIL = new RegExp(String.raw`(?:^|:[ \t]+)(?:${SYSTEM_ERRORS})[.!]?(?:[ \t]+\([^()\n]*\))?[ \t]*$`, "i");
var SPEAKER_PREFIX = /^(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z][a-z0-9]*(?:\/[a-z0-9]+)+|-?(?:ba|z|da|k|c|tc|fi|a)?sh:[ \t]+(?:line[ \t]+)?\d+|[A-Z][A-Za-z]*\((?:[a-z_]+=[^()\n]*)\))[ \t]*:[ \t]+(.*)$/;
var LOGGED_DATA = /[\d=|(/\\]|:$|:\s|[A-Z]{2,}_[A-Z]|\b(?:timeout|timed out|refused|reset|cancel+ed|failed|failure|exceeded|denied|unreachable|invalid|unexpected|cannot|can't|unable|not found|no such)\b/i;
var NUMBERED_ERROR = /^[\w.-]+:[ \t]+\(\d+\)[ \t]/;
var HTTP_REQUEST = /^(?:GET|POST|PUT|DELETE|HEAD|PATCH|Get|Post|Put|Delete|Head|Patch)[ \t]+"?[a-z][a-z0-9+.-]*:\/\/[^\s"]*"?:[ \t]/;
var ERRNO = /^(?:[a-z]+(?:[ \t]+\S+)?[ \t]+E[A-Z][A-Z0-9_]{2,}(?:[ \t]+\S+)?$|request to \S+ failed, reason:|ERR_[A-Z0-9_]+\b)/;
var SOURCE_LOCATION = /^(?:node:[\w/.-]+|(?:[A-Za-z]:)?[\w.@~-]*[\\/][\w.@/\\-]*\.[A-Za-z]\w*):\d+(?::\d+)?$/;
var PACKAGE_LOG = /^(?:(?:npm|yarn|pnpm|bun|gyp|node-gyp)[ \t]+(?:ERR!|WARN!?|error[ \t]+(?:code\b|\d{3}\b|[A-Z]))|error[ \t]+[A-Z][a-z])/;
var RUNTIME_STATE = [
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
var SERVER_TALK = new RegExp(
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
var REFUSALS = [
  /^as an? (?:ai|artificial intelligence|(?:large )?language model|llm|assistant|text-based)\b/i,
  /^I (?:must|have to) (?:decline|refuse)\b/i,
  /^(?:please|could you|can you|would you)\s+(?:provide|share|paste|send|give|supply|include|clarify|specify)\b/i,
  /^(?:it (?:seems|appears|looks)|there (?:is|are|seems to be|appears to be)) (?:like |that )?(?:no|nothing|you|the (?:diff|changes?|input|patch))\b/i,
  /^(?:the|your) (?:provided |given |supplied )?(?:diff|changes|input|patch)\b[^.\n]{0,60}\b(?:is|are|appears?|seems?) (?:to be )?(?:empty|missing|incomplete|truncated|not)\b/i,
  /^no (?:diff|changes?|code changes|git diff)(?: (?:was|were))? (?:provided|found|given|detected|shown|included)\b/i
];
var SPEAKER = /^(?:(?:I['’]m|I am|we['’]re|we are) (?:so |very |really |truly )?(?:sorry|afraid)|(?:my )?apologies|I (?:sincerely )?apologi[sz]e|sorry|unfortunately|I(?:['’]m| am)? (?:cannot|can['’]?t|can not|could not|couldn['’]t|won['’]t|will not|do not|don['’]t|did not|didn['’]t|not able to|unable to|not going to|need))(?=$|[\s,;:!—]|\.(?:\s|$))(.*)$/i;
var TASK_WORDS = /\b(?:generate|write|create|provide|produce|help|assist|comply|fulfil+|complete|continue|see|access|view|read|determine|analy[sz]e|review|process|summari[sz]e|suggest|do (?:that|this)|commit|message|diff|changes?|request|code|repositor(?:y|ies)|information|context|details|you|your|input|patch|it seems|there (?:is|are))\b/i;
var SERVER_APOLOGY = /^(?:(?:oops|whoops|uh[- ]oh)\b|we(?:['’]re| are)? (?:sorry|experiencing|currently experiencing|unable)\b|our (?:servers?|service|systems?|team|apologies)\b)|\bsomething went wrong(?:[.!]|$| on our (?:end|side)| while)|\b(?:for|about) the inconvenience\b|\bplease try again later\b|\b(?:temporarily|currently) (?:unavailable|overloaded|down)\b|\bdown for maintenance\b|\b(?:currently )?(?:performing|undergoing) (?:scheduled )?maintenance\b/i;
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
  const firstLine3 = start.split("\n", 1)[0] ?? "";
  for (const candidate of whole.length <= JSON_PARSE_LIMIT ? [whole.trimEnd(), firstLine3] : [firstLine3]) {
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

// src/words/control.ts
var SEQUENCES = new RegExp(
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
var CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
function withoutControls(text) {
  if (!/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(text)) return text;
  return text.replace(/\r\n?/g, "\n").replace(SEQUENCES, "").replace(CONTROLS, "");
}

// src/model/clean.ts
var REASON_EMPTY = "the model returned an empty answer";
var REASON_ONLY_REASONING = "the model returned only its reasoning, no message";
var REASON_ONLY_PREAMBLE = "the model returned an introduction but no message";
var windowFor = (maxMessage) => maxMessage * 2 + 1024;
var THINK_TAG = /<(\/?)think(?:ing)?\s*>/gi;
var FENCE_LINE = /^ {0,3}(?:`{3,}|~{3,})\s*[\w+.#-]*\s*$/;
var INLINE_FENCE = /^\s*`{3,}([^`\n]+?)`{3,}\s*$/;
var HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
var HEADING_TRAILER = /[ \t]+#+[ \t]*$/;
var BOLD_STARS = /(?<![\w*])\*\*(?=\S)((?:(?!\*\*).)+?)(?<=\S)\*\*(?![\w*])/g;
var BOLD_UNDERSCORES = /(?<!\w)__(?=[^\s_])((?:(?!__).)+?)(?<=[^\s_])__(?!\w)/g;
var OPENER = String.raw`(?:(?:sure|okay|ok|certainly|of course|absolutely|alright|all right|great|well|hmm+)\b[!.,]*\s+)?`;
var PREAMBLES = [
  // "Here's a concise commit message for your changes:", "Sure! Here is the commit message"
  new RegExp(
    String.raw`^${OPENER}here(?:'s|’s|\s+is|\s+are)\b[^\n]*?\bcommit\s+messages?\b[^\n:]*(?::|(?=\n)|$)`,
    "i"
  ),
  // "Commit message:", "Suggested commit message (conventional):", "Commit message for foo.ts"
  /^(?:(?:suggested|proposed|generated|final|git)\s+)*commit\s+message(?:\s*\([^)\n]*\))?(?:\s+(?:for|of)\b[^\n:]*)?\s*(?::|(?=\n)|$)/i
];
var META_LINES = [
  /^(?:sure|okay|ok|certainly|of course|absolutely|alright|all right|great)\b[!.,]*$/i,
  new RegExp(String.raw`^${OPENER}here(?:'s|’s|\s+is|\s+are|\s+you\s+go)\b[^\n]*:$`, "i"),
  new RegExp(String.raw`^${OPENER}here(?:'s|’s|\s+is|\s+are|\s+you\s+go)\b[^\n]*\b(?:commit|message|diff|changes)\b[^\n]*$`, "i"),
  /^[^\n]*\bcommit\s+message\b[^\n]*:$/i,
  /^(?:based on|looking at|after (?:reviewing|analy[sz]ing)|given|from) (?:the|your|this|these)\b[^\n]*:$/i,
  /^(?:let me|i['’]ll|i will|i['’]d|i would|i suggest|i propose|below is|the following is)\b[^\n]*\b(?:commit|message|diff|changes|summar\w*)\b[^\n]*[:.]$/i
];
var PLACEHOLDER = /<\s*commit[ _-]?message\s*>/gi;
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
    const firstLine3 = firstBreak < 0 ? text : text.slice(0, firstBreak);
    if (firstLine3.length < 200) text = stripPreamble(text).text;
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
  if (HEADING.test(out)) out = out.replace(HEADING, "").replace(HEADING_TRAILER, "");
  return out.replace(BOLD_STARS, "$1").replace(BOLD_UNDERSCORES, (whole, inner) => /\W/.test(inner) ? inner : whole);
}
function stripWrappers(text) {
  let current = text.trim();
  let hadPreamble = false;
  for (let round = 0; round < 4; round++) {
    const stripped = stripPreamble(current);
    hadPreamble ||= stripped.found;
    const next2 = unquote(stripped.text.replace(PLACEHOLDER, "").trim()).trim();
    if (next2 === current) break;
    current = next2;
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
    const next2 = out.replace(preamble, "").trimStart();
    if (next2 !== out) found = true;
    out = next2;
  }
  return { text: out, found };
}
function dropFenceLines(text) {
  if (!text.includes("`") && !text.includes("~")) return text;
  const lines = text.split("\n");
  const last2 = lines.length - 1;
  return lines.filter((line, i2) => !(FENCE_LINE.test(line) || i2 === last2 && /^ {0,3}`{1,3}[\w+.#-]*$/.test(line))).join("\n");
}
var TURN_END = /<end_of_turn>|<eos>|<\|im_end\|>|<\|eot_id\|>|<\|end\|>/;
var TURN_MARKERS = /<start_of_turn>(?:model|user)?[ \t]*\n?|<bos>|<\|im_start\|>(?:assistant)?\n?/g;
function endOfTurn(text) {
  if (!text.includes("<")) return text;
  const end = text.search(TURN_END);
  return (end < 0 ? text : text.slice(0, end)).replace(TURN_MARKERS, "");
}
var REASON_NO_WORDS = "the model returned no words, only punctuation";
var REASON_DIFF = "the model returned a line of the diff, not a message";
var REASON_INSTRUCTIONS = "the model repeated its instructions";
var FORMAT_PLACEHOLDER = /<\s*(?:subject|body|type|scope|description|summary|footer|title|message|your[ _-]message)\s*>/gi;
var SUBJECT_LABEL = /^(?:(?:commit|short|git)\s+)?(?:subject(?:\s+line)?|title|summary|header|headline)(?:\s*:|\s+[-–]\s)\s*/i;
var BODY_LABEL = /^(?:body|description|details)\s*:\s*/i;
var BULLET2 = /^(?:[-*•+]|\d{1,2}[.)])\s+/;
var DIFF_LINE = /^(?:[+-](?![\s+-])|@@ |diff --git |index [0-9a-f]{7,}\.\.|\+\+\+ |--- )/;
var INSTRUCTION_ECHO = /^(?:this repository (?:is a journal|holds source code)\b|you are an?\b|your (?:task|answer) is\b|write (?:one subject line|(?:a|the) commit message (?:for|that|of|in) (?:the|this|these|your)\b)|focus on the content of\b|the subject line (?:says|should|must)\b)/i;
var NO_WORDS = /^[\p{P}\s]*$/u;
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

// src/change/lockfiles.ts
var FORMATS = {
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
function lockFormat(path) {
  return FORMATS[path.slice(path.lastIndexOf("/") + 1).toLowerCase()];
}
function readLock(file, direct = /* @__PURE__ */ new Set()) {
  const format = lockFormat(file.path);
  if (!format) return void 0;
  const old = parserFor(format);
  const neu = parserFor(format);
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
function parserFor(format) {
  switch (format) {
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
var JSON_OBJECT_KEY = /^(\s*)"([^"]*)":\s*\{\s*$/;
var JSON_CLOSE = /^(\s*)\}/;
var JSON_FIELD = /^(\s*)"([^"]+)":\s*("(?:[^"\\]|\\.)*"|-?\d+)\s*,?\s*$/;
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
var PNPM_PACKAGE = /^ {2}['"]?\/?((?:@[^/@'"\s]+\/)?[^/@'"\s(]+)[@/](\d[^:'"(\s_]*)[^:]*['"]?:\s*$/;
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
var MANIFESTS = {
  "package.json": /^\s*"(@?[A-Za-z0-9][\w.\-/]*)"\s*:\s*"[^"]*"/,
  "composer.json": /^\s*"([a-z0-9][\w.\-]*\/[\w.\-]+)"\s*:\s*"[^"]*"/,
  "cargo.toml": /^\s*([A-Za-z0-9_][\w\-]*)\s*=\s*["{]/,
  "pyproject.toml": /^\s*"?([A-Za-z0-9_][\w.\-]*)"?\s*(?:=|[<>=~!]=?\s*\d|\^|,|$)/,
  "go.mod": /^\s*(?:require\s+)?([\w.\-]+\.[\w.\-]+(?:\/[\w.\-~]+)+)\s+v\S+/,
  gemfile: /^\s*gem\s+['"]([^'"]+)['"]/,
  "flake.nix": /^\s*([A-Za-z0-9_\-]+)\.url\s*=/
};
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
var GROUP_MIN = 3;
var GROUP_CHARS = 110;
function describeLock(s, format) {
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
  if (lines.length === 0) lines.push(format === "nix" ? "no input revision visible in the diff" : "no package version visible in the diff");
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

// src/prompt/tokens.ts
var CAUTIOUS_RATES = { code: 1.22, prose: 1.22 };
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
var ESTIMATOR_VERSION = 2;
var UNKNOWN_TOKENIZER = { start: CAUTIOUS_RATES.code, floor: 0, safety: 1.15 };
var GEMMA3_TOKENIZER = { start: 1.12, floor: 1.05, safety: 1.04 };
function tokenizerProfile(architecture) {
  return architecture === "gemma3" ? GEMMA3_TOKENIZER : UNKNOWN_TOKENIZER;
}
var SAFETY = UNKNOWN_TOKENIZER.safety;
var MIN_UNITS = 1e3;
var WINDOW = 6;
var MIN_RATE = 0.5;
var MAX_RATE = 3;
var OVERFLOW_STEP = 1.25;
var TokenEstimator = class {
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

// src/prompt/budget.ts
var Budget = class _Budget {
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
function validRates(r2) {
  const ok = (x2) => Number.isFinite(x2) && x2 > 0;
  return r2 && ok(r2.code) && ok(r2.prose) ? r2 : CAUTIOUS_RATES;
}

// src/prompt/text.ts
var MAX_META_CHARS = 200;
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

// src/change/word-diff.ts
var MAX_CELLS = 2e5;
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
var PAD = 40;
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
  let cut2 = 0;
  for (const k2 of kept) {
    const from = safe(text, k2.from);
    const to = safe(text, k2.to);
    if (from > at) {
      out += `${out === "" ? "" : " "}${marker(from - at)} `;
      cut2 += from - at;
    }
    out += text.slice(from, to);
    at = to;
  }
  if (at < text.length) {
    out += ` ${marker(text.length - at)}`;
    cut2 += text.length - at;
  }
  return { text: out, cut: cut2 };
}
function marker(n) {
  return `[... ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} characters]`;
}
function safe(s, at) {
  const c3 = s.charCodeAt(at - 1);
  return c3 >= 55296 && c3 <= 56319 ? at - 1 : at;
}

// src/prompt/outline.ts
var OUTLINE_MIN_LINES = 60;
var PROSE_EXTENSIONS = /* @__PURE__ */ new Set([
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
var PROSE_NAMES = /^(readme|changelog|changes|news|history|authors|contributors|copying|license|licence|notice|journal|diary|notes|todo)$/i;
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
var HEADING2 = /(?:#{1,6}\s+\S|={1,6}\s+\S|\*{1,4}\s+\S)/y;
var UNDERLINE = /(?:=+|-+)\s*$/y;
var MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
var DATED = new RegExp(
  `(?:[#*=>\\s-]*)(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?\\d{1,2}\\.?\\s+${MONTH}\\b|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`,
  "y"
);
var DATE_WORDS = /* @__PURE__ */ new Set(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
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
    const next2 = lines[i2 + 1];
    if ((c3 === 35 || c3 === 61 || c3 === 42) && at1(HEADING2, l)) headings.push(i2);
    else if (next2 !== void 0 && next2.length > 3 && next2.charCodeAt(0) === 43 && ruleStart(next2.charCodeAt(1)) && at1(UNDERLINE, next2)) {
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
  const take = (from, perUnit, expand) => {
    const k2 = Math.min(from.length, Math.floor(left / perUnit));
    for (let j2 = 0; j2 < k2; j2++) {
      const idx = from[k2 === 1 ? 0 : Math.round(j2 * (from.length - 1) / (k2 - 1))];
      if (taken.has(idx)) continue;
      const unit = expand ? withNext(idx) : [idx];
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

// src/prompt/hunk-view.ts
var OUTLINE_CHARS = 200;
var CTX = 0;
var ADD = 1;
var DEL = 2;
var META = 3;
var HunkView = class {
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
      const cut2 = line.length - 1 - body.length;
      const text = cut2 > 0 ? `${line[0]}${body} [... ${fmt(cut2)} characters]` : line;
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
var GAP_UNITS = 9;

// src/prompt/omissions.ts
var MAX_OMITTED = 20;
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

// src/prompt/diff-section.ts
var MIN_HUNK_LINES = 6;
var MIN_FILE_LINES = 4;
var DELETED_FILE_LINES = 20;
var DIFF_TITLES = [
  "Diff of the staged changes, shortened where marked [...]:",
  "Diff of the staged changes, with 1 unchanged line around each change (more were cut), shortened where marked [...]:",
  "Diff of the staged changes, changed lines only (the unchanged lines around them were cut), shortened where marked [...]:"
];
var LEVELS2 = [
  { context: Number.POSITIVE_INFINITY, width: Number.POSITIVE_INFINITY },
  { context: 1, width: Number.POSITIVE_INFINITY },
  { context: 0, width: Number.POSITIVE_INFINITY },
  { context: 0, width: 600 },
  { context: 0, width: 240 }
];
function viewsOf(e) {
  e.views ??= e.file.hunks.map((h2) => new HunkView(h2));
  return e.views;
}
function fullDiffCost(diffable, b2) {
  const level = LEVELS2[0];
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
    const prev = LEVELS2[i2 - 1];
    if (!prev) return true;
    return hasContext && l.context < prev.context || l.width < prev.width && longest > l.width + 1;
  };
  const tried = LEVELS2.filter(differs);
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
  const emit = (row, next2) => {
    if (row < 0) return out.add(gapMarker(v, -row - 1, next2), kind);
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
  let tail2 = perHunk - head;
  while (head > 0 && r2.at(head - 1) < 0) head--;
  while (tail2 > 0 && r2.at(count - tail2) < 0) tail2--;
  if (!out.add(r2.header, kind)) return false;
  for (let k2 = 0; k2 < head; k2++) if (!emit(r2.at(k2), rowStart(k2 + 1))) return false;
  const from = rowStart(head);
  const to = rowStart(count - tail2);
  if (stats) {
    for (let k2 = head; k2 < count - tail2; k2++) {
      const x2 = r2.at(k2);
      if (x2 < 0) stats.droppedContext -= v.count(-x2 - 1, rowStart(k2 + 1)).unchanged;
    }
  }
  if (!out.add(middleMarker(v, from, to, stats), kind)) return false;
  for (let k2 = count - tail2; k2 < count; k2++) if (!emit(r2.at(k2), rowStart(k2 + 1))) return false;
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

// src/change/generated.ts
var HEADER_LINES = 5;
var HEADERS = [
  /@generated\b/,
  /\bDO NOT EDIT\b/,
  /\bCode generated\b.*\bDO NOT EDIT\./,
  /\b[Tt]his file (?:is|was|has been) (?:automatically|auto-?) ?generated\b/,
  /\b(?:[Aa]utomatically|[Aa]uto-)generated (?:file|code)\b.*\b(?:do not|don't) (?:edit|modify)\b/i
];
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

// src/prompt/exclusions.ts
var LOCK_FILES = /* @__PURE__ */ new Set([
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
var GENERATED = [/.\.min\.[^.]+$/, /\.map$/, /\.pb\.go$/, /_pb2(?:_grpc)?\.py$/, /.\.generated\.[^.]+$/];
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

// src/prompt/subjects.ts
var MAX_SUBJECTS = 10;
var MAX_SUBJECT_CHARS = 120;
var SUBJECTS_REUSE = 'A style reference only: do not copy them or reuse their wording, except in the forms git itself writes when the change is one: Revert "<subject>" for a revert, fixup! <subject> or squash! <subject>.';
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

// src/prompt/prompt.ts
var PROMPT_MARGIN_TOKENS = 32;
var SUMMARY_SHARE = 0.6;
var SUBJECTS_SHARE = 0.15;
var CLOSING = "Write the commit message for the staged changes above.";
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
      const format = lockFormat(file.path);
      const s = format ? readLock(file, direct) : void 0;
      if (format && s) {
        const c3 = lockCounts(s);
        const what = format === "nix" ? "inputs" : "packages";
        e.digest = {
          title: `File: ${oneLine(file.path)} (lock file: ${what} that moved, read from its diff: ${c3.changed} changed, ${c3.added} added, ${c3.removed} removed)`,
          lines: describeLock(s, format).map((l) => cutMeta(oneLine(l)))
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

// src/prompt/secrets/keys.ts
var BLOCK_BEGIN = /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|^\s*Private-Lines:\s*\d+/i;
var BLOCK_END = /-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|^\s*Private-MAC:/i;
var KEY_BODY = /^[\s"'`]*(?:[A-Za-z0-9+/]+={0,2}|(?:Proc-Type|DEK-Info|Comment):.*)?(?:\\n)?[\s"'`,;+)]*$/;
var KEY_LINE = /^[A-Za-z0-9+/]{40,}={0,2}$/;

// src/prompt/secrets/lines.ts
var TOKEN_RULES = [
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
var DOCUMENTED_EXAMPLE = /EXAMPLE/;
var TOKEN_HINT = new RegExp(
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
var BASE64_PEM = /LS0tLS1CRUdJT[A-Za-z0-9+/]{20,}/g;
var URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s:@/?#"'`<>]*:([^\s@/?#"'`<>]+)@/gi;
var AUTH_HEADER = /\b(?:proxy-)?authorization["'`]?(?:[ \t]*[:=][ \t]*["'`]?|[ \t]+["'`])(?:bearer|basic|token|digest|negotiate|apikey|api-key|key|sso-key|ntlm)[ \t]+([^\s"'`,;]+)/gi;
var KEY_HEADER = /(?:-H|--header)[ \t=]*["']?[\w-]*(?:token|key|secret|auth)[\w-]*[ \t]*:[ \t]*([^\s"'`]+)/gi;
var CLI_PASSWORDS = [
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
var ENV_NAME = String.raw`([A-Z][A-Z0-9_]*(?:PASSWORD|PASSWD|_PASS|PWD|SSHPASS|TOKEN|SECRET|API_KEY|APIKEY|SECRET_KEY|ACCESS_KEY))=(["']?)([^\s"'\`;&|]+)\2`;
var ENV_PASSWORD = [
  new RegExp(String.raw`(?:^|[\s;&|(])${ENV_NAME}(?=[ \t]+[\w./-])`, "g"),
  new RegExp(String.raw`\b(?:export|env|setenv)[ \t]+${ENV_NAME}`, "g")
];
var AUTH_HINT = /authoriz/i;
var ENV_HINT = /(?:PASSWORD|PASSWD|_PASS|PWD|SSHPASS|TOKEN|SECRET|API_KEY|APIKEY|SECRET_KEY|ACCESS_KEY)=/;
var CONN_PASSWORD = /(?:^|[;?&"'\s])(?:password|pwd|pass)[ \t]*=[ \t]*([^;&"'\s]+)/gi;
var CONN_STRING = /(?:server|data source|host|user id|uid|user|database|initial catalog|jdbc:|odbc:|driver)[ \t]*[=:]/i;
var NAME_HINT_G = /pass|pwd|secret|token|key/gi;
var ASSIGNED = /["'`\]]?[ \t]*(?::=|=>|\?=|=|:)[ \t]*(["'`]?)([^\s"'`]*)(["'`]?)(.*)/y;
var SECRET_WORD = /(?:passw(?:or)?d|passphrase|^pwd|secret|token|apikey|secretkey|accesskey|privatekey|authkey)$/;
var KEY_QUALIFIERS = /* @__PURE__ */ new Set(["api", "access", "private", "secret", "auth", "master", "signing", "encryption", "account", "client", "license"]);
var AFTER_SECRET_WORD = /* @__PURE__ */ new Set([
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
var PLACEHOLDER2 = [
  /^(?:x+|\*+|\.+|#+|-+|_+|0+|•+)$/i,
  /[<>{}]|^\$\w|\$[{(]|%\(|^%[sdv]$|process\.env|os\.environ|getenv|ENV\[|^null$|^nil$/i,
  /^(?:changeme|change_me|change-me|password|passwd|secret|token|example|dummy|placeholder|redacted|none|undefined|true|false|empty|todo|tbd|test|testing|foobar|foo|bar)$/i,
  /your[_-]?|[_-]here$|^add[_-]|^insert[_-]|^enter[_-]|^my[_-]|^some[_-]|^fake|^dummy|^sample|^example|xxxx/i,
  /^(?:[a-z]+[_-])*(?:token|key|secret|password|passwd|pwd|credentials?)$/i
];
var REFERENCE = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(.*)?|[A-Za-z_$][\w$]*\(.*|[~.]?\/.*|\d+(?:\.\d+)*)$/;
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
var nameKinds = /* @__PURE__ */ new Map();
function secretNameKind(name) {
  let kind = nameKinds.get(name);
  if (kind !== void 0 || nameKinds.has(name)) return kind;
  if (nameKinds.size >= 4096) nameKinds.clear();
  kind = nameKindOf(name);
  nameKinds.set(name, kind);
  return kind;
}
function nameKindOf(name) {
  const words3 = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[\s._$-]+/).filter((w) => w !== "");
  for (let i2 = words3.length - 1; i2 >= 0; i2--) {
    const w = words3[i2];
    const keyed = w === "key" && i2 > 0 && KEY_QUALIFIERS.has(words3[i2 - 1]);
    if (!keyed && !SECRET_WORD.test(w)) continue;
    const after = words3.slice(i2 + 1);
    if (!after.every((a) => AFTER_SECRET_WORD.has(a) || /^\d+$/.test(a))) return void 0;
    return /pass|pwd/.test(w) ? "password" : "token";
  }
  return void 0;
}
function placeholder(value) {
  return PLACEHOLDER2.some((re) => re.test(value));
}

// src/prompt/secrets/redact.ts
var SECRET_REMOVED = "[secret removed]";
var MAX_NOTES = 10;
var MAX_PLACES = 8;
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
      const sides = p2 === SPACE2 ? [0, 1] : p2 === MINUS2 ? [0] : p2 === PLUS2 ? [1] : [];
      if (sides.length === 0) continue;
      const oldNo = p2 === PLUS2 ? 0 : o2++;
      const newNo = p2 === MINUS2 ? 0 : n++;
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
            if (!(q2 === SPACE2 || q2 === (s === 0 ? MINUS2 : PLUS2))) continue;
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
    if (p2 !== SPACE2 && p2 !== PLUS2 && p2 !== MINUS2) continue;
    const oldNo = p2 === PLUS2 ? 0 : o2++;
    const newNo = p2 === MINUS2 ? 0 : n++;
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

// src/model/generate.ts
var import_node_crypto2 = require("node:crypto");

// src/model/rates-file.ts
var import_promises11 = require("node:fs/promises");
var import_node_os2 = require("node:os");
var import_node_path13 = require("node:path");
var RATES_FILE_NAME = "token-rates.json";
function ratesFilePath(env = process.env) {
  const state = env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith("/") ? env.XDG_STATE_HOME : (0, import_node_path13.join)((0, import_node_os2.homedir)(), ".local", "state");
  return (0, import_node_path13.join)(state, "git-commit-push", RATES_FILE_NAME);
}
async function readRates(path) {
  let text;
  try {
    text = await (0, import_promises11.readFile)(path, "utf8");
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
var tempCounter2 = 0;
async function saveRates(path, model, learned) {
  let models = {};
  try {
    const parsed = parse(await (0, import_promises11.readFile)(path, "utf8"));
    if (parsed && parsed.version === ESTIMATOR_VERSION) models = parsed.models;
  } catch {
  }
  models[model] = learned;
  const file = { version: ESTIMATOR_VERSION, models };
  await (0, import_promises11.mkdir)((0, import_node_path13.dirname)(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}-${++tempCounter2}`;
  try {
    await (0, import_promises11.writeFile)(temp, `${JSON.stringify(file, null, 1)}
`);
    await (0, import_promises11.rename)(temp, path);
  } catch (err) {
    await (0, import_promises11.rm)(temp, { force: true });
    throw err;
  }
}

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
var warming = /* @__PURE__ */ new Map();
var remembered = /* @__PURE__ */ new Map();
var reported = /* @__PURE__ */ new Set();
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
var lastPrompt = /* @__PURE__ */ new Map();
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
    const cut2 = promptEvalCount !== void 0 && promptEvalCount >= room;
    if (!flooded && (!resent || cut2)) {
      estimator.learn(input.model, built.mix, promptEvalCount, { room, ...facts.architecture !== void 0 ? { architecture: facts.architecture } : {} });
      if (cut2) lastPrompt.delete(memoKey);
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

// src/words/notice.ts
var TITLE = "git-commit-push";
var PREFIX = `${TITLE}: `;
function drop(text, order) {
  return { text, order, how: "drop", min: 0 };
}
function cut(text, order, min = 12) {
  return { text, order, how: "cut", min };
}
function tail(text, order, min = 16) {
  return { text, order, how: "tail", min };
}
function words2(text, order, min = 16) {
  return { text, order, how: "words", min };
}
function forms(text, shorter, order) {
  return { text, order, how: "forms", min: 0, forms: shorter };
}
function either(first2, ...rest) {
  return { lines: unique([first2, ...rest].flatMap((n) => n.lines)), details: first2.details };
}
var ELLIPSIS = "\u2026";
var STEPS = [48, 32, 24, 16];
var DEFAULT_PREFIX_ORDER = 5;
var MIN_SAVED = 4;
function notice(parts, details = [], opts = {}) {
  const all = [drop(PREFIX, opts.prefixOrder ?? DEFAULT_PREFIX_ORDER), ...parts.map(hidePart)];
  const current = all.map((p2) => typeof p2 === "string" ? p2 : p2.text);
  const lines = [current.join("")];
  const flexible = all.map((p2, i2) => ({ p: p2, i: i2 })).filter((x2) => typeof x2.p !== "string").sort((a, b2) => a.p.order - b2.p.order);
  for (const { p: p2, i: i2 } of flexible) {
    for (const shorter of shorterForms(p2)) {
      current[i2] = shorter;
      lines.push(current.join(""));
    }
  }
  return { lines: unique(lines.map(oneLineText)), details: details.map((d) => oneLineText(hideUrlCredentials(d))) };
}
function fromText(message) {
  const [first2 = "", ...rest] = message.split("\n");
  return notice(withPaths(first2), rest.filter((l) => l.trim() !== ""));
}
function withPaths(line) {
  const parts = [];
  const re = /(^|[\s"'(])(\/[^\s"'()]+)/g;
  let at = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const start = m.index + (m[1] ?? "").length;
    const path = (m[2] ?? "").replace(/[:,.;]+$/, "");
    if (path.length <= 20) continue;
    parts.push(line.slice(at, start), tail(path, 1));
    at = start + path.length;
  }
  parts.push(line.slice(at));
  return parts.filter((p2) => p2 !== "");
}
function shorterForms(p2) {
  if (p2.how === "drop") return p2.text === "" ? [] : [""];
  if (p2.how === "forms") return [...p2.forms ?? []];
  const chars = Array.from(p2.text);
  if (p2.how === "words") return wordCuts(chars, p2.min);
  const lengths = [...STEPS, p2.min].filter((n, i2, a) => n <= chars.length - MIN_SAVED && n >= p2.min && a.indexOf(n) === i2);
  return lengths.map((n) => p2.how === "cut" ? chars.slice(0, n - 1).join("").trimEnd() + ELLIPSIS : ELLIPSIS + chars.slice(chars.length - (n - 1)).join(""));
}
function wordCuts(chars, min) {
  const out = [];
  for (let i2 = chars.length - 1; i2 > 0; i2--) {
    if (chars[i2] !== " " || chars[i2 - 1] === " ") continue;
    const kept = chars.slice(0, i2).join("").replace(/[\s,;:.(–-]+$/u, "") + ELLIPSIS;
    const n = Array.from(kept).length;
    if (n > chars.length - MIN_SAVED || n < min) continue;
    out.push(kept);
  }
  const last2 = out.length > 0 ? Array.from(out[out.length - 1] ?? "").length : chars.length;
  if (last2 > min && chars.length - MIN_SAVED >= min) out.push(chars.slice(0, min - 1).join("").trimEnd() + ELLIPSIS);
  return unique(out);
}
function hidePart(p2) {
  if (typeof p2 === "string") return hideUrlCredentials(p2);
  return { ...p2, text: hideUrlCredentials(p2.text), ...p2.forms ? { forms: p2.forms.map(hideUrlCredentials) } : {} };
}
function oneLineText(s) {
  return s.replace(/[\t\r\n]+/g, " ");
}
function unique(lines) {
  return lines.filter((l, i2) => lines.indexOf(l) === i2);
}

// src/words/notices.ts
function destination(to) {
  const m = /^(\S+)( \(.*\))$/.exec(to);
  return m ? { name: m[1] ?? to, address: m[2] ?? "" } : { name: to, address: "" };
}
function pushedNotice(made, to, tookAlong, fallback) {
  if (fallback) return defaultCommitNotice(made, { pushed: true, to, tookAlong }, fallback);
  const { name, address } = destination(to);
  const wide = notice(
    [
      `committed ${made.hash} "${made.subject}" and pushed`,
      drop(` to ${name}`, 2),
      drop(address, 0),
      ...tookAlong ? [drop(` (with ${tookAlong}, not pushed before)`, 1)] : []
    ],
    [],
    { prefixOrder: 3 }
  );
  const narrow = notice([`pushed ${made.hash} "`, words2(made.subject, 2), '"'], [], { prefixOrder: 1 });
  return either(wide, narrow);
}
function committedNotice(made, why, fallback) {
  if (fallback) return defaultCommitNotice(made, { pushed: false, why }, fallback);
  return notice([`committed ${made.hash} "`, words2(made.subject, 9), '"', cut(` (${why})`, 1, 24)], [], { prefixOrder: 2 });
}
function fallbackNotice(reason, fallback, host = "") {
  const why = reasonParts(reason, host);
  return notice(
    [...why.parts, forms(` (using the default message "${fallback}")`, [" (using the default message)", " (default message)"], 1)],
    [],
    { prefixOrder: 2 }
  );
}
function defaultCommitNotice(made, sent, fallback) {
  const commitFirst = reasonParts(fallback.reason, fallback.host, { where: 0, detail: 3 });
  const outcome = sent.pushed ? [
    " and pushed",
    drop(` to ${destination(sent.to).name}`, 2),
    drop(destination(sent.to).address, 0),
    ...sent.tookAlong ? [drop(` (with ${sent.tookAlong}, not pushed before)`, 1)] : []
  ] : [` (${sent.why})`];
  const wide = notice(
    [`committed ${made.hash} with the default message`, drop(` "${made.subject}"`, 5), " (", ...commitFirst.parts, ")", ...outcome],
    [],
    { prefixOrder: 4 }
  );
  const reasonFirst = reasonParts(fallback.reason, fallback.host, { where: 0, detail: 2, short: 4 });
  const narrow = notice(
    [
      ...reasonFirst.parts,
      forms(
        ` (committed ${made.hash} with the default message "${made.subject}"`,
        [` (committed ${made.hash} with the default message`, " (committed with the default message", " (default message committed", " (default message"],
        3
      ),
      // A failed push has a notice of its own: a commit reported at all went where it should,
      // so "pushed" is the last word to go.
      sent.pushed ? drop(", pushed", 5) : forms(`, ${sent.why}`, [", not pushed"], 3),
      ")"
    ],
    [],
    { prefixOrder: 1 }
  );
  return either(wide, narrow);
}
function isLoopback(host) {
  return /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/i.test(host);
}
function reasonParts(reason, host, order = { where: 0, detail: 3 }) {
  let text = reason;
  let next2 = "";
  let detail = "";
  const run = /\s*\(run: ([^)]*)\)$/.exec(text);
  if (run) {
    next2 = run[1] ?? "";
    text = text.slice(0, run.index);
  } else if (/ \(timeout_ms\)$/.test(text)) {
    next2 = "raise timeout_ms";
    text = text.replace(/ \(timeout_ms\)$/, "");
  }
  const at = host ? text.indexOf(` at ${host}`) : -1;
  if (at < 0) {
    const what2 = Array.from(text).length > 48 ? words2(text, 20, 32) : text;
    return { parts: [what2, ...next2 ? [`: ${next2}`] : []] };
  }
  const where = ` at ${host}`;
  let before = text.slice(0, at);
  let after = text.slice(at + where.length);
  const bracket = / \(([^()]*)\)$/.exec(after);
  if (bracket) {
    detail = bracket[1] ?? "";
    after = after.slice(0, bracket.index);
  }
  if (!next2 && /^Ollama unreachable/.test(before) && detail === "connection refused" && isLoopback(host)) next2 = "ollama serve";
  after = after.replace(/^ did not answer within /, " did not answer in ");
  const rest = Array.from(after).length > 40 ? words2(after, 20, 24) : after;
  before = before.trimEnd();
  const missing = /^model "(.*)" not found$/.exec(before);
  const what = missing && order.short !== void 0 ? forms(before, [`no model "${missing[1] ?? ""}"`], order.short) : before;
  return {
    parts: [what, drop(where, order.where), rest, ...detail ? [drop(` (${detail})`, order.detail)] : [], ...next2 ? [`: ${next2}`] : []].filter((p2) => p2 !== "")
  };
}
function pushFailedNotice(f, to, commit) {
  const safe2 = commit ? `The commit is safe (${commit.hash} "${commit.subject}"); git said:` : "Nothing was lost: the commits stay on your branch; git said:";
  return notice(
    [
      commit ? drop(`committed ${commit.hash}, but the `, 2) : drop("the ", 2),
      "push",
      drop(` to ${destination(to).name}`, 1),
      drop(destination(to).address, 0),
      " failed",
      drop(`, ${f.reason}`, 4),
      `: ${f.next}`
    ],
    [safe2, ...f.gitLines],
    { prefixOrder: 3 }
  );
}
function busyNotice(what, seconds, how, aside = "") {
  return notice([`still ${what}`, drop(aside, 1), ` (${seconds})`, cut(`: ${how}`, 4, 30)], [], { prefixOrder: 2 });
}
function stillPushingNotice(to, seconds, how) {
  const { name, address } = destination(to);
  return busyNotice(`pushing to ${name}`, seconds, how, address);
}
function refusedNotice(gitWords2) {
  const lines = gitWords2.split("\n").filter((l) => l.trim() !== "");
  const first2 = (lines[0] ?? "git gave no reason").replace(/^(error|fatal): /, "");
  return notice(
    ["commit refused: ", cut(first2, 3, 16), drop("; your message is kept, :w again once fixed", 1)],
    [...lines, "Your message is kept: fix the cause and :w again (or :q! to give up)."],
    { prefixOrder: 2 }
  );
}
function changedNotice(why, next2) {
  return notice([cut(why, 4, 24), drop("; your message is kept", 1), `: ${next2}`], [why, next2], { prefixOrder: 2 });
}
function secretsLeftOutNotice(paths, how) {
  const names = paths.length <= 3 ? paths.join(", ") : `${paths.slice(0, 2).join(", ")} and ${paths.length - 2} more`;
  const what = paths.length === 1 ? "a secret file" : "secret files";
  return notice([`left out of the commit: ${names} (${what})`, cut(`: ${how}`, 3, 24)], [`Left out: ${paths.join(", ")}`, how], { prefixOrder: 2 });
}

// src/nvim/command.ts
var COMMAND_ARGS = ["file", "all", "staged", "review", "noreview", "output", "cancel", "push"];
function parseArgs(args) {
  const inv = { scope: "file", action: "commit" };
  for (const a of args) {
    if (a === "file" || a === "all" || a === "staged") inv.scope = a;
    else if (a === "review") inv.review = true;
    else if (a === "noreview") inv.review = false;
    else if (a === "output" || a === "cancel" || a === "push") inv.action = a;
    else return { error: `unknown argument "${a}" (expected ${COMMAND_ARGS.join(", ")})` };
  }
  return inv;
}

// src/nvim/output.ts
function transcriptLines(t2, s) {
  const section = (title, text) => [
    `${title}:`,
    ...text === void 0 ? ["(did not run)"] : text.trim() === "" ? ["(no output)"] : hideUrlCredentials(text.trimEnd()).split("\n"),
    ""
  ];
  const lines = [...section("Git Add Output", t2.add), ...section("Git Commit Output", t2.commit), ...section("Git Push Output", t2.push)];
  if (s) {
    const to = `${s.p.options.model} at ${hideUrlCredentials(s.p.options.host)}`;
    for (const note of s.sent?.notes ?? []) lines.push(`Note: ${note}`, "");
    if (!s.sent) lines.push(`Sent to ${to}:`, "(nothing: the message did not come from the model)");
    else lines.push(`Sent to ${to}, system message:`, ...hideUrlCredentials(s.sent.system).split("\n"), "", "User message:", ...hideUrlCredentials(s.sent.user).split("\n"));
  }
  return lines;
}
function phaseProgress(s, p2) {
  switch (p2.name) {
    case "generating":
      return { text: `asking ${s.p.options.model} for a message`, short: "generating" };
    case "waiting":
      return { text: `waiting for ${p2.holder}`, short: "waiting" };
    case "committing":
      return { text: "committing", short: "committing" };
    case "pushing":
      return { text: `pushing to ${hideUrlCredentials(destination(s.p.plan.describe).name)}`, short: "pushing" };
  }
}

// src/nvim/place.ts
var DIRECTORY_FILETYPES = /* @__PURE__ */ new Set(["netrw", "oil", "dirvish", "fern", "nerdtree", "NvimTree", "neo-tree", "minifiles", "vaffle", "lir", "defx"]);
function placeKind(p2) {
  if (p2.dir !== null || DIRECTORY_FILETYPES.has(p2.filetype)) return "directory";
  if (p2.buftype === "help") return "help";
  if (p2.buftype === "terminal") return "terminal";
  if (p2.buftype === "quickfix") return "quickfix";
  if (p2.buftype !== "") return "special";
  return p2.name === "" ? "no-file" : "file";
}
var OTHER_SCOPES = ":GitCommitPush all (or staged) commits the repository of the working directory";
function notAFile(p2) {
  switch (placeKind(p2)) {
    case "file":
      return void 0;
    case "directory":
      return `this is a folder listing${p2.filetype ? ` (${p2.filetype})` : ""}: open a file to commit it, or :GitCommitPush all (or staged) for this folder's repository`;
    case "help":
      return `this is a help page, not your file: go back to the file, or ${OTHER_SCOPES}`;
    case "terminal":
      return `this is a terminal, not a file: go back to the file, or ${OTHER_SCOPES}`;
    case "quickfix":
      return `this is a quickfix list: open a file from it to commit it, or ${OTHER_SCOPES}`;
    case "no-file":
      return "this buffer has no file yet: write it to a file first (:w name), or :GitCommitPush all (or staged)";
    case "special":
      return `this is not a file buffer (buftype=${p2.buftype}): open the file to commit, or ${OTHER_SCOPES}`;
  }
}

// src/nvim/session.ts
function transition(from, event, now = Date.now()) {
  const to = next(from, event, now);
  if (from.name === "generating" && to !== void 0 && to !== from && event.type !== "answered") from.abort.abort(event.type);
  return to;
}
function next(from, e, now) {
  if (e.type === "done") return "ended";
  switch (from.name) {
    case "generating":
    case "reviewing":
      if (e.type === "ask") return { name: "generating", since: now, abort: e.abort };
      if (e.type === "answered" || e.type === "stop") return from.name === "generating" ? { name: "reviewing" } : void 0;
      if (e.type === "write") return { name: "committing", since: now, cancelPush: false };
      if (e.type === "close") return "ended";
      return void 0;
    case "committing":
      if (e.type === "wait") return { name: "waiting", since: now, abort: e.abort, holder: e.holder, resume: from };
      if (e.type === "committed") return { name: "pushing", since: now, abort: e.abort };
      if (e.type === "back") return { name: "reviewing" };
      if (e.type === "close") return from;
      return void 0;
    case "waiting":
      if (e.type === "locked") return from.resume;
      if (e.type === "back") return { name: "reviewing" };
      if (e.type === "close") return from;
      return void 0;
    case "pushing":
      if (e.type === "close") return from;
      return void 0;
  }
}

// src/nvim/controller.ts
var UPDATE_EVERY_MS = 16;
var Controller = class {
  constructor(editor, gitAt2, env = process.env) {
    this.editor = editor;
    this.env = env;
    this.repos = new RepositoryCache(gitAt2);
  }
  editor;
  env;
  sessions = /* @__PURE__ */ new Map();
  /** Repositories whose change is being gathered: claimed before the first await, so a second \g sees it. */
  starting = /* @__PURE__ */ new Set();
  byBuf = /* @__PURE__ */ new Map();
  /** `:GitCommitPush push` runs outside any session; a \g meanwhile waits its turn. */
  pushing = /* @__PURE__ */ new Map();
  warned = /* @__PURE__ */ new Set();
  /** A session whose message is the default one, and why: the commit's notice and events say so. */
  defaults = /* @__PURE__ */ new WeakMap();
  repos;
  /** `ctx`: the editor's context when it came with the call; asked for otherwise. */
  command(args, ctx) {
    return this.report(() => this.run(args, ctx));
  }
  /** Events from the review buffer's autocmds and mappings (lua/git-commit-push/review.lua). */
  event(name, buf, payload) {
    return this.report(async () => {
      const s = this.byBuf.get(buf);
      if (name === "write") {
        const { lines, edited } = writePayload(payload);
        if (!s) throw new PluginError("this review buffer lost its session (the node host restarted?): run :GitCommitPush again; your message is saved and will be offered");
        return this.write(s, lines, edited);
      }
      if (!s) return;
      if (name === "close") return this.closed(s, buf);
      if (name === "regenerate") return this.regenerate(s);
    });
  }
  async report(fn) {
    try {
      await fn();
    } catch (err) {
      if (err instanceof PluginError) return this.say(err.message, err.level);
      console.error(forLog(err));
      const msg = err instanceof Error ? err.message : String(err);
      await this.say(`unexpected failure: ${msg.split("\n")[0]} (details in $NVIM_NODE_LOG_FILE)`, "error");
    }
  }
  /** A message for the user; a string's first line is the news, the rest details (src/words/notice.ts). */
  async say(message, level) {
    try {
      await this.editor.notify(typeof message === "string" ? fromText(message) : message, level);
    } catch (err) {
      console.error(`git-commit-push: could not notify: ${forLog(err)}`);
    }
  }
  /** User events; their data shows no credentials of URLs, as nothing the plugin shows does. */
  emit(name, data) {
    const shown = {};
    for (const [k2, v] of Object.entries(data)) shown[k2] = typeof v === "string" ? hideUrlCredentials(v) : v;
    return this.editor.event(name, shown);
  }
  /**
   * A session moves only here, as session.ts allows: the new phase, 'ended', or undefined
   * when the event cannot happen now. What users see of it follows.
   */
  step(s, event) {
    const to = transition(s.phase, event);
    if (to === void 0) return void 0;
    if (to === "ended") this.end(s);
    else {
      s.phase = to;
      this.publishProgress();
    }
    return to;
  }
  lastProgress = "";
  /**
   * What runs now, to the status window and g:git_commit_push_status: sent when the list
   * changes, not every second (the Lua side counts the seconds).
   */
  publishProgress() {
    const items = [];
    const now = Date.now();
    for (const s of this.sessions.values()) {
      const p2 = s.phase;
      if (p2.name === "reviewing") continue;
      const item = phaseProgress(s, p2);
      items.push({ ...item, elapsedMs: now - p2.since });
    }
    for (const lone of this.pushing.values()) items.push({ text: `pushing to ${hideUrlCredentials(destination(lone.to).name)}`, short: "pushing", elapsedMs: now - lone.since });
    const key = JSON.stringify(items.map((i2) => [i2.text, i2.short]));
    if (key === this.lastProgress) return;
    this.lastProgress = key;
    void this.editor.progress(items).catch(logged);
  }
  warnOnce(message) {
    if (this.warned.has(message)) return Promise.resolve();
    this.warned.add(message);
    return this.say(message, "warn");
  }
  async run(args, given) {
    const ctx = given ?? await this.editor.context();
    const inv = parseArgs(args);
    if ("error" in inv) throw new PluginError(inv.error);
    if (inv.action === "output") return this.editor.showOutput();
    const inReview = this.byBuf.get(ctx.buf);
    if (inv.action === "cancel") {
      const root = inReview?.p.repo.root ?? (await this.repoOf(ctx)).root;
      const lone2 = this.pushing.get(root);
      if (!inReview && lone2) {
        lone2.abort.abort("cancel");
        return;
      }
      return this.cancel(inReview ?? this.sessions.get(root));
    }
    if (inv.action === "push") return this.pushOnly(inReview?.p.repo ?? await this.repoOf(ctx), resolveOptions(ctx.options).options);
    if (inReview) {
      if (args.length === 0) return this.regenerate(inReview);
      throw new PluginError("this is a review buffer: :GitCommitPush alone regenerates the message, :w commits it, :q! aborts", "info");
    }
    const { options } = resolveOptions(ctx.options, { OLLAMA_HOST: ctx.ollamaHostEnv });
    const hostGiven = configuredHost(ctx.options, ctx.ollamaHostEnv);
    const wrongHost = hostGiven && hostProblem(hostGiven.value);
    if (hostGiven && wrongHost) throw new PluginError(`${hostGiven.from} ${hostGiven.value}: ${wrongHost}: nothing was sent`);
    if (inv.scope === "file") {
      const refusal = notAFile(ctx);
      if (refusal) throw new PluginError(refusal);
      if (ctx.nameUnreadable) {
        throw new PluginError(`the name of this file is not valid UTF-8 (${ctx.name}): nothing was done; commit it with :GitCommitPush all, or with git`);
      }
    }
    const isFile = ctx.buftype === "" && ctx.name !== "" && ctx.dir === null;
    if (isFile && ctx.writeError) throw new PluginError(`could not write ${ctx.name}: ${ctx.writeError}`);
    const repo = await this.repoOf(ctx);
    const path = isFile ? ctx.name : ctx.dir ?? ctx.cwd;
    const running = this.sessions.get(repo.root);
    if (running) return this.busy(running);
    if (this.starting.has(repo.root)) return this.say(busyNotice("preparing a commit", "a moment", "wait for it", ` in ${repo.root}`), "info");
    const lone = this.pushing.get(repo.root);
    if (lone) return this.say(stillPushingNotice(lone.to, secondsSince(lone.since), ":GitCommitPush cancel stops it"), "info");
    this.starting.add(repo.root);
    try {
      await this.start(repo, inv.scope, inv.review ?? options.review, options, path);
    } finally {
      this.starting.delete(repo.root);
    }
  }
  /**
   * The repository is the file's, not the working directory's; a directory listing's is
   * the listed folder's; `all` and `staged` elsewhere fall back to the working directory's.
   */
  repoOf(ctx) {
    if (ctx.dir !== null) return this.repos.open(existingDir(ctx.dir));
    const isFile = ctx.buftype === "" && ctx.name !== "" && !ctx.nameUnreadable;
    return this.repos.open(isFile ? existingDir((0, import_node_path14.dirname)(ctx.name)) : ctx.cwd);
  }
  async busy(s) {
    const p2 = s.phase;
    if (p2.name === "reviewing" || p2.name === "generating" && s.buf !== void 0) {
      if (s.buf !== void 0) await this.editor.focus(s.buf);
      return this.say(notice(["a commit", drop(` for ${s.p.repo.root}`, 1), " is already in review: :w commits it, :q! aborts it"]), "info");
    }
    const secs = secondsSince;
    const root = s.p.repo.root;
    switch (p2.name) {
      case "generating":
        return this.say(busyNotice("generating a message", secs(p2.since), ":GitCommitPush cancel stops it", ` in ${root}`), "info");
      case "waiting":
        return this.say(busyNotice(`waiting for ${p2.holder} to finish`, secs(p2.since), ":GitCommitPush cancel stops waiting", ` in ${root}`), "info");
      case "committing":
        if (p2.stop) return this.say(busyNotice(`committing (${s.p.signer ?? "the signer"} may wait for a passphrase)`, secs(p2.since), ":GitCommitPush cancel stops it", ` in ${root}`), "info");
        return this.say(busyNotice("committing", secs(p2.since), "a commit is never stopped halfway; :GitCommitPush cancel skips the push after it", ` in ${root}`), "info");
      case "pushing":
        return this.say(stillPushingNotice(s.p.plan.describe, secs(p2.since), ":GitCommitPush cancel stops the push, the commit stays"), "info");
    }
  }
  /** `:GitCommitPush cancel`: stops what can be stopped at once; a commit in progress never is. */
  async cancel(s) {
    if (!s) return this.say("nothing to cancel here", "info");
    const p2 = s.phase;
    switch (p2.name) {
      case "reviewing":
        return this.say("nothing runs: the message is in review (:w commits it, :q! aborts)", "info");
      case "generating":
        p2.abort.abort("cancel");
        if (s.buf === void 0) return;
        return this.say("generation stopped: edit the message, :w commits it", "info");
      case "waiting":
        p2.abort.abort("cancel");
        return;
      // the commit step reports it
      case "committing":
        if (p2.stop) {
          p2.stop.abort("cancel");
          return;
        }
        p2.cancelPush = true;
        return this.say("the commit is being made and is never stopped halfway; it will not be pushed (:GitCommitPush push sends it later)", "info");
      case "pushing":
        p2.abort.abort("cancel");
        return;
    }
  }
  /** `:GitCommitPush push`: sends the branch where \g would, for commits whose push did not happen. */
  async pushOnly(repo, options) {
    const running = this.sessions.get(repo.root);
    if (running) return this.busy(running);
    if (this.pushing.has(repo.root) || this.starting.has(repo.root)) return this.say(`already busy in ${repo.root}`, "info");
    const plan = planPush(repo.branch, repo.config);
    if (plan.kind === "none") return this.say(`nothing pushed: ${notPushedBecause(plan)}`, "info");
    const abort = new AbortController();
    this.pushing.set(repo.root, { since: Date.now(), abort, to: plan.describe });
    this.publishProgress();
    const transcript = {};
    try {
      const pushed = await push(repo, plan, transcript, { stallMs: options.push_stall_ms, signal: abort.signal, env: this.env });
      await clearUnpushed(repo);
      await this.editor.setOutput(transcriptLines(transcript)).catch(logged);
      const to = pushed?.to ?? plan.describe;
      return await this.say(pushed?.upToDate ? `nothing to push: ${to} is up to date` : `pushed to ${to}`, "info");
    } catch (err) {
      await this.editor.setOutput(transcriptLines(transcript)).catch(logged);
      if (abort.signal.aborted) return await this.say("push cancelled: nothing was pushed", "info");
      console.error(`git-commit-push: push failed: ${forLog(err)}`);
      return await this.say(pushFailedNotice(explainPushFailure(gitWords(err)), plan.describe), "error");
    } finally {
      this.pushing.delete(repo.root);
      this.publishProgress();
    }
  }
  async start(repo, scope, review, base, path) {
    const p2 = await prepareChange(repo, scope, path, base, {}, { contextNow: !review });
    for (const w of p2.warnings) await this.warnOnce(w);
    const s = {
      p: p2,
      path,
      comment: commentCharFor(repo.config, p2.draftText),
      context: void 0,
      sent: void 0,
      info: reviewInfo(p2),
      phase: { name: "reviewing" },
      author: "user",
      refused: false,
      buf: void 0
    };
    this.sessions.set(repo.root, s);
    try {
      await this.begin(s, review, p2.draftText);
    } catch (err) {
      if (s.buf === void 0) this.step(s, { type: "done" });
      throw err;
    }
  }
  async begin(s, review, draft) {
    if (!review && !draft) {
      const { p: p2, left } = withoutSecrets(s.p, ":GitCommitPush review shows them; :w commits them");
      if (left.length > 0) {
        s.p = p2;
        s.info = reviewInfo(p2);
        await this.say(secretsLeftOutNotice(left, ":GitCommitPush review commits them after you have seen them"), "warn");
      }
      const message = await this.generateQuietly(s);
      if (message === void 0) {
        this.step(s, { type: "done" });
        return this.say("cancelled: nothing committed", "info");
      }
      return this.commitAndPush(s, message);
    }
    if (!review) await this.say("a message you wrote earlier for this change was never committed: it opens for review instead of being committed unseen", "info");
    const status = draft ? "your message from an earlier review, not committed yet (gr: generate a new one)" : `asking ${s.p.options.model}...`;
    await this.openReview(s, draft ? draft.split("\n") : [""], status);
    if (!draft) await this.generateInto(s);
  }
  async openReview(s, message, status) {
    const opened = await this.editor.openReview({
      name: `git-commit-push://${s.p.repo.root}`,
      lines: [...message, ...commentLines(s.info, status, s.comment)],
      messageLines: message.length,
      saved: s.p.draft,
      comment: s.comment
    });
    s.buf = opened.buf;
    this.byBuf.set(opened.buf, s);
  }
  async generationInput(s, signal) {
    s.context ??= s.p.context ?? promptContext(s.p);
    return {
      ...generationInput(s.p, await s.context, signal),
      onPrompt: (prompt, notes) => {
        s.sent = { system: prompt.system, user: prompt.user, notes };
      }
    };
  }
  /** For `review = false`: the whole answer, the default message with a warning, or undefined when cancelled. */
  async generateQuietly(s) {
    const abort = new AbortController();
    this.step(s, { type: "ask", abort });
    const result = await generate(await this.generationInput(s, abort.signal));
    if (result.ok) return result.message;
    if (result.cancelled) return void 0;
    const fallback = fallbackMessage(s.p.diff.map((f) => f.path));
    this.defaults.set(s, { reason: result.reason, host: s.p.options.host, message: fallback });
    return fallback;
  }
  /** Streams the answer into the review buffer, as it grows, until done, cancelled or the user types. */
  async generateInto(s) {
    const buf = s.buf;
    if (buf === void 0) return;
    const abort = new AbortController();
    this.step(s, { type: "ask", abort });
    this.defaults.delete(s);
    const phase = s.phase;
    s.author = "model";
    let userTyped = false;
    let latest;
    let writing;
    let lastWrite = 0;
    const drain = async () => {
      while (latest !== void 0 && !abort.signal.aborted) {
        const wait = lastWrite + UPDATE_EVERY_MS - Date.now();
        if (wait > 0) await new Promise((r3) => setTimeout(r3, wait));
        lastWrite = Date.now();
        const text = latest;
        latest = void 0;
        const r2 = await this.editor.setMessage(buf, text.split("\n")).catch((err) => {
          console.error(forLog(err));
          return "gone";
        });
        if (r2 === "edited") userTyped = true;
        if (r2 !== "ok") abort.abort(r2);
      }
      writing = void 0;
    };
    const input = await this.generationInput(s, abort.signal);
    const result = await generate({
      ...input,
      onPrompt: (p2, notes) => {
        input.onPrompt(p2, notes);
        if (p2.omitted.length === 0) return;
        s.info = { ...s.info, omitted: p2.omitted };
        void this.editor.setComments(buf, commentLines(s.info, `asking ${s.p.options.model}...`, s.comment)).catch(() => void 0);
      },
      onText: (preview) => {
        latest = preview;
        writing ??= drain();
      }
    });
    await writing;
    if (s.phase !== phase) return;
    this.step(s, { type: "answered" });
    if (userTyped) {
      s.author = "user";
      await this.editor.setStatus(buf, "stopped: you edited the message");
      return;
    }
    if (result.ok) {
      const status = `written by ${s.p.options.model} in ${result.seconds.toFixed(1)} s`;
      const r2 = await this.editor.setMessage(buf, result.message.split("\n"), status);
      if (r2 === "edited") {
        s.author = "user";
        await this.editor.setStatus(buf, "stopped: you edited the message");
        return;
      }
      const comment = commentCharFor(s.p.repo.config, result.message);
      if (comment !== s.comment) {
        s.comment = comment;
        await this.editor.setComments(buf, commentLines(s.info, status, comment), comment);
      }
      return;
    }
    if (result.cancelled) {
      await this.editor.setStatus(buf, "generation cancelled: edit the message, :w commits it");
      return;
    }
    await this.putFallback(s, buf, result.reason);
  }
  /** The default message in place of an unusable answer, said once as a warning. */
  async putFallback(s, buf, reason) {
    const fallback = fallbackMessage(s.p.diff.map((f) => f.path));
    const r2 = await this.editor.setMessage(buf, [fallback], `default message: ${reason}`, true);
    s.author = r2 === "ok" ? "fallback" : "user";
    if (r2 === "ok") this.defaults.set(s, { reason, host: s.p.options.host, message: fallback });
    await this.say(fallbackNotice(reason, fallback, s.p.options.host), "warn");
  }
  async regenerate(s) {
    if (s.buf === void 0 || s.phase.name !== "reviewing" && s.phase.name !== "generating") return;
    this.step(s, { type: "stop" });
    await removeDraft(s.p.draft);
    const r2 = await this.editor.setMessage(s.buf, [""], `asking ${s.p.options.model}...`, true);
    if (r2 === "gone") return;
    await this.generateInto(s);
  }
  async write(s, lines, edited) {
    if (!this.step(s, { type: "write" })) return this.say("already committing this message", "info");
    let message = messageFromLines(lines, s.comment);
    if (message === "") {
      this.step(s, { type: "done" });
      await removeDraft(s.p.draft);
      if (s.buf !== void 0) await this.editor.close(s.buf);
      return this.say("Aborting commit due to empty commit message: nothing committed", "warn");
    }
    if (!edited && s.author === "model") {
      const cleaned = cleanMessage(message, { ...messageLimits(s.p.options.preset), commentChar: s.p.commentChar });
      if (!cleaned.ok) {
        this.step(s, { type: "back" });
        if (s.buf !== void 0) {
          await this.putFallback(s, s.buf, cleaned.reason);
          await this.editor.markUnsaved(s.buf);
        }
        return;
      }
      message = cleaned.message;
    }
    return this.commitAndPush(s, message);
  }
  closed(s, buf) {
    this.byBuf.delete(buf);
    s.buf = void 0;
    if (this.step(s, { type: "close" }) !== "ended") return Promise.resolve();
    if (s.refused) return this.say("commit aborted: your message is saved, and the next :GitCommitPush here offers it again", "info");
    return removeDraft(s.p.draft).then(() => this.say("commit aborted: nothing committed", "info"));
  }
  /** The effect of a session's end: the repository is free for the next \g. */
  end(s) {
    if (this.sessions.get(s.p.repo.root) === s) this.sessions.delete(s.p.repo.root);
    if (s.buf !== void 0) this.byBuf.delete(s.buf);
    this.publishProgress();
  }
  async commitAndPush(s, message) {
    const transcript = {};
    const showTranscript = () => this.editor.setOutput(transcriptLines(transcript, s)).catch(logged);
    const abort = new AbortController();
    if (s.phase.name !== "committing") this.step(s, { type: "write" });
    const committing = s.phase;
    const signer = s.p.signer ? new AbortController() : void 0;
    committing.stop = signer;
    const root = s.p.repo.root;
    let hash = "";
    const used = this.defaults.get(s);
    const fallback = used && messageFromLines(message.split("\n")) === used.message ? { reason: used.reason, host: used.host } : void 0;
    const defaultData = fallback ? { default_message: true, reason: fallback.reason } : { default_message: false };
    try {
      const outcome = await commitAndPush(s.p, message, transcript, {
        signal: abort.signal,
        signerSignal: signer?.signal,
        env: this.env,
        onWait: (holder) => {
          this.step(s, { type: "wait", abort, holder: describeHolder(holder) });
          if (s.buf !== void 0) void this.editor.setStatus(s.buf, `waiting for ${describeHolder(holder)} to finish`, true).catch(logged);
        },
        onLocked: () => {
          const waited = this.step(s, { type: "locked" }) !== void 0;
          if (s.buf === void 0 || !waited && !s.p.signer) return;
          const status = s.p.signer ? `committing: ${s.p.signer} signs it and may ask for a passphrase in a window of its own (:GitCommitPush cancel stops it)` : "committing... (the message is locked until git answers)";
          void this.editor.setStatus(s.buf, status, true).catch(logged);
        },
        onCommitted: async (made2) => {
          hash = made2.hash;
          if (s.buf !== void 0) {
            const buf = s.buf;
            this.byBuf.delete(buf);
            s.buf = void 0;
            await this.editor.close(buf).catch(logged);
          }
          await this.emit("GitCommitPushDone", { stage: "commit", root, hash: made2.hash, subject: made2.subject, pushed: false, ...defaultData }).catch(logged);
          this.step(s, { type: "committed", abort });
        },
        skipPush: () => committing.cancelPush
      });
      await showTranscript();
      const { made } = outcome;
      this.step(s, { type: "done" });
      if (outcome.pushed) {
        await this.emit("GitCommitPushDone", { stage: "push", root, hash: made.hash, subject: made.subject, pushed: true, to: outcome.to, ...defaultData });
        return await this.say(pushedNotice(made, outcome.to, outcome.tookAlong, fallback), fallback ? "warn" : "info");
      }
      switch (outcome.why) {
        case "no-plan":
          return await this.say(committedNotice(made, notPushedBecause(s.p.plan), fallback), fallback ? "warn" : "info");
        case "skipped":
          return await this.say(committedNotice(made, "not pushed: cancelled; :GitCommitPush push sends it", fallback), fallback ? "warn" : "info");
        case "cancelled":
          return await this.say(notice(["push cancelled: ", `${made.hash} "`, cut(made.subject, 1, 10), '" is committed, not pushed; :GitCommitPush push sends it']), "info");
      }
    } catch (err) {
      await showTranscript();
      if (err instanceof ChangedSinceReview) {
        this.step(s, { type: "back" });
        s.refused = true;
        await this.keepMessage(s, message, `not committed: ${err.message}`);
        const after = err.remedy === "relist" ? await this.relist(s) : "finish that with git, then :w again";
        await this.emit("GitCommitPushFailed", { stage: "commit", root, error: err.message });
        return await this.say(changedNotice(err.message, after), "warn");
      }
      if (err instanceof CommitRefused) {
        this.step(s, { type: "back" });
        s.refused = true;
        if (err.cancelled) {
          await this.keepMessage(s, message, "cancelled: nothing committed; :w commits it");
          throw new PluginError("cancelled: nothing committed, your message is kept", "info");
        }
        let words3 = explainCommitFailure(gitWords(err.cause));
        if (s.p.signer && /failed to sign|signing failed|failed to write commit object/i.test(words3)) {
          const [first2 = "", ...rest] = words3.split("\n");
          words3 = [`${first2} (a passphrase can come only from the signer's agent or a graphical pinentry here)`, ...rest].join("\n");
        }
        await this.keepMessage(s, message, "the commit was refused: fix the cause and :w again");
        await this.emit("GitCommitPushFailed", { stage: "commit", root, error: words3 });
        return await this.say(refusedNotice(words3), "error");
      }
      const cause = err instanceof PushFailed ? err.cause : err;
      const made = err instanceof PushFailed ? err.made : { hash, subject: message.split("\n")[0] ?? "" };
      if (!(err instanceof PushFailed)) console.error(`git-commit-push: after the commit: ${forLog(err)}`);
      this.step(s, { type: "done" });
      await this.emit("GitCommitPushFailed", { stage: "push", root, hash: made.hash, error: gitWords(cause) }).catch(logged);
      return await this.say(pushFailedNotice(explainPushFailure(gitWords(cause)), s.p.plan.describe, made), "error");
    } finally {
      if (s.phase.name !== "reviewing") this.step(s, { type: "done" });
    }
  }
  /** A refused commit: the message stays in the buffer, or in a reopened one, marked unsaved; and in the draft. */
  async keepMessage(s, message, status) {
    await writeDraft(s.p.draft, message).catch(logged);
    s.author = "user";
    if (s.buf !== void 0 && await this.editor.markUnsaved(s.buf) === "ok") {
      await this.editor.setStatus(s.buf, status, true).catch(logged);
      return;
    }
    s.buf = void 0;
    await this.openReview(s, message.split("\n"), status);
    if (s.buf !== void 0) await this.editor.markUnsaved(s.buf);
  }
  /**
   * The change gathered again, as it is now, into the open review: its branch, where the
   * push goes and its files (the new ones marked), so that the next :w commits what the
   * user has seen. What to tell the user, or why it could not be gathered.
   */
  async relist(s) {
    try {
      const repo = await this.repos.open(s.p.repo.root);
      const fresh = await prepareChange(repo, s.p.scope, s.path, s.p.options);
      const before = s.p.diff.flatMap((f) => f.oldPath !== void 0 ? [f.path, f.oldPath] : [f.path]);
      s.p = { ...fresh, draft: s.p.draft, draftText: "" };
      s.info = reviewInfo(s.p, before);
      s.context = void 0;
      if (s.buf !== void 0) await this.editor.setComments(s.buf, commentLines(s.info, "the change is listed again as it is now: :w commits it", s.comment));
      return "the review shows the change as it is now: :w commits that, :q! aborts";
    } catch (err) {
      return err instanceof PluginError ? `${err.message}; your message is kept` : "your message is kept";
    }
  }
};
function secondsSince(since) {
  return `${Math.round((Date.now() - since) / 1e3)} s`;
}
function logged(err) {
  console.error(`git-commit-push: ${forLog(err)}`);
}
function configuredHost(table, env) {
  const host = typeof table === "object" && table !== null ? table.host : void 0;
  if (typeof host === "string" && host !== "") return { from: "setup() host", value: host };
  return env ? { from: "$OLLAMA_HOST", value: env } : void 0;
}

// src/nvim/health.ts
var import_node_path15 = require("node:path");
init_ollama();
var HTTP_TIMEOUT_MS = 2e3;
var CONTEXT_LUA = `
local function is_health(b)
  return vim.bo[b].filetype == 'checkhealth' or vim.api.nvim_buf_get_name(b) == 'health://'
end
local function usable(b)
  return b ~= nil and b > 0 and vim.api.nvim_buf_is_valid(b) and not is_health(b)
end
local buf = vim.api.nvim_get_current_buf()
if is_health(buf) then
  local candidates = { vim.fn.bufnr('#') }
  local prevwin = vim.fn.winnr('#')
  if prevwin > 0 then table.insert(candidates, vim.fn.winbufnr(prevwin)) end
  local prevtab = vim.fn.tabpagenr('#')
  if prevtab > 0 then table.insert(candidates, vim.fn.tabpagebuflist(prevtab)[vim.fn.tabpagewinnr(prevtab)]) end
  for _, b in ipairs(candidates) do
    if usable(b) then
      buf = b
      break
    end
  end
end
local ok, gcp = pcall(require, 'git-commit-push')
return {
  name = vim.api.nvim_buf_get_name(buf),
  buftype = vim.bo[buf].buftype,
  cwd = vim.fn.getcwd(),
  config = ok and gcp.config or vim.empty_dict(),
  ollama_host_env = vim.env.OLLAMA_HOST or '',
}
`;
async function healthReport(nvim) {
  let ctx;
  try {
    const raw = await nvim.lua(CONTEXT_LUA, []);
    ctx = {
      name: String(raw.name ?? ""),
      buftype: String(raw.buftype ?? ""),
      cwd: String(raw.cwd ?? process.cwd()),
      config: raw.config,
      ollamaHostEnv: String(raw.ollama_host_env ?? "")
    };
  } catch (err) {
    return [{ level: "error", msg: `could not read the editor state: ${oneLine2(err)}` }];
  }
  try {
    return await collectHealth(ctx);
  } catch (err) {
    return [{ level: "error", msg: `the health check failed: ${oneLine2(err)}` }];
  }
}
async function collectHealth(ctx, deps = {}) {
  const d = { gitAt, timeoutMs: HTTP_TIMEOUT_MS, ...deps };
  const items = [];
  const guard = async (what, fn) => {
    try {
      await fn();
    } catch (err) {
      console.error(`git-commit-push: health check of ${what} failed: ${forLog(err)}`);
      items.push({ level: "error", msg: `checking ${what} failed unexpectedly: ${oneLine2(err)}` });
    }
  };
  let gitOk = false;
  await guard("git", async () => {
    const item = await checkGit(ctx.cwd, d.gitAt);
    gitOk = item.level === "ok";
    items.push(item);
  });
  let repo;
  if (gitOk) {
    await guard("the repository", async () => {
      const r2 = await checkRepository(ctx, d.gitAt);
      repo = r2.repo;
      items.push(...r2.items);
    });
  }
  let options;
  await guard("the options", async () => {
    const r2 = checkOptions(ctx, repo);
    options = r2.options;
    items.push(...r2.items);
  });
  if (options) {
    const o2 = options;
    await guard("Ollama", async () => {
      items.push(...await checkOllama(o2, d.timeoutMs));
    });
  }
  return items.map((it) => ({
    ...it,
    msg: hideUrlCredentials(it.msg),
    ...it.advice ? { advice: it.advice.map(hideUrlCredentials) } : {}
  }));
}
async function checkGit(cwd, gitAt2) {
  try {
    const out = (await gitAt2(existingDir(cwd)).run(["--version"])).stdout.trim();
    return { level: "ok", msg: `git found: ${out}` };
  } catch (err) {
    const words3 = err instanceof GitError2 ? err.gitMessage : oneLine2(err);
    return {
      level: "error",
      msg: `git did not run: ${firstLine2(words3)}`,
      advice: ["Install git and make sure it is on the $PATH Neovim was started with."]
    };
  }
}
async function checkRepository(ctx, gitAt2) {
  const isFile = ctx.buftype === "" && ctx.name !== "";
  const dir = isFile ? existingDir((0, import_node_path15.dirname)(ctx.name)) : ctx.cwd;
  const what = isFile ? `the current file (${ctx.name})` : `the working directory (${ctx.cwd})`;
  let repo;
  try {
    repo = await openRepository(dir, gitAt2);
  } catch (err) {
    if (err instanceof PluginError && /not in a git repository|not a work tree/.test(err.message)) {
      return { items: [{ level: "info", msg: `${what} is not in a git repository: open a file inside one to commit it` }] };
    }
    return { items: [{ level: "error", msg: `could not read the repository of ${what}: ${oneLine2(err)}` }] };
  }
  const items = [{ level: "ok", msg: `repository of ${what}: ${repo.root}` }];
  if (repo.branch === null) {
    items.push({
      level: "warn",
      msg: "detached HEAD: commits are made, but there is no branch to push",
      advice: ["Switch to a branch first: git switch <branch>"]
    });
    return { repo, items };
  }
  items.push({ level: "ok", msg: `branch: ${repo.branch}` });
  const plan = planPush(repo.branch, repo.config);
  if (plan.kind === "git") items.push({ level: "ok", msg: `git push sends commits to ${plan.describe}` });
  else if (plan.kind === "set-upstream")
    items.push({ level: "info", msg: `no upstream for ${repo.branch}: the first push goes to ${plan.describe}` });
  else if (plan.why === "no-remote")
    items.push({
      level: "warn",
      msg: "no remote: commits are made, but not pushed",
      advice: ["Add one: git remote add origin <URL, or the path of a bare repository>"]
    });
  else items.push({ level: "warn", msg: `commits go ${plan.describe}` });
  return { repo, items };
}
function checkOptions(ctx, repo) {
  const resolved = resolveOptions(ctx.config, { OLLAMA_HOST: ctx.ollamaHostEnv });
  let options = resolved.options;
  const warnings = resolved.warnings;
  const items = warnings.map((w) => ({
    level: "warn",
    msg: `setup(): ${w}`,
    advice: ["See :help git-commit-push-options"]
  }));
  if (warnings.length === 0) items.push({ level: "ok", msg: "setup() options are valid" });
  if (repo) {
    const o2 = repoOverrides(repo.config);
    const applied = applyRepoOverrides(options, o2);
    for (const w of applied.warnings) items.push({ level: "warn", msg: w, advice: w.includes(".preset=") ? [`git config git-commit-push.preset ${PRESET_NAMES[0]}`] : [] });
    for (const key of CONFIG_OPTIONS) {
      const value = o2[key];
      if (value === void 0 || applied.warnings.some((w) => w.includes(`.${configKey(key)}=`))) continue;
      items.push({ level: "info", msg: `git config git-commit-push.${configKey(key)}=${JSON.stringify(value)} overrides setup() in ${repo.root}` });
    }
    options = applied.options;
  }
  const table = typeof ctx.config === "object" && ctx.config !== null ? ctx.config : {};
  const hostFrom = typeof table.host === "string" && table.host !== "" ? "setup()" : ctx.ollamaHostEnv ? "$OLLAMA_HOST" : "the default";
  items.push({
    level: "info",
    msg: `model ${options.model}, preset ${options.preset}, host ${options.host} (from ${hostFrom}), num_ctx ${options.num_ctx}, review ${options.review}`
  });
  return { options, items };
}
function privacyItem(host) {
  if (isLoopbackHost(host)) return { level: "ok", msg: `the diff stays on this machine (${host})` };
  const plain = plainHttpWarning(host);
  if (plain) {
    return {
      level: "warn",
      msg: plain,
      advice: ["Use an https URL, or reach the server through an SSH tunnel to a loopback port (ssh -L 11434:localhost:11434 <server>)."]
    };
  }
  return { level: "info", msg: `the diff goes to ${host}, and nowhere else` };
}
function withTag(name) {
  const last2 = name.slice(name.lastIndexOf("/") + 1);
  return last2.includes(":") ? name : `${name}:latest`;
}
function findModel(models, wanted) {
  const w = withTag(wanted);
  for (const m of models) {
    for (const n of [m.name, m.model]) if (n && withTag(n) === w) return n;
  }
  return void 0;
}
function unreachableReason(err, timeoutMs) {
  const e = err ?? {};
  if (e.name === "TimeoutError") return `no answer within ${timeoutMs / 1e3} s`;
  const code = e.cause?.code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (typeof code === "string") return code;
  const causeMessage = e.cause?.message;
  if (e.message === "fetch failed" && typeof causeMessage === "string" && causeMessage !== "") return firstLine2(causeMessage);
  if (e.name === "ResponseError") {
    const status = err.status_code;
    return `answered ${String(status)}: ${firstLine2(String(e.message ?? ""))}`;
  }
  return firstLine2(typeof e.message === "string" ? e.message : String(err));
}
async function checkOllama(options, timeoutMs) {
  const host = options.host;
  const model = options.model;
  const items = [privacyItem(host)];
  const client2 = () => clientFor(host, AbortSignal.timeout(timeoutMs));
  let version2;
  try {
    version2 = (await client2().version()).version;
  } catch (err) {
    items.push({
      level: "error",
      msg: `Ollama is not reachable at ${host} (${unreachableReason(err, timeoutMs)}): commits get a default message`,
      advice: [
        "Start it: ollama serve (or the Ollama app), see https://ollama.com/download",
        'Or point the plugin at your server: setup({ host = "http://host:11434" }) or $OLLAMA_HOST'
      ]
    });
    return items;
  }
  items.push({ level: "ok", msg: `Ollama ${version2} is reachable at ${host}` });
  let present;
  try {
    present = findModel((await client2().list()).models ?? [], model);
  } catch (err) {
    items.push({ level: "warn", msg: `could not list the models at ${host}: ${unreachableReason(err, timeoutMs)}` });
    return items;
  }
  if (!present) {
    items.push({
      level: "error",
      msg: `model ${model} is not present at ${host}: commits get a default message`,
      advice: [`ollama pull ${model}`, 'Or choose one you have (ollama list): setup({ model = "..." }) or git config git-commit-push.model']
    });
    return items;
  }
  items.push({ level: "ok", msg: `model ${model} is present (${present})` });
  try {
    const facts = await modelFacts(host, model, AbortSignal.timeout(timeoutMs));
    const len = facts.contextLength;
    if (len === void 0) {
      items.push({ level: "info", msg: `${model} does not report its context length: num_ctx ${options.num_ctx} is sent as it is` });
    } else if (options.num_ctx > len) {
      items.push({
        level: "warn",
        msg: `num_ctx ${options.num_ctx} exceeds the context length of ${model} (${len}): Ollama caps it at ${len}`,
        advice: [`setup({ num_ctx = ${len} }) or less`]
      });
    } else {
      items.push({ level: "ok", msg: `num_ctx ${options.num_ctx} fits the context length of ${model} (${len})` });
    }
  } catch (err) {
    items.push({ level: "warn", msg: `could not read the context length of ${model}: ${unreachableReason(err, timeoutMs)}` });
  }
  return items;
}
function oneLine2(err) {
  return firstLine2(err instanceof Error ? err.message : String(err));
}
function firstLine2(s) {
  return (s.split("\n")[0] ?? "").trim().slice(0, 300);
}

// src/nvim/plugin.ts
function register(plugin) {
  let controller;
  const get2 = () => controller ??= new Controller(editorFor(plugin.nvim), gitAt);
  plugin.registerCommand(
    "GitCommitPush",
    // Async (rpcnotify): Neovim never waits on the model, git or the network.
    (args) => get2().command(args),
    { sync: false, nargs: "*", complete: "customlist,GitCommitPushComplete" }
  );
  plugin.registerFunction(
    "GitCommitPushRun",
    (args) => get2().command(Array.isArray(args[0]) ? args[0].map(String) : [], contextFrom(args[1])),
    { sync: false }
  );
  plugin.registerFunction(
    "GitCommitPushComplete",
    (args) => COMMAND_ARGS.filter((a) => a.startsWith(args[0] ?? "")),
    { sync: true }
  );
  plugin.registerFunction(
    "GitCommitPushEvent",
    (args) => get2().event(args[0], Number(args[1]), args[2]),
    { sync: false }
  );
  plugin.registerFunction("GitCommitPushHealth", () => healthReport(plugin.nvim), { sync: true });
}

// src/index.ts
function gitCommitPush(plugin) {
  register(plugin);
}
