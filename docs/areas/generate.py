#!/usr/bin/env python3
"""Writes the shipped registry (V11__area_data.sql) from the sources named in docs/areas.md.

Usage: generate.py REPO > src/main/resources/db/migration/V11__area_data.sql
where REPO is a clone of github.com/sunshine-tech/VietnamProvinces at commit COMMIT below.
It reads the files with `git show COMMIT:path`, so the clone's checkout does not matter.
"""
import csv
import io
import json
import re
import subprocess
import sys
import unicodedata

COMMIT = "809e91baefbe3153ccaecc9b2286303a98b9119b"
PRE_2025 = "dev/seed-data/Pre-2025-07/Xa_2025-01-04.csv"
CONVERSION = "dev/seed-data/2025-07/BangChuyendoiĐVHCmoi_cu_khong_merge.csv"
AFTER_2025 = "vietnam_provinces/data/nested-divisions.json"
PROVINCE = "22"  # the province whose districts and communes are shipped
LAST_DAY = "2025-06-30"
FIRST_DAY = "2025-07-01"
PROVINCES_BASIS = "Nghị quyết 202/2025/QH15"
COMMUNES_BASIS = "Nghị quyết 1679/NQ-UBTVQH15"


def show(repo, path):
    return subprocess.run(
        ["git", "-C", repo, "show", f"{COMMIT}:{path}"], check=True, capture_output=True
    ).stdout.decode("utf-8")


def fold(text):
    """As vn.chitieu.common.Text.fold: lower case, no marks, no punctuation, đ as d."""
    unmarked = "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.category(c).startswith("M")
    )
    spaced = re.sub(r"[^\w]+|_+", " ", unmarked)
    return spaced.replace("đ", "d").replace("Đ", "D").lower().strip()


def kind(name, kinds):
    for k in kinds:
        if name.lower().startswith(k):
            return k
    raise ValueError(name)


def q(value):
    return "null" if value is None else "'" + value.replace("'", "''") + "'"


def unit(code, name, kind_, parent, valid_from, valid_to, basis):
    return (
        f"({q(code)}, {q(name)}, {q(fold(name))}, {q(kind_)}, {q(parent)},"
        f" {q(valid_from)}, {q(valid_to)}, {q(basis)})"
    )


def main(repo):
    pre = list(csv.DictReader(io.StringIO(show(repo, PRE_2025))))
    pre_by_code = {r["Mã PX"]: r for r in pre if r["Mã PX"]}
    conversion = [r for r in csv.reader(io.StringIO(show(repo, CONVERSION))) if r]
    after = json.loads(show(repo, AFTER_2025))

    # Provinces: an old province's successor is the new province of its communes' successors.
    # The old province of a commune is taken from the 2025-01-04 list, not from the table's own
    # column, which names Tiền Giang for a ward of Tân An (Long An) once.
    new_of_old = {}
    for r in conversion:
        new = re.search(r"\((\d\d)\)\s*$", r[0])
        old = pre_by_code.get(r[4].strip())
        if new and old:
            new_of_old.setdefault(old["Mã TP"], set()).add(new.group(1))
    olds_of_new = {}
    for old, news in new_of_old.items():
        assert len(news) == 1, (old, news)  # Resolution 202 merged whole provinces
        olds_of_new.setdefault(next(iter(news)), set()).add(old)
    kept = {new for new, olds in olds_of_new.items() if olds == {new}}

    units, relations = [], []
    old_provinces = sorted({(r["Mã TP"], r["Tỉnh Thành Phố"]) for r in pre})
    assert len(old_provinces) == 63
    for code, name in old_provinces:
        end = None if code in kept else LAST_DAY
        units.append(unit(code, name, kind(name, ["tỉnh", "thành phố"]), None, None, end, None))
    assert len(after) == 34
    for p in after:
        code = f"{p['code']:02d}"
        if code not in kept:
            name = p["name"]
            units.append(
                unit(code, name, kind(name, ["tỉnh", "thành phố"]), None, FIRST_DAY, None,
                     PROVINCES_BASIS))
            for old in sorted(olds_of_new[code]):
                relations.append((old, code, "WHOLE", PROVINCES_BASIS, None))

    # The province's districts and communes before, its communes after, and the relations.
    mine = [r for r in pre if r["Mã TP"] == PROVINCE]
    for code, name in sorted({(r["Mã QH"], r["Quận Huyện"]) for r in mine}):
        units.append(unit(code, name, kind(name, ["huyện", "quận", "thị xã", "thành phố"]),
                          PROVINCE, None, LAST_DAY, None))
    for r in sorted(mine, key=lambda r: r["Mã PX"]):
        units.append(unit(r["Mã PX"], r["Phường Xã"], r["Cấp"].lower(), r["Mã QH"], None,
                          LAST_DAY, None))
    province = next(p for p in after if f"{p['code']:02d}" == PROVINCE)
    assert len(province["wards"]) == 54
    for w in sorted(province["wards"], key=lambda w: w["code"]):
        units.append(unit(f"{w['code']:05d}", w["name"], w["division_type"], PROVINCE, FIRST_DAY,
                          None, COMMUNES_BASIS))
    mine_codes = {r["Mã PX"] for r in mine}
    for r in conversion:
        if r[0].startswith(f"Tỉnh Quảng Ninh ({PROVINCE})"):
            old, new, note = r[4].strip(), r[2].strip(), r[5].strip()
            assert old in mine_codes, r
            whole = note in ("Nhập toàn bộ", "Giữ nguyên")
            assert whole or note.startswith("Nhập một phần"), r
            relations.append((old, new, "WHOLE" if whole else "PART", COMMUNES_BASIS, note))

    print("-- Generated by docs/areas/generate.py from github.com/sunshine-tech/VietnamProvinces")
    print(f"-- at commit {COMMIT}; docs/areas.md names the source of each part. Do not edit.")
    print("insert into area (code, name, search_text, kind, parent, valid_from, valid_to,"
          " legal_basis) values")
    print(",\n".join(units) + ";")
    print()
    print("-- A relation joins the unit of its predecessor code that ends on 30 June 2025 to the")
    print("-- unit of its successor code that begins on 1 July 2025.")
    print("insert into area_relation (predecessor, successor, relation, legal_basis, note)")
    print("select p.id, s.id, r.relation, r.legal_basis, r.note from (values")
    print(",\n".join(f"({q(a)}, {q(b)}, {q(c)}, {q(d)}, {q(e)})" for a, b, c, d, e in relations))
    print(") r(predecessor, successor, relation, legal_basis, note)")
    print(f"join area p on p.code = r.predecessor and p.valid_to = date '{LAST_DAY}'")
    print(f"join area s on s.code = r.successor and s.valid_from = date '{FIRST_DAY}';")


if __name__ == "__main__":
    main(sys.argv[1])
