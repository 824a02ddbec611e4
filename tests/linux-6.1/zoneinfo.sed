# Linux's /proc/zoneinfo made into the report of our zone types, before
# tools/report-shapes.sh takes its patterns: Debian's Linux 6.1 has five,
# ours four, with no ZONE_DEVICE (chapter 8, "/proc/zoneinfo"). Linux's
# Device zone, always empty, goes, and so does the last entry of each
# protection list, the Device zone's.
/^Node [0-9]*, zone   Device$/,/^        protection: /d
s/^\(        protection: (.*\), [0-9]*)$/\1)/
