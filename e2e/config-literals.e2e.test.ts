/**
 * Config text is literal text, with the real terraform, providers and emulators: a secret
 * description, tags and the dbt Cloud connection's fields holding quotes, a newline and every
 * template sequence (`${x}`, `%{y}`, `$${z}`, `%%{w}`, a reference to the client secret) are
 * stored exactly as written, and the next plan is clean. Before the fix, `terraform validate`
 * stopped at the description ("Invalid template control keyword"). The synthesized escapes
 * themselves: __tests__/terraform-literal.test.ts.
 */
import { readFileSync } from "node:fs";
import type { ConfigInput } from "../lib/config/schema";
import { Sandbox, SANDBOX_CONFIG_FILE } from "../tools/sandbox/sandbox";
import { HOSTILE, INJECTION } from "../__tests__/support/terraform-template";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;
jest.setTimeout(300_000);

const HTTP_PATH = "/sql/${x}/%{y}/$${z}";

describeE2E("config strings reach Terraform as literal text", () => {
  let sandbox: Sandbox;
  const base = JSON.parse(readFileSync(SANDBOX_CONFIG_FILE, "utf8")) as ConfigInput;
  const prod = base.integrations.find((i) => i.id === "prod")!;
  const connection = prod.dbtCloud.connection!;

  beforeAll(async () => {
    const config: ConfigInput = {
      ...base,
      aws: { ...base.aws, defaultTags: { team: HOSTILE } },
      integrations: [
        {
          ...prod,
          dbtCloud: { ...prod.dbtCloud, connection: { ...connection, name: HOSTILE, databricks: { ...connection.databricks, httpPath: HTTP_PATH, catalog: HOSTILE } } },
          secret: { ...prod.secret, description: HOSTILE, tags: { owner: HOSTILE, leak: INJECTION } },
        },
      ],
    };
    sandbox = await Sandbox.start({ log: sandboxLog, config });
    await sandbox.init();
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  test("validate passes, the apply stores each value exactly as the config wrote it, and the next plan is clean", async () => {
    expect((await sandbox.terraform(["validate", "-no-color"])).code).toBe(0);
    await sandbox.apply();

    const secret = await sandbox.describeSecret(prod.secret!.name!);
    expect(secret.Description).toBe(HOSTILE);
    expect(Object.fromEntries((secret.Tags ?? []).map((tag) => [tag.Key, tag.Value]))).toEqual({ owner: HOSTILE, leak: INJECTION, team: HOSTILE });
    const [stored] = sandbox.dbtCloud.connections();
    expect(stored).toMatchObject({ name: HOSTILE, config: { http_path: HTTP_PATH, catalog: HOSTILE } });

    expect(await sandbox.planExitCode()).toBe(0);
  });
});
