#!/bin/sh
# Print the book's chapter slugs in reading order, one per line, as
# listed under `chapters:` in book.yaml (the one source of chapter order).
# Usage: tools/chapters.sh [BOOK_YAML]
awk '
	/^chapters:/ { inlist = 1; next }
	inlist && /^[^ \t#]/ { inlist = 0 }
	inlist && /^[ \t]*- / { sub(/^[ \t]*- [ \t]*/, ""); sub(/[ \t]*(#.*)?$/, ""); print }
' "${1:-book.yaml}"
