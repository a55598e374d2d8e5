#!/usr/bin/env bash
# Corporate editions at scale: 50 editions of a wall-13 corporate variant (press PDF + cover preview each), with
# --jobs 1 and --jobs 2, then the same pack as 2 shards run side by side on this machine and merged. Prints whole-
# process wall time and peak RSS (/usr/bin/time -v), and the time per edition.
# The machine's load average is printed first: on shared runners the wall times vary with it.
#   bench/editions.sh [EDITIONS]     (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-50}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish src/CalendarGen.Cli -c Release -r linux-x64 -o "$out/bin" -v quiet -nologo >/dev/null
export SOURCE_DATE_EPOCH=1767225600
work="$out/pack"
mkdir -p "$work"

# A wall-13 edition: the customer's logo (brand colour on the cover's paper colour) and name on the cover.
cat > "$work/wall-13-corporate.yaml" <<'YAML'
extends: wall-13
name: wall-13-corporate
palette:
  brand: { cmyk: [15, 100, 90, 10], rgb: "#BE1622", edition: true }
pages:
  cover:
    - { id: plate, type: box, x: 105, y: 36, width: 100, height: 28, fill: paper }
    - { id: logo, type: image, x: 110, y: 38, width: 90, height: 24, path: "{edition.logo}" }
    - { id: note, text: "{edition.company}\n{edition.phone}", font: serif, size: 16, min_size: 9, color: paper, align: center }
YAML
cat > "$work/pack.yaml" <<'YAML'
name: wall-13-editions
years: [2027]
templates: [wall-13-corporate.yaml]
profiles: [press]
previews: { cover: true, dpi: 72 }
editions: customers.csv
YAML
echo "id,company,phone,logo,color.brand.cmyk,color.brand.rgb" > "$work/customers.csv"
for i in $(seq -w 1 "$count"); do
  c=$((10#$i * 2 % 100)); m=$((100 - 10#$i)); rgb=$(printf '#%02X%02X%02X' $((255 * (100 - c) / 100)) $((255 * (100 - m) / 100)) 255)
  printf '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 90 24"><rect width="24" height="24" rx="4" fill="%s"/><rect x="30" y="6" width="60" height="12" fill="#1D1D1B"/></svg>\n' "$rgb" > "$work/logo-$i.svg"
  echo "c$i,Công ty TNHH Khách hàng số $i,Hotline 1900 $i$i,logo-$i.svg,$c $m 0 0,$rgb" >> "$work/customers.csv"
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # label, then calendargen arguments
  local label=$1; shift
  /usr/bin/time -v -o "$out/time" "$out/bin/calendargen" "$@" --quiet >/dev/null
  local wall rss
  wall=$(awk -F': ' '/Elapsed/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$out/time")
  rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$out/time")
  # CPU seconds (user + system) tell how much work it was when other processes share the cores.
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$out/time")
  printf '%-28s %6.2f s wall  %6.2f s CPU  %4d MB peak  %.3f s/edition\n' "$label" "$wall" "$cpu" "$rss" "$(echo "$wall / $count" | bc -l)"
}

for jobs in 1 2; do
  rm -rf "$out/one"
  run "$count editions, --jobs $jobs" pack "$work/pack.yaml" -o "$out/one" --jobs "$jobs"
done

rm -rf "$out/s1" "$out/s2"
start=$(date +%s.%N)
"$out/bin/calendargen" pack "$work/pack.yaml" -o "$out/s1" --shard 1/2 --jobs 1 --quiet >/dev/null &
"$out/bin/calendargen" pack "$work/pack.yaml" -o "$out/s2" --shard 2/2 --jobs 1 --quiet >/dev/null &
wait
mid=$(date +%s.%N)
"$out/bin/calendargen" pack merge "$out/s1" "$out/s2" -o "$out/merged" >/dev/null
end=$(date +%s.%N)
printf '2 shards side by side (--jobs 1 each): %.2f s, merge %.2f s\n' "$(echo "$mid - $start" | bc -l)" "$(echo "$end - $mid" | bc -l)"
cmp "$out/one/manifest.json" "$out/merged/manifest.json" && echo "merged manifest = unsharded manifest, byte for byte"
