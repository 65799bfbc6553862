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
CFLAGS	?= -O2 -g
WARN	 = -Wall -Wextra -std=c11 -D_GNU_SOURCE
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS = $(WARN) $(CFLAGS) $(EXTRA_CFLAGS) $(PKG_CFLAGS) -Isrc/lib \
	     -DVERSION='"$(VERSION)"' -DDATADIR='"$(DATADIR)"'
ALL_LDFLAGS = $(LDFLAGS) $(EXTRA_CFLAGS)
LIBS	 = $(PKG_LIBS) -lm

# A tool is a folder of src/ with a main.c.
TOOLS	:= $(patsubst src/%/main.c,%,$(wildcard src/*/main.c))
BINS	 = $(TOOLS:%=bin/%)
LIB_SRC	:= $(wildcard src/lib/*.c)
LIB_OBJ	 = $(LIB_SRC:src/%.c=build/%.o)

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

# A tool's objects: every .c of its folder, its embedded data, and the
# tables scripts/TOOL-tables.c computes at build time from the libraries.
tool_objs = $(patsubst src/%.c,build/%.o,$(wildcard src/$(1)/*.c)) \
	    $(if $(wildcard data/$(1)/*),build/gen/$(1)/embedded.o) \
	    $(if $(wildcard scripts/$(1)-tables.c),build/gen/$(1)/tables.o)

build/gen/%-tables: scripts/%-tables.c $(wildcard src/*/*.h)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc $(ALL_LDFLAGS) -o $@ $< $(LIBS)

build/gen/%/tables.c: build/gen/%-tables
	@mkdir -p $(@D)
	$< > $@

build/gen/%/tables.o: build/gen/%/tables.c
	$(CC) $(ALL_CFLAGS) -Isrc -c -o $@ $<

build/gen/%/embedded.c: $$(wildcard data/$$*/*) scripts/embed
	@mkdir -p $(@D)
	scripts/embed data/$* > $@

build/gen/%/embedded.o: build/gen/%/embedded.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

bin/%: $$(call tool_objs,$$*) $(LIB_OBJ)
	@mkdir -p bin
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

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

-include $(shell find build -name '*.d' 2>/dev/null)

.PHONY: all deps-check check install uninstall demo clean
