#!/usr/bin/env bash
# Builds the Debian package from BUILD_DIR (already built) and checks what a user gets:
# its control data and contents, an install into a scratch root with its own dpkg database,
# the installed livedna-cli running, the desktop entry and AppStream file passing their
# validators, every icon size, and the man page and bash completion listing exactly the
# commands the installed CLI has. ctest runs it as `package_deb`. Exit 77: tools missing.
set -euo pipefail
build="$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
id=org.livedna.LiveDNA

for tool in cpack dpkg dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli man python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "check-package: $tool is missing; run scripts/install-deps.sh" >&2
    exit 77
  fi
done
fail() { echo "check-package: FAIL: $*" >&2; exit 1; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
(cd "$build" && cpack -G DEB --config CPackConfig.cmake -B "$scratch/out" >"$scratch/cpack.log" 2>&1) \
  || { cat "$scratch/cpack.log" >&2; fail "cpack could not build the package"; }
deb="$(ls "$scratch"/out/livedna_*.deb)"
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Control data: dpkg-shlibdeps filled Depends with the libraries the executables link.
info="$(dpkg-deb --info "$deb")"
grep -q '^ Package: livedna$' <<<"$info" || fail "the package is not called livedna"
depends="$(dpkg-deb --field "$deb" Depends)"
echo "Depends: $depends"
for dep in libqt6core6 libqt6widgets6 libarchive13 libsodium23 libqt6sql6-sqlite qt6-qpa-plugins; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done

contents="$(dpkg-deb --contents "$deb" | awk '{print $NF}')"
expect=(./usr/bin/livedna ./usr/bin/livedna-cli
        ./usr/share/applications/$id.desktop ./usr/share/metainfo/$id.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/$id.svg
        ./usr/share/man/man1/livedna-cli.1.gz ./usr/share/bash-completion/completions/livedna-cli)
for size in 16 22 24 32 48 64 128 256 512; do
  expect+=("./usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${expect[@]}"; do
  grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done

# Install into a scratch root with its own, empty dpkg database: dependencies are the host's.
r="$scratch/root"
mkdir -p "$r/var/lib/dpkg/updates" "$r/var/lib/dpkg/info"
: >"$r/var/lib/dpkg/status"
: >"$r/var/lib/dpkg/available"
dpkg --root="$r" --admindir="$r/var/lib/dpkg" --force-depends --force-not-root --force-script-chrootless \
  --log=/dev/null -i "$deb" >"$scratch/dpkg.log" 2>&1 || { cat "$scratch/dpkg.log" >&2; fail "dpkg --root could not install it"; }
dpkg --root="$r" --admindir="$r/var/lib/dpkg" -s livedna | grep -q '^Status: install ok installed' \
  || fail "dpkg does not record livedna as installed"

cli="$r/usr/bin/livedna-cli"
export LIVEDNA_LANG=en_GB
"$cli" --help >"$scratch/help.txt" || fail "the installed livedna-cli --help failed"
grep -q '^Commands:' "$scratch/help.txt" || fail "livedna-cli --help prints no commands"
"$cli" --version | grep -q "livedna-cli" || fail "livedna-cli --version"
"$cli" --cache "$scratch/cache.sqlite" sync -q demo >/dev/null || fail "the installed livedna-cli cannot sync the demo"
"$cli" --cache "$scratch/cache.sqlite" orgs | grep -q "Brighton" || fail "the installed livedna-cli lists no organisations"

desktop-file-validate "$r/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$r/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"

python3 - "$r/usr/share/icons/hicolor" "$id" <<'PY' || fail "icon sizes"
import struct, sys
base, app = sys.argv[1], sys.argv[2]
for n in (16, 22, 24, 32, 48, 64, 128, 256, 512):
    with open(f"{base}/{n}x{n}/apps/{app}.png", "rb") as f:
        head = f.read(24)
    w, h = struct.unpack(">II", head[16:24])
    if head[:8] != b"\x89PNG\r\n\x1a\n" or (w, h) != (n, n):
        sys.exit(f"{n}x{n} icon is {w}x{h}")
PY

# The man page and the completion list exactly the installed CLI's commands.
commands="$(python3 "$root/scripts/cli-docs.py" --cli "$cli" --commands | sort)"
man_commands="$(zcat "$r/usr/share/man/man1/livedna-cli.1.gz" | sed -n 's/^\.SS //p' | sort)"
[ "$commands" = "$man_commands" ] || fail "man page commands differ from the CLI's: $(diff <(echo "$commands") <(echo "$man_commands") | tr '\n' ' ')"
warnings="$(MANWIDTH=80 man --warnings -l "$r/usr/share/man/man1/livedna-cli.1.gz" 2>&1 >/dev/null || true)"
[ -z "$warnings" ] || fail "man page warnings: $warnings"

completion="$r/usr/share/bash-completion/completions/livedna-cli"
bash -n "$completion" || fail "the completion is not valid bash"
bash -c '
  source "$1"
  complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _livedna_cli; echo "${COMPREPLY[*]}"; }
  for c in $2; do
    [[ " $(complete_words livedna-cli "$c") " == *" $c "* ]] || { echo "command $c not completed"; exit 1; }
  done
  [[ " $(complete_words livedna-cli sync --st) " == *" --strict "* ]] || { echo "sync --strict not completed"; exit 1; }
  [[ " $(complete_words livedna-cli --cache x bundle --he) " == *" --help "* ]] || { echo "bundle --help not completed"; exit 1; }
' _ "$completion" "$commands" || fail "bash completion"

echo "check-package: $(basename "$deb") installs and checks out ($(wc -l <<<"$commands") commands)"
