# Does a report our kernel printed parse line by line like Linux's?
# Usage: awk [-v optional=FILE] -f tools/report-parse.awk LINUX OURS
#
# Each line of LINUX (a /proc report Linux 6.1 printed) becomes a pattern:
# the text is literal, and each number (a run of digits not glued to a
# letter or underscore, with the spaces before it) may be any number laid
# out the way Linux laid it: either after the same spaces (a left-aligned
# "%lu") or in a field of the same width (a right-aligned "%6lu").  So a
# zone name, a label, a column width or a separator that differs from
# Linux's fails, and the figures themselves may differ.
# OURS must match the patterns in order, one line for one line.  The
# lines of LINUX that match an extended regular expression in FILE (one a
# line, # for comments) may be missing from OURS: counters our kernel
# does not keep.  With -v anyorder=1, each line of OURS must instead
# parse like some line of LINUX, in any order, and no line of LINUX is
# required (a report of what the kernel happens to hold, such as
# /proc/vmallocinfo).  Prints nothing and exits 0 when OURS parses;
# otherwise prints "# " lines naming the first line that does not, and
# exits 1.

function esc(s) {
	gsub(/[][\\.^$*+?(){}|]/, "\\\\&", s)
	return s
}

# s n times (written out: not every awk has intervals like {3})
function rep(s, n,    r) {
	r = ""
	while (n-- > 0)
		r = r s
	return r
}

# the pattern of one line of Linux's report
function pattern(line,    out, pre, sp, d, w, k, alt) {
	out = ""
	while (match(line, / *[0-9]+/)) {
		pre = substr(line, 1, RSTART - 1)
		num = substr(line, RSTART, RLENGTH)
		line = substr(line, RSTART + RLENGTH)
		# digits glued to a name ("DMA32", "nr_2") are part of it
		if (pre ~ /[A-Za-z_]$/ && num !~ /^ /) {
			out = out esc(pre num)
			continue
		}
		# and so are digits followed by a letter ("0x", "4K")
		if (line ~ /^[A-Za-z_]/) {
			out = out esc(pre num)
			continue
		}
		d = num; sub(/^ */, "", d)
		sp = length(num) - length(d)
		w = length(num)
		alt = rep(" ", sp) "[0-9]+"
		for (k = 1; k < w; k++)
			alt = alt "|" rep(" ", w - k) rep("[0-9]", k)
		out = out esc(pre) "(" alt ")"
	}
	return "^" out esc(line) "$"
}

BEGIN {
	nopt = 0
	if (optional != "") {
		while ((getline l < optional) > 0)
			if (l !~ /^#/ && l != "")
				opt[++nopt] = l
		close(optional)
	}
}

FNR == 1 { file++ }
{ sub(/\r$/, "") }
file == 1 {
	n++
	linux[n] = $0
	pat[n] = pattern($0)
	may_skip[n] = 0
	for (k = 1; k <= nopt; k++)
		if ($0 ~ opt[k])
			may_skip[n] = 1
	next
}
file == 2 { m++; ours[m] = $0 }

END {
	if (anyorder) {
		for (j = 1; j <= m; j++) {
			for (i = 1; i <= n && ours[j] !~ pat[i]; i++)
				;
			if (i > n) {
				printf "# line %d: %s\n#   parses like no line " \
				    "of Linux's\n", j, ours[j]
				exit 1
			}
		}
		exit 0
	}
	i = 1
	for (j = 1; j <= m; j++) {
		while (i <= n && ours[j] !~ pat[i] && may_skip[i])
			i++
		if (i > n) {
			printf "# line %d: %s\n#   is more than Linux prints\n", j, ours[j]
			exit 1
		}
		if (ours[j] !~ pat[i]) {
			printf "# line %d: %s\n", j, ours[j]
			printf "#   does not parse like Linux's line %d: %s\n", i, linux[i]
			exit 1
		}
		i++
	}
	for (; i <= n; i++)
		if (!may_skip[i]) {
			printf "# missing after line %d: a line like Linux's line %d: %s\n",
			    m, i, linux[i]
			exit 1
		}
	exit 0
}
