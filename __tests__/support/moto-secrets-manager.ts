/**
 * moto as Secrets Manager for one test file: started once (the first run builds its
 * virtualenv), emptied before each test, stopped after the file. Call at the top level.
 */
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureMoto, startMoto, type MotoServer } from "../../tools/moto";

/** What a CLI needs to reach it: the same test-only credentials moto accepts from anyone. */
export const MOTO_CREDENTIALS_ENV = { AWS_ACCESS_KEY_ID: "testing", AWS_SECRET_ACCESS_KEY: "testing" };

export function useMotoSecretsManager(): { url: () => string; client: () => SecretsManagerClient } {
  let moto: MotoServer;
  let client: SecretsManagerClient;
  const logs = mkdtempSync(join(tmpdir(), "moto-secrets-manager-"));

  beforeAll(async () => {
    await ensureMoto({ log: (m) => process.stderr.write(`${m}\n`) });
    moto = await startMoto({ logFile: join(logs, "moto.log") });
    client = new SecretsManagerClient({
      endpoint: moto.url,
      region: "us-east-1",
      credentials: { accessKeyId: MOTO_CREDENTIALS_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: MOTO_CREDENTIALS_ENV.AWS_SECRET_ACCESS_KEY },
    });
  }, 15 * 60_000);

  afterAll(async () => {
    client?.destroy();
    await moto?.stop();
    rmSync(logs, { recursive: true, force: true });
  });

  beforeEach(() => fetch(`${moto.url}/moto-api/reset`, { method: "POST" }));

  return { url: () => moto.url, client: () => client };
}
