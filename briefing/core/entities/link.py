"""Linking: one entity per thing named, across scripts, stated aliases, articles and the
user's alias file; then every further mention of its names is found.

Keys are Simplified, lower-case for Latin script, without spaces, hyphens or middle dots,
and without corporate suffixes (软银集团 and 软银 are one key). Candidates whose keys are
joined by a stated alias (``英伟达（Nvidia）``) or by the alias file are one entity.
A weak candidate (a name only jieba vouches for) survives only when a strong rule found
the same entity somewhere in the briefing.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.core.entities.lexicon import lexicon
from briefing.core.entities.model import Candidate, Entity, EntityType, Mention
from briefing.core.entities.normalize import matching_copy, simplified
from briefing.core.errors import BriefingError
from briefing.core.model import Article
from briefing.core.paths import config_dir

_CORPORATE_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "控股公司", "公司", "集团", "控股")
_LATIN = re.compile(r"^[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f .\-'&·]+$")
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百零\d]+[届屆次]")
# Trades that name no company without the place before them (the key keeps the place).
_TRADES = frozenset(
    "铁路 电力 航空 银行 电信 石油 燃气 煤气 自来水 邮政 证券 保险 地产 汽车 能源 科技 电子 医药 港务 海运 航运 电网 广播 电视 "
    "烟草 钢铁 化工 建设 建工 投资 控股 交通 地铁 巴士 高铁".split()
)
# Places a Chinese-language briefing leaves out when it names its own bodies again.
_HOME_PLACES = ("中国", "中华人民共和国", "香港", "香港特区", "台湾", "澳门")
_RULE_WEIGHT = {
    "latin-default": 0.5,
    "jieba-nr": 1.0,
    "jieba-nrt": 1.0,
    "stated-alias": 1.0,
    "propagated": 0.0,
}


def entity_key(form: str) -> str:
    """The linking key of a surface form (any script).

    A company's suffix goes, and with it a leading country name: 日本软银集团, 软银集团 and
    软银 share the key 软银. Government bodies keep their country (美国国务院 is not 国务院).
    """
    key = simplified(form).lower()
    key = re.sub(r"[(（][a-z0-9 ]{1,10}[)）]", "", key)  # 人工智能 (AI) 行动峰会: a gloss
    key = key.replace("人工智能", "ai")  # AI行动峰会 and 人工智能行动峰会 are one name
    key = re.sub(r"[\s\-·・.]", "", key)
    key = _ORDINAL.sub("", key)
    if key.endswith("运会") and len(key) >= 4:
        key = key[:-1]  # 巴黎奥运会 and 巴黎奥运, 亚运会 and 亚运
    if key.startswith("全球") and len(key) > 5:
        key = key[2:]  # 全球人工智能行动峰会 is the 人工智能行动峰会  # 第七十七届世界卫生大会 is the 世界卫生大会
    if len(key) >= 3 and key[-1] in "省市县区" and key[:-1] in lexicon().places:
        return key[:-1]  # 深圳市 is 深圳, 广东省 is 广东
    for suffix in _CORPORATE_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            if key[: -len(suffix)].endswith(lexicon().facility_suffixes):
                break  # 海洋公园公司 runs the park 海洋公园: the company is not the place
            key = key[: -len(suffix)]
            places = lexicon().places
            for cut in range(min(len(key) - 2, 5), 1, -1):
                if key[:cut] in places:
                    if key[cut:] in _TRADES:
                        break  # 台湾铁路公司 and 香港铁路公司: a place and a trade, two companies
                    return key[cut:]
            break
    return key


def derived_forms(form: str, kind: EntityType) -> set[str]:
    """Shorter forms a text uses after the first mention: 软银 for 软银集团, 富凯 for 克里斯托弗·富凯."""
    out: set[str] = set()
    if kind is EntityType.ORGANIZATION:
        for suffix in _CORPORATE_SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 2:
                out.add(form[: -len(suffix)])
                break
    if kind is EntityType.PERSON and "·" in form:
        last = form.rsplit("·", 1)[1]
        if len(last) >= 2:
            out.add(last)
    return out


@dataclass(frozen=True)
class AliasBook:
    """Groups of names the user declares to be one entity, with an optional type each."""

    groups: tuple[tuple[tuple[str, ...], EntityType | None], ...] = ()
    path: Path | None = None


def default_alias_path() -> Path:
    return config_dir() / "aliases.toml"


#: Aliases shipped with briefing: cross-strait transliterations and common short forms.
BUNDLED_ALIASES = Path(__file__).resolve().parents[2] / "data" / "entities" / "aliases.toml"


def load_aliases(path: Path | None = None, bundled: bool = True) -> AliasBook:
    """The bundled alias book plus the user's ``aliases.toml`` (or ``path``).

    Both are ``[[alias]]`` tables with ``names = [...]`` and an optional ``type``. A missing
    user file is fine; a malformed one raises :class:`BriefingError` naming it.
    """
    path = path or default_alias_path()
    base = read_alias_file(BUNDLED_ALIASES) if bundled else AliasBook()
    if not path.exists():
        return AliasBook(base.groups, path)
    return AliasBook(base.groups + read_alias_file(path).groups, path)


def read_alias_file(path: Path) -> AliasBook:
    """Parse one alias file; raises :class:`BriefingError` naming the file when it is bad."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BriefingError(f"{path}: cannot read the alias file: {exc}") from exc
    groups = []
    for i, table in enumerate(data.get("alias", [])):
        names = table.get("names") if isinstance(table, dict) else None
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names) or len(names) < 2:
            raise BriefingError(f"{path}: alias {i + 1} needs `names = [\"…\", \"…\"]` with two or more names")
        kind = table.get("type")
        try:
            parsed = EntityType(kind) if kind else None
        except ValueError as exc:
            choices = ", ".join(t.value for t in EntityType)
            raise BriefingError(f"{path}: alias {i + 1} has unknown type {kind!r} (choose from {choices})") from exc
        groups.append((tuple(names), parsed))
    return AliasBook(tuple(groups), path)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True)
class ArticleExtraction:
    """What extraction found in one article, plus jieba's word boundaries per block
    (in each block's Simplified copy), which linking needs to place further mentions."""

    candidates: tuple[Candidate, ...]
    boundaries: tuple[tuple[int, ...], ...]


@dataclass
class _Found:
    article: int
    candidate: Candidate


def link(
    articles: Sequence[Article],
    extractions: Sequence[ArticleExtraction],
    aliases: AliasBook = AliasBook(),
) -> tuple[Entity, ...]:
    """Join candidates into entities and find every mention of their names."""
    uf = _UnionFind()
    found: list[_Found] = []
    for a, extraction in enumerate(extractions):
        for candidate in extraction.candidates:
            key = entity_key(candidate.form)
            uf.find(key)
            if candidate.alias_of:
                uf.union(key, entity_key(candidate.alias_of))
            found.append(_Found(a, candidate))
    _join_short_forms(extractions, uf)
    alias_types: dict[str, EntityType] = {}
    for names, kind in aliases.groups:
        keys = [entity_key(n) for n in names]
        for other in keys[1:]:
            uf.union(keys[0], other)
        if kind is not None:
            alias_types[keys[0]] = kind

    groups: dict[str, list[_Found]] = defaultdict(list)
    for item in found:
        groups[uf.find(entity_key(item.candidate.form))].append(item)

    # Types by weighted vote; weak-only groups are dropped.
    kinds: dict[str, EntityType] = {}
    for root, items in groups.items():
        if not any(i.candidate.strong for i in items):
            continue
        votes: Counter[EntityType] = Counter()
        explicit = [i for i in items if i.candidate.rule != "latin-default"] or items
        for item in explicit:
            votes[item.candidate.type] += _RULE_WEIGHT.get(item.candidate.rule, 3.0)
        forced = next((t for k, t in alias_types.items() if uf.find(k) == root), None)
        kinds[root] = forced or votes.most_common(1)[0][0]

    mentions = _place_mentions(articles, extractions, groups, kinds)
    entities = []
    for root, kind in kinds.items():
        spans = mentions.get(root, [])
        if not spans:
            continue
        forms = Counter(m.text for m in spans)
        # The form the articles use most; on a tie, a Chinese form before a Latin one. A
        # one-character short form (美 in 中美) names its entity only through what it stands for.
        name = min(forms, key=lambda f: (len(f) < 2, -forms[f], bool(_LATIN.match(f)), f))
        if len(name) < 2:
            name = next((i.candidate.alias_of for i in groups[root] if i.candidate.alias_of), name)
        entities.append(Entity(root, name, kind, tuple(forms), tuple(sorted(spans, key=lambda m: (m.article, m.block, m.start)))))
    order = list(EntityType)
    entities.sort(key=lambda e: (order.index(e.type), -len(e.mentions), e.name))
    return tuple(entities)


def is_short_form(short: str, full: str) -> bool:
    """Is ``short`` how an article refers again to ``full``? 天文台 for 香港天文台 (the
    place dropped), 东航 for 中国东方航空 or 证监会 for 中国证券监督管理委员会 (an
    abbreviation: its characters in order, starting where the name proper starts)."""
    if len(short) < 2 or len(short) >= len(full):
        return False
    places = lexicon().places
    body = full
    for cut in range(min(len(full) - 2, 5), 1, -1):
        if full[:cut] in places:
            body = full[cut:]
            break
    if short == body and full[: len(full) - len(body)] in _HOME_PLACES:
        return True  # 中国人民银行 and 人民银行, 香港天文台 and 天文台: the home body, named without its place
    known = lexicon().organizations
    if short in known:
        # 金管局 and 香港金融管理局, 港交所 and 香港交易所: two listed names, one a
        # three-character abbreviation of the other from its start (卫生署 is not
        # 食物环境卫生署, 香港大学 not 香港中文大学); otherwise a known name in its own
        # right (联合国, 外交部 of any country)
        return (
            full in known and len(short) == 3 and short != body and not full.startswith(short)
            and short[-1] == full[-1] and short[0] in (full[0], full[1], body[0]) and characters_in_order(short, full)
        )
    if short == body:
        return True
    if len(short) > 4 or short[0] != body[0]:
        return False
    return characters_in_order(short, body)


def characters_in_order(short: str, full: str) -> bool:
    """Are the characters of ``short`` in ``full``, in order? (工信部 in 工业和信息化部)"""
    position = 0
    for ch in short:
        position = full.find(ch, position)
        if position < 0:
            return False
        position += 1
    return True


def _join_short_forms(extractions: Sequence[ArticleExtraction], uf: _UnionFind) -> None:
    """Within one article, a short form of an organisation or event name is that entity."""
    for extraction in extractions:
        for kind in (EntityType.ORGANIZATION, EntityType.EVENT, EntityType.PRODUCT):
            forms = {simplified(c.form) for c in extraction.candidates if c.type is kind}
            # 中国远洋海运集团有限公司（中远海运）: a short form the text assigns is settled.
            stated = {simplified(c.form) for c in extraction.candidates if c.alias_of}
            for short in forms - stated:
                # 星禾 and 星禾公司 already share a key: they are one name, not two candidates.
                fulls = {entity_key(full) for full in forms if is_short_form(short, full)} - {entity_key(short)}
                # 恒大 could be 恒大汽车 or 恒大地产集团: a short form of two names joins neither.
                if len(fulls) == 1:
                    uf.union(entity_key(short), fulls.pop())


def _place_mentions(
    articles: Sequence[Article],
    extractions: Sequence[ArticleExtraction],
    groups: dict[str, list[_Found]],
    kinds: dict[str, EntityType],
) -> dict[str, list[Mention]]:
    """Candidates of kept groups, then every other occurrence of their forms."""
    out: dict[str, list[Mention]] = defaultdict(list)
    taken: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    forms: dict[str, set[str]] = defaultdict(set)
    for root, items in groups.items():
        if root not in kinds:
            continue
        for item in items:
            c = item.candidate
            block = articles[item.article].blocks[c.block]
            out[root].append(Mention(item.article, c.block, c.start, c.end, block.text[c.start : c.end]))
            taken[(item.article, c.block)].append((c.start, c.end))
            forms[root].add(c.form)
            forms[root] |= derived_forms(c.form, kinds[root])

    # Longest forms first, so 马克龙 is placed before anything shorter could claim it.
    ordered = sorted(((f, root) for root, fs in forms.items() for f in fs if len(f) >= 2), key=lambda x: -len(x[0]))
    for a, article in enumerate(articles):
        for b, block in enumerate(article.blocks):
            conversion = matching_copy(block.text)
            text = conversion.text
            bounds = set(extractions[a].boundaries[b]) if b < len(extractions[a].boundaries) else set()
            for form, root in ordered:
                for match in re.finditer(re.escape(form), text):
                    s, e = match.start(), match.end()
                    if not _fits(text, s, e, form, bounds):
                        continue
                    start, end = conversion.tight_span(s, e)
                    spans = taken[(a, b)]
                    if any(start < te and ts < end for ts, te in spans):
                        continue
                    spans.append((start, end))
                    out[root].append(Mention(a, b, start, end, block.text[start:end]))
    return out


def _fits(text: str, start: int, end: int, form: str, bounds: set[int]) -> bool:
    """A further mention must not cut a Latin word or (for two-character forms) a jieba word."""
    if _LATIN.match(form):
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())
    if len(form) <= 2:
        return start in bounds and end in bounds
    return True
