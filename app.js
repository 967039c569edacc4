/**
 * The synth entry (cdktf.json "app"). Runs main.ts as one esbuild bundle of our code and the
 * parts of cdktf, constructs and the providers that it imports, through a V8 code cache.
 *
 * Why: Node spends most of a synth resolving, reading and compiling ~1,000 small modules.
 * One pre-compiled file halves the start-up (see BENCHMARKS.md), and needs no build step.
 *
 * The bundle is rebuilt (~0.3 s) whenever any file that went into it changes size or mtime,
 * or the installed packages change (npm rewrites node_modules/.package-lock.json), so it is
 * never stale. Bundle and code cache are named by the bundle's hash: V8 checks only a code
 * cache's source length, so a cache must never outlive its bundle. Files are written under a
 * temporary name and renamed, so parallel synths never read half a file; if the cache folder
 * is not writable, the bundle runs from memory. The bundle's source map is written beside it
 * and read only when an Error's stack is formatted, so stack traces name the TypeScript
 * source (lib/…/x.ts:line:column) at no cost to a synth that does not fail.
 */
// @ts-check

const crypto = require("node:crypto");
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const ROOT = __dirname;
const CACHE_DIR = process.env.DBT_OAUTH_APP_CACHE_DIR || path.join(ROOT, "node_modules", ".cache", "dbt-oauth-app");
// Names the current bundle and every input's stamp.
const INDEX = path.join(CACHE_DIR, "index.json");
// Inputs esbuild reads that its metafile does not list.
const IMPLICIT_INPUTS = ["app.js", "tsconfig.json", "package.json", "node_modules/.package-lock.json"];

/** @param {string} file @returns {string} size and mtime, or "missing" */
function stamp(file) {
  try {
    const { size, mtimeMs } = fs.statSync(path.resolve(ROOT, file));
    return `${size}:${mtimeMs}`;
  } catch {
    return "missing";
  }
}

/**
 * @overload @param {string} file @param {BufferEncoding} encoding @returns {string | undefined}
 * @overload @param {string} file @returns {Buffer | undefined}
 * @param {string} file @param {BufferEncoding} [encoding]
 */
function readFile(file, encoding) {
  try {
    return fs.readFileSync(file, encoding);
  } catch {
    return undefined;
  }
}

/** @param {string} file @param {string | NodeJS.ArrayBufferView} data */
function writeAtomically(file, data) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
  } catch {
    // A read-only checkout still synthesizes, just without the cache.
  }
}

/** @typedef {{ name: string, code: string }} Bundle */

/** The cached bundle, when every input it was built from is unchanged. @returns {Bundle | undefined} */
function readFreshBundle() {
  try {
    /** @type {{ bundle: string, inputs: Record<string, string> }} */
    const { bundle, inputs } = JSON.parse(readFile(INDEX, "utf8") ?? "");
    if (Object.entries(inputs).some(([file, recorded]) => stamp(file) !== recorded)) return undefined;
    const code = readFile(path.join(CACHE_DIR, bundle), "utf8");
    return code === undefined ? undefined : { name: bundle, code };
  } catch {
    return undefined; // no index, or not one this launcher wrote: rebuild
  }
}

/** @returns {Bundle} */
function buildBundle() {
  const { buildSync } = require("esbuild");
  const { outputFiles, metafile } = buildSync({
    entryPoints: [path.join(ROOT, "main.ts")],
    outfile: path.join(CACHE_DIR, "main.js"),
    absWorkingDir: ROOT,
    write: false,
    bundle: true,
    metafile: true,
    platform: "node",
    format: "cjs",
    // jsonc-parser's default (UMD) build loads its parts by a require esbuild cannot follow.
    alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
    target: "node20",
    // Written, never loaded, unless an Error's stack is formatted (see mapStackFrame).
    sourcemap: "external",
    sourcesContent: false,
    logLevel: "warning",
  });
  const code = outputFile(outputFiles, ".js");
  const name = `main.${crypto.createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
  const inputs = Object.fromEntries([...Object.keys(metafile.inputs), ...IMPLICIT_INPUTS].map((file) => [file, stamp(file)]));
  removeStale(name);
  // Bundle and map first: a reader that sees the new index must find both.
  writeAtomically(path.join(CACHE_DIR, `${name}.map`), outputFile(outputFiles, ".js.map"));
  writeAtomically(path.join(CACHE_DIR, name), code);
  writeAtomically(INDEX, JSON.stringify({ bundle: name, inputs }));
  return { name, code };
}

/** @param {import("esbuild").OutputFile[]} files @param {string} suffix */
function outputFile(files, suffix) {
  const file = files.find((candidate) => candidate.path.endsWith(suffix) && (suffix === ".js.map" || !candidate.path.endsWith(".map")));
  if (!file) throw new Error(`esbuild wrote no ${suffix} file`);
  return file.text;
}

/** Bundles, maps and code caches of earlier builds; a synth still reading one falls back to a rebuild. */
/** @param {string} currentName */
function removeStale(currentName) {
  const keep = currentName.slice(0, -".js".length);
  for (const file of readdir(CACHE_DIR)) {
    if (file.startsWith("main.") && !file.startsWith(keep)) fs.rmSync(path.join(CACHE_DIR, file), { force: true });
  }
}

/** @param {string} directory @returns {string[]} */
function readdir(directory) {
  try {
    return fs.readdirSync(directory);
  } catch {
    return [];
  }
}

/** @param {Bundle} bundle */
function run({ name, code }) {
  const filename = path.join(CACHE_DIR, name);
  bundleFile = filename;
  // V8 rejects a code cache from another V8 build, so each Node version keeps its own.
  const codeCache = `${filename.slice(0, -".js".length)}.${process.version}-${process.arch}.v8cache`;
  const cachedData = readFile(codeCache);
  const script = new vm.Script(Module.wrap(code), { filename, cachedData });
  const bundleModule = new Module(filename, module);
  bundleModule.filename = filename;
  // The few requires left in the bundle resolve from the project, as app.js's own do.
  bundleModule.paths = module.paths;
  script.runInThisContext().call(bundleModule.exports, bundleModule.exports, Module.createRequire(filename), bundleModule, filename, CACHE_DIR);
  // After the run, so the cache also holds the functions the synth compiled lazily.
  if (cachedData === undefined || script.cachedDataRejected) writeAtomically(codeCache, script.createCachedData());
}

/** The running bundle's path; stack frames in it are mapped back to the TypeScript sources. */
let bundleFile = "";
/** @type {import("node:module").SourceMap | null | undefined} loaded on the first Error formatted; null: none */
let sourceMap;

/** @param {NodeJS.CallSite} frame @returns {string} "fn (lib/x.ts:12:3)" for a frame in the bundle, else Node's text */
function mapStackFrame(frame) {
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  if (frame.getFileName() !== bundleFile || line === null || column === null) return String(frame);
  if (sourceMap === undefined) {
    const map = readFile(`${bundleFile}.map`, "utf8");
    sourceMap = map === undefined ? null : new Module.SourceMap(JSON.parse(map));
  }
  const entry = sourceMap?.findEntry(line - 1, column - 1);
  if (!entry || !("originalSource" in entry)) return String(frame);
  const where = `${path.relative(ROOT, path.resolve(CACHE_DIR, entry.originalSource))}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  const name = frame.getFunctionName() ?? frame.getMethodName();
  return name ? `${name} (${where})` : where;
}

/**
 * Stack traces: real Errors get Node's format, with frames in the bundle mapped to the
 * TypeScript sources. cdktf captures a full stack trace for every token it creates (a fifth
 * of a synth of 100 integrations) only to say where a token came from if it later fails to
 * resolve: a bug in our constructs, never bad config, which is rejected before any token
 * exists. It captures into a plain object, never an Error: those get an empty trace, unless
 * DBT_OAUTH_TOKEN_TRACES=1 keeps them when debugging such a failure.
 */
Error.prepareStackTrace = (error, frames) => {
  if (!(error instanceof Error) && process.env.DBT_OAUTH_TOKEN_TRACES !== "1") return "";
  const header = error instanceof Error ? String(error) : "";
  return frames.length === 0 ? header : `${header}\n    at ${frames.map(mapStackFrame).join("\n    at ")}`;
};

try {
  run(readFreshBundle() ?? buildBundle());
} catch (error) {
  // Node's own report of an uncaught error would quote the bundle's line; the stack is enough.
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
}
