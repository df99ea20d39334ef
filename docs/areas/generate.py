#!/usr/bin/env python3
"""The registry's data from the statistics office's lists, as republished by vietnam-provinces.

  generate.py REPO > src/main/resources/db/migration/V11__area_data.sql
      the shipped registry: every province before and after 1 July 2025, and Quảng Ninh's units
  generate.py --csv PROVINCE REPO
      units.csv and relations.csv of one post-2025 province (such as 01) in the columns of
      POST /api/v1/areas/units and /relations, for an admin to load

REPO is a clone of github.com/sunshine-tech/VietnamProvinces; the files are read at COMMIT with
`git show`, whatever the clone's checkout. docs/areas.md names the source of each part.
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
SHIPPED = "22"  # the province whose districts and communes the migration ships
LAST_DAY = "2025-06-30"
FIRST_DAY = "2025-07-01"
PROVINCES_BASIS = "Nghị quyết 202/2025/QH15"
# The commune-level resolution of each province; only Quảng Ninh's is recorded here.
COMMUNES_BASIS = {"22": "Nghị quyết 1679/NQ-UBTVQH15"}


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


class Sources:
    def __init__(self, repo):
        self.pre = list(csv.DictReader(io.StringIO(show(repo, PRE_2025))))
        self.pre_by_code = {r["Mã PX"]: r for r in self.pre if r["Mã PX"]}
        self.conversion = [r for r in csv.reader(io.StringIO(show(repo, CONVERSION))) if r]
        self.after = json.loads(show(repo, AFTER_2025))
        assert len(self.after) == 34
        # An old province's successor is the new province of its communes' successors. The old
        # province of a commune is taken from the 2025-01-04 list, not from the table's own
        # column, which names Tiền Giang for a ward of Tân An (Long An) once.
        new_of_old = {}
        for r in self.conversion:
            new = re.search(r"\((\d\d)\)\s*$", r[0])
            old = self.pre_by_code.get(r[4].strip())
            if new and old:
                new_of_old.setdefault(old["Mã TP"], set()).add(new.group(1))
        self.olds_of_new = {}
        for old, news in new_of_old.items():
            assert len(news) == 1, (old, news)  # Resolution 202 merged whole provinces
            self.olds_of_new.setdefault(next(iter(news)), set()).add(old)
        self.kept = {new for new, olds in self.olds_of_new.items() if olds == {new}}

    def provinces(self):
        """Units (code, name, kind, parent, from, to, basis) and relations of the provinces."""
        units, relations = [], []
        old = sorted({(r["Mã TP"], r["Tỉnh Thành Phố"]) for r in self.pre})
        assert len(old) == 63
        for code, name in old:
            end = None if code in self.kept else LAST_DAY
            units.append((code, name, kind(name, ["tỉnh", "thành phố"]), None, None, end, None))
        for p in self.after:
            code, name = f"{p['code']:02d}", p["name"]
            if code not in self.kept:
                units.append((code, name, kind(name, ["tỉnh", "thành phố"]), None, FIRST_DAY,
                              None, PROVINCES_BASIS))
                for old_code in sorted(self.olds_of_new[code]):
                    relations.append((old_code, code, FIRST_DAY, "WHOLE", PROVINCES_BASIS, None))
        return units, relations

    def communes(self, province):
        """A new province's districts and communes before, its communes after, and relations."""
        basis = COMMUNES_BASIS.get(province)
        mine = [r for r in self.pre if r["Mã TP"] in self.olds_of_new[province]]
        units, relations = [], []
        for code, name, parent in sorted({(r["Mã QH"], r["Quận Huyện"], r["Mã TP"]) for r in mine}):
            units.append((code, name, kind(name, ["huyện", "quận", "thị xã", "thành phố"]),
                          parent, None, LAST_DAY, None))
        for r in sorted(mine, key=lambda r: r["Mã PX"]):
            if r["Mã PX"]:
                units.append((r["Mã PX"], r["Phường Xã"], r["Cấp"].lower(), r["Mã QH"], None,
                              LAST_DAY, None))
        new = next(p for p in self.after if f"{p['code']:02d}" == province)
        for w in sorted(new["wards"], key=lambda w: w["code"]):
            units.append((f"{w['code']:05d}", w["name"], w["division_type"], province, FIRST_DAY,
                          None, basis))
        old_codes = {r["Mã PX"] for r in mine}
        for r in self.conversion:
            if re.search(rf"\({province}\)\s*$", r[0]) and r[4].strip():
                old, new_code, note = r[4].strip(), r[2].strip(), " ".join(r[5].split())
                relation = relation_of(note)
                if old not in old_codes or relation is None:
                    print(f"left out, for a person to read: {r}", file=sys.stderr)
                    continue
                relations.append((old, new_code, FIRST_DAY, relation, basis, note))
        return units, relations


def relation_of(note):
    """WHOLE or PART from the table's note (Ghi chú); None for a note it cannot tell."""
    words = note.lower().replace("nhâp", "nhập")
    if "một phần" in words or "phần còn lại" in words:
        return "PART"
    if words.startswith(("nhập toàn bộ", "giữ nguyên", "đổi tên", "đổi loại hình",
                         "sắp xếp toàn bộ")):
        return "WHOLE"
    return None


def q(value):
    return "null" if value is None else "'" + value.replace("'", "''") + "'"


def sql(sources):
    units, relations = sources.provinces()
    more_units, more_relations = sources.communes(SHIPPED)
    units += more_units
    relations += more_relations
    assert len(more_units) == 13 + 171 + 54 and len(more_relations) == 184
    assert all(r[4] == COMMUNES_BASIS[SHIPPED] for r in more_relations)
    print("-- Generated by docs/areas/generate.py from github.com/sunshine-tech/VietnamProvinces")
    print(f"-- at commit {COMMIT}; docs/areas.md names the source of each part. Do not edit.")
    print("insert into area (code, name, search_text, kind, parent, valid_from, valid_to,"
          " legal_basis) values")
    print(",\n".join(
        f"({q(c)}, {q(n)}, {q(fold(n))}, {q(k)}, {q(p)}, {q(f)}, {q(t)}, {q(b)})"
        for c, n, k, p, f, t, b in units) + ";")
    print()
    print("-- A relation joins the unit of its predecessor code that ends on 30 June 2025 to the")
    print("-- unit of its successor code that begins on 1 July 2025.")
    print("insert into area_relation (predecessor, successor, relation, legal_basis, note)")
    print("select p.id, s.id, r.relation, r.legal_basis, r.note from (values")
    print(",\n".join(f"({q(a)}, {q(b)}, {q(r)}, {q(lb)}, {q(n)})"
                     for a, b, _, r, lb, n in relations))
    print(") r(predecessor, successor, relation, legal_basis, note)")
    print(f"join area p on p.code = r.predecessor and p.valid_to = date '{LAST_DAY}'")
    print(f"join area s on s.code = r.successor and s.valid_from = date '{FIRST_DAY}';")


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(header)
        out.writerows([["" if v is None else v for v in row] for row in rows])


def province_csv(sources, province):
    units, relations = sources.communes(province)
    write_csv("units.csv", ["code", "name", "kind", "parent", "validFrom", "validTo", "legalBasis"],
              units)
    write_csv("relations.csv",
              ["predecessor", "successor", "on", "relation", "legalBasis", "note"], relations)
    print(f"units.csv: {len(units)} units; relations.csv: {len(relations)} relations",
          file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1] == "--csv":
        province_csv(Sources(sys.argv[3]), sys.argv[2])
    else:
        sql(Sources(sys.argv[1]))
