# Page by Page: every target of the book.  `make help` lists them.
# Chapter order comes from book.yaml; a chapter is named by number or slug
# (CH=1 or CH=01-boot), an appendix by its letter or slug (CH=A or
# CH=A-testing); with no CH, the newest entry of book.yaml.

SHELL := /bin/sh
BUILD := build
CHAPTERS := $(shell tools/chapters.sh)
NEWEST := $(lastword $(CHAPTERS))
CH_SLUG := $(shell tools/chapter-slug.sh $(CH) 2>/dev/null)
ifeq ($(CH_SLUG),)
$(error CH=$(CH): no such chapter in book.yaml; the chapters are: $(CHAPTERS))
endif
CMDLINE ?= demo
TIMEOUT ?= 30
QEMU_EXTRA ?=

.PHONY: all help deps tangle check-tangle kernels build demo qemu qemu-gdb \
	boot grade test check-fast clean bench zonecalc torture fuzz

# Default: everything a reader needs, then one boot of the newest chapter.
# Run in steps, so that `make -j` never tangles before the packages are in.
all: deps
	@$(MAKE) --no-print-directory tangle
	@$(MAKE) --no-print-directory kernels html pdf demo
	@echo
	@echo "The book:  $(BUILD)/book/html/index.html"
	@echo "           $(BUILD)/book/page-by-page.pdf"

help:
	@echo "make                  install what is missing, tangle, build every chapter,"
	@echo "                      weave the HTML and PDF book, boot the newest chapter"
	@echo "make test             every check; ends with 'N passed, M failed'"
	@echo "make check-fast       tangle in sync, newest chapter builds, its host tests"
	@echo "make deps             install the Debian packages the book needs"
	@echo "make tangle           rewrite tangled/ from chapters/ (only what changed)"
	@echo "make kernels          build every chapter's kernel and host tests"
	@echo "make html             weave the HTML book into $(BUILD)/book/html/"
	@echo "make pdf              typeset the PDF book into $(BUILD)/book/"
	@echo "make qemu CH=N        boot chapter N interactively (Ctrl-A X quits)"
	@echo "make qemu-gdb CH=N    boot chapter N stopped for gdb; gdb -x $(BUILD)/NN/gdbinit"
	@echo "make boot CH=N        boot chapter N with the serial port on stdin/stdout;"
	@echo "                      CMDLINE='test' QEMU_EXTRA='-m 256M' TIMEOUT=30"
	@echo "make bench            time the allocators on the host (chapter 9 on)"
	@echo "make grade CH=N       grade your exercises for chapter N (SOLUTIONS=1: the"
	@echo "                      reference solutions)"
	@echo "make screenshots      pictures of the HTML book and PDF pages to look at"
	@echo "make zonecalc         this machine's watermarks and protection recomputed"
	@echo "                      with chapter 8's code (ARGS='DIR' or '-z FILE ...'"
	@echo "                      reads another machine's /proc files)"
	@echo "make torture          random operations against a model, long (appendix A"
	@echo "                      on): OPS=50000000 SEED=... CHECK=10000"
	@echo "make fuzz             libFuzzer on the same model for FUZZ_TIME seconds,"
	@echo "                      from a copy of tests/mm-fuzz/corpus/"
	@echo "make runs             capture the chapters' 'Run it' output from QEMU"
	@echo "make check-tangle     check that tangled/ is what chapters/ produce"
	@echo "make weave-check      check the woven book: links, references, code width"
	@echo "make weave-test       test the weaver on its small fixture book"
	@echo "make clean            remove $(BUILD)/"

deps:
	@tools/deps.sh

# tangled/NN-slug is the clean tree a reader browses; build/src/NN-slug is
# the same tree with #line directives, which is the one we compile.
tangle:
	@echo "== tangle: tangled/ from chapters/"
	@for ch in $(CHAPTERS); do \
		tools/tangle.sh $$ch tangled/$$ch || exit 1; \
	done

check-tangle:
	@tools/check-tangle.sh

# A snapshot is tangled again only when what the tangler reads changes:
# book.yaml, any chapter (a later one may fill an earlier one's hooks) or
# the tangler; $(BUILD)/src/NN-slug.tangled marks the last tangle.
TANGLE_INPUTS := book.yaml $(wildcard chapters/*.nw) tools/tangle.sh \
	tools/chapters.sh tools/chapter-slug.sh $(wildcard tools/nw-*.sh)
$(BUILD)/src/%.tangled: $(TANGLE_INPUTS)
	@tools/tangle.sh -L $* $(BUILD)/src/$*
	@touch $@

# KERNELS_GOAL: what is built of each snapshot (a target of
# mk/snapshot.mk); `make test` asks for nosan, as it built them.
KERNELS_GOAL ?= all
kernels build: $(CHAPTERS:%=$(BUILD)/src/%.tangled)
	@for ch in $(CHAPTERS); do \
		echo "== $$ch: build the kernel and the host tests"; \
		$(MAKE) -s -f mk/snapshot.mk SRC=$(BUILD)/src/$$ch \
			OUT=$(BUILD)/$$ch $(KERNELS_GOAL) || exit 1; \
	done

# Build one chapter (the one CH names) for the targets that boot it.
$(BUILD)/%/kernel: FORCE
	@tools/tangle.sh -L $* $(BUILD)/src/$*
	@$(MAKE) -s -f mk/snapshot.mk SRC=$(BUILD)/src/$* OUT=$(BUILD)/$* all
FORCE:

demo: $(BUILD)/$(NEWEST)/kernel
	@echo "== $(NEWEST): the kernel's demo under QEMU"
	@tools/boot.sh -c demo -t $(TIMEOUT) $(BUILD)/$(NEWEST)/kernel < /dev/null

qemu: $(BUILD)/$(CH_SLUG)/kernel
	@tools/boot.sh -i -c '$(CMDLINE)' $< $(QEMU_EXTRA)

qemu-gdb: $(BUILD)/$(CH_SLUG)/kernel
	@tools/gdbinit.sh $(BUILD)/$(CH_SLUG) > $(BUILD)/$(CH_SLUG)/gdbinit
	@echo "In another terminal:  gdb -x $(BUILD)/$(CH_SLUG)/gdbinit"
	@tools/boot.sh -g -c '$(CMDLINE)' $< $(QEMU_EXTRA)

boot: $(BUILD)/$(CH_SLUG)/kernel
	@tools/boot.sh -c '$(CMDLINE)' -t $(TIMEOUT) $< $(QEMU_EXTRA)

grade: $(BUILD)/$(CH_SLUG)/kernel
	@tools/grade.sh $(if $(SOLUTIONS),--solutions) $(CH_SLUG)

# The allocator's benchmark: a host program that boots the simulated
# machine and prints ns per allocation (not a test: nothing fails on time).
bench: $(BUILD)/$(CH_SLUG)/kernel
	@$(MAKE) -s -f mk/snapshot.mk SRC=$(BUILD)/src/$(CH_SLUG) \
		OUT=$(BUILD)/$(CH_SLUG) bench
	@$(BUILD)/$(CH_SLUG)/bench

# Chapter 8's calculator, built with its snapshot: Linux's watermarks and
# protection next to the book's, for the /proc files ARGS names (default:
# this machine's).
ZONECALC_CH := $(shell tools/chapter-slug.sh 8 2>/dev/null)
zonecalc: $(BUILD)/$(ZONECALC_CH)/kernel
	@$(BUILD)/$(ZONECALC_CH)/zonecalc $(ARGS)

# The model-based random test, long; SEED replays a run.
OPS ?= 50000000
torture: $(BUILD)/$(CH_SLUG)/kernel
	@$(MAKE) -s -f mk/snapshot.mk SRC=$(BUILD)/src/$(CH_SLUG) \
		OUT=$(BUILD)/$(CH_SLUG) torture
	@$(BUILD)/$(CH_SLUG)/torture -n $(OPS) $(if $(SEED),-s $(SEED)) \
		$(if $(CHECK),-c $(CHECK))

# libFuzzer for FUZZ_TIME seconds on a copy of the seed corpus; what it
# finds stays in $(BUILD)/fuzz-corpus, a crash in $(BUILD)/fuzz-crash-*.
FUZZ_TIME ?= 60
fuzz: $(BUILD)/$(CH_SLUG)/kernel
	@tools/deps.sh
	@$(MAKE) -s -f mk/snapshot.mk SRC=$(BUILD)/src/$(CH_SLUG) \
		OUT=$(BUILD)/$(CH_SLUG) fuzz
	@rm -rf $(BUILD)/fuzz-corpus && mkdir -p $(BUILD)/fuzz-corpus
	@cp tests/mm-fuzz/corpus/* $(BUILD)/fuzz-corpus/
	@$(BUILD)/$(CH_SLUG)/fuzz -max_total_time=$(FUZZ_TIME) \
		-max_len=2048 -print_final_stats=1 \
		-artifact_prefix=$(BUILD)/fuzz-crash- \
		$(BUILD)/fuzz-corpus

test: deps
	@tools/run-tests.sh

check-fast:
	@tools/run-tests.sh --fast

clean:
	rm -rf $(BUILD)

include mk/book.mk

.PHONY: screenshots
screenshots: html pdf
	@tools/deps.sh --extra chromium
	@tools/screenshots.sh $(BUILD)/book $(BUILD)/screenshots
