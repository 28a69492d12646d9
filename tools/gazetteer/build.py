#!/usr/bin/env python3
"""Build the embedded gazetteer of Vietnamese administrative units.

Reads the data shipped inside the installed `vietnamadminunits` package
(its SQLite `dataset.db` and `converter_2025.json`) and writes, under
`data/gazetteer/` (relative to the repository root):

  units_before_2025.tsv  the units in force until 30 June 2025 (63 provinces,
                         districts, communes)
  units_after_2025.tsv   the units in force from 1 July 2025 (34 provinces,
                         communes and special zones; no district level)
  successors.tsv         old unit -> the new unit it became part of

Unit files: one line per unit, UTF-8 NFC, no header:

  code <TAB> level <TAB> type <TAB> name <TAB> parent_code

  code    GSO code as officially written (2 digits for a province, 3 for a
          district, 5 for a commune)
  level   p (province), d (district), c (commune)
  type    full lower-case type word: tỉnh, thành phố, quận, huyện, thị xã,
          phường, xã, thị trấn, đặc khu
  name    official name without the type word; numbered wards keep only
          their number without leading zeros ("Phường 03" -> "3")
  parent  code of the parent unit in the same era (empty for a province)

Successor file: `level <TAB> old_code <TAB> new_code`, where an old commune
(c) maps to the new commune it went into (for a commune split between
several new ones, the one the source marks as default), and an old province
(p) or district (d) maps to the new province.

Usage:
  pip install vietnamadminunits==1.0.4
  python3 tools/gazetteer/build.py [--out DIR]
  python3 tools/gazetteer/build.py --check-gso-old FLAT.json --check-gso-new NESTED.json

The --check-gso-* options compare the codes with lists exported from the
General Statistics Office (as shipped by the `vietnam-provinces` package:
version 0.6.0 `data/flat-divisions.json` for the old era, version 2025.x
`data/nested-divisions.json` for the new era) and print the code corrections
that are not yet in CODE_FIXES below; nothing is written in that mode.
"""

import argparse
import json
import re
import sqlite3
import sys
import unicodedata
from collections import Counter
from importlib import metadata
from pathlib import Path

EXPECTED_VERSION = "1.0.4"

# Code corrections, source code -> GSO code, per era. The source package and
# the GSO's own list (danh mục hành chính, as exported by the GSO) give the
# same units under different codes here. The GSO is the authority for these
# codes, so its code wins. Each entry: (source code, GSO code, unit as named
# in the source). See data/gazetteer/SOURCE.md.
CODE_FIXES = {
    # Wards of Hồ Chí Minh City merged on 1 January 2025: the source gives the
    # merged ward the code of another ward that went into it.
    "before": [
        (26929, 26935, "Phường 14, Quận Bình Thạnh"),
        (26953, 26959, "Phường 19, Quận Bình Thạnh"),
        (27076, 27067, "Phường 15, Quận Phú Nhuận"),
        (27226, 27217, "Phường 11, Quận 11"),
        (27232, 27223, "Phường 10, Quận 11"),
        (27367, 27361, "Phường 2, Quận 6"),
        (27373, 27379, "Phường 1, Quận 6"),
    ],
    # Communes of the new era whose code in the source differs from the code
    # in the GSO list published after Quyết định 19/2025/QĐ-TTg.
    "after": [
        (82, 73, "Phường Cửa Nam, 01"),
        (118, 130, "Phường Bồ Đề, 01"),
        (145, 148, "Phường Long Biên, 01"),
        (166, 167, "Phường Cầu Giấy, 01"),
        (199, 187, "Phường Láng, 01"),
        (226, 196, "Phường Văn Miếu - Quốc Tử Giám, 01"),
        (229, 226, "Phường Kim Liên, 01"),
        (292, 277, "Phường Bạch Mai, 01"),
        (301, 304, "Phường Vĩnh Hưng, 01"),
        (322, 313, "Phường Tương Mai, 01"),
        (331, 319, "Phường Hoàng Mai, 01"),
        (340, 331, "Phường Yên Sở, 01"),
        (430, 424, "Xã Đa Phúc, 01"),
        (475, 484, "Xã Thư Lâm, 01"),
        (577, 583, "Xã Bát Tràng, 01"),
        (643, 646, "Phường Thanh Liệt, 01"),
        (1537, 1558, "Xã Lý Quốc, 04"),
        (1558, 1561, "Xã Hạ Lang, 04"),
        (1561, 1537, "Xã Vinh Quý, 04"),
        (2671, 2674, "Phường Cam Đường, 15"),
        (2782, 2791, "Xã Cao Sơn, 15"),
        (3664, 3667, "Phường Chiềng An, 14"),
        (4309, 4318, "Xã Lâm Thượng, 15"),
        (4342, 4333, "Xã Khánh Hòa, 15"),
        (4606, 4591, "Xã Trạm Tấu, 15"),
        (4681, 4678, "Phường Cầu Thia, 15"),
        (4930, 4936, "Xã Yên Xuân, 01"),
        (5092, 5098, "Xã Thung Nai, 25"),
        (5788, 5794, "Xã Phú Lạc, 19"),
        (6004, 6016, "Xã Quốc Khánh, 20"),
        (6124, 6214, "Xã Na Sầm, 20"),
        (6196, 6202, "Xã Ba Sơn, 20"),
        (6211, 6193, "Xã Cao Lộc, 20"),
        (6436, 6421, "Xã Thiện Tân, 20"),
        (8038, 8035, "Xã Chân Mộng, 25"),
        (8173, 8161, "Xã Quảng Yên, 25"),
        (8218, 8215, "Xã Chí Tiên, 25"),
        (8377, 8380, "Xã Vân Bán, 25"),
        (8467, 8461, "Xã Vạn Xuân, 25"),
        (8500, 8497, "Xã Xuân Lũng, 25"),
        (8746, 8749, "Phường Xuân Hòa, 25"),
        (9370, 9376, "Phường Tam Sơn, 24"),
        (9379, 9373, "Phường Phù Khê, 24"),
        (9385, 9382, "Phường Đồng Nguyên, 24"),
        (9787, 9793, "Xã Liên Minh, 01"),
        (9856, 9838, "Xã Dương Hòa, 01"),
        (9871, 9859, "Xã Sơn Đồng, 01"),
        (9910, 9928, "Xã Kiều Phú, 01"),
        (9952, 9922, "Xã Phú Cát, 01"),
        (9982, 10009, "Xã Hạ Bằng, 01"),
        (10003, 10006, "Xã Tây Phương, 01"),
        (10045, 10018, "Xã Xuân Mai, 01"),
        (10072, 10084, "Xã Quảng Bị, 01"),
        (10096, 10108, "Xã Hòa Phú, 01"),
        (10126, 10141, "Xã Bình Minh, 01"),
        (10342, 10333, "Xã Đại Xuyên, 01"),
        (10507, 10510, "Phường Thành Đông, 31"),
        (10792, 10777, "Xã An Thành, 31"),
        (10837, 10672, "Phường Nam Đồng, 31"),
        (10891, 10540, "Phường Tứ Minh, 31"),
        (11329, 11341, "Phường Ngô Quyền, 31"),
        (12004, 11986, "Xã Như Quỳnh, 33"),
        (12073, 12052, "Xã Yên Mỹ, 33"),
        (12223, 12220, "Xã Triệu Việt Vương, 33"),
        (12583, 12478, "Xã Tân Tiến, 33"),
        (12916, 12841, "Xã Bắc Thái Ninh, 33"),
        (13285, 13291, "Phường Phủ Lý, 37"),
        (13291, 13318, "Phường Phù Vân, 37"),
        (13318, 13285, "Phường Châu Sơn, 37"),
        (13669, 13666, "Phường Nam Định, 37"),
        (13708, 13735, "Phường Mỹ Lộc, 37"),
        (14614, 14599, "Xã Khánh Hội, 37"),
        (15106, 15115, "Xã Nguyệt Ấn, 38"),
        (15112, 15118, "Xã Kiên Thọ, 38"),
        (15715, 15718, "Xã Tân Ninh, 38"),
        (16072, 16063, "Xã Hoa Lộc, 38"),
        (16213, 16219, "Xã Thanh Phong, 38"),
        (16222, 16207, "Xã Thanh Quân, 38"),
        (17011, 16994, "Phường Tây Hiếu, 40"),
        (17170, 17152, "Xã Quỳnh Sơn, 40"),
        (19138, 19165, "Xã Phong Nha, 44"),
        (19753, 19768, "Phường Phú Xuân, 46"),
        (19774, 19810, "Phường Kim Long, 46"),
        (19789, 19786, "Phường Thuận Hóa, 46"),
        (19804, 20023, "Phường Hương An, 46"),
        (19858, 19864, "Phường Phong Thái, 46"),
        (20137, 20152, "Xã Chân Mây - Lăng Cô, 46"),
        (20194, 20195, "Phường Hải Vân, 48"),
        (20305, 20224, "Phường An Khê, 48"),
        (20875, 20872, "Xã Lãnh Ngọc, 48"),
        (21859, 21862, "Xã Đề Gi, 52"),
        (21880, 21898, "Xã Cát Tiến, 52"),
        (21901, 21889, "Xã Ngô Mây, 52"),
        (22006, 22003, "Xã Canh Vinh, 52"),
        (22060, 22066, "Xã Xuân Cảnh, 66"),
        (22303, 22306, "Xã Phú Hòa 2, 66"),
        (22411, 22408, "Phường Bắc Cam Ranh, 56"),
        (22780, 22779, "Phường Đông Hải, 56"),
        (22846, 22868, "Xã Vĩnh Hải, 56"),
        (22861, 22858, "Xã Xuân Hải, 56"),
        (22888, 22903, "Xã Phước Dinh, 56"),
        (22900, 22885, "Xã Phước Hà, 56"),
        (22909, 22910, "Xã Cà Ná, 56"),
        (23095, 23098, "Xã Hàm Liêm, 68"),
        (23938, 23737, "Xã Ia Mơ, 52"),
        (24472, 24481, "Xã Hòa Sơn, 66"),
        (25252, 25264, "Xã Phú Riềng, 75"),
        (25333, 25336, "Phường An Lộc, 75"),
        (25450, 25453, "Xã Nha Bích, 75"),
        (26332, 26329, "Xã Xuân Quế, 75"),
        (26800, 26794, "Phường Linh Xuân, 79"),
        (26803, 26797, "Phường Tam Bình, 79"),
        (26809, 26812, "Phường Hiệp Bình, 79"),
        (26876, 26887, "Phường An Nhơn, 79"),
        (26890, 26902, "Phường Hạnh Thông, 79"),
        (26898, 26899, "Phường Thông Tây Hội, 79"),
        (27019, 27010, "Phường Tân Sơn Nhì, 79"),
        (27094, 27118, "Phường An Khánh, 79"),
        (27154, 27160, "Phường Bàn Cờ, 79"),
        (27364, 27385, "Phường Bình Phú, 79"),
        (29740, 29752, "Xã Song Phú, 86"),
        (31207, 31212, "Phường Thốt Nốt, 92"),
        (31228, 31207, "Phường Thuận Hưng, 92"),
    ],
}

PROVINCE_TYPES = ("Thành phố", "Tỉnh")
DISTRICT_TYPES = ("Huyện", "Quận", "Thành phố", "Thị xã")
COMMUNE_TYPES = ("Phường", "Xã", "Thị trấn", "Đặc khu")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def clean(s):
    """NFC, straight apostrophes, single spaces, ` - ` around hyphens."""
    s = nfc(s).replace("\u2019", "'").replace("\u2013", "-")
    s = re.sub(r"\s*-\s*", " - ", s)
    return re.sub(r"\s+", " ", s).strip()


def split_type(full, types, what):
    """'Thị Trấn Óc Eo' -> ('thị trấn', 'Óc Eo'); type read from the full name."""
    full = clean(full)
    for t in types:
        if full.lower().startswith(t.lower() + " "):
            name = full[len(t) + 1:].strip()
            if re.fullmatch(r"\d+", name):
                name = str(int(name))
            return t.lower(), name
    raise SystemExit(f"{what}: no known type in {full!r}")


def package_data_dir():
    try:
        import vietnamadminunits
    except ImportError:
        raise SystemExit("vietnamadminunits is not installed: "
                         f"pip install vietnamadminunits=={EXPECTED_VERSION}")
    return Path(vietnamadminunits.__file__).parent / "data"


def read_source():
    data = package_data_dir()
    version = metadata.version("vietnamadminunits")
    if version != EXPECTED_VERSION:
        print(f"warning: vietnamadminunits {version}, expected {EXPECTED_VERSION}; "
              "check CODE_FIXES and SOURCE.md", file=sys.stderr)
    con = sqlite3.connect(data / "dataset.db")
    con.row_factory = sqlite3.Row
    legacy = [dict(r) for r in con.execute("SELECT * FROM admin_units_legacy")]
    current = [dict(r) for r in con.execute("SELECT * FROM admin_units")]
    con.close()
    with open(data / "converter_2025.json", encoding="utf-8") as f:
        converter = json.load(f)
    return version, legacy, current, converter


def build_before(rows, fixes):
    provinces, districts, communes = {}, {}, {}
    key_to_code = {}  # 'province_district_ward' key of the converter -> (level, code)
    for r in rows:
        pc, dc = int(r["provinceCode"]), int(r["districtCode"])
        p = split_type(r["province"], PROVINCE_TYPES, "province")
        d = split_type(r["district"], DISTRICT_TYPES, "district")
        for table, code, value in ((provinces, pc, (*p, None)), (districts, dc, (*d, pc))):
            if table.setdefault(code, value) != value:
                raise SystemExit(f"conflicting records for code {code}: {table[code]} / {value}")
        key = f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey'] or ''}"
        if r["wardCode"] is None:  # island districts without communes
            key_to_code[key] = ("d", dc)
            continue
        wc = fixes.get(int(r["wardCode"]), int(r["wardCode"]))
        c = (*split_type(r["ward"], COMMUNE_TYPES, "commune"), dc)
        if communes.setdefault(wc, c) != c:
            raise SystemExit(f"conflicting records for commune {wc}")
        key_to_code[key] = ("c", wc)
    return provinces, districts, communes, key_to_code


def build_after(rows, fixes):
    provinces, communes = {}, {}
    key_to_code, prov_key_to_code = {}, {}
    for r in rows:
        pc = int(r["provinceCode"])
        p = (*split_type(r["province"], PROVINCE_TYPES, "province"), None)
        if provinces.setdefault(pc, p) != p:
            raise SystemExit(f"conflicting records for province {pc}")
        prov_key_to_code[r["provinceKey"]] = pc
        wc = fixes.get(int(r["wardCode"]), int(r["wardCode"]))
        c = (*split_type(r["ward"], COMMUNE_TYPES, "commune"), pc)
        if communes.setdefault(wc, c) != c:
            raise SystemExit(f"conflicting records for commune {wc}")
        key_to_code[(r["provinceKey"], r["wardKey"])] = wc
    return provinces, communes, key_to_code, prov_key_to_code


def apply_fixes(fix_list, source_codes, era):
    fixes = {}
    targets = set()
    for src, gso, what in fix_list:
        if src not in source_codes:
            raise SystemExit(f"CODE_FIXES[{era}]: {src} ({what}) not in the source")
        fixes[src] = gso
        targets.add(gso)
    # A fix may move a code onto a code another fix moves away (a rotation),
    # never onto a code that stays.
    clash = (targets & set(source_codes)) - set(fixes)
    if clash:
        raise SystemExit(f"CODE_FIXES[{era}]: target codes already used: {sorted(clash)}")
    return fixes


def build_successors(converter, old_prov_codes, old_key_to_code, new_key_to_code,
                     new_prov_key_to_code, old_prov_key_to_code, districts):
    succ = {}
    for new_pk, old_pks in converter["DICT_PROVINCE"].items():
        for old_pk in old_pks:
            succ[("p", old_prov_key_to_code[old_pk])] = new_prov_key_to_code[new_pk]
    for dc, (_, _, pc) in districts.items():
        succ[("d", dc)] = succ[("p", pc)]
    for new_pk, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wk, old_keys in wards.items():
            new_code = new_key_to_code[(new_pk, new_wk)]
            for old_key in old_keys:
                level, code = old_key_to_code[old_key]
                if level == "c":
                    succ[("c", code)] = new_code
    for new_pk, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in olds.items():
            default = [p["newWardKey"] for p in parts if p["isDefaultNewWard"]]
            if len(default) != 1:
                raise SystemExit(f"{old_key}: {len(default)} default successors")
            level, code = old_key_to_code[old_key]
            if level == "c":
                succ[("c", code)] = new_key_to_code[(new_pk, default[0])]
    missing = [c for c in old_prov_codes if ("p", c) not in succ]
    if missing:
        raise SystemExit(f"provinces without successor: {missing}")
    return succ


def unit_lines(provinces, districts, communes):
    out = []
    # A commune's parent is a district (3 digits) before 2025, a province (2) after.
    commune_parent = 3 if districts else 2
    for level, width, pwidth, table in (("p", 2, 2, provinces), ("d", 3, 2, districts),
                                        ("c", 5, commune_parent, communes)):
        for code in sorted(table):
            kind, name, parent = table[code]
            if "\t" in name or "\n" in name:
                raise SystemExit(f"bad name {name!r}")
            par = "" if parent is None else f"{parent:0{pwidth}d}"
            out.append(f"{code:0{width}d}\t{level}\t{kind}\t{name}\t{par}\n")
    return "".join(out)


def write(path, text):
    text = nfc(text)
    path.write_text(text, encoding="utf-8", newline="\n")
    return len(text.encode("utf-8"))


def gso_check(args, before_comm, after_comm):
    """Print the code corrections the GSO lists call for (not yet in CODE_FIXES)."""
    def key(name):
        # Same name up to spacing, apostrophes and tone-mark placement.
        name = clean(name).lower()
        out = []
        for syl in name.split(" "):
            d = unicodedata.normalize("NFD", syl)
            tones = "".join(ch for ch in d if ch in "\u0300\u0301\u0303\u0309\u0323")
            out.append(nfc("".join(ch for ch in d if ch not in tones)) + tones)
        return " ".join(out)

    if args.check_gso_new:
        with open(args.check_gso_new, encoding="utf-8") as f:
            gso = json.load(f)
        by_name = {}
        for p in gso:
            for w in p["wards"]:
                by_name.setdefault((p["code"], key(w["name"])), []).append(w["code"])
        print("# after 2025: source code -> GSO code")
        for code, (kind, name, pc) in sorted(after_comm.items()):
            hits = by_name.get((pc, key(f"{kind} {name}")), [])
            if len(hits) != 1:
                print(f"#   no unique GSO match for {code} {kind} {name}")
            elif hits[0] != code:
                print(f"        ({code}, {hits[0]}, \"{kind.capitalize()} {name}, {pc:02d}\"),")
    if args.check_gso_old:
        with open(args.check_gso_old, encoding="utf-8") as f:
            gso = json.load(f)
        by_name = {}
        for w in gso:
            if w.get("ward_code") is not None:
                by_name.setdefault((w["district_code"], key(w["ward_name"])), []).append(w["ward_code"])
        print("# before 2025: source code -> GSO code (GSO list of its date; later changes show as no match)")
        for code, (kind, name, dc) in sorted(before_comm.items()):
            hits = by_name.get((dc, key(f"{kind} {name}")), [])
            if len(hits) == 1 and hits[0] != code:
                print(f"        ({code}, {hits[0]}, \"{kind.capitalize()} {name}, district {dc:03d}\"),")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    root = Path(__file__).resolve().parents[2]
    ap.add_argument("--out", type=Path, default=root / "data" / "gazetteer")
    ap.add_argument("--check-gso-old", metavar="FLAT_JSON")
    ap.add_argument("--check-gso-new", metavar="NESTED_JSON")
    args = ap.parse_args()

    version, legacy, current, converter = read_source()

    source_before = {int(r["wardCode"]) for r in legacy if r["wardCode"] is not None}
    source_after = {int(r["wardCode"]) for r in current}
    fix_before = apply_fixes(CODE_FIXES["before"], source_before, "before")
    fix_after = apply_fixes(CODE_FIXES["after"], source_after, "after")

    b_prov, b_dist, b_comm, old_key_to_code = build_before(legacy, fix_before)
    a_prov, a_comm, new_key_to_code, new_prov_key_to_code = build_after(current, fix_after)

    if args.check_gso_old or args.check_gso_new:
        gso_check(args, b_comm, a_comm)
        return

    old_prov_key_to_code = {r["provinceKey"]: int(r["provinceCode"]) for r in legacy}
    succ = build_successors(converter, set(b_prov), old_key_to_code, new_key_to_code,
                            new_prov_key_to_code, old_prov_key_to_code, b_dist)

    # Checks: parents exist, every old unit has a successor of the right level.
    for code, (_, _, parent) in b_dist.items():
        assert parent in b_prov, code
    for code, (_, _, parent) in b_comm.items():
        assert parent in b_dist, code
    for code, (_, _, parent) in a_comm.items():
        assert parent in a_prov, code
    for level, table in (("p", b_prov), ("d", b_dist), ("c", b_comm)):
        for code in table:
            new = succ.get((level, code))
            assert new is not None, (level, code)
            assert new in (a_comm if level == "c" else a_prov), (level, code, new)
    # Official anchors.
    for code, name in ((1, "Hà Nội"), (14, "Sơn La"), (37, "Ninh Bình"), (79, "Hồ Chí Minh"), (94, "Sóc Trăng")):
        assert b_prov[code][1] == name, (code, b_prov[code])

    args.out.mkdir(parents=True, exist_ok=True)
    sizes = {
        "units_before_2025.tsv": write(args.out / "units_before_2025.tsv", unit_lines(b_prov, b_dist, b_comm)),
        "units_after_2025.tsv": write(args.out / "units_after_2025.tsv", unit_lines(a_prov, {}, a_comm)),
    }
    order = {"p": 0, "d": 1, "c": 2}
    width = {"p": 2, "d": 3, "c": 5}
    lines = []
    for (level, old), new in sorted(succ.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
        lines.append(f"{level}\t{old:0{width[level]}d}\t{new:0{5 if level == 'c' else 2}d}\n")
    sizes["successors.tsv"] = write(args.out / "successors.tsv", "".join(lines))

    print(f"vietnamadminunits {version}")
    for era, counts in (("before 2025", (b_prov, b_dist, b_comm)), ("after 2025", (a_prov, {}, a_comm))):
        kinds = Counter(k for t in counts for (k, _, _) in t.values())
        print(f"{era}: provinces {len(counts[0])}, districts {len(counts[1])}, communes {len(counts[2])}; "
              + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print("successors:", dict(Counter(level for level, _ in succ)))
    for name, size in sizes.items():
        print(f"{name}: {size} bytes")
    print(f"total: {sum(sizes.values())} bytes")


if __name__ == "__main__":
    main()
