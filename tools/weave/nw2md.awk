# nw2md.awk: noweb back end that turns the cross-referenced pipeline of a
# whole book (noweave -n -index, all chapters in one run) into one Pandoc
# Markdown file per chapter, plus the tables the Lua filter and the
# post-processor need to link chunks across pages.
#
# Usage (through tools/weave/nw2md.sh, which noweave calls as its back end):
#   awk -v out=DIR -f tools/weave/nw2md.awk < pipeline
# Writes DIR/NN-slug.md per @file, DIR/book-index.md (chunk and identifier
# index), DIR/refs.tsv (idx label page num name; one row per chunk label and
# per undefined chunk name; the code placeholder /*@ref:idx@*/ points here),
# DIR/anchors.tsv (anchor page), DIR/ids.tsv (identifier label page num;
# its first definition) and DIR/pages.txt (slug chapter-number).
# A chapter NN-slug is numbered by its place among the chapters (1, 2, ...);
# an appendix, LETTER-slug, by its letter (A): its chunks are A.1, A.2, ...
# A chunk used but defined nowhere gives a message on stderr (the caller,
# book.sh, fails on it): "FILE:LINE: undefined chunk <<name>>".

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

BEGIN { n = 0 }
{ line[++n] = $0 }

END {
	# ---- pass 1: files, chunk labels and numbers, users of each name
	nfile = 0
	for (i = 1; i <= n; i++) {
		l = line[i]
		if (l ~ /^@file /) {
			fname[++nfile] = substr(l, 7)
			fslug[nfile] = basename_nw(fname[nfile])
			fnum[nfile] = page_number(fslug[nfile])
			seq = 0
			lineno = 1
		} else if (l ~ /^@begin code /) {
			incode = 1
			seq++
			curlabel = ""
		} else if (l ~ /^@end code /) {
			incode = 0
			if (curname != "") nameuse[curname, "done"] = 1
		} else if (incode && l ~ /^@xref label / && curlabel == "") {
			curlabel = substr(l, 13)
			lnum[curlabel] = fnum[nfile] "." seq
			lpage[curlabel] = fslug[nfile]
			labidx[curlabel] = ++nrefs
			reflabel[nrefs] = curlabel
		} else if (incode && l ~ /^@defn /) {
			curname = substr(l, 7)
			lname[curlabel] = curname
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
		} else if (l ~ /^@text #+ .*\{#[^ }]+/) {
			s = l
			sub(/^.*\{#/, "", s)
			sub(/[ }].*$/, "", s)
			anchorpage[s] = fslug[nfile]
		}
	}
	for (k = 1; k <= nrefs; k++)
		if (reflabel[k] != "-") refname[k] = lname[reflabel[k]]

	# ---- pass 2: write one Markdown file per chapter
	f = 0
	out_file = ""
	for (i = 1; i <= n; i++) {
		l = line[i]
		if (l ~ /^@file /) {
			if (out_file != "") close(out_file)
			f++
			out_file = out "/" fslug[f] ".md"
			printf "" > out_file
			seq = 0
			continue
		}
		if (l ~ /^@begin docs /) { indocs = 1; buf = ""; continue }
		if (l ~ /^@end docs /) {
			indocs = 0
			printf "%s", buf > out_file
			continue
		}
		if (l ~ /^@begin code /) {
			seq++
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
				if (s ~ /^```+ *\{\.qemu-run/)
					sub(/\}[ \t]*$/, " chapter=\"" fslug[f] "\"}", s)
				if (s ~ /^:::+ *\{?\.?exercises\}? *$/)
					s = "::: {.exercises chapter=\"" fslug[f] "\"}"
				buf = buf s
				continue
			}
			if (l == "@nl") {
				if (inquote) qbuf = qbuf " "
				else buf = buf "\n"
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
	printf "\n::: {#%s .nwchunk%s}\n", label, \
	    prevdef != "" ? " .nwcont" : "" > out_file
	printf "%s {.%s .nwcode}\n%s%s\n", fence, lang, code, fence > out_file
	info = ""
	if (prevdef != "")
		info = info "Continues " numlink(prevdef) ". "
	if (nextdef != "")
		info = info "Continued in " numlink(nextdef) ". "
	if (nuse == 0 && prevdef != "")
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
			if (idu[k, dl] != label) a[++nu] = idu[k, dl]
		if (nu > 0) defs = defs " (used in " numlist(a, nu) ")"
	}
	if (defs != "") info = info "Defines " defs ". "
	sub(/ $/, "", info)
	if (info != "")
		printf "\n::: nwinfo\n%s\n:::\n", info > out_file
	printf ":::\n" > out_file
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
	for (k = 1; k <= nfile; k++) printf "%s\t%s\n", fslug[k], fnum[k] > o
	close(o)
}
