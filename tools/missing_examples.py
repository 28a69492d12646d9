#!/usr/bin/env python3
"""Lists the public items of vnparse whose docs hold no example (no ``` block).

Reads the rustdoc JSON of the crate, which needs a nightly toolchain:

    cargo +nightly rustdoc --all-features --lib -- -Z unstable-options --output-format json
    python3 tools/missing_examples.py [target/doc/vnparse.json] [path prefix to skip ...]

Items reachable from the crate root count (modules, types, functions, methods of inherent
impls, constants, traits); fields, variants and trait-impl methods do not: their type's
example shows them. Not run in CI (CI has no nightly).
"""
import json
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "target/doc/vnparse.json"
skip = tuple(sys.argv[2:])
doc = json.load(open(path))
index = doc["index"]
paths = doc["paths"]
root = doc["root"]

missing = []
seen = set()


def has_example(item):
    return "```" in (item.get("docs") or "")


def where(item):
    span = item.get("span") or {}
    return f'{span.get("filename", "?")}:{(span.get("begin") or [0])[0]}'


def visit(item_id, trail):
    if item_id in seen or str(item_id) not in index:
        return
    seen.add(item_id)
    item = index[str(item_id)]
    if item.get("visibility") != "public" and item_id != root:
        return
    if any(a == "#[doc(hidden)]" or "hidden" in str(a) for a in item.get("attrs", [])):
        return
    inner = item["inner"]
    kind = next(iter(inner))
    name = item.get("name") or ""
    label = "::".join(trail + [name]) if name else "::".join(trail)
    if kind == "module":
        if item_id != root and not has_example(item):
            missing.append((where(item), "mod", label))
        for child in inner["module"]["items"]:
            visit(child, trail + [name] if item_id != root else ["vnparse"])
        return
    if kind == "use":
        return  # re-exports are documented where they are defined
    if kind in ("struct", "enum", "function", "constant", "trait", "type_alias", "static"):
        if not has_example(item):
            missing.append((where(item), kind, label))
    if kind in ("struct", "enum"):
        for impl_id in inner[kind].get("impls", []):
            impl = index.get(str(impl_id))
            if not impl:
                continue
            body = impl["inner"]["impl"]
            if body.get("trait") is not None or body.get("is_synthetic") or body.get("blanket_impl"):
                continue
            for method in body["items"]:
                m = index.get(str(method))
                if m and m.get("visibility") == "public" and not has_example(m):
                    if not any("hidden" in str(a) for a in m.get("attrs", [])):
                        missing.append((where(m), "method", label + "::" + (m.get("name") or "")))


visit(root, ["vnparse"])
rows = sorted(r for r in missing if not r[0].startswith(skip)) if skip else sorted(missing)
for file, kind, label in rows:
    print(f"{file}\t{kind}\t{label}")
print(f"{len(rows)} public items without an example", file=sys.stderr)
