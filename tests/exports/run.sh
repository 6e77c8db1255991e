#!/usr/bin/env bash
# Namespace hygiene: every global symbol the library defines starts with
# cite_ (public API) or citep_ (internal), so it cannot clash with a caller's.
set -u
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
lib="$BUILD/libcitecheck.a"
bad=$(nm -g --defined-only "$lib" 2>/dev/null | awk 'NF==3 && $2 ~ /[TDBRCV]/ {print $3}' |
      grep -v -E '^(cite_|citep_|__odr_asan|__asan|__ubsan|__sanitizer)' | sort -u)
pub=$(nm -g --defined-only "$lib" | awk 'NF==3 && $2=="T" {print $3}' | grep -c '^cite_')
declared=$(grep -o -E '\bcite_[a-z_]+\(' ../include/citecheck/citecheck.h 2>/dev/null | wc -l)
p=0; f=0
if [ -z "$bad" ]; then p=$((p+1)); else f=$((f+1)); echo "symbols without cite_/citep_ prefix:"; echo "$bad"; fi
# every public function declared in the header is defined
missing=""
for fn in $(grep -o -E 'CITE_EXPORT[^;]*\b(cite_[a-z_]+)\(' include/citecheck/citecheck.h | grep -o -E 'cite_[a-z_]+\($' | tr -d '('); do
    nm -g --defined-only "$lib" | grep -q " T $fn\$" || missing="$missing $fn"
done
if [ -z "$missing" ]; then p=$((p+1)); else f=$((f+1)); echo "declared but not defined:$missing"; fi
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
