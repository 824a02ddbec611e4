# book.mk: weaving rules, included by the top-level Makefile.
# Needs CHAPTERS (slugs in reading order) and BUILD (build directory) from
# the includer, and a rule that builds $(BUILD)/NN-slug/kernel.
#   make runs         boot each chapter's kernel for its qemu-run blocks and
#                     run its host programs for its host-run blocks
#                     -> $(BUILD)/runs/NN-slug/ID.txt, again only when the
#                     code or the run blocks of the chapter or one before it
#                     change (not for an edit of prose)
#   make html         -> $(BUILD)/book/html/index.html and one page per chapter
#   make pdf          -> $(BUILD)/book/page-by-page.pdf
#   make weave-check  link and layout checks on both, and the numbers the
#                     prose quotes from its runs (TAP-like output)
#   make weave-test   the weaver's own tests on tools/weave/test/

WEAVE_DIR := tools/weave
WEAVE_TOOLS := $(wildcard $(WEAVE_DIR)/*.sh $(WEAVE_DIR)/*.awk \
	$(WEAVE_DIR)/*.lua $(WEAVE_DIR)/*.html $(WEAVE_DIR)/*.css $(WEAVE_DIR)/*.js \
	$(WEAVE_DIR)/*.tex) tools/chapters.sh
BOOK_NW := $(CHAPTERS:%=chapters/%.nw)
BOOK_INPUTS := book.yaml $(BOOK_NW) $(wildcard chapters/*.md exercises/*/*.md)
RUN_STAMPS := $(CHAPTERS:%=$(BUILD)/runs/%/.stamp)
BOOK_MD := $(BUILD)/book/md/pages.txt
# Figures: Graphviz (.dot), hand-drawn (.svg) and gnuplot (.gp) sources,
# each rendered to SVG and PDF by tools/weave/figure.sh.  A gnuplot figure
# draws what a chapter's kernel printed, so it waits for the captured runs.
FIG_DOT := $(wildcard figures/*.dot)
FIG_GP := $(wildcard figures/*.gp)
FIG_SVG := $(filter-out $(FIG_DOT:.dot=.svg),$(wildcard figures/*.svg))
BOOK_FIGS := $(patsubst figures/%,$(BUILD)/figures/%.svg,\
	$(basename $(FIG_DOT) $(FIG_GP) $(FIG_SVG)))

.PHONY: html pdf runs weave-check weave-test

runs: $(RUN_STAMPS)

# A chapter's runs are redone when the code or the run blocks of any
# chapter up to it (or the runner, or a tools/ script a host-run block
# runs) change: .code holds their checksum and is rewritten only when it
# changes.  The chapter's kernel is brought up
# to date first, with the host programs its host-run blocks name
# (capture-runs.sh -l), and nothing else.
$(BUILD)/runs/%/.code: $(BOOK_NW) $(WEAVE_DIR)/run-inputs.sh \
		$(wildcard tools/*.sh)
	@mkdir -p $(@D)
	@$(WEAVE_DIR)/run-inputs.sh $* | cksum > $@.new
	@if cmp -s $@.new $@; then rm -f $@.new; else mv $@.new $@; fi

.SECONDARY: $(CHAPTERS:%=$(BUILD)/runs/%/.code)

$(BUILD)/runs/%/.stamp: $(BUILD)/runs/%/.code tools/capture-runs.sh
	@$(MAKE) --no-print-directory $(BUILD)/src/$*.tangled
	@$(MAKE) -s -f mk/snapshot.mk SRC=$(BUILD)/src/$* OUT=$(BUILD)/$* kernel \
		$$(tools/capture-runs.sh -b $(BUILD) -l $*)
	tools/capture-runs.sh -b $(BUILD) $*
	@touch $@

$(BOOK_MD): $(BOOK_INPUTS) $(WEAVE_TOOLS)
	$(WEAVE_DIR)/book.sh -b $(BUILD) md

$(BUILD)/figures/%.svg: figures/%.dot $(WEAVE_DIR)/figure.sh
	$(WEAVE_DIR)/figure.sh $< $(@D)

$(BUILD)/figures/%.svg: figures/%.gp $(WEAVE_DIR)/figure.sh $(RUN_STAMPS)
	$(WEAVE_DIR)/figure.sh -R $(BUILD)/runs $< $(@D)

$(BUILD)/figures/%.svg: figures/%.svg $(WEAVE_DIR)/figure.sh
	$(WEAVE_DIR)/figure.sh $< $(@D)

html: $(BUILD)/book/html/.stamp

# (book.sh makes again only the pages whose inputs changed, so no page
# need be newer than its inputs: the stamp says the step ran)
$(BUILD)/book/html/.stamp: $(BOOK_MD) $(RUN_STAMPS) $(BOOK_FIGS) $(WEAVE_TOOLS)
	$(WEAVE_DIR)/book.sh -b $(BUILD) html
	@touch $@

pdf: $(BUILD)/book/page-by-page.pdf

$(BUILD)/book/page-by-page.pdf: $(BOOK_MD) $(RUN_STAMPS) $(BOOK_FIGS) $(WEAVE_TOOLS)
	$(WEAVE_DIR)/book.sh -b $(BUILD) pdf

weave-check: html pdf
	$(WEAVE_DIR)/check-links.sh $(BUILD)
	$(WEAVE_DIR)/check-run-numbers.sh -R $(BUILD)/runs
	$(WEAVE_DIR)/check-pages.sh $(BUILD)

weave-test:
	$(WEAVE_DIR)/test/run.sh
