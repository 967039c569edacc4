#!/usr/bin/env bash
# Measurement shim for the e2e breakdown in BENCHMARKS.md ("Where the e2e time goes"): put it
# in TERRAFORM_BINARY_NAME, with TERRAFORM_TIMING_REAL (the real terraform) and
# TERRAFORM_TIMING_LOG (a file). Every terraform command the sandbox, the CLIs and the e2e
# files run then appends one line: start time, subcommand, wall s, user s, sys s (GNU time: the
# command and the provider processes it started and reaped), exit code, arguments.
# bench/e2e-timings.ts reads the log.
real="${TERRAFORM_TIMING_REAL:?set TERRAFORM_TIMING_REAL to the real terraform binary}"
log="${TERRAFORM_TIMING_LOG:?set TERRAFORM_TIMING_LOG to a file}"
times="$(mktemp)"
start="$(date +%s.%N)"
/usr/bin/time -f "%e %U %S" -o "$times" "$real" "$@"
code=$?
printf '%s\t%s\t%s\t%s\t%s\n' "$start" "${1:-}" "$(tr ' ' '\t' <"$times" | tail -n 1)" "$code" "$*" >>"$log"
rm -f "$times"
exit "$code"
