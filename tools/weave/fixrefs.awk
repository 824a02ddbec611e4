# fixrefs.awk: replace the chunk-reference placeholders /*@ref:N@*/ that
# nw2md.awk leaves in code with links, after Pandoc has highlighted the code.
# Usage: awk -v fmt=html|latex -v page=NN-slug -f fixrefs.awk refs.tsv FILE > OUT
#   html:  <a class="nwref" href="page.html#label">⟨name num⟩</a>
#   latex: \nwref{label}{name}{num}   (inside fancyvrb, only \ { } escaped)
# refs.tsv rows: idx label page num name (label "-" for an undefined chunk).

function html_escape(s) {
	gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s)
	return s
}

function vrb_escape(s) {
	gsub(/\\/, "\001", s)
	gsub(/[{}]/, "\\\\&", s)
	gsub(/\001/, "\\textbackslash{}", s)
	return s
}

function link(k,    lab) {
	lab = label[k]
	if (fmt == "latex") {
		if (lab == "-") return "\\nwundef{" vrb_escape(name[k]) "}"
		return "\\nwref{nwc" k "}{" vrb_escape(name[k]) "}{" num[k] "}"
	}
	if (lab == "-")
		return "<span class=\"nwref nwundef\">⟨" html_escape(name[k]) "⟩</span>"
	return "<a class=\"nwref\" href=\"" (pg[k] == page ? "" : pg[k] ".html") \
	    "#" lab "\">⟨" html_escape(name[k]) "&nbsp;" num[k] "⟩</a>"
}

BEGIN { FS = "\t" }
FNR == NR { label[$1] = $2; pg[$1] = $3; num[$1] = $4; name[$1] = $5; next }
{
	s = $0
	out = ""
	while (match(s, /\/\*@ref:[0-9]+@\*\//)) {
		k = substr(s, RSTART + 7, RLENGTH - 10)
		pre = substr(s, 1, RSTART - 1)
		post = substr(s, RSTART + RLENGTH)
		# drop the comment token wrapped around the placeholder
		if (fmt == "latex" && pre ~ /\\CommentTok\{$/ && post ~ /^\}/) {
			sub(/\\CommentTok\{$/, "", pre); post = substr(post, 2)
		} else if (fmt == "html" && pre ~ /<span class="co">$/ && post ~ /^<\/span>/) {
			sub(/<span class="co">$/, "", pre); post = substr(post, 8)
		}
		out = out pre link(k)
		s = post
	}
	print out s
}
