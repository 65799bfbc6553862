# The toolkit: tocode, declutter, numextract, tsvify.
# Libraries are found with pkg-config; scripts/deps installs what is missing.

.DELETE_ON_ERROR:
.SECONDARY:
.SUFFIXES:

VERSION	 = 0.1.0
PREFIX	?= /usr/local
BINDIR	 = $(PREFIX)/bin
MANDIR	 = $(PREFIX)/share/man/man1
DATADIR	 = $(PREFIX)/share/textkit

CC	?= cc
PKGS	 = libpcre2-8 libutf8proc opencc yajl libxml-2.0 zlib
# Link-time optimization inlines the small helpers of src/lib across
# files: numextract runs 6 % fewer instructions a byte (callgrind).
CFLAGS	?= -O3 -g -flto=auto
WARN	 = -Wall -Wextra -std=c11 -D_GNU_SOURCE -pthread
# Heavy libraries only some runs use are loaded by those runs
# (src/lib/dynlib.h), by the soname of the library compiled against.
DYNLIB_PKGS = opencc libxml-2.0
soname	 = $(shell objdump -p $$(pkg-config --variable=libdir $(1))/lib$(2).so \
	     2>/dev/null | sed -n 's/^ *SONAME *//p')
SONAMES	:= -DSONAME_OPENCC='"$(call soname,opencc,opencc)"' \
	   -DSONAME_LIBXML2='"$(call soname,libxml-2.0,xml2)"'
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null) $(SONAMES)
PKG_LIBS   := $(shell pkg-config --libs $(filter-out $(DYNLIB_PKGS),$(PKGS)) 2>/dev/null)
ALL_CFLAGS = $(WARN) $(CFLAGS) $(EXTRA_CFLAGS) $(PKG_CFLAGS) -Isrc/lib \
	     -DVERSION='"$(VERSION)"' -DDATADIR='"$(DATADIR)"'
ALL_LDFLAGS = $(LDFLAGS) $(EXTRA_CFLAGS)
LIBS	 = $(PKG_LIBS) -lm -pthread
# A tool starts in half the time when no shared library is loaded and
# relocated at start (1.3 ms here, measured with perf stat): the tools link
# the libraries' archives (Debian names yajl's libyajl_s.a), and those that
# load nothing at run time are linked wholly static.  tocode keeps libc
# shared: iconv's converters and OpenCC and libxml2 are loaded at run time.
# A tool linked shared is linked at a fixed address (-no-pie): its tables
# of pointers need no relocating, nor their pages writing, at start.
# The sanitizers and valgrind's leak check need shared linking: STATIC=no.
# Where an archive is missing (another system's packages), all link shared.
STATIC_TOOLS = declutter numextract tsvify
STATIC	?= $(if $(findstring -fsanitize,$(CFLAGS) $(EXTRA_CFLAGS)),no,yes)
LIBDIR	:= $(shell pkg-config --variable=libdir libpcre2-8 2>/dev/null)
archive_of = $(firstword $(wildcard $(LIBDIR)/lib$(1).a $(LIBDIR)/lib$(1)_s.a) -l$(1))
ARCHIVES := $(foreach l,$(patsubst -l%,%,$(filter -l%,$(PKG_LIBS))),$(call archive_of,$(l)))
LINK_STATIC := $(if $(filter yes,$(STATIC)),$(if $(filter -l%,$(ARCHIVES)),no,yes),no)
TOOL_LIBS := $(if $(filter yes,$(LINK_STATIC)),$(filter-out -l%,$(PKG_LIBS)) \
	     $(ARCHIVES) -lm -pthread,$(LIBS))
static_flag = $(if $(and $(filter yes,$(LINK_STATIC)),$(filter $(1),$(STATIC_TOOLS))),-static,-no-pie)

# A tool is a folder of src/ with a main.c.
TOOLS	:= $(patsubst src/%/main.c,%,$(wildcard src/*/main.c))
BINS	 = $(TOOLS:%=bin/%)
LIB_SRC	:= $(wildcard src/lib/*.c)
# src/lib's character classes are computed by scripts/lib-tables.c, as a
# tool's tables are (below).
LIB_OBJ	 = $(LIB_SRC:src/%.c=build/%.o) build/gen/lib/tables.o
# A tool takes from the archive only what it calls (no loader for one
# that loads nothing).
LIB_A	 = build/libtextkit.a

# Data files: every file of data/TOOL/ is embedded in bin/TOOL (see
# src/lib/embedded.h), so a binary needs nothing beside it at run time.

UNIT_SRC := $(wildcard tests/unit/*.c)
UNITS	  = $(UNIT_SRC:tests/unit/%.c=build/tests/%)

all: deps-check $(BINS)

.SECONDEXPANSION:

deps-check:
	@pkg-config --exists $(PKGS) || scripts/deps

build/%.o: src/%.c $(wildcard src/lib/*.h) $(wildcard src/*/*.h)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

build/tests/%.o: tests/unit/%.c tests/unit/t.h $(wildcard src/lib/*.h) $(wildcard src/*/*.h)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -Itests/unit -c -o $@ $<

# A tool's objects: every .c of its folder, its embedded data (the files
# of data/TOOL), and the tables that scripts/TOOL-tables.c and
# scripts/TOOL-*-tables.c compute at build time from the libraries and the
# tool's data (data/TOOL/tables holds what only they read: not embedded).
tool_tables = $(patsubst scripts/%-tables.c,build/gen/%/tables.$(2), \
	    $(wildcard scripts/$(1)-tables.c scripts/$(1)-*-tables.c))
tool_objs = $(patsubst src/%.c,build/%.o,$(wildcard src/$(1)/*.c)) \
	    $(if $(wildcard data/$(1)/*),build/gen/$(1)/embedded.o) \
	    $(call tool_tables,$(1),o)

build/gen/%-tables: scripts/%-tables.c $(wildcard src/*/*.h scripts/*.h)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc $(ALL_LDFLAGS) -o $@ $< $(LIBS)

build/gen/%/tables.c: build/gen/%-tables $$(wildcard data/$$(firstword $$(subst -, ,$$*))/* data/$$(firstword $$(subst -, ,$$*))/tables/*)
	@mkdir -p $(@D)
	$< > $@

# declutter's built-in lexicon, compiled by its own lexicon code.
build/gen/declutter-tables: scripts/declutter-tables.c scripts/regex-needs.c \
    scripts/regex-needs.h build/declutter/lexicon.o $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc $(ALL_LDFLAGS) -o $@ $(filter %.c %.o,$^) $(LIBS)

build/gen/declutter/tables.c: build/gen/declutter-tables data/declutter/boilerplate
	@mkdir -p $(@D)
	$< data/declutter/boilerplate > $@

build/gen/%/tables.o: build/gen/%/tables.c
	$(CC) $(ALL_CFLAGS) -Isrc -c -o $@ $<

build/gen/%/embedded.c: $$(wildcard data/$$*/*) scripts/embed
	@mkdir -p $(@D)
	scripts/embed data/$* > $@

build/gen/%/embedded.o: build/gen/%/embedded.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIB_A): $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

bin/%: $$(call tool_objs,$$*) $(LIB_A)
	@mkdir -p bin
	$(CC) $(ALL_LDFLAGS) $(call static_flag,$*) -o $@ $^ $(TOOL_LIBS)

# Unit test NAME.c links with src/lib and, for NAME = TOOL_*, with that
# tool's objects except main.o.
unit_deps = $(LIB_OBJ) $(filter-out %/main.o,$(call tool_objs,$(firstword $(subst _, ,$(1)))))
build/tests/%: build/tests/%.o $$(call unit_deps,$$*)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

check: all $(UNITS)
	@tests/run

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)
	for t in $(TOOLS); do \
		install -m 755 bin/$$t $(DESTDIR)$(BINDIR)/$$t || exit 1; \
		install -m 644 man/$$t.1 $(DESTDIR)$(MANDIR)/$$t.1 || exit 1; \
	done

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(BINDIR)/$$t $(DESTDIR)$(MANDIR)/$$t.1; done

demo: all
	scripts/demo

clean:
	rm -rf build bin

clean-bin:
	rm -rf bin

# Fuzzing: tests/fuzz/TOOL_NAME.c is a libFuzzer target built with clang
# and the sanitizers from src/lib and TOOL's sources except main.c (lib_*
# targets from src/lib alone).  `make fuzz` runs each for FUZZ_SECONDS on
# its seeds (tests/fuzz/corpus/NAME) with the dictionary; what it finds is
# kept under build/fuzz/.  check-valgrind runs the tests with the tools and
# the unit tests under valgrind: a leak or an invalid access fails them.
FUZZ_SECONDS ?= 60
FUZZ_CC	 ?= clang
FUZZ_SRC := $(wildcard tests/fuzz/*.c)
FUZZERS	  = $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
fuzz_tool = $(filter-out lib,$(firstword $(subst _, ,$(1))))
fuzz_srcs = $(LIB_SRC) build/gen/lib/tables.c $(if $(call fuzz_tool,$(1)),$(call fuzz_tool_srcs,$(call fuzz_tool,$(1))))
fuzz_tool_srcs = $(filter-out %/main.c,$(wildcard src/$(1)/*.c)) \
	    $(if $(wildcard data/$(1)/*),build/gen/$(1)/embedded.c) \
	    $(call tool_tables,$(1),c)
build/fuzz/%: tests/fuzz/%.c $(wildcard tests/fuzz/*.h) $$(call fuzz_srcs,$$*) $(wildcard src/*/*.h)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(WARN) -O1 -g -fsanitize=fuzzer,address,undefined \
	    -fno-sanitize-recover=all $(PKG_CFLAGS) -Isrc/lib -Isrc \
	    -DVERSION='"$(VERSION)"' -DDATADIR='"$(DATADIR)"' \
	    -o $@ $< $(call fuzz_srcs,$*) $(LIBS)

fuzz: $(FUZZERS)
	for f in $(FUZZERS); do \
		n=$${f#build/fuzz/}; mkdir -p build/fuzz/$$n.corpus || exit 1; \
		echo "== $$n"; \
		nice -n 19 $$f -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
		    -rss_limit_mb=2048 -dict=tests/fuzz/textkit.dict \
		    -artifact_prefix=build/fuzz/$$n- -print_final_stats=1 \
		    build/fuzz/$$n.corpus $$(ls -d tests/fuzz/corpus/$$n 2>/dev/null) \
		    2>build/fuzz/$$n.log || { tail -50 build/fuzz/$$n.log; exit 1; }; \
		grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units)' build/fuzz/$$n.log; \
	done

VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
	   --errors-for-leak-kinds=definite,indirect \
	   --suppressions=$(CURDIR)/tests/valgrind.supp
check-valgrind: $(UNITS)
	$(MAKE) STATIC=no clean-bin all
	@mkdir -p build/valgrind
	@for t in $(TOOLS); do \
		printf '#!/bin/sh\nexec $(VALGRIND) "%s" "$$@"\n' \
		    "$(CURDIR)/bin/$$t" > build/valgrind/$$t && \
		chmod +x build/valgrind/$$t || exit 1; \
	done
	@TEXTKIT_BIN="$(CURDIR)/build/valgrind" TEXTKIT_WRAP="$(VALGRIND)" tests/run

-include $(shell find build -name '*.d' 2>/dev/null)

.PHONY: all deps-check check install uninstall demo clean clean-bin fuzz check-valgrind
