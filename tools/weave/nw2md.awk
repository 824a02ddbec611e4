# nw2md.awk: noweb back end that turns the cross-referenced pipeline of a
# whole book (noweave -n -index, all chapters in one run) into one Pandoc
# Markdown file per chapter, plus the tables the Lua filter and the
# post-processor need to link chunks across pages.
#
# Usage (through tools/weave/nw2md.sh, which noweave calls as its back end):
#   awk -v out=DIR -f tools/weave/nw2md.awk < pipeline
# Writes DIR/NN-slug.md per @file, DIR/NN-slug-workshop.md per chapter
# with workshop sections, DIR/book-index.md (chunk and identifier index),
# DIR/refs.tsv (idx label page num name; one row per chunk label and per
# undefined chunk name; the code placeholder /*@ref:idx@*/ points here),
# DIR/anchors.tsv (anchor page), DIR/ids.tsv (identifier label page num;
# its first definition) and DIR/pages.txt (slug number: the pages in
# reading order, a chapter's workshop right after it, numbered W8).
# A chapter NN-slug is numbered by its place among the chapters (1, 2, ...);
# an appendix, LETTER-slug, by its letter (A): its chunks are A.1, A.2, ...
#
# Reads, when they exist (book.sh writes them): DIR/nw/files.tsv, "COPY
# REAL" per file, the copies noweave read (tools/nw-replaces.sh) and the
# chapters they stand for, so that messages and page names are the real
# ones; DIR/nw/replaces.tsv, "FILE LINE NAME" per definition that replaces
# the chunk's earlier ones.  noweave chains all definitions of a name as
# continuations; here the chain breaks at each replacement: the replacing
# chunk says "Replaces 7.12 and 7.15" (the generation before it) and each
# of those "Replaced in 8.40".
#
# Workshops: a level-2 heading with the class workshop ("## Self-tests
# {#id .workshop}") and what follows it up to the next level-1 or level-2
# heading (a "#" line inside a fenced block is not a heading) go into the
# chapter's workshop page, NN-slug-workshop.md, whose chunks are numbered
# W8.1, W8.2, ...; the chapter page gets a line that links it.
#
# Errors on stderr (the caller, book.sh, fails on them), "FILE:LINE: ...":
# a chunk used but defined nowhere ("undefined chunk <<name>>"), a
# definition that replaces a chunk defined nowhere before it.

function basename_nw(f,    s) {
	s = f
	sub(/^.*\//, "", s)
	sub(/\.nw$/, "", s)
	return s
}

# The number of the page with this slug: its letter for an appendix, else
# the next chapter number.
function page_number(slug) {
	if (slug ~ /^[A-Z]-/) return substr(slug, 1, 1)
	return ++nchapter
}

# Language of the code block for a root chunk (a file path).
function lang_of_root(name) {
	if (name ~ /\.[ch]$/) return "c"
	if (name ~ /\.[sS]$/) return "gnuassembler"
	if (name ~ /(^|\/)(GNU)?[Mm]akefile$/ || name ~ /\.mk$/) return "makefile"
	if (name ~ /\.sh$/) return "bash"
	if (name ~ /\.(ld|lds)$/) return "default"
	return ""
}

# Language of any chunk: its own if it is a root with a known extension,
# else the language of the first root found by walking up its users.
function lang_of(name, depth,    l, i, n, u) {
	if (name in langmemo) return langmemo[name]
	l = lang_of_root(name)
	if (l == "" && depth < 50) {
		n = nusers[name]
		for (i = 1; i <= n && l == ""; i++) {
			u = users[name, i]
			if (u != name)
				l = lang_of(u, depth + 1)
		}
	}
	if (depth == 0) {
		if (l == "") l = "c"
		langmemo[name] = l
	}
	return l
}

function add_user(child, parent,    i) {
	for (i = 1; i <= nusers[child]; i++)
		if (users[child, i] == parent) return
	users[child, ++nusers[child]] = parent
}

function md_escape(s) {
	gsub(/\\/, "\\\\", s)
	gsub(/[][*_`<>#|$~^@]/, "\\\\&", s)
	return s
}

function inline_code(s,    fence) {
	fence = "`"
	while (index(s, fence) > 0) fence = fence "`"
	if (substr(s, 1, 1) == "`" || substr(s, length(s), 1) == "`")
		return fence " " s " " fence
	return fence s fence
}

# A Markdown link to a chunk definition, showing its number.
function numlink(label) {
	if (!(label in lnum)) return "?"
	return "[" lnum[label] "](#" label "){.nwnum}"
}

# The chunks in arr[1..n] as a list of links, each chunk once.
function numlist(arr, n,    i, m, s, seen, uniq) {
	m = 0
	for (i = 1; i <= n; i++)
		if (!(arr[i] in seen)) {
			seen[arr[i]] = 1
			uniq[++m] = arr[i]
		}
	s = ""
	for (i = 1; i <= m; i++) {
		if (i > 1) s = s (i == m ? " and " : ", ")
		s = s numlink(uniq[i])
	}
	return s
}

function refidx_label(label, name) {
	if (label == "nw@notdef" || label == "") {
		if (!((name) in undefidx)) {
			undefidx[name] = ++nrefs
			reflabel[nrefs] = "-"
			refname[nrefs] = name
		}
		return undefidx[name]
	}
	return labidx[label]
}

function chunk_ref_md(label, name) {
	if (label == "nw@notdef" || !(label in lnum))
		return "⟨" md_escape(name) "⟩"
	return "[⟨" md_escape(name) " " lnum[label] "⟩](#" label "){.nwref}"
}

BEGIN {
	n = 0
	f = out "/nw/files.tsv"
	while ((getline l < f) > 0) {
		split(l, p, "\t")
		realname[p[1]] = p[2]
	}
	close(f)
	f = out "/nw/replaces.tsv"
	while ((getline l < f) > 0) {
		split(l, p, "\t")
		replaces[p[1] "\t" p[2]] = p[3]
	}
	close(f)
}
{ line[++n] = $0 }

# Prose, one line at a time: follows fenced code blocks, in which no line
# is a heading, and returns the level of an ATX heading (0 for any other
# line).  Its state, fence, is cleared at the start of each file.
function prose_line(s,    t, run) {
	t = s
	sub(/^ {0,3}/, "", t)
	if (fence != "") {
		if (match(t, /^(`+|~+)[ \t]*$/) && substr(t, 1, 1) == \
		    substr(fence, 1, 1) && index(t, fence) == 1)
			fence = ""
		return 0
	}
	if (match(t, /^(```+|~~~+)/)) {
		run = substr(t, 1, RLENGTH)
		# a backtick fence's info string has no backtick
		if (substr(run, 1, 1) == "~" || index(substr(t, RLENGTH + 1), "`") == 0) {
			fence = run
			return 0
		}
	}
	if (s ~ /^#{1,6}([ \t]|$)/) {
		match(s, /^#+/)
		return RLENGTH
	}
	return 0
}

# A heading's class workshop, its title (no attributes), its id.
function is_workshop(s) { return s ~ /\{([^}]*[ \t])?\.workshop[ \t}]/ }
function heading_title(s) {
	sub(/^#+[ \t]*/, "", s)
	sub(/[ \t]*\{[^}]*\}[ \t]*$/, "", s)
	sub(/[ \t]+#+[ \t]*$/, "", s)
	return s
}
function heading_id(s) {
	if (!match(s, /\{([^}]*[ \t])?#[^ \t}]+/)) return ""
	s = substr(s, RSTART, RLENGTH)
	sub(/^.*#/, "", s)
	return s
}

# Pass 1's view of a line of prose: headings switch between the chapter
# and its workshop (recorded at the pipeline line i for pass 2); heading
# ids are anchors of the page they land on.
function doc_line(s, i,    lv, id, ws, k) {
	lv = prose_line(s)
	if (lv == 0) return
	if (lv <= 2) {
		ws = lv == 2 && is_workshop(s)
		if (ws != inws) switchat[i] = ws
		inws = ws
	}
	if (lv == 1 && !(nfile in ftitle)) {
		ftitle[nfile] = heading_title(s)
		h1at[i] = 1
	}
	if (inws && lv == 2) {
		hasws[nfile] = 1
		if (s !~ /\{([^}]*[ \t])?(\.unnumbered|-)[ \t}]/) {
			k = ++nwsec[nfile]
			wsectitle[nfile, k] = heading_title(s)
			wsecid[nfile, k] = heading_id(s)
		}
	}
	id = heading_id(s)
	if (id != "") anchorpage[id] = fslug[nfile] (inws ? "-workshop" : "")
}

END {
	# ---- pass 1: files, chunk labels and numbers, users of each name
	nfile = 0
	for (i = 1; i <= n; i++) {
		l = line[i]
		if (l ~ /^@file /) {
			s = substr(l, 7)
			fname[++nfile] = s in realname ? realname[s] : s
			fslug[nfile] = basename_nw(fname[nfile])
			fnum[nfile] = page_number(fslug[nfile])
			seq = 0
			wseq = 0
			lineno = 1
			fence = ""
			inws = 0
		} else if (l ~ /^@begin docs /) {
			indocs = 1
			dline = ""
		} else if (l ~ /^@end docs /) {
			indocs = 0
			if (dline != "") doc_line(dline, i)
		} else if (indocs && l ~ /^@text /) {
			dline = dline substr(l, 7)
		} else if (indocs && (l == "@quote" || l == "@endquote")) {
			dline = dline "`"
		} else if (indocs && l == "@nl") {
			doc_line(dline, i)
			dline = ""
			lineno++
		} else if (l ~ /^@begin code /) {
			incode = 1
			curlabel = ""
		} else if (l ~ /^@end code /) {
			incode = 0
			if (curname != "") nameuse[curname, "done"] = 1
		} else if (incode && l ~ /^@xref label / && curlabel == "") {
			curlabel = substr(l, 13)
			if (inws) {
				lnum[curlabel] = "W" fnum[nfile] "." (++wseq)
				lpage[curlabel] = fslug[nfile] "-workshop"
			} else {
				lnum[curlabel] = fnum[nfile] "." (++seq)
				lpage[curlabel] = fslug[nfile]
			}
			labidx[curlabel] = ++nrefs
			reflabel[nrefs] = curlabel
		} else if (incode && l ~ /^@defn /) {
			curname = substr(l, 7)
			lname[curlabel] = curname
			# the definitions of each name in book order, cut into
			# generations by the ones that replace
			k = fname[nfile] "\t" lineno
			if (k in replaces) {
				if (replaces[k] != curname)
					printf "%s:%d: replaces.tsv names <<%s>>, " \
					    "the line defines <<%s>>\n", fname[nfile], \
					    lineno, replaces[k], curname > "/dev/stderr"
				else if (nnamedefs[curname] == 0)
					printf "%s:%d: <<%s>>= replaces a chunk " \
					    "that nothing before it defines\n", \
					    fname[nfile], lineno, curname > "/dev/stderr"
				isrepl[curlabel] = 1
			}
			defs[curname, ++nnamedefs[curname]] = curlabel
		} else if (incode && l ~ /^@xref useitem /) {
			if (!((curname, "done") in nameuse))
				nameuse[curname, ++nnameuse[curname]] = substr(l, 15)
		} else if (incode && l ~ /^@use /) {
			add_user(substr(l, 6), curname)
		} else if (l ~ /^@xref ref nw@notdef/ && line[i + 1] ~ /^@use /) {
			nundef++
			printf "%s:%d: undefined chunk <<%s>>\n", fname[nfile], \
			    lineno, substr(line[i + 1], 6) > "/dev/stderr"
		} else if (l == "@nl" || l == "@index nl") {
			lineno++
		} else if (l ~ /^@index entrybegin /) {
			ident = substr(l, 19)
			sub(/^[^ ]* /, "", ident)
		} else if (l ~ /^@index entrydefn /) {
			definer[ident, substr(l, 18)] = 1
		}
	}
	for (k = 1; k <= nrefs; k++)
		if (reflabel[k] != "-") refname[k] = lname[reflabel[k]]
	# Each replacing definition: the generation before it (replaced[r, 1
	# .. nreplaced[r]]), each of which is replaced in it (replacedin[d]).
	for (k in nnamedefs) {
		first = 1
		for (j = 1; j <= nnamedefs[k]; j++) {
			r = defs[k, j]
			if (!(r in isrepl) || j == 1) continue
			for (d = first; d < j; d++) {
				replaced[r, ++nreplaced[r]] = defs[k, d]
				replacedin[defs[k, d]] = r
			}
			first = j
		}
	}

	# ---- pass 2: write one Markdown file per chapter (and workshop)
	f = 0
	out_file = ""
	for (i = 1; i <= n; i++) {
		l = line[i]
		if (l ~ /^@file /) {
			if (out_file != "") close(out_file)
			if (ws_file != "") close(ws_file)
			f++
			out_file = out "/" fslug[f] ".md"
			printf "" > out_file
			dest = out_file
			ws_file = ""
			if (f in hasws) start_workshop()
			continue
		}
		if (l ~ /^@begin docs /) { indocs = 1; buf = ""; continue }
		if (l ~ /^@end docs /) {
			indocs = 0
			if (i in switchat) dest = switchat[i] ? ws_file : out_file
			printf "%s", buf > dest
			continue
		}
		if (l ~ /^@begin code /) {
			incode = 1; code = ""; label = ""; prevdef = ""; nextdef = ""
			nuse = 0; ndefs = 0; notused = 0; pendref = ""
			ndefid = 0
			continue
		}
		if (l ~ /^@end code /) {
			incode = 0
			emit_chunk()
			continue
		}
		if (l == "@quote") { inquote = 1; qbuf = ""; qref = ""; continue }
		if (l == "@endquote") {
			inquote = 0
			if (qref != "") buf = buf qref
			else buf = buf inline_code(qbuf)
			continue
		}
		if (indocs) {
			if (l ~ /^@xref ref /) { pendref = substr(l, 11); continue }
			if (l ~ /^@use /) {
				s = chunk_ref_md(pendref, substr(l, 6))
				if (inquote) qref = qref s
				else buf = buf s
				continue
			}
			if (l ~ /^@text /) {
				s = substr(l, 7)
				if (inquote) { qbuf = qbuf s; continue }
				if (s ~ /^```+ *\{\.(qemu|host)-run/)
					sub(/\}[ \t]*$/, " chapter=\"" fslug[f] "\"}", s)
				if (s ~ /^:::+ *\{?\.?exercises\}? *$/)
					s = "::: {.exercises chapter=\"" fslug[f] "\"}"
				buf = buf s
				continue
			}
			if (l == "@nl" && inquote) qbuf = qbuf " "
			else if (l == "@nl") {
				# a line of prose: a heading may move it (and
				# what follows) to the workshop, or back
				if (i in switchat) dest = switchat[i] ? ws_file : out_file
				printf "%s\n", buf > dest
				buf = ""
				if ((i in h1at) && (f in hasws)) workshop_link()
			}
			continue
		}
		if (incode) {
			if (l ~ /^@xref label / && label == "") { label = substr(l, 13); continue }
			if (l ~ /^@defn /) { name = substr(l, 7); continue }
			if (l ~ /^@xref prevdef /) { prevdef = substr(l, 15); continue }
			if (l ~ /^@xref nextdef /) { nextdef = substr(l, 15); continue }
			if (l ~ /^@xref notused /) { notused = 1; continue }
			if (l ~ /^@xref useitem /) { useitem[++nuse] = substr(l, 15); continue }
			if (l ~ /^@xref ref /) { pendref = substr(l, 11); continue }
			if (l ~ /^@use /) {
				code = code "/*@ref:" refidx_label(pendref, substr(l, 6)) "@*/"
				continue
			}
			if (l ~ /^@text /) { code = code substr(l, 7); continue }
			if (l == "@nl") { code = code "\n"; continue }
			if (l ~ /^@index defn /) { defid[++ndefid] = substr(l, 13); nidu[ndefid] = 0; continue }
			if (l ~ /^@index isused /) { idu[ndefid, ++nidu[ndefid]] = substr(l, 15); continue }
			continue
		}
		# trailing cross-reference and index information
		if (l ~ /^@xref chunkbegin /) {
			s = substr(l, 18)
			ci_label = s; sub(/ .*$/, "", ci_label)
			ci_name = s; sub(/^[^ ]* /, "", ci_name)
			nci++
			ciname[nci] = ci_name
			cilabel[nci] = ci_label
			cind[nci] = 0; cinu[nci] = 0
			continue
		}
		if (l ~ /^@xref chunkdefn /) { cidef[nci, ++cind[nci]] = substr(l, 17); continue }
		if (l ~ /^@xref chunkuse /) { ciuse[nci, ++cinu[nci]] = substr(l, 16); continue }
		if (l ~ /^@index entrybegin /) {
			s = substr(l, 19)
			nii++
			iiname[nii] = s; sub(/^[^ ]* /, "", iiname[nii])
			iind[nii] = 0; iinu[nii] = 0
			continue
		}
		if (l ~ /^@index entrydefn /) { iidef[nii, ++iind[nii]] = substr(l, 18); continue }
		if (l ~ /^@index entryuse /) { iiuse[nii, ++iinu[nii]] = substr(l, 17); continue }
	}
	if (out_file != "") close(out_file)
	write_index()
	write_tables()
	exit 0
}

# One code chunk: a div carrying the label (the Lua filter draws the header
# from refs.tsv), the code block, and the cross-reference lines.
function emit_chunk(    fence, lang, info, a, k, dl, nu, defs) {
	lang = lang_of(name, 0)
	fence = "`````"
	while (index(code, fence) > 0) fence = fence "`"
	sub(/^\n+/, "", code)	# blank lines that only separate tangled code
	# a replacing chunk starts a new generation: it continues nothing,
	# and the one before it is not continued in it
	if (label in isrepl) prevdef = ""
	if (nextdef in isrepl) nextdef = ""
	printf "\n::: {#%s .nwchunk%s}\n", label, \
	    prevdef != "" ? " .nwcont" : "" > dest
	printf "%s {.%s .nwcode}\n%s%s\n", fence, lang, code, fence > dest
	info = ""
	if (label in isrepl) {
		for (k = 1; k <= nreplaced[label]; k++) a[k] = replaced[label, k]
		info = info "Replaces " numlist(a, nreplaced[label]) ". "
	}
	if (prevdef != "")
		info = info "Continues " numlink(prevdef) ". "
	if (nextdef != "")
		info = info "Continued in " numlink(nextdef) ". "
	if (label in replacedin)
		info = info "Replaced in " numlink(replacedin[label]) ". "
	if (nuse == 0 && (prevdef != "" || label in isrepl))
		for (k = 1; k <= nnameuse[name]; k++) useitem[++nuse] = nameuse[name, k]
	if (nuse > 0) {
		for (k = 1; k <= nuse; k++) a[k] = useitem[k]
		info = info "Used in " numlist(a, nuse) ". "
	} else if (notused && (lang_of_root(name) != "" || name ~ /\//)) {
		info = info "Root of the file " inline_code(name) ". "
	} else if (notused) {
		info = info "Not used in this book. "
	}
	defs = ""
	for (k = 1; k <= ndefid; k++) {
		defs = defs (k == 1 ? "" : k == ndefid ? " and " : ", ")
		defs = defs inline_code(defid[k])
		nu = 0
		for (dl = 1; dl <= nidu[k]; dl++)
			# (another definition of the chunk that defines it
			# too, as one that replaces this one, is not a use)
			if (idu[k, dl] != label && !((defid[k], idu[k, dl]) in \
			    definer && lname[idu[k, dl]] == name))
				a[++nu] = idu[k, dl]
		if (nu > 0) defs = defs " (used in " numlist(a, nu) ")"
	}
	if (defs != "") info = info "Defines " defs ". "
	sub(/ $/, "", info)
	if (info != "")
		printf "\n::: nwinfo\n%s\n:::\n", info > dest
	printf ":::\n" > dest
}

# The workshop page of file f: for the PDF, the command that numbers it
# (header.tex); its title, the chapter's; its anchor workshop-NN-slug.
function start_workshop(    t) {
	ws_file = out "/" fslug[f] "-workshop.md"
	t = f in ftitle ? ftitle[f] : fslug[f]
	printf "```{=latex}\n\\nwworkshop{%s}\n```\n\n", fnum[f] > ws_file
	printf "# %s {#workshop-%s .nwworkshop}\n\n", t, fslug[f] > ws_file
}

# Under the chapter's title: where its workshop is and what it holds.
function workshop_link(    k, s, t) {
	s = ""
	for (k = 1; k <= nwsec[f]; k++) {
		s = s (k == 1 ? "" : k == nwsec[f] ? " and " : ", ")
		t = "W" fnum[f] "." k " " wsectitle[f, k]
		if (wsecid[f, k] != "") t = "[" t "](#" wsecid[f, k] ")"
		s = s t
	}
	printf "\n::: nwworkshoplink\nThis chapter's workshop: " \
	    "[Workshop %s](#workshop-%s)%s.\n:::\n", fnum[f], fslug[f], \
	    s == "" ? "" : ", with " s > out_file
}

function write_index(    o, k, j, a, b) {
	o = out "/book-index.md"
	printf "# Index of chunks and identifiers {#book-index .unnumbered .nwappendix}\n\n" > o
	printf "## Chunks {#index-chunks .unnumbered}\n\n" > o
	printf "Every chunk name, with the numbers of its definitions " > o
	printf "and of the chunks that use it.\n\n" > o
	printf "::: {.nwindex}\n" > o
	for (k = 1; k <= nci; k++) {
		for (j = 1; j <= cind[k]; j++) a[j] = cidef[k, j]
		if (lang_of_root(ciname[k]) != "" || ciname[k] ~ /\//)
			printf "- %s %s", inline_code(ciname[k]), numlist(a, cind[k]) > o
		else
			printf "- ⟨%s⟩ %s", md_escape(ciname[k]), numlist(a, cind[k]) > o
		for (j = 1; j <= cinu[k]; j++) b[j] = ciuse[k, j]
		if (cinu[k] > 0) printf "; used in %s", numlist(b, cinu[k]) > o
		printf "\n" > o
	}
	printf ":::\n\n## Identifiers {#index-identifiers .unnumbered}\n\n" > o
	printf "Every identifier marked as defined, with the chunk that " > o
	printf "defines it and the chunks that use it.\n\n::: {.nwindex}\n" > o
	for (k = 1; k <= nii; k++) {
		for (j = 1; j <= iind[k]; j++) a[j] = iidef[k, j]
		printf "- %s: defined in %s", inline_code(iiname[k]), \
		    numlist(a, iind[k]) > o
		for (j = 1; j <= iinu[k]; j++) b[j] = iiuse[k, j]
		if (iinu[k] > 0) printf "; used in %s", numlist(b, iinu[k]) > o
		printf "\n" > o
	}
	printf ":::\n" > o
	close(o)
}

function write_tables(    o, k, a) {
	o = out "/refs.tsv"
	printf "" > o
	for (k = 1; k <= nrefs; k++) {
		a = reflabel[k]
		printf "%d\t%s\t%s\t%s\t%s\n", k, a, \
		    a == "-" ? "-" : lpage[a], a == "-" ? "?" : lnum[a], \
		    refname[k] > o
	}
	close(o)
	o = out "/anchors.tsv"
	printf "" > o
	for (a in lpage) printf "%s\t%s\n", a, lpage[a] > o
	for (a in anchorpage) printf "%s\t%s\n", a, anchorpage[a] > o
	for (k = 1; k <= nfile; k++)
		if (k in hasws)
			printf "workshop-%s\t%s-workshop\n", fslug[k], fslug[k] > o
	printf "book-index\tbook-index\nindex-chunks\tbook-index\n" > o
	printf "index-identifiers\tbook-index\n" > o
	close(o)
	o = out "/ids.tsv"
	printf "" > o
	for (k = 1; k <= nii; k++) {
		a = iidef[k, 1]
		if (a in lpage)
			printf "%s\t%s\t%s\t%s\n", iiname[k], a, lpage[a], lnum[a] > o
	}
	close(o)
	o = out "/pages.txt"
	printf "" > o
	for (k = 1; k <= nfile; k++) {
		printf "%s\t%s\n", fslug[k], fnum[k] > o
		if (k in hasws)
			printf "%s-workshop\tW%s\n", fslug[k], fnum[k] > o
	}
	close(o)
}
