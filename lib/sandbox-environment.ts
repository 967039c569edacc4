/**
 * How a sandbox stack reaches moto. Its own module, free of cdktf, because the CLIs that run
 * terraform on a synthesized stack (the drift check, repair) read it too.
 */

/** moto's default account: the only account a sandbox stack's aws provider will work in. */
export const SANDBOX_AWS_ACCOUNT_ID = "123456789012";

/** Where a synthesized sandbox stack records the environment its aws provider needs: under cdk.tf.json's "//", a comment to terraform. */
export const SANDBOX_ENVIRONMENT_KEY = "sandbox_aws_environment";

/**
 * What points the aws provider, and any AWS SDK, at the sandbox's emulator: the SDKs'
 * service-specific endpoint variables (AWS_ENDPOINT_URL_<SERVICE>). Not the provider's
 * `endpoints` block: aws 5.100.0 validates that block on every terraform command by
 * rendering its 303 attributes once per attribute, ~3.7 s of CPU per command (measured with
 * perf: 79 % of the provider's CPU in a plan, all in PrepareProviderConfig; BENCHMARKS.md).
 */
export function sandboxAwsEnvironment(awsUrl: string): Record<string, string> {
  return { AWS_ENDPOINT_URL_SECRETS_MANAGER: awsUrl, AWS_ENDPOINT_URL_STS: awsUrl };
}

/** The environment a synthesized stack (cdk.tf.json, parsed) says its aws provider needs: {} unless it is a sandbox stack. */
export function recordedSandboxEnvironment(stackJson: unknown): Record<string, string> {
  const comment = (stackJson as { "//"?: Record<string, unknown> } | undefined)?.["//"];
  return { ...(comment?.[SANDBOX_ENVIRONMENT_KEY] as Record<string, string> | undefined) };
}
