#!/usr/bin/env python3
"""Print the Rust match arms of `text::compose_pair`: a Vietnamese letter (plain or with some
of its marks) and one more combining mark, and the precomposed letter they make. Run once;
paste the output into src/text.rs. Uses only the standard library."""
import unicodedata

MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"]
BASES = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"

letters = set(BASES)
for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
    c = chr(cp)
    nfd = unicodedata.normalize("NFD", c)
    if nfd[0] in "aeiouyAEIOUY" and all(m in MARKS for m in nfd[1:]):
        letters.add(c)

for c in sorted(letters):
    for m in MARKS:
        composed = unicodedata.normalize("NFC", c + m)
        if len(composed) == 1 and composed != c:
            print(f"        ('{c}', '\\u{{{ord(m):04x}}}') => '{composed}',")
