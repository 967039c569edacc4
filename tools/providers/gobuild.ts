/**
 * Last resort: build a Go program (terraform, a provider) from its module on
 * the Go module proxy. `go mod download` comes first because it is where a
 * refusal shows (the proxy answers 403 "This module version is not available"
 * for some modules) and because a module with `replace` directives cannot be
 * `go install`ed by version: it has to be built inside its own module dir.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { elapsed, type Log } from "./cache";
import { which } from "./lookup";
import { run, tail } from "../common/run";

export type GoBuildResult = { ok: true } | { ok: false; reason: string };

interface ModDownload {
  Dir?: string;
  GoMod?: string;
  Error?: string;
}

/** A proxy refusal reads better as one sentence than as Go's error output. */
export function describeGoError(module: string, version: string, text: string): string {
  if (/\b(403|404|410)\b|not available|Forbidden|not found/i.test(text)) {
    const status = /: (\d{3} [A-Za-z ]+?)\s*\n/.exec(text)?.[1];
    const said = /server response: (.*)/.exec(text)?.[1]?.trim();
    const why = [status && `HTTP ${status}`, said && `"${said}"`].filter(Boolean).join(": ");
    return `${module}@${version} refused by the Go module proxy${why ? ` (${why})` : ""}`;
  }
  return `${module}@${version}: ${tail(text, 8)}`;
}

export async function goBuild(opts: {
  module: string;
  /** the command's package inside the module ("cmd/actionlint"); default: the module root */
  pkg?: string;
  /** with the leading "v" */
  version: string;
  /** where the executable must end up */
  outFile: string;
  env: NodeJS.ProcessEnv;
  log: Log;
  /** e.g. the -X flags a project's release build sets */
  ldflags?: string;
}): Promise<GoBuildResult> {
  const { module, version, outFile, env, log } = opts;
  const command = opts.pkg ? `${module}/${opts.pkg}` : module;
  const flags = ["-trimpath", ...(opts.ldflags ? ["-ldflags", opts.ldflags] : [])];
  const go = which("go", env);
  if (!go) return { ok: false, reason: `cannot build ${module}@${version}: no 'go' on PATH` };
  const logFile = `${outFile}.build.log`;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(logFile, "");
  const start = Date.now();

  log(`go mod download ${module}@${version} ...`);
  const dl = await run(go, ["mod", "download", "-json", `${module}@${version}`], { env, log, label: "go mod download", logFile });
  let info: ModDownload = {};
  try {
    info = JSON.parse(dl.stdout) as ModDownload;
  } catch {
    /* no JSON: Go failed before reaching the proxy; the output says why */
  }
  if (dl.code !== 0 || info.Error || !info.Dir || !info.GoMod) {
    return { ok: false, reason: describeGoError(module, version, info.Error ?? dl.output) };
  }

  const toolchain = pinnedToolchain(info.Dir, info.GoMod);
  if (toolchain) log(`using Go ${toolchain}, the version ${module} pins (GOTOOLCHAIN; fetched from the Go module proxy once)`);
  const buildEnv = toolchain ? { ...env, GOTOOLCHAIN: `go${toolchain}` } : env;
  const tmpOut = `${outFile}.tmp-${process.pid}`;
  const gobin = path.join(path.dirname(outFile), `gobin-${process.pid}`);
  const hasReplace = /^\s*replace\b/m.test(fs.readFileSync(info.GoMod, "utf8"));
  log(
    `building ${module}@${version} (${hasReplace ? "go build inside the module dir: its go.mod has replace directives" : "go install"}); this takes minutes, full output in ${logFile}`,
  );
  const label = `building ${path.basename(command)}`;
  try {
    const build = hasReplace
      ? await run(go, ["build", ...flags, "-o", tmpOut, `./${opts.pkg ?? ""}`], { cwd: info.Dir, env: buildEnv, log, label, logFile })
      : await run(go, ["install", ...flags, `${command}@${version}`], { env: { ...buildEnv, GOBIN: gobin }, log, label, logFile });
    if (build.code !== 0 && /replacement directory .* does not exist/.test(build.output)) {
      return {
        ok: false,
        reason: `${module}@${version} cannot be built from the Go module proxy: its go.mod replaces modules with nested module dirs, which module zips leave out`,
      };
    }
    if (build.code !== 0) return { ok: false, reason: `building ${command}@${version} failed:\n${tail(build.output, 15)}` };
    if (!hasReplace) fs.renameSync(path.join(gobin, path.basename(command)), tmpOut);
    fs.renameSync(tmpOut, outFile); // atomic: a half-written binary is never found
  } finally {
    fs.rmSync(gobin, { recursive: true, force: true });
    fs.rmSync(tmpOut, { force: true });
  }
  log(`built ${outFile} in ${elapsed(start)}`);
  return { ok: true };
}

/**
 * The Go version a module is released with: its .go-version file (HashiCorp's
 * convention) or go.mod's toolchain line. Newer Go can refuse older modules
 * (Go 1.26 rejects terraform 1.11's `godebug tlskyber=0`), so build with that one.
 */
export function pinnedToolchain(dir: string, goModFile: string): string | undefined {
  const dotVersion = path.join(dir, ".go-version");
  if (fs.existsSync(dotVersion)) return fs.readFileSync(dotVersion, "utf8").trim().replace(/^go/, "") || undefined;
  return /^toolchain\s+go(\S+)/m.exec(fs.readFileSync(goModFile, "utf8"))?.[1];
}
