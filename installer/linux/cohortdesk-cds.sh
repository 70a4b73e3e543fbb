#!/bin/sh
# The installed app's AppCDS archive (class data sharing: a faster start). The class list was
# recorded when the package was built (a start of the window on sample data); the archive is made
# here, from the installed jars, because JDK 17 uses an archive only with the jars at the paths it
# was made from. The package's postinst runs `cohortdesk-cds.sh make`; its prerm deletes the file.
# Both launchers pass -XX:SharedArchiveFile=$APPDIR/cohortdesk.jsa; without the file they start
# without it, silently.
set -eu
app=$(dirname "$(readlink -f "$0")")
archive="$app/cohortdesk.jsa"
if [ "${1:-make}" = remove ]; then
    rm -f "$archive"
    exit 0
fi
# The class path exactly as the launcher builds it from its configuration, in the same order.
classpath=$(sed -n 's/^app\.classpath=//p' "$app/cohortdesk.cfg" | sed "s#\\\$APPDIR#$app#g" | paste -sd: -)
rm -f "$archive"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# SerialGC as the launchers use: JDK 17 maps archived heap objects only under G1, so a dump under
# G1 would carry 3 MB the launchers never use.
"$app/../runtime/bin/java" -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$app/cohortdesk.classlist" \
    -XX:SharedArchiveFile="$archive" -cp "$classpath" > "$log" 2>&1 \
    || { tail -5 "$log" >&2; rm -f "$archive"; exit 1; }
