#!/usr/bin/env bash
# Draws the Cohort Desk icon with ImageMagick and writes it for each OS:
# cohortdesk.png (Linux, 256 px), cohortdesk.ico (Windows: 16-256 px), cohortdesk.icns (macOS: 128-512 px).
# The files are committed; run this again only to change the icon.
set -euo pipefail
cd "$(dirname "$0")"
font=${ICON_FONT:-/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A rounded square in the app's blue, a lighter band like a sheet's header row, and "CD".
convert -size 1024x1024 xc:none \
    -fill '#1f5f8b' -draw 'roundrectangle 64,64 960,960 180,180' \
    -fill '#3f8fc4' -draw 'rectangle 64,300 960,330' \
    -fill white -font "$font" -pointsize 420 -gravity center -annotate +0+70 'CD' \
    "$tmp/1024.png"
for size in 16 32 48 64 128 256 512; do
    convert "$tmp/1024.png" -resize ${size}x${size} -strip "$tmp/$size.png"
done
cp "$tmp/256.png" cohortdesk.png
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/256.png" cohortdesk.ico
# ICNS: "icns", total length, then entries of type + length + PNG (ic07 128, ic08 256, ic09 512).
python3 - "$tmp" <<'PY'
import struct, sys
tmp = sys.argv[1]
entries = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    data = open(f"{tmp}/{size}.png", "rb").read()
    entries += kind + struct.pack(">I", len(data) + 8) + data
open("cohortdesk.icns", "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
ls -l cohortdesk.png cohortdesk.ico cohortdesk.icns
