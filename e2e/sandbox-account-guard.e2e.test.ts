/**
 * A sandbox stack finds moto through the environment (lib/sandbox-environment.ts), not through
 * anything in cdk.tf.json. Run with another environment, it must stop before it writes
 * anything: its aws provider works only in moto's account. Here "another account" is a second
 * moto answering as account 999999999999, as a real account's STS would answer a shell's own
 * credentials.
 */
import { ListSecretsCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { join } from "node:path";
import { sandboxAwsEnvironment } from "../lib/sandbox-environment";
import { run } from "../tools/common/run";
import { startMoto, type MotoServer } from "../tools/moto";
import { Sandbox } from "../tools/sandbox/sandbox";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;

jest.setTimeout(300_000);

const OTHER_ACCOUNT = "999999999999";

async function secretNames(client: SecretsManagerClient): Promise<string[]> {
  return ((await client.send(new ListSecretsCommand({}))).SecretList ?? []).map((secret) => secret.Name!);
}

describeE2E("a sandbox stack outside the sandbox's environment", () => {
  let sandbox: Sandbox;
  let otherAccount: MotoServer;

  beforeAll(async () => {
    sandbox = await Sandbox.start({ log: sandboxLog });
    otherAccount = await startMoto({ accountId: OTHER_ACCOUNT, logFile: join(sandbox.workDir, "logs", "moto-other-account.log") });
    await sandbox.init();
  });

  afterAll(async () => {
    await otherAccount?.stop();
    await sandbox?.stop(keepOnFailure());
  });

  test("given AWS endpoints of another account, the apply stops at the provider's account check and nothing is created anywhere", async () => {
    // Terraform's own providers (no TF_REATTACH_PROVIDERS): the long-lived ones hold the sandbox's environment.
    const apply = await run(sandbox.tools.terraformBinary, ["apply", "-auto-approve", "-no-color"], {
      cwd: sandbox.stackDir,
      env: { ...sandbox.env, ...sandboxAwsEnvironment(otherAccount.url) },
    });

    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(`AWS account ID not allowed: ${OTHER_ACCOUNT}`);
    expect(sandbox.databricks.integrations()).toEqual([]);
    const otherAccountSecrets = new SecretsManagerClient({
      endpoint: otherAccount.url,
      region: sandbox.currentConfig.aws.region,
      credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
    });
    expect(await secretNames(otherAccountSecrets)).toEqual([]);
    expect(await secretNames(sandbox.secretsManager)).toEqual([]);
  });
});
