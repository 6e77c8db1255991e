#!/usr/bin/env bash
# `make install` into a scratch DESTDIR: the tool, library, header, man page
# and pkg-config file land where they should, and a program written against
# the installed header and pkg-config file builds, links and runs.
set -u
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
p=0; f=0
ok() { if eval "$2"; then p=$((p+1)); else f=$((f+1)); echo "FAIL $1"; fi; }
make --no-print-directory -s install BUILD="$BUILD" PREFIX=/usr/local DESTDIR="$dest" >"$dest/log" 2>&1
ok "make install" '[ $? -eq 0 ] || { cat "$dest/log"; false; }'
root="$dest/usr/local"
ok "tool installed" '[ -x "$root/bin/citecheck" ]'
ok "library installed" '[ -f "$root/lib/libcitecheck.a" ]'
ok "header installed" '[ -f "$root/include/citecheck/citecheck.h" ]'
ok "man page installed" '[ -f "$root/share/man/man1/citecheck.1" ]'
ok "pkg-config file installed" '[ -f "$root/lib/pkgconfig/citecheck.pc" ]'
ok "installed tool runs" '"$root/bin/citecheck" --version | grep -q "^citecheck [0-9]"'
cat > "$dest/prog.c" <<'C'
#include <citecheck/citecheck.h>
#include <stdio.h>
#include <string.h>
int main(void)
{
    const char *text = "Ships sailed. #SeaofJapan\n";
    cite_parser *p = cite_parser_new(NULL, NULL);
    cite_doc *doc = NULL;
    if (!p || cite_parse(p, text, strlen(text), &doc, NULL) != CITE_OK)
        return 1;
    const cite_entity *e = cite_doc_entity_at(doc, 0);
    int ok = e && e->type == CITE_HASHTAG && strcmp(e->segmented, "Sea of Japan") == 0;
    printf("%s\n", e ? e->segmented : "none");
    cite_doc_free(doc);
    cite_parser_free(p);
    return ok ? 0 : 1;
}
C
export PKG_CONFIG_PATH="$root/lib/pkgconfig"
flags=$(pkg-config --cflags --libs --static citecheck 2>"$dest/pc.err" | sed "s|-I/usr/local/include|-I$root/include|; s|-L/usr/local/lib|-L$root/lib|")
ok "pkg-config knows citecheck" '[ -n "$flags" ] || { cat "$dest/pc.err"; false; }'
# a sanitizer build installs an instrumented library: link the program the same way
san=""
nm "$root/lib/libcitecheck.a" 2>/dev/null | grep -q "__asan_init" && san="-fsanitize=address,undefined"
ok "a program builds against the installed files" 'cc -std=c11 $san -o "$dest/prog" "$dest/prog.c" $flags 2>"$dest/cc.err" || { cat "$dest/cc.err"; false; }'
ok "and runs" '"$dest/prog" | grep -q "Sea of Japan"'
make --no-print-directory -s uninstall PREFIX=/usr/local DESTDIR="$dest" >/dev/null 2>&1
ok "uninstall removes the files" '[ ! -e "$root/bin/citecheck" ] && [ ! -e "$root/lib/libcitecheck.a" ]'
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
