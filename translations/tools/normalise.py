#!/usr/bin/env python3
"""normalise.py FILE.ts...: the committed spelling of the catalogues (raw quotes and non-breaking spaces, as
lupdate reads them back), so that a lupdate run does not rewrite every line."""
import sys
for p in sys.argv[1:]:
    s = open(p, encoding='utf-8').read()
    s = s.replace('&quot;', '"').replace('&apos;', "'").replace('&#xa0;', '\u00a0')
    if not s.startswith('<?xml'):
        s = '<?xml version="1.0" encoding="utf-8"?>\n' + s
    if '<!DOCTYPE TS>' not in s:
        s = s.replace('?>\n', '?>\n<!DOCTYPE TS>\n', 1)
    open(p, 'w', encoding='utf-8').write(s)
