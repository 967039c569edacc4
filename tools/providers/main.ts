/**
 * npm run providers [-- --check] [-- --json]
 *
 * Makes Terraform and the pinned providers available offline and writes the
 * Terraform CLI config to use them (see ./README.md).
 *   --check  only look (no links, builds or writes); exit 2 if something is missing
 *   --json   print the result as JSON on stdout (progress goes to stderr)
 * Exit codes: 0 ready, 1 something required could not be provided, 2 --check found something missing.
 */
import { parseArgs } from "node:util";
import { elapsed } from "./cache";
import { ensureProviders, findProviders, isFound, missingPieces, ProvidersMissingError } from "./index";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false }, json: { type: "boolean", default: false } } });
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const start = Date.now();

  if (values.check) {
    const found = findProviders();
    const missing = missingPieces(found);
    if (values.json) console.log(JSON.stringify(found, null, 2));
    else {
      log(
        isFound(found.terraform) ? `terraform ${found.terraform.version}: ${found.terraform.path} (${found.terraform.source})` : `terraform: missing (${found.terraform.missing})`,
      );
      for (const [name, p] of Object.entries(found.providers)) log(isFound(p) ? `${name} ${p.version}: ${p.path} (${p.source})` : `${name}: missing\n${p.missing}`);
    }
    return missing.length ? 2 : 0;
  }

  try {
    const result = await ensureProviders({ log });
    if (values.json) console.log(JSON.stringify(result, null, 2));
    log(`ready in ${elapsed(start)}. Use it with:\n  export TF_CLI_CONFIG_FILE=${result.cliConfigFile}`);
    return 0;
  } catch (err) {
    if (!(err instanceof ProvidersMissingError)) throw err;
    if (values.json) console.log(JSON.stringify(err.result, null, 2));
    log(`\n${err.message}`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
