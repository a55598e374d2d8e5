#!/usr/bin/env bash
# Photo press: wall-13 in press with a different 6-megapixel JPEG photo (3000 × 2000, drawn by the benchmark) on each
# of its 13 sheets, cover fit over the top of the sheet and the bleed. Reports the wall time and peak memory (max RSS)
# of the first render (every photo converted to CMYK) and of a second render (every photo from the image cache), each
# as one process under /usr/bin/time -v. (Until templates can name a photo per sheet, the benchmark program adds the
# photos to wall-13's laid-out pages and renders them through the same PdfRenderer as `calendargen render`.)
#   bench/photo-press.sh [N]          (N runs of each, default 3; the first render of each run starts with an empty cache)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build tests/CalendarGen.Benchmarks -c Release -v quiet -nologo >/dev/null
dll=tests/CalendarGen.Benchmarks/bin/Release/net10.0/CalendarGen.Benchmarks.dll
dotnet "$dll" photo-press-photos "$out/photos"
echo "photos: $(ls "$out/photos" | wc -l) × 3000 × 2000 JPEG, $(du -sh "$out/photos" | cut -f1)"

measure() {
  /usr/bin/time -v dotnet "$dll" photo-press "$out/photos" "$out/wall.pdf" >/dev/null 2>"$out/t"
  printf '%-28s %6s s %6s MB\n' "$1" "$(awk -F': ' '/Elapsed/ { split($2, t, ":"); print t[1] * 60 + t[2] }' "$out/t")" \
    "$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$out/t")"
}

for run in $(seq "$runs"); do
  export CALENDARGEN_CACHE="$out/cache-$run"
  measure "run $run: first (converts)"
  measure "run $run: second (cached)"
done
ls -l "$out/wall.pdf" | awk '{ printf "wall.pdf: %.1f MB\n", $5 / 1048576 }'
