/**
 * Whether cdktn synthesized what cdktf did. Two differences carry no meaning and are taken
 * out first: the "//" metadata (each framework writes its own name and version there) and
 * how a provider's source is spelled (cdktf's aws package writes "aws", cdktn writes
 * "hashicorp/aws"; Terraform reads both as registry.terraform.io/hashicorp/aws).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** registry.terraform.io/NAMESPACE/TYPE, as Terraform completes a shorter source. */
export function canonicalSource(source: string): string {
  const parts = source.split("/");
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${source}`;
  if (parts.length === 2) return `registry.terraform.io/${source}`;
  return source;
}

/** The stack JSON without "//" keys, every required_providers source canonical. */
export function normalizeStack(stack: Json): Json {
  const strip = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "//")
        .map(([key, inner]) => [key, strip(inner)]),
    );
  };
  const normal = strip(stack) as { terraform?: { required_providers?: Record<string, { source?: string }> } };
  for (const provider of Object.values(normal.terraform?.required_providers ?? {})) {
    if (typeof provider.source === "string") provider.source = canonicalSource(provider.source);
  }
  return normal as Json;
}

/** Where two JSON values differ, as "path: cdktf … / cdktn …" lines; empty when equal. */
export function differences(cdktf: Json, cdktn: Json, path = "$"): string[] {
  if (JSON.stringify(cdktf) === JSON.stringify(cdktn)) return [];
  const bothObjects = [cdktf, cdktn].every((v) => v !== null && typeof v === "object" && !Array.isArray(v));
  if (!bothObjects) return [`${path}: cdktf ${JSON.stringify(cdktf)} / cdktn ${JSON.stringify(cdktn)}`];
  const a = cdktf as Record<string, Json>;
  const b = cdktn as Record<string, Json>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((key) => differences(a[key] ?? null, b[key] ?? null, `${path}.${key}`));
}
