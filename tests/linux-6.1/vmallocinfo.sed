# /proc/vmallocinfo, Linux's and ours alike, before they are compared
# (tools/report-shapes.sh; see vmallocinfo.anyorder).  The addresses:
# Linux printed "(____ptrval____)" (its %pK before pointer hashing was
# ready), ours prints them.  The caller: Linux's %pS is symbol+offset/size,
# ours (no symbol table, as Linux without CONFIG_KALLSYMS) 0x and 16
# hexadecimal digits.  phys=: a physical address, any.
s/^0x[^-]*-0x[^ ]* /0xADDR-0xADDR /
s/^\(0xADDR-0xADDR *[0-9]*\) 0x[0-9a-f]\{16\}/\1 CALLER/
s/^\(0xADDR-0xADDR *[0-9]*\) [A-Za-z_][A-Za-z0-9_.]*+0x[0-9a-f]*\/0x[0-9a-f]*/\1 CALLER/
s/phys=0x[0-9a-f]*/phys=PHYS/
