#!/usr/bin/env bash
# Whole-process speed and memory of imposing a block and previewing one of its sheets, as a user runs them:
# publishes calendargen (Release, ReadyToRun), renders block-dai 2027 press once, then reports for each job the median
# wall time, median CPU time (user + system, less sensitive to other load on a shared machine) and median peak memory
# (max RSS) of N runs, and the imposed file's size against the input's. Note the load (uptime) beside the figures.
#   bench/impose.sh [N]        (default N = 7)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish src/CalendarGen.Cli -c Release -r linux-x64 -o "$out/bin" -v quiet -nologo >/dev/null
bin="$out/bin/calendargen"
export SOURCE_DATE_EPOCH=1767225600
"$bin" render block-dai --year 2027 -o "$out/block.pdf" >/dev/null

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

job() {
  local name=$1; shift
  : > "$out/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$out/t" "$bin" "$@" >/dev/null
    cat "$out/t" >> "$out/times"
  done
  printf '%-52s %7s s %7s s %6s MB\n' "$name" "$(cut -d' ' -f1 "$out/times" | median)" \
    "$(awk '{ print $2 + $3 }' "$out/times" | median)" "$(cut -d' ' -f4 "$out/times" | median | awk '{ printf "%.0f", $1 / 1024 }')"
}

echo "load: $(uptime | sed 's/.*load average: //')"
printf '%-52s %9s %9s %9s\n' "job (median of $runs runs)" "wall" "cpu" "peak RSS"
job "impose block-dai 2027 (367 leaves) 4x2 cut-and-stack" impose "$out/block.pdf" -o "$out/sheets.pdf" --layout samples/press/block-dai-4x2.yaml
job "preview of imposed sheet 1 at 100 dpi" preview "$out/sheets.pdf" --page 1 --dpi 100 -o "$out/sheet.png"
job "preview contact sheet of all 46 sheets, 240 px" preview "$out/sheets.pdf" --contact-sheet --dpi 240 -o "$out/contact.png"
in=$(stat -c %s "$out/block.pdf"); sheets=$(stat -c %s "$out/sheets.pdf")
echo "imposed file: $sheets bytes against $in bytes input: $(awk -v a="$sheets" -v b="$in" 'BEGIN { printf "%.3f", a / b }')x"
echo "load: $(uptime | sed 's/.*load average: //')"
