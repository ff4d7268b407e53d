#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what it needs (idempotent), then runs pytest.
# Usage: scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

# 1. System packages the end-to-end tests use (Neovim as a second LSP client; LibreOffice
#    Writer and its Python bridge as a real LanguageTool client of `sunting serve --http`;
#    Chromium, Node and friends for the VS Code test). Skipped when present or when not root.
need_apt=()
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui)
/usr/bin/python3 -c "import uno" >/dev/null 2>&1 || need_apt+=(python3-uno)
if [ ${#need_apt[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing ${need_apt[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}") >/dev/null \
    || echo "warning: could not install ${need_apt[*]}; those tests will be skipped"
fi

# 2. The Python environment: the package with its test extras.
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 | grep -v -E '^(WARNING: Location|  )' || true
.venv/bin/python -c "import sunting, pygls, pytest_lsp" >/dev/null

# 3. LanguageTool from Maven Central (cached in ~/.cache/sunting/languagetool; seconds once
#    installed): the LanguageTool tests run against the real one, and fail rather than skip when
#    it is missing. SUNTING_SKIP_LANGUAGETOOL=1 skips them instead (offline development).
if [ "${SUNTING_SKIP_LANGUAGETOOL:-0}" != 1 ]; then
  export SUNTING_REQUIRE_LANGUAGETOOL=1
  if lt_home=$(bash scripts/install-languagetool.sh); then
    export SUNTING_TEST_LT_HOME="$lt_home"
  else
    echo "warning: installing LanguageTool failed; the LanguageTool tests will fail" >&2
  fi
fi

# 4. The VS Code extension and its end-to-end harness (code-server, Chromium).
if [ -f .ci/vscode-setup.sh ] && [ "${SUNTING_SKIP_VSCODE:-0}" != 1 ]; then
  bash .ci/vscode-setup.sh || echo "warning: VS Code setup failed; the VS Code end-to-end test will be skipped"
fi

# 5. Static checks of the package (pyproject.toml [tool.ruff], [tool.mypy]): pyflakes and
#    bugbear, then the types. Any finding fails the run before a test starts.
echo "== ruff check server/sunting"
.venv/bin/ruff check -q server/sunting
echo "== mypy"
.venv/bin/mypy --no-error-summary

# 6. The tests.
export PYTHONDONTWRITEBYTECODE=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
