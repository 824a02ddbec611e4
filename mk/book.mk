# book.mk: weaving rules, included by the top-level Makefile.
# Needs CHAPTERS (slugs in reading order) and BUILD (build directory) from
# the includer, and a target `kernels` that builds $(BUILD)/NN-slug/kernel.
#   make runs         boot each chapter's kernel for its "Run it" blocks
#                     -> $(BUILD)/runs/NN-slug/ID.txt
#   make html         -> $(BUILD)/book/html/index.html and one page per chapter
#   make pdf          -> $(BUILD)/book/page-by-page.pdf
#   make weave-check  link and layout checks on both (TAP-like output)
#   make weave-test   the weaver's own tests on tools/weave/test/

WEAVE_DIR := tools/weave
WEAVE_TOOLS := $(wildcard $(WEAVE_DIR)/*.sh $(WEAVE_DIR)/*.awk \
	$(WEAVE_DIR)/*.lua $(WEAVE_DIR)/*.html $(WEAVE_DIR)/*.css \
	$(WEAVE_DIR)/*.tex) tools/chapters.sh
BOOK_NW := $(CHAPTERS:%=chapters/%.nw)
BOOK_INPUTS := book.yaml $(BOOK_NW) $(wildcard exercises/*/*.md)
RUN_STAMPS := $(CHAPTERS:%=$(BUILD)/runs/%/.stamp)
BOOK_MD := $(BUILD)/book/md/pages.txt
BOOK_FIGS := $(patsubst figures/%.dot,$(BUILD)/figures/%.svg,\
	$(wildcard figures/*.dot)) $(patsubst figures/%.svg,$(BUILD)/figures/%.svg,\
	$(wildcard figures/*.svg))

.PHONY: html pdf runs weave-check weave-test

runs: $(RUN_STAMPS)

# A chapter's runs are redone when any chapter up to it (or the runner)
# changes; its kernel is brought up to date by `kernels` first.
$(BUILD)/runs/%/.stamp: $(BOOK_NW) tools/capture-runs.sh | kernels
	tools/capture-runs.sh -b $(BUILD) $*
	@touch $@

$(BOOK_MD): $(BOOK_INPUTS) $(WEAVE_TOOLS)
	$(WEAVE_DIR)/book.sh -b $(BUILD) md

$(BUILD)/figures/%.svg: figures/%.dot
	@mkdir -p $(@D)
	dot -Tsvg -o $@ $<
	dot -Tpdf -o $(@:.svg=.pdf) $<

$(BUILD)/figures/%.svg: figures/%.svg
	$(WEAVE_DIR)/book.sh -b $(BUILD) figures

html: $(BUILD)/book/html/index.html

$(BUILD)/book/html/index.html: $(BOOK_MD) $(RUN_STAMPS) $(BOOK_FIGS) $(WEAVE_TOOLS)
	$(WEAVE_DIR)/book.sh -b $(BUILD) html

pdf: $(BUILD)/book/page-by-page.pdf

$(BUILD)/book/page-by-page.pdf: $(BOOK_MD) $(RUN_STAMPS) $(BOOK_FIGS) $(WEAVE_TOOLS)
	$(WEAVE_DIR)/book.sh -b $(BUILD) pdf

weave-check: html pdf
	$(WEAVE_DIR)/check-links.sh $(BUILD)

weave-test:
	$(WEAVE_DIR)/test/run.sh
