#!/usr/bin/env bash
# The Linux installer, end to end (run by .ci/run after the tests; needs root or sudo, and a
# packaged build: mvn package). It
#   1. builds the package of the previous release (installer/previous-release: its version and
#      commit) in a temporary git worktree with this installer, and the package of this checkout;
#   2. installs the previous one, creates a year of sample data in the default data folder
#      ($XDG_DATA_HOME/cohortdesk) with the installed command line, counts its rows;
#   3. installs this one over it: the version, the AppCDS archive, every row still there, `check`
#      passes, the menu entry and the .cohortdesk type are registered, the window starts
#      (--measure-startup under Xvfb), installed size under 120 MB;
#   4. uninstalls it: the data folder stays; installs it again on the kept data, counts again,
#      and uninstalls.
# Environment: PREVIOUS_REF (another tag or commit to upgrade from), PREVIOUS_DEB (a ready .deb of it: skips building
# it), KEEP_TMP=1 (keep the temporary folder), INSTALLER_TEST_FAST_DEB=0 (xz-compress as a
# release does; by default the test packages are gzip -1 compressed to save minutes).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/.." && pwd)
# The release is named by its commit as well as its tag: a clone made from a pushed branch has
# the history but not always the tags.
read -r previous_version previous_commit < <(grep -v '^#' "$here/previous-release")
previous_ref=${PREVIOUS_REF:-$previous_commit}
budget_mb=120
started=$SECONDS

say() { printf '\ntest-deb: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

if [[ $(uname -s) != Linux ]] || ! command -v dpkg > /dev/null; then
    say "SKIPPED: the .deb test needs a Debian-like Linux"
    exit 0
fi
if [[ $EUID -eq 0 ]]; then
    as_root=()
elif command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
    as_root=(sudo)
else
    printf '\n%s\n%s\n%s\n\n' '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!' \
        '!!! SKIPPED: installer/test-deb.sh needs root or password-less sudo to install the .deb !!!' \
        '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!' >&2
    exit 0
fi
if ! command -v xvfb-run > /dev/null; then
    say "installing xvfb (xvfb-run)"
    "${as_root[@]}" apt-get install -y -q xvfb xauth > /dev/null
fi
[[ -f $project/target/cohortdesk.jar ]] || fail "no target/cohortdesk.jar: run mvn package first"
if dpkg -s cohortdesk > /dev/null 2>&1; then
    say "removing the cohortdesk package already installed here"
    "${as_root[@]}" dpkg -r cohortdesk > /dev/null
fi

tmp=$(mktemp -d /tmp/cohortdesk-deb-test.XXXXXX)
cleanup() {
    "${as_root[@]}" dpkg -r cohortdesk > /dev/null 2>&1 || true
    git -C "$project" worktree remove --force "$tmp/previous" > /dev/null 2>&1 || true
    [[ ${KEEP_TMP:-0} == 1 ]] && say "kept $tmp" || rm -rf "$tmp"
}
trap cleanup EXIT
if [[ ${INSTALLER_TEST_FAST_DEB:-1} == 1 ]]; then
    export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1
fi
export INSTALLER_CACHE=$tmp/cache
export XDG_DATA_HOME=$tmp/xdg
data=$XDG_DATA_HOME/cohortdesk
bin=/opt/cohortdesk/bin
project_version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$project/pom.xml" | head -1)

# 1. The two packages.
if [[ -n ${PREVIOUS_DEB:-} ]]; then
    previous_deb=$PREVIOUS_DEB
else
    if ! git -C "$project" rev-parse --verify -q "$previous_ref^{commit}" > /dev/null; then
        say "fetching $previous_ref (a shallow clone?)"
        git -C "$project" fetch -q origin "$previous_ref" > /dev/null 2>&1 \
            || fail "$previous_ref is not in this clone (git fetch --unshallow, or set PREVIOUS_REF or PREVIOUS_DEB)"
    fi
    say "building the package of $previous_ref"
    git -C "$project" worktree add --detach "$tmp/previous" "$previous_ref" > /dev/null
    if [[ -n ${PREVIOUS_REF:-} ]]; then
        previous_version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$tmp/previous/pom.xml" | head -1)
        [[ $previous_ref =~ ^v[0-9] ]] && previous_version=${previous_ref#v}
    fi
    (cd "$tmp/previous" && { mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests; })
    INSTALLER_OUT=$tmp/previous-out "$here/build.sh" "$previous_version" "$tmp/previous"
    previous_deb=$(ls "$tmp"/previous-out/*.deb)
fi
say "building the package of this checkout ($project_version)"
INSTALLER_OUT=$tmp/current-out "$here/build.sh" "$project_version" "$project"
current_deb=$(ls "$tmp"/current-out/*.deb)
build_done=$SECONDS
dpkg-deb -f "$current_deb" Depends | grep -q 'libgtk-3-0' || fail "the package does not declare GTK 3"

# 2. The previous release, with data.
say "installing $(basename "$previous_deb")"
"${as_root[@]}" apt-get install -y -q "$previous_deb" > /dev/null
"$bin/cohortdesk-cli" --version
"$bin/cohortdesk-cli" demo --years 1 > /dev/null
[[ -f $data/cohortdesk.mv.db ]] || fail "the sample data is not in the default folder $data"
"$bin/cohortdesk-cli" info > "$tmp/info-before"
cat "$tmp/info-before"

# 3. This version over it.
say "upgrading to $(basename "$current_deb")"
"${as_root[@]}" apt-get install -y -q "$current_deb" > /dev/null
"$bin/cohortdesk-cli" --version | tee "$tmp/version"
grep -q "${project_version%%-*}" "$tmp/version" || fail "--version does not say $project_version"
[[ -f /opt/cohortdesk/lib/app/cohortdesk.jsa ]] || fail "the postinst made no AppCDS archive"
JAVA_TOOL_OPTIONS=-Xshare:on "$bin/cohortdesk-cli" --version > /dev/null 2>&1 \
    || fail "the launcher cannot use its AppCDS archive (-Xshare:on refused)"
menu=/usr/share/applications/cohortdesk-cohortdesk.desktop
grep -qx 'MimeType=application/x-cohortdesk-package' "$menu" || fail "no menu entry opening exchange packages in $menu"
grep -q '\*\.cohortdesk' /usr/share/mime/packages/cohortdesk-cohortdesk-MimeInfo.xml || fail "the .cohortdesk type is not registered"
"$bin/cohortdesk-cli" info > "$tmp/info-after"
"$bin/cohortdesk-cli" check
# Every count the previous version printed is printed again, equal (a newer version may add lines).
compare_counts() {
    local missing
    missing=$(grep -v '^schema-version' "$tmp/info-before" | grep -Fxv -f "$1" || true)
    [[ -z $missing ]] || fail "rows differ from those created before: $missing (now: $(tr '\n' ' ' < "$1"))"
}
compare_counts "$tmp/info-after"
if ! cmp -s <(grep '^schema-version' "$tmp/info-before") <(grep '^schema-version' "$tmp/info-after"); then
    ls "$data"/backups/before-schema-upgrade-* > /dev/null 2>&1 || fail "the schema was upgraded without a copy first"
    say "schema upgraded, copy kept: $(ls "$data"/backups/before-schema-upgrade-*)"
fi
for run in 1 2 3; do
    xvfb-run -a "$bin/cohortdesk" --measure-startup | grep 'startup-ms'
done
size_mb=$(du -sm /opt/cohortdesk | cut -f1)
say "installed size: ${size_mb} MB (budget ${budget_mb} MB), of which runtime $(du -sm /opt/cohortdesk/lib/runtime | cut -f1) MB, AppCDS archive $(du -sm /opt/cohortdesk/lib/app/cohortdesk.jsa | cut -f1) MB"
((size_mb < budget_mb)) || fail "installed size ${size_mb} MB is over ${budget_mb} MB"

# 4. Uninstall keeps the data; a fresh install reads it.
say "uninstalling"
"${as_root[@]}" dpkg -r cohortdesk > /dev/null
[[ ! -e /opt/cohortdesk ]] || fail "/opt/cohortdesk is left after uninstalling: $(find /opt/cohortdesk | head)"
[[ ! -e $menu ]] || fail "the menu entry is left after uninstalling"
[[ -f $data/cohortdesk.mv.db ]] || fail "uninstalling removed the data folder"
say "installing $(basename "$current_deb") again on the kept data"
"${as_root[@]}" apt-get install -y -q "$current_deb" > /dev/null
"$bin/cohortdesk-cli" info > "$tmp/info-again"
compare_counts "$tmp/info-again"
"${as_root[@]}" dpkg -r cohortdesk > /dev/null
[[ -f $data/cohortdesk.mv.db ]] || fail "uninstalling removed the data folder"

say "PASSED in $((SECONDS - started)) s (building the two packages: $((build_done - started)) s)"
