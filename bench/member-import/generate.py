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


ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
MODIFIED = {("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê", ("o", "\u0302"): "ô",
            ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư"}


def word_key(word):
    """VietnameseText.wordKey: letters as order-preserving characters from '0' upwards, then the tone; every mark
    after a letter belongs to it, in whatever order NFD puts them."""
    decomposed = unicodedata.normalize("NFD", word)
    letters, tone, i = [], 0, 0
    while i < len(decomposed):
        letter = decomposed[i]
        i += 1
        while i < len(decomposed) and unicodedata.category(decomposed[i]) == "Mn":
            mark = decomposed[i]
            i += 1
            if mark in TONES:
                tone = TONES[mark]
            else:
                letter = MODIFIED.get((letter, mark), letter)
        letters.append(chr(ord("0") + ALPHABET.index(letter)) if letter in ALPHABET else letter)
    return "".join(letters) + chr(ord("!") + tone)


def sort_key(name):
    """VietnameseText.nameSortKey: given name, family name, then middle names."""
    words = name.lower().split(" ")
    return " ".join(word_key(w) for w in [words[-1], words[0]] + words[1:-1])


def csv_field(text):
    """A CSV field in quotes: the tone of a word in huyền is '"' in its sort key."""
    return '"' + text.replace('"', '""') + '"'


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
        raw.write(",".join([ordered_id(i), str(10000 + cell), name, search_key(name), csv_field(sort_key(name)), sex, iso(birth),
                            "KINH" if ethnic == "Kinh" else "TAY", "OFFICIAL", iso(admitted), iso(official), card,
                            citizen, phone, "0", "2026-12-01 00:00:00+00", "2026-12-01 00:00:00+00", "Cán bộ",
                            iso(admitted), iso(admitted)]) + "\n")
