#!/usr/bin/env bash
# Fails if the committed artifacts/bindings differ from what build.sh makes from
# the sources. CI runs this.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/build.sh"
cd "$here"
status=0
git diff --exit-code --stat -- . || status=1
untracked="$(git ls-files --others --exclude-standard -- .)"
if [ -n "$untracked" ]; then
  echo "untracked files under contracts/ (commit or delete them):" >&2
  echo "$untracked" >&2
  status=1
fi
if [ "$status" -ne 0 ]; then
  echo "contracts: committed artifacts or bindings are stale: run contracts/scripts/build.sh and commit" >&2
  exit 1
fi
echo "contracts: artifacts and bindings match the sources"
