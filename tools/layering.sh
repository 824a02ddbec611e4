#!/bin/sh
# Check the layering of built snapshots: memory management and the
# libraries below it never use the kernel's user interfaces.
#
# Usage: tools/layering.sh [BUILD_DIR...]
#   BUILD_DIR is a snapshot's build directory (build/08-watermarks);
#   with none, every chapter's that exists.  The snapshot must have been
#   built (mk/snapshot.mk), since the check reads its objects.
#
# The lower layers are the objects built from lib/, mm/ and fs/.  The user
# interfaces are the objects built from kernel/monitor*.c, kernel/demo*.c,
# kernel/selftest*.c, arch/*/selftest*.c, tests/, bench/ and tools/ (the
# monitor, the demo, the self-tests, the host tests and the programs).
# Everything else is a service a lower layer may call: the rest of
# kernel/ (printk, panic, sysctl, the taint ...), arch/, and the lower
# layers themselves.  For each of obj-kernel and obj-host:
#   1. every symbol a lower object leaves undefined (nm's U) must not be
#      defined by a user-interface object; a symbol that no object of the
#      build defines is the linker script's or, on the host, the C
#      library's, and is allowed;
#   2. no lower object was compiled with a user-interface header: none of
#      the headers its .d file lists is include/linux/monitor*.h,
#      include/linux/selftest*.h, or a header under tests/ or tools/.
# Prints one TAP-like line per build, object directory and rule, with
# "#" lines naming each offence; exits 1 if any check fails.
set -u
cd "$(dirname "$0")/.."

lower='^(lib|mm|fs)/'
ui='^(kernel/(monitor|demo|selftest)[^/]*|arch/[^/]+/selftest[^/]*'
ui=$ui'|tests/.*|bench/.*|tools/.*)$'
ui_header='^(include/linux/(monitor|selftest)[^/]*[.]h|tests/.*|tools/.*)$'
rule1='lib/, mm/ and fs/ use no symbol of the monitor, demo, self-tests'
rule1="$rule1 or tests"
rule2='lib/, mm/ and fs/ include no monitor, self-test or test header'

if [ $# -eq 0 ]; then
	for ch in $(tools/chapters.sh); do
		[ -d "build/$ch/obj-kernel" ] && set -- "$@" "build/$ch"
	done
	[ $# -gt 0 ] || { echo "layering: no snapshot built" >&2; exit 2; }
fi

. tools/tap-result.sh

out=$(mktemp)
trap 'rm -f "$out"' EXIT
for dir in "$@"; do
	name=$(basename "$dir")
	for objs in obj-kernel obj-host; do
		if [ ! -d "$dir/$objs" ]; then
			echo "# no $dir/$objs: build the snapshot first" > "$out"
			result 1 "$name $objs: built" "$out"
			continue
		fi
		# Rule 1: nm -A prints "FILE:ADDRESS TYPE NAME" for a symbol
		# an object defines and "FILE: U NAME" for one it uses.
		(cd "$dir/$objs" && find . -name '*.o' | sed 's|^\./||' |
		    LC_ALL=C sort | xargs nm -A 2>/dev/null) |
		awk -v lower="$lower" -v ui="$ui" '
		{
			i = index($0, ":")
			file = substr($0, 1, i - 1)
			sub(/\.o$/, "", file)
			k = split(substr($0, i + 1), f, " ")
			type = f[k - 1]
			sym = f[k]
			if (type == "U") {
				if (file ~ lower) {
					nuse++
					use[nuse] = sym
					user[nuse] = file
				}
			} else if (type ~ /^[A-TV-Z]$/ && !(sym in def)) {
				def[sym] = file
			}
		}
		END {
			if (nuse == 0)
				print "# no object of lib/, mm/ or fs/ uses a symbol"
			for (j = 1; j <= nuse; j++)
				if (use[j] in def && def[use[j]] ~ ui) {
					print "# " user[j] " uses " use[j] \
					    ", defined in " def[use[j]]
					bad = 1
				}
			exit bad || nuse == 0
		}' > "$out"
		result $? "$name $objs: $rule1" "$out"

		# Rule 2: the headers each lower object was compiled with.
		find "$dir/$objs/lib" "$dir/$objs/mm" "$dir/$objs/fs" \
		    -name '*.d' 2>/dev/null | LC_ALL=C sort |
		while read -r d; do
			rel=${d#"$dir/$objs/"}
			echo "${rel%.d} $d"
		done |
		awk -v ui_header="$ui_header" '
		# a path without its "dir/.." and "." parts
		function norm(p,   k, j, part, out, top) {
			k = split(p, part, "/")
			top = 0
			for (j = 1; j <= k; j++) {
				if (part[j] == "." || (part[j] == "" && j > 1))
					continue
				if (part[j] == ".." && top > 0 &&
				    out[top] != "..")
					top--
				else
					out[++top] = part[j]
			}
			p = out[1]
			for (j = 2; j <= top; j++)
				p = p "/" out[j]
			return p
		}
		{
			src = $1
			nfiles++
			prefix = ""
			while ((getline line < $2) > 0) {
				k = split(line, f, " ")
				for (j = 1; j <= k; j++) {
					w = f[j]
					if (w == "\\" || w ~ /:$/)
						continue
					w = norm(w)
					if (prefix == "") {
						# the first prerequisite is
						# the source: SRC/src
						prefix = substr(w, 1,
						    length(w) - length(src))
						continue
					}
					if (index(w, prefix) == 1)
						w = substr(w, length(prefix) + 1)
					if (w ~ ui_header && !((src, w) in seen)) {
						seen[src, w] = 1
						print "# " src " includes " w
						bad = 1
					}
				}
			}
			close($2)
		}
		END {
			if (nfiles == 0)
				print "# no .d file of lib/, mm/ or fs/"
			exit bad || nfiles == 0
		}' > "$out"
		result $? "$name $objs: $rule2" "$out"
	done
done
echo "1..$n"
[ "$failed" -eq 0 ]
