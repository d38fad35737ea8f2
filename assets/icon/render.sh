#!/usr/bin/env bash
# Renders the PNG sizes of the icon from huiwu.svg (rsvg-convert from librsvg2-bin, else
# ImageMagick). The PNGs are committed, so neither the build nor the package needs a converter;
# run this only after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert -w "$size" -h "$size" huiwu.svg -o "huiwu-$size.png"
  else
    convert -background none -density 384 huiwu.svg -resize "${size}x${size}" "huiwu-$size.png"
  fi
done
ls -l huiwu-*.png
