/**
 * The synth entry (cdktf.json "app"): bundles main.ts and lib/ with esbuild, dependencies
 * left external, and runs the bundle from memory. About half the start-up of
 * `node -r tsx/cjs main.ts`, whose hook inspects every module cdktf and the providers load.
 * Built on every run (~0.1 s), so it is never stale, needs no build step and writes no file
 * that two synths could race on.
 */
"use strict";
const Module = require("node:module");
const path = require("node:path");
const { buildSync } = require("esbuild");

const filename = path.join(__dirname, "main.bundle.js");
const { outputFiles } = buildSync({
  entryPoints: [path.join(__dirname, "main.ts")],
  outfile: filename,
  write: false,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});

const app = new Module(filename, module);
app.filename = filename;
app.paths = Module._nodeModulePaths(__dirname);
app._compile(outputFiles[0].text, filename);
