# Finds, in the prose of .nw chapters, a "[" that no "]" of the same
# paragraph closes, such as the half-open range "[base, end)".  Pandoc's
# Markdown reader takes such a bracket for the start of a link and, for
# each one, reads on through the rest of the input looking for its end: in
# a file woven alone that costs little, but the PDF is made from all the
# chapters at once, and one bracket early in the book made pandoc take a
# minute and 14 GB.  Write "\[" for a bracket that opens no link.
# Skipped: code chunks, fenced blocks, code spans, [[noweb code]], "\[".
# Usage: awk -f tools/weave/check-brackets.awk CHAPTER.nw...
# Prints FILE:LINE: messages; exits 1 if it found any.

function flush(   text, i, c, depth, n, open, nl) {
	text = para
	para = ""
	if (text == "")
		return
	gsub(/\\[][\\`]/, "  ", text)		# escaped brackets and backticks
	while (match(text, /\[\[[^]]*\]\]/))	# noweb's quoted code
		text = substr(text, 1, RSTART - 1) blank(RLENGTH) \
		    substr(text, RSTART + RLENGTH)
	while (match(text, /`[^`]*`/))		# code spans
		text = substr(text, 1, RSTART - 1) blank(RLENGTH) \
		    substr(text, RSTART + RLENGTH)
	depth = 0
	nl = 0
	for (i = 1; i <= length(text); i++) {
		c = substr(text, i, 1)
		if (c == "\n")
			nl++
		else if (c == "[")
			open[++depth] = nl
		else if (c == "]" && depth > 0)
			depth--
	}
	for (n = 1; n <= depth; n++) {
		printf "%s:%d: a \"[\" that no \"]\" closes in its paragraph; " \
		    "write \"\\[\" (pandoc would read on to the end of the " \
		    "book for its \"]\")\n", file, first + open[n]
		bad = 1
	}
}

# the same number of characters, newlines kept (so lines still count)
function blank(len,   s) {
	s = ""
	while (len-- > 0)
		s = s " "
	return s
}

FNR == 1 { flush(); code = 0; fence = "" }
/^<<.*>>=/ { flush(); code = 1; next }
code && /^@( |$)/ { code = 0; next }
code { next }
fence != "" {
	if (index($0, fence) == 1)
		fence = ""
	next
}
/^(```|~~~)/ { flush(); fence = substr($0, 1, 3); next }
/^[ \t]*$/ || /^#+ / { flush(); next }
{
	if (para == "") {
		file = FILENAME
		first = FNR
		para = $0
	} else
		para = para "\n" $0
}
END { flush(); exit bad }
