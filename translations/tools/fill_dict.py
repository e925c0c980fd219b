#!/usr/bin/env python3
"""fill_dict.py TS DICT.py: fills unfinished entries of TS whose source is a key of the dict TR in DICT.py."""
import sys, html
ts, dictfile = sys.argv[1], sys.argv[2]
ns = {}
exec(open(dictfile, encoding='utf-8').read(), ns)
TR = ns['TR']
s = open(ts, encoding='utf-8').read()
n = 0
for src, fr in TR.items():
    esc = src.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    pat = '<source>' + esc + '</source>\n        <translation type="unfinished"></translation>'
    rep = '<source>' + esc + '</source>\n        <translation>' + fr.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') + '</translation>'
    c = s.count(pat)
    if c == 0:
        print('not found (or already done):', src)
    s = s.replace(pat, rep)
    n += c
open(ts, 'w', encoding='utf-8').write(s)
print('filled', n)
