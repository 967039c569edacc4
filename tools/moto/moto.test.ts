/**
 * moto's Secrets Manager behaves the way our integration relies on: version
 * staging (AWSCURRENT/AWSPREVIOUS), deletion with a recovery window, and the
 * fault proxy can make it unavailable without losing what it stores.
 * The first run builds the moto virtualenv (pip install, about a minute).
 */
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ensureMoto, startFaultProxy, startMoto, type MotoServer } from "./index";

jest.setTimeout(15 * 60_000);

function client(endpoint: string): SecretsManagerClient {
  return new SecretsManagerClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
    maxAttempts: 1, // a fault must show at once, not after the SDK's retries
  });
}

let moto: MotoServer;
let sm: SecretsManagerClient;
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "moto-test-"));

beforeAll(async () => {
  await ensureMoto({ log: (m) => process.stderr.write(`${m}\n`) });
  moto = await startMoto({ logFile: path.join(logDir, "moto.log") });
  sm = client(moto.url);
});

afterAll(async () => {
  sm?.destroy();
  await moto?.stop();
  fs.rmSync(logDir, { recursive: true, force: true });
});

test("a new value becomes AWSCURRENT and the old one AWSPREVIOUS", async () => {
  const name = "dbt/databricks-oauth/staging";
  const created = await sm.send(new CreateSecretCommand({ Name: name, SecretString: "v1" }));
  const put = await sm.send(new PutSecretValueCommand({ SecretId: name, SecretString: "v2" }));

  const current = await sm.send(new GetSecretValueCommand({ SecretId: name }));
  expect(current.SecretString).toBe("v2");
  expect(current.VersionStages).toContain("AWSCURRENT");

  const previous = await sm.send(new GetSecretValueCommand({ SecretId: name, VersionStage: "AWSPREVIOUS" }));
  expect(previous.SecretString).toBe("v1");
  expect(previous.VersionId).toBe(created.VersionId);

  const described = await sm.send(new DescribeSecretCommand({ SecretId: name }));
  expect(described.VersionIdsToStages?.[put.VersionId!]).toEqual(["AWSCURRENT"]);
  expect(described.VersionIdsToStages?.[created.VersionId!]).toEqual(["AWSPREVIOUS"]);
});

test("DeleteSecret with a recovery window schedules deletion and keeps the name taken", async () => {
  const name = "dbt/databricks-oauth/deleted";
  await sm.send(new CreateSecretCommand({ Name: name, SecretString: "s" }));
  const deleted = await sm.send(new DeleteSecretCommand({ SecretId: name, RecoveryWindowInDays: 7 }));
  expect(deleted.DeletionDate).toBeInstanceOf(Date);

  const described = await sm.send(new DescribeSecretCommand({ SecretId: name }));
  expect(described.DeletedDate).toBeInstanceOf(Date);
  await expect(sm.send(new GetSecretValueCommand({ SecretId: name }))).rejects.toThrow(/deleted|InvalidRequest/i);
  // Real AWS answers InvalidRequestException ("already scheduled for deletion");
  // moto 5.2 answers ResourceExistsException. Either way the name stays taken.
  const again = sm.send(new CreateSecretCommand({ Name: name, SecretString: "again" }));
  await expect(again).rejects.toHaveProperty("name", expect.stringMatching(/^(InvalidRequestException|ResourceExistsException)$/));
});

test("the fault proxy makes Secrets Manager unavailable and restores it with the secrets intact", async () => {
  const proxy = await startFaultProxy({ target: moto.url });
  const viaProxy = client(proxy.url);
  try {
    const name = "dbt/databricks-oauth/fault";
    await viaProxy.send(new CreateSecretCommand({ Name: name, SecretString: "kept" }));

    proxy.fail("secretsmanager");
    await expect(viaProxy.send(new GetSecretValueCommand({ SecretId: name }))).rejects.toMatchObject({
      name: "ServiceUnavailable",
      $metadata: { httpStatusCode: 503 },
    });
    expect(proxy.faulted.secretsmanager).toBe(1);

    proxy.restore("secretsmanager");
    const back = await viaProxy.send(new GetSecretValueCommand({ SecretId: name }));
    expect(back.SecretString).toBe("kept");
  } finally {
    viaProxy.destroy();
    await proxy.stop();
  }
});

test("restart keeps the port and loses all state; stop leaves nothing answering", async () => {
  const name = "dbt/databricks-oauth/restart";
  await sm.send(new CreateSecretCommand({ Name: name, SecretString: "gone" }));
  const port = moto.port;
  await moto.restart();
  expect(moto.port).toBe(port);
  await expect(sm.send(new GetSecretValueCommand({ SecretId: name }))).rejects.toMatchObject({ name: "ResourceNotFoundException" });

  await moto.stop();
  await expect(fetch(`${moto.url}/moto-api/`)).rejects.toThrow();
});
