# citecheck - hand-written GNU Makefile (see README.md).
#
#   make            build build/libcitecheck.a and build/citecheck
#   make demo       install missing packages, build, run on the bundled sample
#   make test       install missing packages, build, run every test suite
#   make check      the whole test suite again under ASan + UBSan (build-san/)
#   make bench      benchmarks (bench/), ratios against peers in the same run
#   make fuzz       libFuzzer targets with clang (FUZZ_SECONDS each)
#   make install    PREFIX=/usr/local DESTDIR=
#   make clean

PREFIX     ?= /usr/local
DESTDIR    ?=
BUILD      ?= build
CC         ?= cc
LIB_PKGS   := libpcre2-8 jansson libutf8proc gumbo
PKGS       := $(LIB_PKGS) libcurl
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# libcurl is not linked: the CLI opens it with dlopen when it meets a URL
# (src/cli/curl_api.c), under the SONAME of the library found here.
PKG_LIBS   := $(shell pkg-config --libs $(LIB_PKGS) 2>/dev/null)
CURL_SONAME := $(shell objdump -p "$$(pkg-config --variable=libdir libcurl 2>/dev/null)/libcurl.so" \
                 2>/dev/null | sed -n 's/^ *SONAME *//p')
WARN       := -Wall -Wextra -pedantic -Wstrict-prototypes -Wshadow -Wno-overlength-strings
OPT        ?= -O2 -g
CFLAGS_ALL := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(OPT) $(WARN) \
              -fvisibility=hidden -Iinclude -Isrc $(PKG_CFLAGS) $(EXTRA_CFLAGS) $(CFLAGS)
LDLIBS_ALL := $(PKG_LIBS) -lm -lpthread -ldl $(EXTRA_LDFLAGS) $(LDFLAGS)
FUZZ_SECONDS ?= 60
# make V=1 shows the full compiler command lines
Q := $(if $(V),,@)

LIB_SRC  := $(sort $(wildcard src/*/*.c) $(wildcard data/*.c))
LIB_SRC  := $(filter-out src/cli/%,$(LIB_SRC))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/*/*_test.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TEST_BIN := $(patsubst tests/%_test.c,$(BUILD)/tests/%_test,$(TEST_SRC))
HDRS     := $(wildcard include/citecheck/*.h src/*.h src/*/*.h)

.PHONY: FORCE all deps demo test test-only check bench fuzz install uninstall clean format tests-bin

all: $(BUILD)/libcitecheck.a $(BUILD)/citecheck

deps:
	@sh tools/install-deps.sh

$(BUILD)/obj/src/cli/curl_api.o: CFLAGS_ALL += $(if $(CURL_SONAME),-DCITE_CURL_SONAME='"$(CURL_SONAME)"')

$(BUILD)/obj/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS_ALL) -c $< -o $@

# The archive is rebuilt when the list of objects changes too (a removed source
# must not leave its object behind in the archive).
$(BUILD)/objects.list: FORCE
	@mkdir -p $(BUILD)
	@echo '$(LIB_OBJ)' | cmp -s - $@ || echo '$(LIB_OBJ)' > $@

$(BUILD)/libcitecheck.a: $(LIB_OBJ) $(BUILD)/objects.list
	@rm -f $@
	@$(if $(Q),echo "  AR      $@")
	$(Q)ar rcs $@ $(LIB_OBJ)

$(BUILD)/citecheck: $(CLI_OBJ) $(BUILD)/libcitecheck.a
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS_ALL) -o $@ $(CLI_OBJ) $(BUILD)/libcitecheck.a $(LDLIBS_ALL)

$(BUILD)/tests/%_test: tests/%_test.c $(BUILD)/libcitecheck.a $(HDRS) tests/harness.h $(wildcard tests/*/*.h)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  TEST    $@")
	$(Q)$(CC) $(CFLAGS_ALL) -Itests -o $@ $< $(BUILD)/libcitecheck.a $(LDLIBS_ALL)

tests-bin: all $(TEST_BIN)

demo: deps
	@$(MAKE) --no-print-directory all
	./$(BUILD)/citecheck check samples/eastern-herald-china-russia-drills.txt; \
	  rc=$$?; [ $$rc -le 1 ] || exit $$rc

test: deps
	@$(MAKE) --no-print-directory test-only

test-only: tests-bin
	@bash tests/run-all.sh $(BUILD)

check: deps
	@$(MAKE) --no-print-directory BUILD=build-san OPT="-O1 -g -fno-omit-frame-pointer" \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" test-only

bench: all
	@bash bench/run.sh $(BUILD)

fuzz: deps
	@CITECHECK_EXTRA_PKGS="clang libclang-rt-14-dev" sh tools/install-deps.sh || \
	  CITECHECK_EXTRA_PKGS="clang" sh tools/install-deps.sh
	@bash fuzz/run.sh $(FUZZ_SECONDS)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig \
	  $(DESTDIR)$(PREFIX)/include/citecheck $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/citecheck $(DESTDIR)$(PREFIX)/bin/citecheck
	install -m 644 $(BUILD)/libcitecheck.a $(DESTDIR)$(PREFIX)/lib/libcitecheck.a
	install -m 644 include/citecheck/citecheck.h $(DESTDIR)$(PREFIX)/include/citecheck/
	install -m 644 docs/citecheck.1 $(DESTDIR)$(PREFIX)/share/man/man1/citecheck.1
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|'"$$(sed -n 's/.*CITE_VERSION_STRING "\(.*\)"/\1/p' include/citecheck/citecheck.h)"'|' \
	  -e 's|@REQUIRES@|$(LIB_PKGS)|' citecheck.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/citecheck.pc

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/citecheck $(DESTDIR)$(PREFIX)/lib/libcitecheck.a \
	  $(DESTDIR)$(PREFIX)/include/citecheck/citecheck.h \
	  $(DESTDIR)$(PREFIX)/share/man/man1/citecheck.1 $(DESTDIR)$(PREFIX)/lib/pkgconfig/citecheck.pc

format:
	clang-format -i $(LIB_SRC) $(CLI_SRC) $(HDRS)

clean:
	rm -rf build build-san build-fuzz
