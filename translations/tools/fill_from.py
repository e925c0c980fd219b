#!/usr/bin/env python3
"""fill_from.py TARGET.ts SOURCE.ts [SOURCE2.ts ...]: fill unfinished translations of TARGET from SOURCE catalogues
(matched by context, source text and comment; failing that, by source text and comment alone when every
context translates it alike, for strings whose context changed). Run normalise.py afterwards."""
import sys, xml.etree.ElementTree as ET

def key(ctx, msg):
    src = msg.findtext('source') or ''
    com = msg.findtext('comment') or ''
    return (ctx, src, com)

known = {}
anywhere = {}
for path in sys.argv[2:]:
    root = ET.parse(path).getroot()
    for c in root.iter('context'):
        name = c.findtext('name')
        for m in c.iter('message'):
            t = m.find('translation')
            if t is None or t.get('type') in ('unfinished', 'obsolete', 'vanished'):
                continue
            if (t.text or '').strip() == '' and len(list(t)) == 0:
                continue
            known[key(name, m)] = t
            anywhere.setdefault(key('', m), []).append(t)

tree = ET.parse(sys.argv[1])
filled = missing = 0
for c in tree.getroot().iter('context'):
    name = c.findtext('name')
    for m in c.iter('message'):
        t = m.find('translation')
        if t is None or t.get('type') != 'unfinished':
            continue
        k = key(name, m)
        alike = anywhere.get(key('', m), [])
        if k not in known and alike and all(ET.tostring(a) == ET.tostring(alike[0]) for a in alike):
            k = None
        if k is None or k in known:
            src = known[k] if k is not None else alike[0]
            t.text = src.text
            for child in list(t):
                t.remove(child)
            for child in src:
                t.append(child)
            del t.attrib['type']
            filled += 1
        else:
            missing += 1
tree.write(sys.argv[1], encoding='utf-8', xml_declaration=True)
print(f'filled {filled}, still unfinished {missing}')
