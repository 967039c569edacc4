#!/usr/bin/env bash
# The per-file e2e breakdown in BENCHMARKS.md ("Where the e2e time goes"): runs each e2e file
# in its own jest process, one after another, under GNU time (wall, user and system CPU of the
# whole tree, providers and moto included), with bench/terraform-timing.sh logging every
# terraform command. Then `node -r tsx/cjs bench/e2e-timings.ts OUTDIR` prints the tables.
#   bench/e2e-files.sh OUTDIR [name ...]     (names: lifecycle, rotation, ...; default all)
set -uo pipefail
out=$(realpath -m "${1:?usage: bench/e2e-files.sh OUTDIR [name ...]}")
shift
cd "$(dirname "$0")/.."
mkdir -p "$out"
names=("$@")
[ ${#names[@]} -gt 0 ] || mapfile -t names < <(ls e2e/*.e2e.test.ts | xargs -n1 basename | sed 's/\.e2e\.test\.ts$//')
# Verbose: the sandbox then prints, among its progress lines, the CPU its long-lived providers used.
export DBT_OAUTH_E2E=1 DBT_OAUTH_E2E_VERBOSE=1 TF_CLI_CONFIG_FILE="${TF_CLI_CONFIG_FILE:-$HOME/.cache/dbt-databricks-oauth/terraform.rc}"
export TERRAFORM_TIMING_REAL="${TERRAFORM_TIMING_REAL:-$(command -v terraform)}" TERRAFORM_BINARY_NAME="$PWD/bench/terraform-timing.sh"
for n in "${names[@]}"; do
  export TERRAFORM_TIMING_LOG="$out/$n.tf.tsv"
  : >"$TERRAFORM_TIMING_LOG"
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  # The path before --selectProjects: that flag takes every word after it as a project name.
  /usr/bin/time -f "%e %U %S" -o "$out/$n.time" npx jest "e2e/$n.e2e.test.ts" --selectProjects e2e --maxWorkers=1 >"$out/$n.out" 2>&1
  code=$?
  printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$code" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(tail -n 1 "$out/$n.time")" >>"$out/files.tsv"
  echo "$n: exit $code, $(tail -n 1 "$out/$n.time") (wall user sys s), load $load_before -> $(cut -d' ' -f1-3 /proc/loadavg)"
done
