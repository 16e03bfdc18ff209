#!/usr/bin/env node
"use strict";

// src/cli/start.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_vm = require("node:vm");
var MAIN = (0, import_node_path.join)(__dirname, "git-commit-push-main.js");
function cacheDir() {
  return (0, import_node_path.join)(process.env.XDG_CACHE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache"), "git-commit-push");
}
function modeOf(argv) {
  return argv[0] === "hook" || argv[0] === "message" ? argv[0] : "commit";
}
function cached(argv) {
  return !argv.some((a) => a === "--help" || a === "-h" || a === "--version" || a === "-V" || a === "help");
}
function cacheName(mode, source) {
  return `code-${mode}-${process.version}-${process.arch}-${source.length}.bin`;
}
function save(dir, name, mode, script) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    const tmp = (0, import_node_path.join)(dir, `${name}.${process.pid}.tmp`);
    (0, import_node_fs.writeFileSync)(tmp, script.createCachedData(), { mode: 384 });
    (0, import_node_fs.renameSync)(tmp, (0, import_node_path.join)(dir, name));
    for (const old of (0, import_node_fs.readdirSync)(dir)) {
      if (old !== name && old.startsWith(`code-${mode}-`) && old.endsWith(".bin")) (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, old), { force: true });
    }
  } catch {
  }
}
function start() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE || !cached(process.argv.slice(2))) {
    require(MAIN);
    return;
  }
  let script;
  let name;
  const dir = cacheDir();
  const mode = modeOf(process.argv.slice(2));
  try {
    const source = (0, import_node_fs.readFileSync)(MAIN, "utf8");
    name = cacheName(mode, source);
    let cachedData;
    try {
      cachedData = (0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, name));
    } catch {
    }
    script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
      filename: MAIN,
      ...cachedData ? { cachedData } : {}
    });
    if (cachedData === void 0 || script.cachedDataRejected) {
      process.once("exit", (code) => {
        if (code === 0) save(dir, name, mode, script);
      });
    }
  } catch {
    require(MAIN);
    return;
  }
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(MAIN), module2, MAIN, (0, import_node_path.dirname)(MAIN));
}
start();
