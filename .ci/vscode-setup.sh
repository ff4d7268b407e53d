#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs (tests/e2e_vscode):
#   Debian chromium, libkrb5-dev (kerberos build for code-server), ripgrep,
#   the extension's npm packages, and code-server 4.100.3 + playwright-core.
# Idempotent: a second run with everything in place takes a few seconds.
# Offline-safe: the only network used is the Debian and npm registries.
# Recipe and pitfalls: ../shared/research/vscode-e2e.md
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXT="$ROOT/vscode-extension"
E2E="$ROOT/tests/e2e_vscode"
CODE_SERVER_VERSION=4.100.3
log() { printf '[vscode-setup] %s\n' "$*"; }
t0=$SECONDS

# --- Debian packages ---------------------------------------------------------
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages ${need_apt[*]} and not root; install them first"; exit 1
  fi
  log "apt-get install ${need_apt[*]}"
  for try in 1 2 3; do   # the dpkg frontend lock is sometimes briefly held
    if apt-get update -q >/dev/null && \
       DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_apt[@]}" >/dev/null; then
      break
    fi
    [ $try = 3 ] && { log "apt-get failed"; exit 1; }
    sleep 5
  done
fi

# --- node ----------------------------------------------------------------------
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo none)"
if [ "$node_major" != 20 ]; then
  log "node 20 is required (code-server $CODE_SERVER_VERSION's postinstall insists on it); found: $node_major"
  exit 1
fi

# --- the extension's npm packages --------------------------------------------
stamp="$EXT/node_modules/.sunting-lock-stamp"
if [ ! -f "$stamp" ] || ! cmp -s "$EXT/package-lock.json" "$stamp"; then
  log "npm ci in vscode-extension/"
  (cd "$EXT" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$EXT/package-lock.json" "$stamp"
fi

# --- code-server + playwright-core for the e2e ---------------------------------
have_cs="$(node -p "require('$E2E/node_modules/code-server/package.json').version" 2>/dev/null || true)"
have_pw="$(node -p "require('$E2E/node_modules/playwright-core/package.json').version" 2>/dev/null || true)"
if [ "$have_cs" != "$CODE_SERVER_VERSION" ] || [ "$have_pw" != 1.65.1 ] || \
   [ ! -f "$E2E/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]; then
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache holds the
  # tarball: seed it with Debian's rg (same version 13.0.0).
  tmp="$(node -p 'require("os").tmpdir()')"
  cache="$tmp/vscode-ripgrep-cache-1.15.11"
  tarball="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$tarball" ]; then
    mkdir -p "$cache" "$cache/.stage"
    cp "$(command -v rg)" "$cache/.stage/rg"
    tar -C "$cache/.stage" -czf "$tarball" rg
    rm -rf "$cache/.stage"
  fi
  log "npm ci in tests/e2e_vscode/ (code-server $CODE_SERVER_VERSION; compiles native modules, ~2-3 min)"
  # npm_config_unsafe_perm: code-server's postinstall refuses root without it (npm 11 only
  # warns about the unknown option but passes the env var on). npm_config_yes: node-pty's
  # postinstall runs `npx node-gyp`, which the machine's yes=false would cancel.
  (cd "$E2E" && npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
      npm ci --no-audit --no-fund --loglevel=error)
fi
log "ready in $((SECONDS - t0)) s"
