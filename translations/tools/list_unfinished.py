#!/usr/bin/env python3
"""Prints, one per line (Python repr), the source texts a .ts catalogue still has unfinished."""
import sys
import xml.etree.ElementTree as ET

for message in ET.parse(sys.argv[1]).getroot().iter("message"):
    translation = message.find("translation")
    if translation is not None and translation.get("type") == "unfinished":
        print(repr(message.findtext("source")))
