/**
 * The app as CDK Terrain builds it, in a scratch folder: the working tree's app sources
 * copied (never edited in place), their cdktf imports pointed at cdktn and at bindings that
 * `cdktn get` generates, and a node_modules of links: cdktn's packages from their cached
 * install, every other package from the project's own node_modules.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { PROVIDER_NAMES, providerPin } from "../providers/versions";

/** What the app is made of: main.ts, app.js and what they load (the .gen bindings are made again). */
export const APP_FILES = ["app.js", "main.ts", "lib", "tsconfig.json", "package.json", "cdktf.json"];

/** The project's packages that cdktn replaces: linked from cdktn's install, or not at all. */
const REPLACED = /^(cdktf|cdktf-cli|constructs|@cdktf)$/;

/**
 * One module's source with cdktf's imports rewritten: "cdktf" → "cdktn", and
 * "@cdktf/provider-X/lib/Y" → the generated ".gen/providers/X/Y", relative to the file.
 */
export function rewriteImports(source: string, fileDir: string, root: string): string {
  const gen = (provider: string, rest: string) => {
    const target = relative(fileDir, join(root, ".gen", "providers", provider, rest));
    return target.startsWith("../") ? target : `./${target}`;
  };
  return source.replace(/(from\s+|import\s+|require\()"([^"]+)"/g, (whole, lead: string, specifier: string) => {
    if (specifier === "cdktf") return `${lead}"cdktn"`;
    const deep = /^@cdktf\/provider-([a-z]+)\/lib\/(.+)$/.exec(specifier);
    return deep?.[1] && deep[2] ? `${lead}"${gen(deep[1], deep[2])}"` : whole;
  });
}

/** cdktf.json for cdktn: every provider pinned there, since no prebuilt package carries our versions. */
export function cdktnJson(cdktfJsonText: string): string {
  const json = JSON.parse(cdktfJsonText) as Record<string, unknown>;
  const providers = PROVIDER_NAMES.map((name) => {
    const pin = providerPin(name);
    return `${pin.namespace}/${pin.type}@=${pin.version}`;
  });
  return `${JSON.stringify({ ...json, terraformProviders: providers, codeMakerOutput: ".gen" }, null, 2)}\n`;
}

/** Copies the app into `dir`, rewrites it for cdktn, links the generated bindings and node_modules. */
export function makeScratchApp(options: { projectRoot: string; cdktnModules: string; bindings: string; dir: string }): void {
  const { projectRoot, cdktnModules, bindings, dir } = options;
  for (const file of APP_FILES) cpSync(join(projectRoot, file), join(dir, file), { recursive: true });
  for (const file of tsFiles(dir)) writeFileSync(file, rewriteImports(readFileSync(file, "utf8"), dirname(file), dir));
  writeFileSync(join(dir, "cdktf.json"), cdktnJson(readFileSync(join(projectRoot, "cdktf.json"), "utf8")));
  symlinkSync(bindings, join(dir, ".gen"));

  const modules = join(dir, "node_modules");
  mkdirSync(join(modules, "@cdktn"), { recursive: true });
  for (const name of readdirSync(join(projectRoot, "node_modules"))) {
    if (REPLACED.test(name) || name.startsWith(".")) continue;
    symlinkSync(join(projectRoot, "node_modules", name), join(modules, name));
  }
  for (const name of ["cdktn", "cdktn-cli", "constructs"]) symlinkSync(join(cdktnModules, name), join(modules, name));
  for (const name of readdirSync(join(cdktnModules, "@cdktn"))) symlinkSync(join(cdktnModules, "@cdktn", name), join(modules, "@cdktn", name));
  mkdirSync(join(modules, ".bin"));
  symlinkSync(join(cdktnModules, "cdktn-cli", "bin", "cdktn"), join(modules, ".bin", "cdktn"));
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.ts$/.test(file) && !file.startsWith("node_modules") && !file.startsWith(".gen"))
    .map((file) => join(dir, file));
}
