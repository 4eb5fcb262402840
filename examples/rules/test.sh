#!/bin/sh
# test.sh runs every example module's case file against its Wasm build with
# `regula rule test`, after building the modules with build.sh. It fails if a
# case fails, a module does not build, or a case file cannot run.
#
#   examples/rules/test.sh              # every module
#   examples/rules/test.sh reg-d caps   # the modules named
#
# The same case files run natively with `go test ./examples/rules/...`.
# REGULA=/path/to/regula uses that binary instead of building ./cmd/regula.
set -eu
cd "$(dirname "$0")/../.."

modules=${*:-$(for m in examples/rules/*/manifest.json; do basename "$(dirname "$m")"; done)}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
if [ -z "${REGULA:-}" ]; then
	go build -o "$tmp/regula" ./cmd/regula
	REGULA=$tmp/regula
fi
export REGULA
if ! "$REGULA" 2>&1 | grep -q '^  rule '; then
	echo "test.sh: $REGULA has no 'rule' command: cannot run the case files as Wasm" >&2
	exit 2
fi

# shellcheck disable=SC2086 # modules is a list of words
examples/rules/build.sh $modules

failed=0
for m in $modules; do
	dir=examples/rules/$m
	echo "== $m"
	if ! "$REGULA" rule test "$dir/$m.wasm" "$dir/cases.json"; then
		failed=$((failed + 1))
	fi
done
if [ "$failed" -gt 0 ]; then
	echo "test.sh: $failed module(s) failed" >&2
	exit 1
fi
echo "test.sh: all modules passed"
