#!/usr/bin/env bash
# How the sample pack scales with jobs: median wall time of N runs of `calendargen pack samples/pack-2027.yaml`
# with --jobs 1 and --jobs 2, and the speed-up (on this 2-core machine the target is at least 1.6×).
#   bench/pack-scaling.sh [N]        (default N = 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish src/CalendarGen.Cli -c Release -r linux-x64 -o "$out/bin" -v quiet -nologo >/dev/null
export SOURCE_DATE_EPOCH=1767225600

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

for jobs in 1 2; do
  : > "$out/times-$jobs"
  for _ in $(seq "$runs"); do
    rm -rf "$out/pack"
    /usr/bin/time -f "%e" -o "$out/t" "$out/bin/calendargen" pack samples/pack-2027.yaml -o "$out/pack" --jobs "$jobs" --quiet >/dev/null
    cat "$out/t" >> "$out/times-$jobs"
  done
  median < "$out/times-$jobs" > "$out/median-$jobs"
  printf 'jobs %d: median %s s over %d runs\n' "$jobs" "$(cat "$out/median-$jobs")" "$runs"
done
awk -v a="$(cat "$out/median-1")" -v b="$(cat "$out/median-2")" 'BEGIN { printf "speed-up with 2 jobs: %.2f×\n", a / b }'
