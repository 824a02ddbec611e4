#!/bin/sh
# Check that the numbers the prose quotes from a "Run it" come from it:
# in every section of a chapter that holds a run block (```{.qemu-run
# #run-ID ...}``` or another *-run kind), each number of two digits or more
# in the prose must appear, as a whole number, in the captured output of
# one of the chapter's runs. A number typed by hand that the kernel no
# longer prints, or never printed, is reported with its .nw line.
# Not checked: code spans (`...`, where formulas and constants go), chunk
# references, link targets and attributes, numbers with a dot (versions,
# section numbers), numbers glued to a letter, underscore or hyphen
# (DMA32, x86-64, QEMU's 256M), sizes in MiB, GiB or KiB (machine shapes)
# and bit numbers ("bit 63"). A number quoted from elsewhere, such as
# Linux's log, goes in a code span.
# Usage: tools/weave/check-run-numbers.sh [-R RUNS] [CHAPTER.nw...]
#   RUNS      where the runs are, RUNS/NN-slug/run-ID.txt (default
#             build/runs)
#   CHAPTER   .nw files (default: every chapter book.yaml lists)
# Prints one line per number not found, then one TAP line per chapter;
# exits 1 if any chapter fails.

RUNS=build/runs
if [ "${1:-}" = -R ]; then
	RUNS=$2
	shift 2
fi
if [ $# -eq 0 ]; then
	for slug in $(tools/chapters.sh); do
		set -- "$@" "chapters/$slug.nw"
	done
fi

# The numbers of the prose of sections with a run: "LINE NUMBER" lines.
quoted_numbers() {	# quoted_numbers FILE.nw
	awk '
	function flush(   i) {
		if (has_run)
			for (i = 1; i <= nn; i++)
				print nl[i], nv[i]
		nn = 0
		has_run = 0
	}
	/^<<.*>>=/ { code = 1; next }
	code && /^@( |$)/ { code = 0; next }
	code { next }
	/^(```|~~~)/ {
		if ($0 ~ /\.[a-z]+-run[ }]/)
			has_run = 1
		fence = !fence
		next
	}
	fence { next }
	/^#+ / { flush(); next }
	{
		line = $0
		gsub(/`[^`]*`/, " ", line)
		gsub(/\[\[[^]]*\]\]/, " ", line)
		gsub(/\]\([^)]*\)/, "] ", line)
		gsub(/\{[^}]*\}/, " ", line)
		while (match(line, /[0-9]+(\.[0-9]+)*/)) {
			n = substr(line, RSTART, RLENGTH)
			before = RSTART > 1 ? substr(line, RSTART - 1, 1) : " "
			words = substr(line, 1, RSTART - 1)
			after = substr(line, RSTART + RLENGTH, 4)
			line = substr(line, RSTART + RLENGTH)
			if (n ~ /\./ || length(n) < 2)
				continue
			if (before ~ /[A-Za-z_-]/ || after ~ /^[A-Za-z_]/)
				continue
			if (after ~ /^ ?[MGK]iB/ || words ~ /[Bb]its? $/)
				continue
			nl[++nn] = FNR
			nv[nn] = n
		}
	}
	END { flush() }
	' "$1"
}

n=0 failed=0
for nw in "$@"; do
	slug=$(basename "$nw" .nw)
	n=$((n + 1))
	if [ ! -f "$nw" ]; then
		echo "$nw: no such chapter"
		echo "not ok $n - $slug: numbers quoted from its runs"
		failed=1
		continue
	fi
	numbers=$(quoted_numbers "$nw")
	if [ -z "$numbers" ]; then
		echo "ok $n - $slug: quotes no number from a run"
		continue
	fi
	# Every whole number the chapter's runs printed, one per line.
	printed=$(cat "$RUNS/$slug"/*.txt 2>/dev/null |
		tr -c '0-9' '\n' | sed '/^$/d; s/^0*\([0-9]\)/\1/' | sort -u)
	if [ -z "$printed" ]; then
		echo "$nw: quotes numbers but $RUNS/$slug has no captured run"
		echo "not ok $n - $slug: numbers quoted from its runs"
		failed=1
		continue
	fi
	missing=$(echo "$numbers" | while read -r line num; do
		want=$(echo "$num" | sed 's/^0*\([0-9]\)/\1/')
		echo "$printed" | grep -qx "$want" ||
			echo "$nw:$line: $num is in none of the chapter's runs"
	done)
	count=$(echo "$numbers" | wc -l)
	if [ -n "$missing" ]; then
		echo "$missing"
		echo "not ok $n - $slug: $count numbers quoted from its runs," \
			"$(echo "$missing" | wc -l) not printed by them"
		failed=1
	else
		echo "ok $n - $slug: $count numbers quoted from its runs," \
			"every one printed"
	fi
done
echo "1..$n"
exit $failed
