#!/usr/bin/env python3
"""Writes the benchmark's 500,000 valid import rows twice: as the import CSV (Vietnamese headers, dd/MM/yyyy dates)
and as raw member rows for COPY (the same people, search keys computed as the application does, and keys that ascend
with the rows as the import's do: UUID version 7 with a counter, OrderedIds)."""
import random
import sys
import unicodedata
import uuid

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 500_000
random.seed(20261204)
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = {"F": ["Thị", "Thu", "Ngọc"], "M": ["Văn", "Đức", "Minh"]}
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hoa", "Lan", "Mai", "Nam", "Phương", "Quân", "Sơn",
         "Tuyến", "Thảo", "Trung", "Uyên", "Việt", "Xuân", "Yến"]
ETHNIC = ["Kinh"] * 9 + ["Tày"]


START_MILLIS = 1_796_000_000_000
IDS = random.Random(1)  # apart from the people's stream, which stays as it was


def ordered_id(n):
    """The n-th key of a generator started at START_MILLIS, laid out as OrderedIds lays it out."""
    msb = (START_MILLIS << 16) | 0x7000 | (n >> 20)
    lsb = (0x8 << 60) | ((n & 0xFFFFF) << 42) | IDS.getrandbits(42)
    return str(uuid.UUID(int=(msb << 64) | lsb))


def search_key(text):
    lower = text.lower().replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", lower) if unicodedata.category(c) != "Mn")


header = ["Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Nghề nghiệp", "Số thẻ đảng viên",
          "Số định danh cá nhân (CCCD)", "Điện thoại", "Ngày quyết định kết nạp", "Ngày lễ kết nạp",
          "Ngày công nhận chính thức", "Tình trạng", "Mã chi bộ"]
with open("import.csv", "w", encoding="utf-8", newline="") as imp, open("raw.csv", "w", encoding="utf-8") as raw:
    imp.write("\ufeff" + ",".join(header) + "\r\n")
    for i in range(1, ROWS + 1):
        sex = "F" if random.random() < 0.38 else "M"
        name = f"{random.choice(FAMILY)} {random.choice(MIDDLE[sex])} {random.choice(GIVEN)}"
        by = random.randint(1960, 2000)
        birth = (by, random.randint(1, 12), random.randint(1, 28))
        admitted = (by + random.randint(19, 24), birth[1], birth[2])
        official = (admitted[0] + 1, admitted[1], admitted[2])
        cell = random.randint(1, 300000)
        citizen = "9" + str(i).zfill(11)
        card = "8" + str(i).zfill(9)
        phone = "09" + str(i).zfill(8)
        dmy = lambda d: f"{d[2]:02d}/{d[1]:02d}/{d[0]}"
        iso = lambda d: f"{d[0]}-{d[1]:02d}-{d[2]:02d}"
        ethnic = random.choice(ETHNIC)
        imp.write(",".join([name, "Nữ" if sex == "F" else "Nam", dmy(birth), ethnic, "Cán bộ", card, citizen, phone,
                            dmy(admitted), dmy(admitted), dmy(official), "Chính thức", f"C{cell}"]) + "\r\n")
        key = search_key(name)
        raw.write(",".join([ordered_id(i), str(10000 + cell), name, key, key, sex, iso(birth),
                            "KINH" if ethnic == "Kinh" else "TAY", "OFFICIAL", iso(admitted), iso(official), card,
                            citizen, phone, "0", "2026-12-01 00:00:00+00", "2026-12-01 00:00:00+00", "Cán bộ",
                            iso(admitted)]) + "\n")
