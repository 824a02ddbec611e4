# Name the functions that nothing calls in a snapshot.  Reads the output of
# "nm -l -A --defined-only" over the objects built with one section per
# function (obj-gc-kernel/, obj-gc-host/) and over the programs linked
# from them with --gc-sections (gc/), in mk/snapshot.mk's target
# dead-functions:
#     OBJECT:ADDRESS TYPE NAME<TAB>FILE:LINE
# A function (types T, t, W, w) is known by FILE:LINE, where its
# definition begins (by its name when there is no debug information); a
# global function of arch/ by its name, one definition per machine.  It
# is dead when an object defines it and no program kept it.  Prints
# TAP-like lines: "not ok N - SNAPSHOT: NAME (FILE:LINE, in SOURCE) is
# called by nothing" for each, or one "ok" line; exits 1 if any is dead.
# Usage: awk -v snapshot=NAME [-v root=DIR/] -f tools/dead-functions.awk
BEGIN { FS = "\t" }
# Every record is kept and read at the end, when every global function of
# arch/ is known: a machine's arch/ may define a function that the other
# machine has outside arch/ (the host's stand-in for the PCI scan of
# drivers/pci/), whichever object nm reads first.
{
	at = $2
	if (root != "" && index(at, root) == 1)
		at = substr(at, length(root) + 1)
	n = split($1, w, " ")
	if (n != 3 || w[2] !~ /^[TtWw]$/)
		next
	file = w[1]
	sub(/:[0-9a-f]+$/, "", file)
	if (w[2] ~ /^[TW]$/ && file ~ /^obj-gc-[a-z]+\/arch\//)
		archfn[w[3]] = 1
	nrec++
	r_at[nrec] = at
	r_name[nrec] = w[3]
	r_global[nrec] = w[2] ~ /^[TW]$/
	r_file[nrec] = file
}
END {
	for (r = 1; r <= nrec; r++) {
		at = r_at[r]
		name = r_name[r]
		file = r_file[r]
		key = at != "" ? at : "?" name
		# A global function of arch/ is one per machine, known by
		# its name.
		if (r_global[r] && (name in archfn))
			key = "arch " name
		if (file ~ /^gc\//) {
			kept[key] = 1
			continue
		}
		sub(/^obj-gc-[a-z]+\//, "", file)
		sub(/\.o$/, "", file)
		if (!(key in place))
			place[key] = at != "" ? at : "no line"
		if (!((key, name) in seen)) {
			seen[key, name] = 1
			names[key] = (key in names ? names[key] ", " : "") name
		}
		if (!((key, file) in seen)) {
			seen[key, file] = 1
			where[key] = (key in where ? where[key] " " : "") file
		}
	}
	n = 0
	for (key in where)
		if (!(key in kept))
			dead[++n] = key
	# sorted by place, for a stable report
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && dead[j - 1] > dead[j]; j--) {
			t = dead[j]; dead[j] = dead[j - 1]; dead[j - 1] = t
		}
	for (i = 1; i <= n; i++) {
		key = dead[i]
		printf "not ok %d - %s: %s (%s, in %s) is called by nothing\n",
		    i, snapshot, names[key], place[key],
		    where[key]
	}
	if (n == 0) {
		for (key in where)
			total++
		printf "ok 1 - %s: each of its %d functions is called by the " \
		    "kernel or a host program\n", snapshot, total
	}
	exit n > 0
}
