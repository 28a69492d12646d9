#!/usr/bin/env python3
"""The list of active ISO 4217 codes behind `src/currency.rs`, taken from an independent source.

Reads the ISO 4217 list 1 (current currencies and funds) as the PyPI package `iso4217` ships it
(the maintenance agency's published table) and writes, relative to the crate root:

  data/iso4217.tsv   code<TAB>numeric<TAB>minor digits (`-` where none)<TAB>English name

one line per code, sorted by code. `XTS` (reserved for testing) and `XXX` (no currency) are
left out: they name no money. Run once by hand when the standard changes; CI never runs it
(it has no network) and reads the committed file.

Requirements (PyPI): iso4217==1.16.20260101
"""
import pathlib

import iso4217

NOT_MONEY = {"XTS", "XXX"}


def main():
    rows = []
    for c in iso4217.Currency:
        if c.code in NOT_MONEY:
            continue
        minor = "-" if c.exponent is None else str(c.exponent)
        rows.append(f"{c.code}\t{c.number:03d}\t{minor}\t{c.currency_name}")
    rows.sort()
    out = pathlib.Path(__file__).resolve().parent.parent / "data" / "iso4217.tsv"
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} codes -> {out}")


if __name__ == "__main__":
    main()
