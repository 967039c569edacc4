/** Where Terraform state lives. The state holds every client secret, hence S3 with encryption and locking. */
import { LocalBackend, S3Backend, type TerraformStack } from "cdktf";
import * as path from "node:path";
import type { AppConfig } from "./config/model";

export interface StateBackendProps {
  readonly backend: AppConfig["backend"];
  /** The bucket's region when the backend names none. */
  readonly awsRegion: string;
  /** The sandbox's AWS emulator, which serves S3 too; never set for a real account. */
  readonly sandboxAwsUrl?: string;
}

export function configureBackend(stack: TerraformStack, { backend, awsRegion, sandboxAwsUrl }: StateBackendProps): void {
  if (backend.type === "local") {
    // Relative paths are taken from the project root, like cdktf's own default.
    new LocalBackend(stack, backend.path ? { path: path.resolve(backend.path) } : {});
    return;
  }
  new S3Backend(stack, {
    bucket: backend.bucket,
    key: backend.key,
    region: backend.region ?? awsRegion,
    encrypt: true,
    kmsKeyId: backend.kmsKeyId,
    ...(sandboxAwsUrl && {
      // moto serves S3 on its one loopback port, so bucket names go in the path.
      endpoints: { s3: sandboxAwsUrl },
      usePathStyle: true,
      skipCredentialsValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: true,
      skipRegionValidation: true,
    }),
  });
  // S3-native state locking (Terraform 1.10+); cdktf 0.21's S3Backend has no option for it.
  stack.addOverride("terraform.backend.s3.use_lockfile", true);
}
