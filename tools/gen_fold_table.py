#!/usr/bin/env python3
"""Print the Rust match arms of `text::fold_letter`: every precomposed Latin letter that
Vietnamese writes, mapped to its lower-case base (vowel quality kept: ă â ê ô ơ ư đ) and its
tone mark. Run once; paste the output into src/text.rs. Uses only the standard library."""
import unicodedata

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
QUALITY = {"\u0302", "\u0306", "\u031b"}
BASES = "aăâeêioôơuưyđ"

for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
    c = chr(cp)
    nfd = unicodedata.normalize("NFD", c)
    marks = nfd[1:]
    if any(m not in TONES and m not in QUALITY for m in marks):
        continue
    if not marks and c not in "ĐđÐð":
        continue
    base = "đ" if c in "ĐđÐð" else unicodedata.normalize(
        "NFC", nfd[0].lower() + "".join(m for m in marks if m in QUALITY))
    if len(base) != 1 or base not in BASES:
        continue
    tone = "".join(m for m in marks if m in TONES)
    if len(tone) > 1:
        continue
    tone_rs = "None" if not tone else "Some('\\u{%04x}')" % ord(tone)
    print(f"        '{c}' => ('{base}', {tone_rs}),")
