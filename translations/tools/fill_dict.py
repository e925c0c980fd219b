#!/usr/bin/env python3
"""fill_dict.py TS DICT.py: fills unfinished entries of TS whose source is a key of the dict TR in DICT.py.

An unfinished entry may already hold lupdate's guess (a "similar text" from an obsolete entry): the
dictionary's translation replaces it. Numerus entries are left alone."""
import re
import sys

ts, dictfile = sys.argv[1], sys.argv[2]
ns = {}
exec(open(dictfile, encoding='utf-8').read(), ns)
TR = ns['TR']
s = open(ts, encoding='utf-8').read()


def esc(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


n = 0
for src, fr in TR.items():
    pat = re.compile('(<source>' + re.escape(esc(src)) + r'</source>\n(?:\s*<comment>.*?</comment>\n)?\s*)'
                     r'<translation type="unfinished"(?: />|>[^<]*</translation>)')
    s, c = pat.subn(lambda m: m.group(1) + '<translation>' + esc(fr) + '</translation>', s)
    if c == 0:
        print('not found (or already done):', src)
    n += c
open(ts, 'w', encoding='utf-8').write(s)
print('filled', n)
