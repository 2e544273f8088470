"""`jihat_fold`, the SQL twin of `events.extraction.fold_search`, generated from it.

Public search (`q`, an expression index over meetings) and the admin's `__fold` lookup fold
stored text in PostgreSQL; the typed term is folded in Python. Both must give the same key, so
the SQL function is written by this module from `fold_search` itself, character by character
over `FOLD_DOMAIN` (the scripts jihat's texts are written in), and checked there against the
real database (tests/api/test_search_fold.py). A migration holds a frozen copy of the output;
when `fold_search` changes, that test fails until a new migration carries the new body:

    .venv/bin/python -m events.fold_sql   # prints the CREATE FUNCTION statement

Plain Python, no Django: the migration test and the command line need only the extractor.

How the function is built, and why:
- Dropped characters (diacritics, tatweel, invisible marks) go in one regexp class.
- Mapped characters go through `translate()` (one character into one) and `replace()` (into
  several), grouped by area (`AREAS`), by block and by runs of `CHUNK` code points, each group
  run only when the text holds one of its characters. PostgreSQL's translate() scans its whole
  FROM list for every character of the text (measured: 1.6 µs per FROM character on a
  600-character row), so one translate() over the ~1,800 mapped characters would cost ~3 ms a
  row; gated, an Arabic row costs about 40 µs and a French one 55 µs (the function this
  replaces: 55 µs and 45 µs).
- The few characters whose key is not a key of itself (fold_search maps "Æ" to "æ", and "æ" to
  "ae") run last, so that no earlier group maps their output again.
- `lower()` comes after every mapping (keys are lower case already), for ASCII letters and
  whatever lies outside the domain; whitespace runs become one space and the ends are trimmed,
  as in fold_search.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from events.extraction import fold_search

# Code point ranges (inclusive) folded exactly as fold_search folds them: Latin with its
# accents, Arabic and its supplements, punctuation and spaces, Arabic presentation forms
# (text copied from PDFs), full-width forms. Outside, SQL folds case only (lower()).
FOLD_DOMAIN: tuple[tuple[int, int], ...] = (
    (0x0001, 0x024F),
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x3000, 0x3000),
    (0xFB50, 0xFEFF),
    (0xFF00, 0xFFEF),
)
# Code points per gated group inside a block: a French text (é, è, à, ç) opens one short
# translate(), and the function stays a few hundred lines.
CHUNK = 0x20
FUNCTION_NAME = "jihat_fold"


def domain_chars() -> Iterator[str]:
    for first, last in FOLD_DOMAIN:
        for code in range(first, last + 1):
            yield chr(code)


def search_key(char: str) -> str:
    """fold_search of one character between letters (so a space is kept, not trimmed)."""
    folded = fold_search(f"a{char}a")
    if not (folded.startswith("a") and folded.endswith("a")):
        raise ValueError(f"U+{ord(char):04X} folds across its neighbours: {folded!r}")
    return folded[1:-1]


@dataclass(frozen=True)
class FoldTable:
    """What the SQL function must do with each character of the domain."""

    drop: str  # characters folded away
    mapping: dict[str, str]  # characters folded into other text (never whitespace ones)
    late: dict[str, str]  # mapped characters whose key folds further: applied last


def fold_table() -> FoldTable:
    drop, mapping, late = [], {}, {}
    for char in domain_chars():
        if char.isspace() or "A" <= char <= "Z":
            continue  # the whitespace step and lower() handle these
        key = search_key(char)
        if key == char:
            continue
        if key == "":
            drop.append(char)
        elif any(search_key(c) != c for c in key if not c.isspace()):
            late[char] = key
        else:
            mapping[char] = key
    return FoldTable("".join(drop), mapping, late)


def fold_pairs(table: FoldTable | None = None) -> tuple[tuple[str, str], ...]:
    """(characters, key) for every mapped character, grouped by key."""
    table = table or fold_table()
    by_key: dict[str, list[str]] = {}
    for char, key in {**table.mapping, **table.late}.items():
        by_key.setdefault(key, []).append(char)
    return tuple(("".join(chars), key) for key, chars in by_key.items())


def char_ranges(chars: Iterable[str]) -> list[tuple[int, int]]:
    """Runs of consecutive code points, inclusive."""
    codes = sorted({ord(c) for c in chars})
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return runs


# --- SQL text ------------------------------------------------------------------------------

_REGEX_SPECIAL = set("\\]^-[")


def _escape(char: str) -> str:
    """One character inside a U&'…' literal: printable letters as they are, the rest escaped
    (invisible and bidi marks never reach the migration file as themselves)."""
    if char == "\\":
        return char * 2
    if char in "'\"":  # as escapes: the SQL text then holds no quote inside a literal
        return f"\\{ord(char):04X}"
    if char.isascii() and char.isprintable():
        return char
    printable = unicodedata.category(char)[0] in "LNPS" and unicodedata.category(char) != "Co"
    if printable:
        return char
    code = ord(char)
    return f"\\{code:04X}" if code <= 0xFFFF else f"\\+{code:06X}"


def sql_literal(text: str) -> str:
    return "U&'" + "".join(_escape(c) for c in text) + "'"


def regex_class(chars: Iterable[str], *, ranges: bool = True) -> str:
    """A bracket expression matching any of `chars` (as ranges of consecutive code points)."""
    parts = []
    for first, last in char_ranges(chars) if ranges else [(ord(c), ord(c)) for c in chars]:
        for code in {first, last}:
            if chr(code) in _REGEX_SPECIAL:
                raise ValueError(f"U+{code:04X} in a generated regexp class")
        parts.append(chr(first) if first == last else f"{chr(first)}-{chr(last)}")
    return "[" + "".join(parts) + "]"


def _gate(chars: Iterable[str]) -> str:
    """A class spanning `chars` (one range per run of blocks): cheap to test, may match a few
    characters outside them."""
    spans: list[tuple[int, int]] = []
    for first, last in char_ranges(chars):
        if spans and _block(first) <= _block(spans[-1][1]) + 1:
            spans[-1] = (spans[-1][0], last)
        else:
            spans.append((first, last))
    return regex_class(chr(code) for first, last in spans for code in range(first, last + 1))


def _block(code: int) -> int:
    """A group of 0x80 code points (Unicode blocks are aligned on it in the domain)."""
    return code // 0x80


# Outer groups, each behind one regexp test: a text without any of their characters (an Arabic
# text has no Latin accents, few texts have presentation forms) skips all their statements.
AREAS: tuple[tuple[tuple[int, int], ...], ...] = (
    ((0x0080, 0x00FF),),
    ((0x0100, 0x024F), (0x1E00, 0x1EFF)),
    ((0x0600, 0x06FF),),
    ((0x0750, 0x08FF),),
    ((0x2000, 0x206F), (0x3000, 0x3000)),
    ((0xFB50, 0xFFEF),),
)
# A group mapping fewer characters runs without a gate of its own: a regexp test costs about
# what folding one character does (measured on a 600-character row: 1.6 µs for the test,
# 1.4 µs per replace() that finds nothing, 1.6 µs per character in a translate() FROM list).
GATE_MIN_CHARACTERS = 3


def _area_of(code: int) -> int:
    for index, ranges in enumerate(AREAS):
        if any(first <= code <= last for first, last in ranges):
            return index
    raise ValueError(f"U+{code:04X} is in the domain but in no area")


def _leaf(mapping: dict[str, str]) -> list[str]:
    """One translate() for the characters folded into one, a replace() for each of the rest."""
    single = {c: k for c, k in mapping.items() if len(k) == 1}
    lines = []
    if single:
        lines.append(
            f"t := translate(t, {sql_literal(''.join(single))}, "
            f"{sql_literal(''.join(single.values()))});"
        )
    for char, key in mapping.items():
        if len(key) != 1:
            lines.append(f"t := replace(t, {sql_literal(char)}, {sql_literal(key)});")
    return lines


def _gated(mapping: dict[str, str], levels: tuple, *, top: bool) -> list[str]:
    """Statements for `mapping`, split by `levels` (functions of a code point), each split
    behind a regexp test when it maps enough characters to be worth one."""
    if not levels:
        return _leaf(mapping)
    groups: dict[int, dict[str, str]] = {}
    for char, key in sorted(mapping.items()):
        groups.setdefault(levels[0](ord(char)), {})[char] = key
    lines = []
    for group in groups.values():
        inner = _gated(group, levels[1:], top=False)
        if top or (len(groups) > 1 and len(group) >= GATE_MIN_CHARACTERS):
            lines += [f"IF t ~ {sql_literal(_gate(group))} THEN", *(f"  {x}" for x in inner)]
            lines.append("END IF;")
        else:
            lines += inner
    return lines


def _statements(mapping: dict[str, str], indent: str) -> list[str]:
    """Gated translate()/replace() statements applying `mapping` to the variable `t`."""
    levels = (_area_of, _block, lambda code: code // CHUNK)
    return [indent + line for line in _gated(mapping, levels, top=True)]


def function_sql(table: FoldTable | None = None) -> str:
    """CREATE OR REPLACE FUNCTION jihat_fold(text): fold_search in PL/pgSQL."""
    table = table or fold_table()
    whitespace = [chr(c) for c in range(1, 0x10000) if chr(c).isspace()]
    body = [
        f"  t := regexp_replace(t, {sql_literal(regex_class(table.drop))}, '', 'g');",
        *_statements(table.mapping, "  "),
        "  -- keys that fold further (fold_search maps them once only)",
        *_statements(table.late, "  "),
        "  t := lower(t);",
        # A collapse that finds work rewrites the whole text (20 µs a row): test first.
        f"  IF t ~ {sql_literal(regex_class(c for c in whitespace if c != ' ') + '|  ')} THEN",
        f"    t := regexp_replace(t, {sql_literal(regex_class(whitespace) + '+')}, ' ', 'g');",
        "  END IF;",
        "  RETURN btrim(t);",
    ]
    return (
        f"CREATE OR REPLACE FUNCTION {FUNCTION_NAME}(t text) RETURNS text\n"
        "LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fold$\n"
        "BEGIN\n" + "\n".join(body) + "\nEND\n$fold$;\n"
    )


if __name__ == "__main__":
    print(function_sql(), end="")
