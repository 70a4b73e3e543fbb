#!/usr/bin/env bash
# Builds the installer of the host OS from a packaged build (target/cohortdesk.jar, target/lib/):
# Linux .deb, Windows .msi (per user, no admin rights), macOS .dmg. `mvn -Pinstaller package` runs
# it; by hand: `installer/build.sh [VERSION] [PROJECT_DIR]` (PROJECT_DIR defaults to this checkout,
# VERSION to 0.0.0). See installer/README.md.
#
# Steps: stage the app's jars and licences; jlink a runtime holding only the modules the jars need
# (found by jdeps) plus JavaFX, with JavaFX's native libraries beside the JDK's; on Linux, record
# the classes a start of the window loads (the AppCDS class list, dumped into an archive when the
# package is installed); jpackage the installer with the launchers `cohortdesk` (the window) and
# `cohortdesk-cli` (the command line; a console program on Windows).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
version=${1:-0.0.0}
project=$(cd "${2:-$here/..}" && pwd)
app_version=${version%%-*}
target=$project/target
out=${INSTALLER_OUT:-$project/target/installer}
work=$out/work

say() { printf 'installer: %s\n' "$*" >&2; }
fail() { say "error: $*"; exit 1; }

case "$(uname -s)" in
    Linux) os=linux; type=deb; name=cohortdesk; libdir=lib; native='so'; sep=':' ;;
    Darwin) os=mac; type=dmg; name='Cohort Desk'; libdir=lib; native='dylib'; sep=':' ;;
    MINGW* | MSYS* | CYGWIN*) os=windows; type=msi; name='Cohort Desk'; libdir=bin; native='dll'; sep=';' ;;
    *) fail "no installer for $(uname -s)" ;;
esac
[[ -f $target/cohortdesk.jar && -d $target/lib ]] || fail "no $target/cohortdesk.jar or $target/lib: run mvn package first"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
jdk_bin=$java_home/bin
for tool in jdeps jlink jpackage; do
    [[ -x $jdk_bin/$tool || -x $jdk_bin/$tool.exe ]] || fail "$tool not found in $jdk_bin (set JAVA_HOME to a JDK 17)"
done

rm -rf "$work" && mkdir -p "$work/input/lib" "$out"

# 1. The app: its jar, the libraries except JavaFX (linked into the runtime), the licence texts.
cp "$target/cohortdesk.jar" "$work/input/"
fx_jars=()
for jar in "$target"/lib/*.jar; do
    file=$(basename "$jar")
    if [[ $file == javafx-* ]]; then
        # The platform jars (javafx-base-21.0.9-linux.jar) are the modules; the others are empty.
        [[ $file =~ ^javafx-[a-z]+-[0-9.]+-[a-z] ]] && fx_jars+=("$jar")
    else
        cp "$jar" "$work/input/lib/"
    fi
done
((${#fx_jars[@]} > 0)) || fail "no platform JavaFX jars in $target/lib"
mkdir -p "$work/input/licences"
# (Releases before the installer had no licences folder: the test packages one of them.)
if [[ -d $project/src/main/resources/org/cohortdesk/licences ]]; then
    cp "$project"/src/main/resources/org/cohortdesk/licences/* "$work/input/licences/"
fi
cp "$project/src/main/resources/org/cohortdesk/fonts/OFL.txt" "$work/input/licences/OFL-1.1-fonts.txt"
cp "$project/LICENSE" "$work/input/licences/LICENSE-CohortDesk.txt"

# The runtime linked from the JDK's modules and JavaFX's platform jars.
link_runtime() {
    "$jdk_bin/jlink" --module-path "${fx_path%"$sep"}" --add-modules "$modules" \
        --include-locales=en,vi,lo --strip-debug --no-header-files --no-man-pages --compress=2 \
        --generate-cds-archive \
        --exclude-resources="regex:/javafx\.[a-z]+/[^/]+\.($native)" \
        --output "$runtime"
    # JavaFX looks for its native libraries in the runtime's own library folder first: put them there
    # (left inside the modules, they would be unpacked into the user's home at every first start).
    for jar in "${fx_jars[@]}"; do
        libs=$("$jdk_bin/jar" tf "$jar" | grep "\.$native\$" || true)
        if [[ -n $libs ]]; then
            # shellcheck disable=SC2086 # one file name a word
            (cd "$runtime/$libdir" && "$jdk_bin/jar" xf "$jar" $libs)
        fi
    done
    # The archive for heaps over 32 GB is never used by a desktop app.
    rm -f "$runtime"/lib/server/classes_nocoops.jsa "$runtime"/bin/server/classes_nocoops.jsa
    # Some JDK builds (Debian's) ship native libraries with their symbol tables: 4 MB of 120.
    if [[ $os == linux ]] && command -v strip > /dev/null; then
        find "$runtime/lib" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
    fi
}

# 2. The runtime: the JDK modules the jars use, the locales of the UI, TLS for PostgreSQL, the
# extra charsets of old spreadsheets and CSV files, and JavaFX.
say "finding the modules the app needs (jdeps)"
classpath=$(printf "%s$sep" "$work"/input/lib/*.jar)
jdk_modules=$("$jdk_bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --class-path "$classpath" "$work/input/cohortdesk.jar" | tail -1)
# jdk.jfr is left out: only Jdbi refers to it, and only when the module is present (its JfrSupport
# asks the boot layer), so without it no flight recorder starts with the app.
jdk_modules=$(tr ',' '\n' <<< "$jdk_modules" | grep -vx 'jdk.jfr' | paste -sd, -)
modules="$jdk_modules,jdk.localedata,jdk.crypto.ec,jdk.charsets,jdk.zipfs,javafx.controls"
say "modules: $modules"
fx_path=$(printf "%s$sep" "${fx_jars[@]}")
runtime=$work/runtime
# INSTALLER_CACHE (optional, a folder): reuse a runtime linked from the same JDK, JavaFX and modules
# (the upgrade test builds two packages in a row).
key=$( { "$jdk_bin/java" -version 2>&1; echo "$modules"; for jar in "${fx_jars[@]}"; do basename "$jar"; done; } | cksum | cut -d' ' -f1)
if [[ -n ${INSTALLER_CACHE:-} && -d $INSTALLER_CACHE/runtime-$key ]]; then
    say "runtime: reused from $INSTALLER_CACHE/runtime-$key"
    cp -a "$INSTALLER_CACHE/runtime-$key" "$runtime"
else
    link_runtime
    if [[ -n ${INSTALLER_CACHE:-} ]]; then
        mkdir -p "$INSTALLER_CACHE" && rm -rf "$INSTALLER_CACHE/runtime-$key" && cp -a "$runtime" "$INSTALLER_CACHE/runtime-$key"
    fi
fi

# 3. The class list for AppCDS (Linux): a start of the window on a year of sample data.
java_options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
if [[ $os == linux ]]; then
    say "recording the classes a start loads (AppCDS class list)"
    sample=$work/sample
    run=("$runtime/bin/java" -cp "$work/input/cohortdesk.jar$sep$classpath")
    "${run[@]}" org.cohortdesk.Main demo --years 1 --data "$sample" > /dev/null
    list=$work/input/cohortdesk.classlist
    if command -v xvfb-run > /dev/null; then
        xvfb-run -a "${run[@]}" -Xshare:off -XX:DumpLoadedClassList="$list" org.cohortdesk.Main --measure-startup --data "$sample"
    elif [[ -n ${DISPLAY:-} ]]; then
        "${run[@]}" -Xshare:off -XX:DumpLoadedClassList="$list" org.cohortdesk.Main --measure-startup --data "$sample"
    else
        say "warning: no display and no xvfb-run: the class list covers the command line only"
        "${run[@]}" -Xshare:off -XX:DumpLoadedClassList="$list" org.cohortdesk.Main info --data "$sample" > /dev/null
    fi
    [[ -s $list ]] || fail "no class list recorded"
    say "class list: $(wc -l < "$list") classes"
    cp "$here/linux/cohortdesk-cds.sh" "$work/input/"
    # That archive holds the JDK's classes too: the runtime's default one (12 MB) would be unused.
    rm -f "$runtime/lib/server/classes.jsa"
    # The archive is made by the package's postinst (JDK 17 ties it to the jars' absolute paths).
    java_options=("-XX:SharedArchiveFile=\$APPDIR/cohortdesk.jsa" "${java_options[@]}")
    rm -rf "$sample"
fi

# 4. The installer.
icon=$here/icons/cohortdesk.png
args=(--type "$type" --dest "$out" --name "$name" --app-version "$app_version"
    --vendor "Cohort Desk" --copyright "Cohort Desk contributors"
    --description "Runs foreign trainee programs: cohorts, rosters, timetables, attendance, reports."
    --input "$work/input" --main-jar cohortdesk.jar --main-class org.cohortdesk.Main
    --runtime-image "$runtime" --license-file "$project/LICENSE"
    --file-associations "$here/cohortdesk-package.properties")
for option in "${java_options[@]}"; do
    args+=(--java-options "$option")
done
cli=$work/cohortdesk-cli.properties
{
    printf 'java-options=%s\n' "${java_options[*]}"
    printf 'description=%s\n' "Cohort Desk on the command line"
    # No menu entry or desktop shortcut for the command line.
    printf '%s\n' linux-shortcut=false win-shortcut=false win-menu=false
} > "$cli"
case $os in
    linux)
        args+=(--icon "$icon" --install-dir /opt --linux-package-name cohortdesk
            --linux-deb-maintainer "cohortdesk@localhost" --linux-menu-group "Office;Education;"
            --linux-app-category office --linux-shortcut --linux-package-deps "libgtk-3-0, libasound2"
            --resource-dir "$here/linux")
        [[ -n ${INSTALLER_TEMP:-} ]] && args+=(--temp "$INSTALLER_TEMP" --verbose)
        ;;
    windows)
        icon=$here/icons/cohortdesk.ico
        echo 'win-console=true' >> "$cli"
        # A fixed upgrade code: a newer MSI replaces the older one, the data folder is not the MSI's.
        args+=(--icon "$icon" --win-per-user-install --win-menu --win-menu-group "Cohort Desk"
            --win-shortcut --win-dir-chooser --install-dir "Programs\\Cohort Desk"
            --win-upgrade-uuid 6f1c7c52-3a4b-4d0e-9a51-c0f0d0e5a8b1)
        ;;
    mac)
        icon=$here/icons/cohortdesk.icns
        args+=(--icon "$icon" --mac-package-name "Cohort Desk" --mac-package-identifier org.cohortdesk)
        ;;
esac
args+=(--add-launcher "cohortdesk-cli=$cli")
say "jpackage --type $type"
"$jdk_bin/jpackage" "${args[@]}"
say "done: $(ls "$out"/*."$type")"
