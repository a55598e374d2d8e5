#!/usr/bin/env bash
# Whole-process speed and memory of the main jobs, as a user runs them: publishes calendargen (Release, ReadyToRun)
# and reports, for each job, the median wall time and the median peak memory (max RSS) of N runs.
#   bench/whole-process.sh [N]        (default N = 7)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish src/CalendarGen.Cli -c Release -r linux-x64 -o "$out/bin" -v quiet -nologo >/dev/null
bin="$out/bin/calendargen"
export SOURCE_DATE_EPOCH=1767225600

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

job() {
  local name=$1; shift
  : > "$out/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/t" "$bin" "$@" >/dev/null
    cat "$out/t" >> "$out/times"
  done
  printf '%-44s %8s s %8s MB\n' "$name" "$(cut -d' ' -f1 "$out/times" | median)" "$(cut -d' ' -f2 "$out/times" | median | awk '{ printf "%.0f", $1 / 1024 }')"
}

printf '%-44s %10s %11s\n' "job (median of $runs runs)" "wall" "peak RSS"
job "render block-dai 2027 press (367 pages)" render block-dai --year 2027 -o "$out/block.pdf"
job "render block-trung 2027 proof (366 pages)" render block-trung --year 2027 --profile proof -o "$out/proof.pdf"
job "render wall-13 2027 press (13 pages)" render wall-13 --year 2027 -o "$out/wall.pdf"
job "render desk-tent 2027 press (13 pages)" render desk-tent --year 2027 -o "$out/desk.pdf"
job "preflight block-dai 2027 press (367 pages)" preflight "$out/block.pdf" --lang en
job "preflight wall-13 2027 press (13 pages)" preflight "$out/wall.pdf" --lang en
job "preview block-dai 2027-07-30 at 150 dpi" preview block-dai --year 2027 --date 2027-07-30 -o "$out"
job "preview desk-tent contact sheet" preview desk-tent --year 2027 --contact-sheet -o "$out"
job "lunar 1900-2199 as CSV (109,573 rows)" lunar --from 1900-01-01 --to 2199-12-31 --format csv
job "lunar 2026-07-30" lunar 2026-07-30
