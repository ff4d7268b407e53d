#!/usr/bin/env bash
# Install LanguageTool (server + language modules) from Maven Central into a cache folder,
# once; a second run only checks that folder and takes well under a second.
#
#   scripts/install-languagetool.sh            # prints the folder (holding languagetool-server.jar)
#   SUNTING_LT_VERSION=6.8 SUNTING_LT_MODULES="en de" scripts/install-languagetool.sh
#
# The folder, <cache>/LanguageTool-<version>, is laid out as LanguageTool's own zip is, so that
# every way of finding LanguageTool finds it without a download: LTP_JAR_DIR_PATH and
# `languagetool.jar_dir` (sunting.yaml) name the folder itself; language-tool-python's LTP_PATH
# names <cache>, where it looks for LanguageTool-<version>. languagetool-server.jar is a
# manifest-only jar whose Class-Path names the jars in libs/, so
# `java -cp languagetool-server.jar org.languagetool.server.HTTPServer` works as with the zip.
set -euo pipefail
VERSION=${SUNTING_LT_VERSION:-6.8}  # language-tool-python 3.x's own default
MODULES=${SUNTING_LT_MODULES:-en}  # besides es ca pt, see below
CACHE=${SUNTING_LT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sunting/languagetool}
DEST="$CACHE/LanguageTool-$VERSION"
STAMP="$DEST/.installed"

if [ -f "$STAMP" ] && [ "$(head -1 "$STAMP")" = "modules: $MODULES" ] && [ -f "$DEST/languagetool-server.jar" ]; then
  echo "$DEST"
  exit 0
fi
command -v mvn >/dev/null 2>&1 || { echo "install-languagetool: Maven (mvn) is needed: apt-get install maven" >&2; exit 1; }
command -v java >/dev/null 2>&1 || { echo "install-languagetool: Java 17+ is needed: apt-get install default-jre-headless" >&2; exit 1; }

WORK="$DEST.partial"
rm -rf "$WORK"
mkdir -p "$WORK/libs"
deps=""
# LanguageTool's server refuses to start without Spanish, Catalan and Portuguese on the class
# path (its language identifier's common-word lists name them), so they always come along.
for m in $(printf '%s\n' $MODULES es ca pt | sort -u); do
  deps="$deps<dependency><groupId>org.languagetool</groupId><artifactId>language-$m</artifactId><version>$VERSION</version></dependency>"
done
cat > "$WORK/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>sunting</groupId><artifactId>languagetool-install</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.languagetool</groupId><artifactId>languagetool-server</artifactId><version>$VERSION</version>
      <!-- every language module (language-all, ~250 MB); only the ones named in MODULES are wanted -->
      <exclusions><exclusion><groupId>org.languagetool</groupId><artifactId>language-all</artifactId></exclusion></exclusions></dependency>
    $deps
  </dependencies>
</project>
POM
echo "== installing LanguageTool $VERSION ($MODULES) from Maven Central into $DEST" >&2
mvn -q -B -Dstyle.color=never -f "$WORK/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$WORK/libs" 2>&1 | sed "s/\x1b\[[0-9;]*m//g" >&2
python3 - "$WORK" <<'PY'
import os, sys, zipfile
work = sys.argv[1]
jars = sorted(f"libs/{n}" for n in os.listdir(os.path.join(work, "libs")) if n.endswith(".jar"))
def wrap(line: str) -> str:
    raw = line.encode("utf-8")
    out, first = [], True
    while raw:
        n = 72 if first else 71
        out.append((b"" if first else b" ") + raw[:n])
        raw, first = raw[n:], False
    return "\r\n".join(x.decode("utf-8") for x in out) + "\r\n"
manifest = (wrap("Manifest-Version: 1.0") + wrap("Main-Class: org.languagetool.server.HTTPServer")
            + wrap("Class-Path: " + " ".join(jars)) + "\r\n")
with zipfile.ZipFile(os.path.join(work, "languagetool-server.jar"), "w") as z:
    z.writestr("META-INF/MANIFEST.MF", manifest)
PY
rm -f "$WORK/pom.xml"
printf 'modules: %s\ninstalled: %s\n' "$MODULES" "$(date -u +%FT%TZ)" > "$WORK/.installed"
rm -rf "$DEST"
mv "$WORK" "$DEST"
echo "$DEST"
