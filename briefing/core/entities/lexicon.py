"""The word lists the extractor reads: curated files in ``briefing/data/entities`` and
place names from CLDR (through Babel) in Simplified, Traditional and Hong Kong forms.

Everything is normalised to Simplified (OpenCC t2s) once, at first use, because the
extractor matches on a Simplified copy of each block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from briefing.core.entities.normalize import simplified

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "entities"

# CLDR groups some organisations with territories; they are organisations here.
_CLDR_ORGANIZATIONS = {"EU", "EZ", "UN"}
# Codes that name no place a reader would look up.
_CLDR_SKIP = {"001", "ZZ", "QO", "XA", "XB"}
# Suffixes and prefixes CLDR puts on territory names that news leaves out.
_TERRITORY_TRIMS = (re.compile(r"^中国(?=香港|澳门|台湾)"), re.compile(r"特别行政区$"))


def _simplified(text: str) -> str:
    return simplified(text)


def read_list(name: str) -> tuple[str, ...]:
    """Entries of a data file: whitespace-separated, ``#`` comments, normalised to Simplified."""
    lines = [line.split("#", 1)[0] for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines()]
    # One conversion for the whole file: word by word is ten times slower. Words are
    # whitespace-separated, so converting them together cannot join two of them.
    return tuple(dict.fromkeys(_simplified("\n".join(lines)).split()))


def _pairs(name: str) -> dict[str, str]:
    """``short full`` lines of a data file, as a mapping (normalised to Simplified)."""
    pairs = {}
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        parts = [_simplified(w) for w in line.split("#", 1)[0].split()]
        if len(parts) == 2:
            pairs[parts[0]] = parts[1]
    return pairs


@lru_cache(maxsize=None)
def _territory_names(locale_name: str) -> dict[str, frozenset[str]]:
    """CLDR territory names of one locale by code, Simplified, with and without the trims
    (read once: both the place and the country lists use them)."""
    from babel import Locale

    names: dict[str, frozenset[str]] = {}
    for code, name in Locale.parse(locale_name).territories.items():
        if code in _CLDR_ORGANIZATIONS or code in _CLDR_SKIP:
            continue
        name = _simplified(name)
        trimmed = name
        for trim in _TERRITORY_TRIMS:
            trimmed = trim.sub("", trimmed)
        names[code] = frozenset({name, trimmed})
    return names


# Countries whose name, before a body's own name, is a modifier (日本 + 京都大学) in
# Chinese news; 中国, 台湾 and 香港 open many official names (中国科学院), so not them.
_HOME_TERRITORIES = {"CN", "TW", "HK", "MO"}


def _cldr_countries() -> set[str]:
    countries: set[str] = set()
    for locale_name in ("zh_Hans", "zh_Hant", "zh_Hant_HK"):
        for code, forms in _territory_names(locale_name).items():
            if code.isalpha() and code not in _HOME_TERRITORIES:
                countries |= forms
    return {c for c in countries if len(c) >= 2}


def _cldr_places() -> set[str]:
    from babel import Locale

    places: set[str] = set()
    for locale_name in ("zh_Hans", "zh_Hant", "zh_Hant_HK"):
        locale = Locale.parse(locale_name)
        for forms in _territory_names(locale_name).values():
            places |= forms
        for zone in locale.time_zones.values():
            city = zone.get("city")
            if city:
                places.add(_simplified(city))
    # 中美 is China and the US far more often than Central America.
    short = _pairs("place_abbreviations.txt")
    return {p for p in places if len(p) >= 2 and "·" not in p and not all(ch in short for ch in p)}


def _latin_words(name: str) -> frozenset[str]:
    """A list of Latin words, lower-cased (they are compared case-insensitively)."""
    return frozenset(w.lower() for w in read_list(name))


@dataclass(frozen=True)
class Lexicon:
    """All word lists, as frozensets of Simplified strings."""

    titles: frozenset[str]
    roles: frozenset[str]
    speech_verbs: frozenset[str]
    org_suffixes: tuple[str, ...]
    event_suffixes: tuple[str, ...]
    facility_suffixes: tuple[str, ...]
    product_nouns: frozenset[str]
    category_nouns: frozenset[str]
    surnames: frozenset[str]
    weak_surnames: frozenset[str]
    tibetan_name_parts: frozenset[str]
    japanese_surnames: frozenset[str]
    transliteration: frozenset[str]
    places: frozenset[str]
    countries: frozenset[str]
    not_places: frozenset[str]
    not_persons: frozenset[str]
    not_organizations: frozenset[str]
    place_abbreviations: dict[str, str]
    organizations: frozenset[str]
    latin_stopwords: frozenset[str]
    latin_org_words: frozenset[str]
    latin_products: frozenset[str]
    products: frozenset[str]
    persons: tuple[str, ...]
    regnal_names: tuple[str, ...]
    teams: dict[str, str]  # every form of a club (full name and short forms) -> its full name

    @cached_property
    def max_title(self) -> int:
        return max(len(t) for t in self.titles)

    @cached_property
    def persons_by_first(self) -> dict[str, tuple[str, ...]]:
        """Listed persons by their first character, longest first (a lookup per character)."""
        return _by_first(self.persons)

    @cached_property
    def regnal_names_by_first(self) -> dict[str, tuple[str, ...]]:
        return _by_first(self.regnal_names)


def _by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for word in words:  # already longest first
        table.setdefault(word[0], []).append(word)
    return {first: tuple(group) for first, group in table.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load every list once."""
    by_length = lambda words: tuple(sorted(words, key=len, reverse=True))  # noqa: E731
    titles, roles = frozenset(read_list("titles.txt")), frozenset(read_list("roles.txt"))
    not_places = frozenset(read_list("not_places.txt"))
    return Lexicon(
        # Roles stand where titles do; they are also kept apart, for stricter names after them.
        titles=titles | roles,
        roles=roles - titles,
        speech_verbs=frozenset(read_list("speech_verbs.txt")),
        org_suffixes=by_length(read_list("org_suffixes.txt")),
        event_suffixes=by_length(read_list("event_suffixes.txt")),
        facility_suffixes=by_length(read_list("facility_suffixes.txt")),
        product_nouns=frozenset(read_list("product_nouns.txt")),
        category_nouns=frozenset(read_list("category_nouns.txt")),
        surnames=frozenset(read_list("surnames.txt")) | frozenset(read_list("weak_surnames.txt")),
        weak_surnames=frozenset(read_list("weak_surnames.txt")) - frozenset(read_list("surnames.txt")),
        tibetan_name_parts=frozenset(w for w in read_list("tibetan_name_parts.txt") if len(w) == 2),
        japanese_surnames=frozenset(w for w in read_list("japanese_surnames.txt") if len(w) >= 2),
        transliteration=frozenset("".join(read_list("transliteration_chars.txt"))),
        places=frozenset(
            _cldr_places() | set(read_list("places.txt")) | set(read_list("china_divisions.txt"))
            | set(read_list("tw_hk_localities.txt"))
        ) - not_places,  # a word listed as no place wins over every list (昭和 is an era)
        countries=frozenset(_cldr_countries() | {"南韩", "北韩"}),
        not_places=not_places,
        not_persons=frozenset(read_list("not_persons.txt")),
        not_organizations=frozenset(read_list("not_organizations.txt")),
        place_abbreviations=_pairs("place_abbreviations.txt"),
        organizations=frozenset(read_list("organizations.txt")),
        latin_stopwords=_latin_words("latin_stopwords.txt"),
        latin_org_words=_latin_words("latin_org_words.txt"),
        # Names of several words are written with _ in the file (App_Store).
        latin_products=frozenset(w.replace("_", " ") for w in _latin_words("latin_products.txt")),
        products=frozenset(read_list("products.txt")),
        persons=by_length(read_list("persons.txt")),
        regnal_names=by_length(read_list("regnal_names.txt")),
        teams=_teams(),
    )


def _teams() -> dict[str, str]:
    """``full short …`` lines of teams.txt: each form of a club mapped to its full name."""
    forms: dict[str, str] = {}
    for line in (DATA_DIR / "teams.txt").read_text(encoding="utf-8").splitlines():
        words = [_simplified(w) for w in line.split("#", 1)[0].split()]
        for word in words:
            forms[word] = words[0]
    return forms
