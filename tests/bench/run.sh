#!/usr/bin/env bash
# Whole-process benchmarks of fincomp: one cold build, batches of N = 10, 100, 1000 generated units with --jobs 2,
# check over 1000 units, and pandoc converting the same reports' text, one process per document.
# Run from build.ps1 bench (or directly: bash tests/bench/run.sh). Prints a summary; raw hyperfine JSON in artifacts/bench/.
# BENCH_SIZES="10 100" limits the park sizes for a quick run.
set -euo pipefail
cd "$(dirname "$0")/../.."

work=artifacts/bench
sizes=${BENCH_SIZES:-"10 100 1000"}
mkdir -p "$work"

need() {
    local missing=()
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    command -v pandoc >/dev/null || missing+=(pandoc)
    [ -x /usr/bin/time ] || missing+=(time)
    command -v jq >/dev/null || missing+=(jq)
    command -v bc >/dev/null || missing+=(bc)
    [ ${#missing[@]} -eq 0 ] && return
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null \
            || { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
    else
        echo "缺少基准测试工具：${missing[*]}。请以 root 身份运行 apt-get install -y ${missing[*]} 后重试。" >&2
        exit 2
    fi
}
need

echo "== building (Release, framework-dependent and ReadyToRun)"
dotnet build src/Fincomp.Cli -c Release -v q -nologo >/dev/null
dotnet build tests/Fincomp.Benchmarks -c Release -v q -nologo >/dev/null
dotnet publish src/Fincomp.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o artifacts/publish/linux-x64 -v q -nologo >/dev/null
fd="dotnet src/Fincomp.Cli/bin/Release/net10.0/fincomp.dll"
r2r="artifacts/publish/linux-x64/fincomp"
bench="dotnet tests/Fincomp.Benchmarks/bin/Release/net10.0/Fincomp.Benchmarks.dll"

median() { jq -r ".results[$2].median" "$1"; }
stddev() { jq -r ".results[$2].stddev // 0" "$1"; }
peak_mb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }'; }
# Processor seconds (user + system, every thread) of one run: on a machine shared with other work, wall time mostly
# measures waiting for a core, processor time the work itself. Prints the median of $1 runs of the rest.
cpu_s() {
    local runs=$1; shift
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%U %S" -o "$work/cpu.txt" "$@" >/dev/null 2>&1 || true
        awk '/^[0-9]/ { print $1 + $2 }' "$work/cpu.txt"
    done | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

batch_form="folder --jobs 2, ReadyToRun"

summary=()
line() { summary+=("$1"); echo "$1"; }

echo "== generating parks: $sizes"
for n in $sizes; do
    rm -rf "$work/park-$n"
    $bench generate "$n" "$work/park-$n" >/dev/null
done

build_cmd() { # $1 = fincomp command, $2 = park dir, $3 = out dir
    echo "$1 build $2 -o $3 --jobs 2"
}

echo "== one report of the sample, whole process (10 runs, 1 warm-up)"
# The sample carries its published errors, so a forced build exits 1 (the document is written all the same).
hyperfine -i -N --warmup 1 --runs 10 --export-json "$work/single.json" \
    -n framework-dependent "$fd build samples/dangqun-2023.yaml --force -o $work/single" \
    -n ReadyToRun "$r2r build samples/dangqun-2023.yaml --force -o $work/single" >/dev/null
line "$(printf 'single report, framework-dependent: median %.3f s ± %.3f (target ≤ 0.8 s)' "$(median "$work/single.json" 0)" "$(stddev "$work/single.json" 0)")"
line "$(printf 'single report, ReadyToRun:          median %.3f s ± %.3f (target ≤ 0.35 s)' "$(median "$work/single.json" 1)" "$(stddev "$work/single.json" 1)")"
line "$(printf 'single report, processor time: framework-dependent %.2f s, ReadyToRun %.2f s (median of 5)' \
    "$(cpu_s 5 $fd build samples/dangqun-2023.yaml --force -o "$work/single")" "$(cpu_s 5 $r2r build samples/dangqun-2023.yaml --force -o "$work/single")")"

echo "== batches ($batch_form)"
for n in $sizes; do
    runs=3; [ "$n" -ge 1000 ] && runs=1
    out="$work/out-$n"
    cmd=$(build_cmd "$r2r" "$work/park-$n" "$out")
    hyperfine --runs "$runs" --prepare "rm -rf $out" --export-json "$work/batch-$n.json" -n "build $n" "$cmd" >/dev/null
    t=$(median "$work/batch-$n.json" 0)
    rm -rf "$out"
    mem=$(peak_mb bash -c "$cmd")
    rm -rf "$out"
    cpu=$(cpu_s 1 bash -c "$cmd")
    echo "$cpu" > "$work/batch-$n.cpu"
    line "$(printf 'build %4d units: %.2f s ± %.2f, %.1f units/s, %.1f ms per document, peak %s MB; processor %.2f s, %.1f ms per document (targets ≥ 30 units/s, < 300 MB at 1000)' \
        "$n" "$t" "$(stddev "$work/batch-$n.json" 0)" "$(echo "$n / $t" | bc -l)" "$(echo "1000 * $t / $n" | bc -l)" "$mem" "$cpu" "$(echo "1000 * $cpu / $n" | bc -l)")"
done

# Linear: the time per unit at 1000 units against 100 (the fixed process start spread over more units makes it ≤ 1).
if [ -f "$work/batch-100.json" ] && [ -f "$work/batch-1000.json" ]; then
    t100=$(median "$work/batch-100.json" 0); t1000=$(median "$work/batch-1000.json" 0)
    line "$(printf 'linear: 1000 units take %.1f× the time of 100 (%.2f s → %.2f s; target: about 10×, not more)' \
        "$(echo "$t1000 / $t100" | bc -l)" "$t100" "$t1000")"
fi

# A build of 30 units or more runs again in a child without tiered compilation (docs/batch.md). The same batch with
# tiered compilation set (so it stays in one process) shows what that saves, in processor time.
if [ -d "$work/park-100" ]; then
    rm -rf "$work/out-tiered"
    tiered=$(DOTNET_TieredCompilation=1 cpu_s 1 bash -c "$(build_cmd "$r2r" "$work/park-100" "$work/out-tiered")")
    rm -rf "$work/out-tiered"
    line "$(printf 'build  100 units, processor time: %.2f s as run (child without tiered compilation), %.2f s in one process with tiered compilation' \
        "$(cat "$work/batch-100.cpu")" "$tiered")"
fi

last=$(echo "$sizes" | awk '{print $NF}')
echo "== check of the sample, whole process (15 runs, 2 warm-ups; exits 1 for the seed's published errors)"
hyperfine -i -N -w 2 --runs 15 --export-json "$work/check-one.json" -n "check one" "$fd check samples/dangqun-2023.yaml" >/dev/null
line "$(printf 'check of the sample, framework-dependent: median %.3f s ± %.3f (target < 0.5 s)' "$(median "$work/check-one.json" 0)" "$(stddev "$work/check-one.json" 0)")"

echo "== check over $last units"
hyperfine -i --runs 3 --export-json "$work/check.json" -n "check $last" "$r2r check $work/park-$last" >/dev/null
t=$(median "$work/check.json" 0)
mem=$(peak_mb "$r2r" check "$work/park-$last")
line "$(printf 'check %4d units: %.2f s ± %.2f, %.1f units/s, peak %s MB (target ≥ 200 units/s)' "$last" "$t" "$(stddev "$work/check.json" 0)" "$(echo "$last / $t" | bc -l)" "$mem")"

echo "== side by side: fincomp against pandoc, per document, 100 units (or the largest park below that)"
m=100; [ -d "$work/park-$m" ] || m=$(echo "$sizes" | awk '{print $1}')
rm -rf "$work/md-$m" && $bench markdown "$work/park-$m" "$work/md-$m" >/dev/null
hyperfine --runs 3 --prepare "rm -rf $work/pandoc-out && mkdir -p $work/pandoc-out" --export-json "$work/pandoc.json" \
    -n "pandoc $m" "for f in $work/md-$m/*.md; do pandoc -f markdown -t docx -o $work/pandoc-out/\$(basename \$f .md).docx \$f; done" >/dev/null
p=$(median "$work/pandoc.json" 0)
f=$(median "$work/batch-$m.json" 0)
line "$(printf 'per document: fincomp %.1f ms (seven charts, nine tables), pandoc %.1f ms (text only); ratio %.2f (target ≤ 0.5)' \
    "$(echo "1000 * $f / $m" | bc -l)" "$(echo "1000 * $p / $m" | bc -l)" "$(echo "$f / $p" | bc -l)")"
# The same comparison in processor time: fincomp's batch keeps both cores busy, one pandoc process about one, so half
# of fincomp's processor time per document is what its wall time per document would be on a quiet machine.
rm -rf "$work/pandoc-out" && mkdir -p "$work/pandoc-out"
pc=$(cpu_s 1 bash -c "for f in $work/md-$m/*.md; do pandoc -f markdown -t docx -o $work/pandoc-out/\$(basename \$f .md).docx \$f; done")
fc=$(cat "$work/batch-$m.cpu")
line "$(printf 'per document, processor time: fincomp %.1f ms (on 2 cores: %.1f ms), pandoc %.1f ms; ratio %.2f (target ≤ 0.5)' \
    "$(echo "1000 * $fc / $m" | bc -l)" "$(echo "500 * $fc / $m" | bc -l)" "$(echo "1000 * $pc / $m" | bc -l)" "$(echo "$fc / 2 / $pc" | bc -l)")"

echo "== import of $m workbooks (the park's nine tables, one .xlsx per unit), --jobs 2"
$bench workbooks "$work/park-$m" "$work/workbooks-$m" >/dev/null
hyperfine --runs 3 --prepare "rm -rf $work/imported && mkdir -p $work/imported" --export-json "$work/import.json" \
    -n "import $m" "$r2r import $work/workbooks-$m -o $work/imported --jobs 2" >/dev/null
t=$(median "$work/import.json" 0)
ic=$(cpu_s 1 $r2r import "$work/workbooks-$m" -o "$work/imported-cpu" --jobs 2)
line "$(printf 'import %4d workbooks: %.2f s ± %.2f, %.1f workbooks/s; processor %.2f s, %.1f workbooks per 2 processor-seconds (target ≥ 50 workbooks/s)' \
    "$m" "$t" "$(stddev "$work/import.json" 0)" "$(echo "$m / $t" | bc -l)" "$ic" "$(echo "2 * $m / $ic" | bc -l)")"

echo "== self-audit against a build, and fincomp check of a built .docx (processor time, one process)"
$bench audit-cost samples/dangqun-2023.yaml samples/park/guijian-2023.yaml 20 | tee "$work/audit.txt"
while IFS= read -r audit; do line "$audit"; done < "$work/audit.txt"

echo "== where the time goes (one process, first call and steady state per stage)"
$bench profile samples/dangqun-2023.yaml 10 | tee "$work/profile.txt"

echo "== the charts of the sample: plot, rasterise, PNG encodings (processor time, one process)"
$bench chart-cost samples/dangqun-2023.yaml 10 | tee "$work/chart-cost.txt"

echo
echo "== summary ($(nproc) cores, $(dotnet --version), $(hyperfine --version), $(pandoc --version | head -1))"
printf '%s\n' "${summary[@]}" | tee "$work/summary.txt"
