#!/usr/bin/env bash
# Installs the e2e toolchain (n8n 2.41.1, Node 24, playwright-core) into .e2e/n8n from
# test/e2e/package-lock.json, with progress; a no-op once installed. The work is in lib/install.ts.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec "$root/node_modules/.bin/ts-node" --transpile-only --prefer-ts-exts "$root/test/e2e/install.ts"
