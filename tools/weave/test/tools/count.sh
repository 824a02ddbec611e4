#!/bin/sh
# A stand-in for a script of the book's tools/ that a host-run block
# runs: prints its arguments. Usage: tools/count.sh BUILD_DIR ARGS...
echo "tool: $*"
