/**
 * npm run lint:workflows [-- FILE...]
 *
 * Lints the GitHub Actions workflows (.github/workflows/*.yml, or the FILEs given)
 * with actionlint, building it first when the tooling cache does not have it yet.
 *   --repo DIR  lint DIR/.github/workflows instead of this repository's
 *   --path      only print the cached actionlint binary's path (building it if needed)
 * Exit codes: actionlint's own (0 clean, 1 problems found, 2 bad arguments, 3 fatal),
 * or 1 when actionlint could not be had or there is no workflow to lint.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { ACTIONLINT_VERSION, ActionlintUnavailableError, ensureActionlint, runActionlint, workflowFiles } from "./actionlint";

const THIS_REPO = path.resolve(__dirname, "..", "..");

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      repo: { type: "string", default: THIS_REPO },
      path: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  const log = (m: string) => process.stderr.write(`${m}\n`);
  if (values.help) {
    log(
      [
        "usage: npm run lint:workflows [-- FILE...]      lint FILEs (default: .github/workflows/*.yml)",
        "       npm run lint:workflows -- --repo DIR      lint DIR/.github/workflows/*.yml",
        "       npm run lint:workflows -- --path          print the actionlint binary's path",
      ].join("\n"),
    );
    return 0;
  }

  const repo = path.resolve(values.repo!);
  const files = positionals.length ? positionals.map((f) => path.resolve(f)) : workflowFiles(repo);
  if (!values.path && files.length === 0) {
    log(`no workflow files in ${path.join(repo, ".github", "workflows")}: nothing was linted`);
    return 1;
  }

  let binary: string;
  try {
    binary = (await ensureActionlint({ log })).path;
  } catch (err) {
    if (!(err instanceof ActionlintUnavailableError)) throw err;
    log(err.message);
    return 1;
  }
  if (values.path) {
    console.log(binary);
    return 0;
  }

  // Relative names in actionlint's messages: `.github/workflows/plan.yml:12:3: ...`.
  const shown = files.map((f) => (f.startsWith(repo + path.sep) ? path.relative(repo, f) : f));
  const result = await runActionlint(binary, shown, { cwd: repo });
  process.stdout.write(result.output);
  log(
    result.code === 0
      ? `actionlint ${ACTIONLINT_VERSION}: ${files.length} workflow file(s), no problems`
      : `actionlint ${ACTIONLINT_VERSION}: exit ${result.code}${result.code === 1 ? " (problems found, see above)" : ""}`,
  );
  return result.code;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
