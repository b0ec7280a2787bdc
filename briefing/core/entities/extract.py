"""Find the names in one article: jieba POS tags plus rules, on a Simplified copy.

Each block is converted with OpenCC t2s (one dictionary then serves both scripts, and
jieba tags Simplified text 50-100 times faster), tagged with ``jieba.posseg``, and run
through rules, each a small function returning spans:

- ``《…》`` titles are works;
- Latin-script names, with versions (``Claude 3.5 Sonnet``, ``GPT-5``), typed by context;
- quoted names followed by 计划/项目/模型… are products;
- names from the curated lists and CLDR place names;
- organisations by suffix (公司, 集团, 大学, 委员会, 通讯社…) with the proper name before it;
- events by suffix (峰会, 奥运会…);
- people after a title (总统, 首席执行官…) or before a verb of saying (表示, 说…);
- transliterated foreign names that jieba split into pieces (阿尔特 + 曼);
- what jieba alone tags as a name, kept only when it has the shape of one;
- stated aliases: ``中文名（Latin）`` joins the two names.

Overlapping spans are resolved by rule priority, then length. Spans are mapped back
from the Simplified copy to the block's own text through the conversion's offset map.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache, cached_property

from briefing.core.entities.normalize import matching_copy
from briefing.core.entities.lexicon import Lexicon, lexicon
from briefing.core.entities.link import ArticleExtraction, characters_in_order
from briefing.core.entities.model import Candidate, EntityType
from briefing.core.entities.segment import Token, dictionary_entry, tag
from briefing.core.model import Article

#: Bump when the rules change: it keys the on-disk cache.
EXTRACTOR_VERSION = "1"

PROPER_FLAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "eng"}
# Flags of words that end a name being collected (verbs, particles, numbers, pronouns ...).
_STOP_FLAGS = ("v", "p", "u", "c", "d", "m", "t", "f", "r", "q", "x", "y", "e", "o", "w")
_STOP_CHARS = set("的了在是和与也将等说称于对从向被把为以及或都还又就才着过而但并其该这那此每各昨今明前后早晚曾再已会要赢获夺则经原较他她它您咱们距")
_PUNCT = re.compile(r"^[\W_]+$")
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")  # with rare name characters (𪸩)

_ORG_END_CHARS = set("社部院局署委厅办所队党军团校馆盟府联")
# Endings of government bodies, which are named with their country (美国商务部).
_GOVERNMENT_END_CHARS = set("部局院署委厅办处会府关省")  # 关: 宁波 + 海关; 省: 日本 + 外务省
# Endings of words that name a kind of body rather than one body (上市公司, 商业银行).
_GENERIC_BODY_ENDINGS = ("公司", "银行", "集团", "企业", "机构", "组织", "政府", "单位", "部门", "医院", "学校", "大学")
_STANDALONE_EVENTS = {"奥运会", "冬奥会", "残奥会", "亚运会", "世界杯", "两会", "世博会", "大运会", "全运会", "世运会"}
# Games whose short name is complete: only a place or an edition may come before it.
_GAMES = {"大运会", "全运会", "世运会", "青运会", "学青会"}
_PLACE_END_CHARS = set("港湾岛州省市县站桥镇村巷")
_PLACE_SUFFIXES = ("州", "省", "市", "县", "岛", "湾", "港", "河", "江", "湖", "山", "区", "郡", "镇", "乡", "村", "町", "群岛", "半岛", "海峡", "河口", "江口")
_NOT_PLACE_ENDINGS = ("水乡", "家乡", "故乡", "城乡", "他乡", "异乡", "下乡", "返乡", "老乡", "同乡", "地区", "社区", "园区", "景区", "城区", "市区", "郊区", "灾区", "产区", "辖区", "小区", "专区", "山区", "港口", "江湖", "海湾")

# Latin letters, with the accented ones of European names (Müller, Zieliński, Šafránek).
_L = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_PLURAL_POSSESSIVE = r"(?:(?<=s)['’](?=[ \t][A-Z]))?"  # Ladies' Market
_WORD = rf"[{_L}][{_L}0-9]*(?:[-.'’&][{_L}0-9]+)*{_PLURAL_POSSESSIVE}"
_VERSION = r"\d+(?:\.\d+)*[A-Za-z]?"
_MODIFIER = r"(?i:mini|pro|max|ultra|plus|lite|turbo|flash|nano|opus|sonnet|haiku|preview)"
# Small words inside a name (University of Culture, Banco de Chile) and company forms
# after it (Kft., Co., Ltd., GmbH).
_NAME_PARTICLE = r"(?:da|de|do|dos|das|des|du|di|del|van|von|der|den|la|le|bin|al)"
_CONNECTOR = rf"(?:of|for|the|{_NAME_PARTICLE})"
_COMPANY_FORM = r"(?:,?[ \t](?:Co\.,?[ \t]Ltd\.?|Co\.|Ltd\.?|Inc\.?|Corp\.?|Kft\.?|GmbH|AG|plc|LLC|S\.A\.|N\.V\.|Pte\.?[ \t]Ltd\.?))"
# Disney+, CATCHPLAY+, Yahoo!, ColleGo!: a mark that ends a brand (! only before Chinese text or a bracket).
_BRAND_MARK = r"(?:\+(?![0-9A-Za-z+])|!(?=[\u4e00-\u9fff）)」”』]))"
_LATIN_NAME = re.compile(
    rf"(?<![{_L}0-9])(?P<name>{_WORD}(?:(?:[ \t]?-?{_VERSION}|[ \t]{_MODIFIER}|[ \t](?:&[ \t]|(?:{_CONNECTOR}[ \t]){{1,2}})?[{_UPPER}][{_L}0-9]*(?:[-.'’&][{_L}0-9]+)*{_PLURAL_POSSESSIVE})(?![{_L}0-9]))*{_COMPANY_FORM}?{_BRAND_MARK}?)"
)
_ENDS_IN_COMPANY_FORM = re.compile(rf"{_COMPANY_FORM}$")
_LEADING_ENGLISH = {"and", "or", "with", "by", "to", "in", "on", "at", "from", "vs", "via", "as"}
_COMPANY_ABBREVIATIONS = ("Co", "Ltd", "Inc", "Corp", "Kft", "Pte", "Bhd", "Plc")
_COMPANY_TAIL = re.compile(r"\.(?:,?[ \t]Ltd\.?)?")
# 688417.SH, 0700.HK: the exchange of a stock code is not a name.
_TICKER_EXCHANGE = re.compile(r"\d\.$")
# Firstname Lastname (Elise Mertens, Hsieh Su-wei, Jan Zieliński): a person when the text
# gives it as the Latin name of a transliteration.
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f"
# One word of a person's name: McRobbie, O'Neill, Poul-Erik, Lula.
_NAME_WORD = rf"(?:Mc|Mac|O['’]|D['’])?[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}]?[{_LOWER}]+)?"
_PERSON_LATIN = re.compile(
    rf"^{_NAME_WORD}(?:[ \t](?:{_NAME_PARTICLE}[ \t]){{0,2}}{_NAME_WORD}){{1,3}}$"
)
_HAS_VERSION = re.compile(rf"(?:[ \t-]{_VERSION}$|[ \t-]{_VERSION}[ \t]|\d|[ \t]{_MODIFIER}\b)")
_WORK = re.compile(r"《([^《》\n]{1,40})》")
_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"\n]{1,16})[”」』\"]")
_PAREN = re.compile(r"\s*[（(]\s*([^()（）\n]{1,40}?)\s*[)）]")


@dataclass(frozen=True)
class Span:
    """A candidate in the coordinates of the Simplified copy of a block."""

    start: int
    end: int
    type: EntityType
    rule: str
    priority: int
    strong: bool = True
    alias_of: str = ""


@dataclass
class BlockContext:
    """One block's Simplified copy and its tags, shared by the rules."""

    text: str
    tokens: list[Token]
    lex: Lexicon

    def token_at(self, offset: int) -> int | None:
        """Index of the token covering ``offset`` (tokens cover the text in order)."""
        i = bisect_right(self._token_starts, offset) - 1
        return i if i >= 0 and offset < self.tokens[i].end else None

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def starts(self) -> frozenset[int]:
        """Offsets where a word starts."""
        return frozenset(self._token_starts)

    @cached_property
    def ends(self) -> frozenset[int]:
        """Offsets where a word ends."""
        return frozenset(t.end for t in self.tokens)


# ----- helpers ---------------------------------------------------------------------------

def is_proper(token: Token) -> bool:
    """A token that looks like (part of) a name rather than a common word."""
    if token.flag in PROPER_FLAGS:
        return True
    if token.word in _RETAGGED:
        return False  # 疏港/v: the dictionary's tag was wrong
    if not _CJK.search(token.word) or token.flag in ("c", "p", "u"):
        return False  # 但若/c: a word jieba guessed, and tagged a conjunction, is no name
    entry = dictionary_entry(token.word)
    return entry is None or (entry[0] < 100 and entry[1].startswith("n"))


def is_transliteration(word: str, lex: Lexicon) -> bool:
    return bool(word) and all(ch in lex.transliteration or ch == "·" for ch in word)


def _name_token_ok(token: Token, lex: Lexicon) -> bool:
    if token.word == "·":
        return True
    if _PUNCT.match(token.word) or not _CJK.search(token.word):
        return False
    if token.flag in ("nr", "nrt", "nrfg", "ns", "nz", "zg", "j"):
        return token.word not in lex.titles and token.word not in _STOP_CHARS  # 区美玲/较(zg)/早前
    if len(token.word) == 1:  # 行长卡巴杰/时: 时 (when) ends the name
        return token.word not in _STOP_CHARS and token.word not in _CLAUSE_CHARS and not token.flag.startswith(_STOP_FLAGS[:6])
    if token.flag.startswith(_STOP_FLAGS):
        return is_transliteration(token.word, lex) and dictionary_entry(token.word) is None
    if len(token.word) >= 3 and token.word[-1] in "界会费业团组" and dictionary_entry(token.word[:-1]) is not None:
        return False  # 建筑界, 恳谈会, 顾问费: a group or a fee, not a name
    return is_proper(token)


def _bare_division(word: str, lex: Lexicon) -> bool:
    """麻城, 霍尔果斯: a city or county named without its ending (the lists leave such bare
    names out where they are also common words, so only some rules read them)."""
    return word + "市" in lex.places or word + "县" in lex.places


def is_place_word(word: str, lex: Lexicon) -> bool:
    """A known place, or two known places written together (美国硅谷, 法国巴黎)."""
    if word in lex.places or (len(word) >= 3 and word[-1] in "省市县" and word[:-1] in lex.places):
        return True
    return any(word[:i] in lex.places and word[i:] in lex.places for i in range(2, len(word) - 1))


def _known(name: str, lex: Lexicon) -> bool:
    return name in lex.places or name in lex.organizations


# ----- rules -------------------------------------------------------------------------------

def works(ctx: BlockContext) -> list[Span]:
    """Titles in 《》: laws, newspapers, books, reports."""
    return [Span(m.start(1), m.end(1), EntityType.WORK, "work", 100) for m in _WORK.finditer(ctx.text)]


def latin_type(text: str, start: int, end: int, name: str, lex: Lexicon) -> tuple[EntityType, str]:
    """Type a Latin-script name from its shape and the words around it."""
    # 应用程式「MTR Mobile」: the quotes around a name do not hide the noun before it
    before, after = text[max(0, start - 7) : start].rstrip(" 「“『\"'"), text[end : end + 7].lstrip(" 」”』\"'")
    if name.endswith("+") and len(name) >= 4:
        return EntityType.PRODUCT, "latin-product"  # Disney+, CATCHPLAY+: a streaming service
    if _HAS_VERSION.search(name) or re.search(r"[A-Za-z]\d", name) or re.search(r"[A-Za-z]-[A-Z0-9]{1,4}$", name):
        return EntityType.PRODUCT, "latin-version"
    if name.lower() in lex.latin_products:
        return EntityType.PRODUCT, "latin-product"
    smart_product = after.lstrip().startswith("智能") and _is_han(after.lstrip()[2:3] or "。")  # Kimi + 智能助手: a product line, not a firm
    if (not smart_product and any(after.lstrip().startswith(s) for s in lex.org_suffixes if len(s) > 1)) or _ENDS_IN_COMPANY_FORM.search(name):
        return EntityType.ORGANIZATION, "latin-suffix"
    words = name.split()
    if _PERSON_LATIN.match(name) and not any(w.lower() in lex.latin_org_words for w in words) and (
        any(before.endswith(t) for t in lex.titles) or any(after.startswith(v) for v in lex.speech_verbs)
    ):
        return EntityType.PERSON, "latin-person"  # 财务总监Garth Jones表示
    if any(before.rstrip().endswith(s) for s in ("公司", "企业", "集团", "初创公司", "机构", "媒体")):
        return EntityType.ORGANIZATION, "latin-context"
    if any(after.lstrip().startswith(n) for n in lex.product_nouns) or any(before.endswith(n) for n in lex.product_nouns):
        return EntityType.PRODUCT, "latin-context"
    if before.endswith(("（", "(")):
        # 抑制剂吉舒达（Keytruda）: the gloss of a drug named right after a drug noun
        window = text[max(0, start - 12) : start - 1]
        if any(n in window for n in _DRUG_NOUNS) and not any(w in window for w in ("公司", "药厂", "集团", "企业")) and not (
            window.endswith(lex.org_suffixes) or window.endswith(("中心", "局", "署", "联盟"))
        ):
            return EntityType.PRODUCT, "latin-context"
    if len(words) >= 2 and words[-1] in _LATIN_PLACE_WORDS:
        return EntityType.PLACE, "latin-place"  # Iconic Tower, Hong Kong Science Park
    return EntityType.ORGANIZATION, "latin-default"


# Last words of Latin place names (not City or Capital, which end clubs and funds too).
_LATIN_PLACE_WORDS = {
    "Tower", "Park", "Zone", "Island", "Islands", "Bay", "Canal", "Harbour", "Harbor", "Square", "Valley", "Bridge",
    "Airport", "Station", "Lake", "River", "Mountain", "Mountains", "Street", "Road", "Avenue", "Port",
    "Circuit", "Raceway", "Speedway", "Tunnel", "Pier", "Plaza", "Beach", "Garden", "Gardens", "Stadium", "Arena",
    "Bypass", "Highway", "Expressway", "Boulevard", "Lane", "Temple", "Church", "Cathedral",
}


_DRUG_NOUNS = ("抑制剂", "新药", "药品", "药物", "疗法", "疫苗", "标靶药", "靶向药", "单抗")


def latin_names(ctx: BlockContext) -> list[Span]:
    """Runs of Latin-script words, with versions and modifiers, minus generic acronyms."""
    spans: list[Span] = []
    for match in _LATIN_NAME.finditer(ctx.text):
        name = match.group("name")
        if not _ENDS_IN_COMPANY_FORM.search(name):
            name = name.rstrip(" .-")
        tail = _COMPANY_TAIL.match(ctx.text, match.start("name") + len(name)) if name.split()[-1] in _COMPANY_ABBREVIATIONS else None
        if tail:
            name += tail.group()  # Kft., Co., Ltd.
        start, end = match.start("name"), match.start("name") + len(name)
        if _TICKER_EXCHANGE.search(ctx.text[max(0, start - 2) : start]) and len(name) <= 3:
            continue
        words = name.split()
        while words and words[-1].lower() in ctx.lex.latin_stopwords and len(words) > 1 and words[-1] not in ("AI",):
            words.pop()
        while len(words) > 1 and words[0] in _LEADING_ENGLISH:
            start += len(words[0]) + 1  # "and Claude 3.5 Sonnet": a connective from the English text around
            words.pop(0)
        name = " ".join(words)
        end = start + len(name)
        if len(name) < 2 or name.lower() in ctx.lex.latin_stopwords:
            continue
        if name.islower() and not any(ch.isdigit() for ch in name):
            continue
        if ctx.text[max(0, start - 2) : start].rstrip() in _CODE_LABELS and any(ch.isdigit() for ch in name) and " " not in name:
            continue  # 编号K47, 航班CX880: a code that labels one animal, plate or flight, not a product
        kind, rule = latin_type(ctx.text, start, end, name, ctx.lex)
        spans.append(Span(start, end, kind, rule, 90))
    return spans


# Verbs of running a business before its quoted name (经营「浮光咖啡」, 开了一家「阿芬小馆」).
_RUNNING_VERBS = ("经营", "创办", "开了一家", "开了间", "开了家")  # (开设「X学程」 opens a course)
# Labels before a code that names no product (编号K47, 车牌AB123, 航班CX880).
_CODE_LABELS = ("编号", "编码", "序号", "车牌", "牌照", "航班", "班次", "房号", "学号", "工号")  # (研发代号HC-1127 is a drug)


def quoted_products(ctx: BlockContext) -> list[Span]:
    """“X”计划, 名为“X”的…, “X”模型: a named product, programme or project."""
    spans: list[Span] = []
    models_end = -1  # where the last of a maker's quoted models ended
    for match in _QUOTED.finditer(ctx.text):
        inner = match.group(1).strip()
        if _maker_model(ctx, match, inner, models_end):
            spans.append(Span(match.start(1), match.end(1), EntityType.PRODUCT, "quoted-product", 92))
            models_end = match.end()
            continue
        if len(inner) < 2 or re.search(r"[，。！？；、,!?]", inner):
            continue
        if 4 <= len(inner) <= 12 and inner.endswith(("节", "祭", "祭典")) and all(_is_han(c) for c in inner) and dictionary_entry(inner) is None and not _known(inner, ctx.lex):
            spans.append(Span(match.start(1), match.end(1), EntityType.EVENT, "event", 86))
            continue  # 「新竹米粉节」, 「木曾漆器祭」: a festival's whole name in quotes (春节 and 母亲节 are words)
        after_long = ctx.text[match.end() : match.end() + 8]
        after = after_long[:4]
        before = ctx.text[max(0, match.start() - 6) : match.start()].rstrip()
        # 新调度系统「运联通」, 即食品牌「鲔鲜生」: the kind of product right before the quote
        # (but not 项目: 公屋项目「攸田居」 is a housing estate)
        kind_before = any(before.endswith(n) for n in ctx.lex.product_nouns if len(n) >= 2 and n != "项目") or before.endswith(("品牌", "新品"))
        programme = inner.endswith(_PROGRAMME_ENDINGS) and len(inner) >= 4  # 推出“拯救老屋行动”
        if 4 <= len(inner) <= 14 and all(_is_han(c) for c in inner) and "的" not in inner and not inner.endswith("基金") and not re.search(
            r"[一两几][座块个家间所条位]", inner  # 「从一块路牌走进一座博物馆」: a title with a count in it, not a body's name
        ) and any(
            inner.endswith(e) and len(e) >= 2 and len(inner) - len(e) >= 2 and match.start(1) + len(inner) - len(e) in ctx.starts
            for e in ctx.lex.org_suffixes
        ):  # (the ending a word of its own: “应用/人工智能” is an initiative)
            # 公民团体「守护山海公民联盟」: a body's whole name in quotes, whatever its words
            spans.append(Span(match.start(1), match.end(1), EntityType.ORGANIZATION, "quoted-body", 85))
            continue
        landform = inner[-1] in "山峰岭岛湖" and before.endswith("名为") and dictionary_entry(inner) is None  # 更名为“哈利路亚山”
        run_by = before.endswith(_RUNNING_VERBS) or re.search(r"(?:经营|创办)[^，。]{0,4}的$", before) is not None  # 经营三代的「老万发豆干」
        if 4 <= len(inner) <= 10 and all(_is_han(c) for c in inner) and "的" not in inner and (
            inner[-1] in "馆宫楼塔" or inner.endswith(_QUOTED_SITE_ENDINGS) or landform
        ) and not _known(inner, ctx.lex) and not run_by:  # (经营「雾见茶楼」: the business, not the building)
            spans.append(Span(match.start(1), match.end(1), EntityType.PLACE, "quoted-site", 85))
            continue  # 全新景点「北极星冰域馆」: a venue's whole name in quotes
        estate = before.endswith(("新盘", "楼盘", "屋苑", "住宅", "屋邨", "公屋", "居屋")) or (
            after.startswith("项目") and re.search(r"(?:承建|兴建|发展|开发)的$", before) is not None
        )
        if 2 <= len(inner) <= 8 and all(_is_han(c) for c in inner) and estate and not _known(inner, ctx.lex):
            spans.append(Span(match.start(1), match.end(1), EntityType.PLACE, "quoted-site", 85))
            continue  # 新盘「峰沄湾」, 承建的「御峰汇」项目: a housing estate in quotes
        owner_after = re.match(r"的?(?:第[一二三四五六七八九十]代)?(?:老板娘|老板|店主|东主|店东|掌柜|创办人|创始人|经营者)", after_long)
        if 2 <= len(inner) <= 10 and all(_is_han(c) for c in inner) and "的" not in inner and (owner_after or before.endswith(_SHOP_KINDS) or run_by or _named_group(before, inner)) and not (
            _known(inner, ctx.lex) and inner not in ctx.lex.organizations
        ):
            # 「阿芬芋香坊」老板娘, 肉圆老店「陈记肉圆」: a shop or firm named by its owner's title or its kind
            spans.append(Span(match.start(1), match.end(1), EntityType.ORGANIZATION, "quoted-body", 85))
            continue
        if len(inner) >= 3 and inner.endswith("号") and all(_is_han(c) for c in inner) and not re.search(r"[一二三四五六七八九十零〇]号$", inner) and (
            inner[-2:] not in _COMMON_HAO_WORDS  # (“只会喊口号”: a slogan)
        ):
            spans.append(Span(match.start(1), match.end(1), EntityType.PRODUCT, "quoted-product", 88))
            continue  # “海洋光谱号”, “地中海荣耀号”: a ship, a train or a spacecraft
        if 2 <= len(inner) <= 8 and all(_is_han(c) for c in inner) and ctx.text.startswith("号", match.end()) and not ctx.text.startswith(("号召", "号称"), match.end()):
            spans.append(Span(match.start(1), match.end(1), EntityType.PRODUCT, "quoted-product", 88))
            continue  # “杜汉”号: a ship or a train named in quotes before 号
        if _MODEL_NAME.fullmatch(inner):
            spans.append(Span(match.start(1), match.end(1), EntityType.PRODUCT, "quoted-product", 92))
            continue  # “丰禾818”, “谷神GK120”: a brand and a model or variety number
        # “象踪”预警平台: a two-character kind of use between the name and the product noun
        modified = all(_is_han(c) for c in after_long[:2]) and any(after_long[2:].startswith(n) for n in ctx.lex.product_nouns if len(n) >= 2) and (
            not inner.endswith((*ctx.lex.facility_suffixes, "道路", "路", "桥", "线")) and not any(c in _STOP_CHARS for c in inner) and inner[0] not in "很非太最真挺好不没" and (dictionary_entry(inner) or (0, "n"))[1][:1] not in ("a", "d", "v")
        )
        if any(after.startswith(n) for n in ctx.lex.product_nouns) or modified or before.endswith("名为") or kind_before or programme:
            # “爱因斯坦探针”卫星: a quoted name longer than any name inside it wins over them
            known = inner in ctx.lex.organizations or inner in ctx.lex.persons or inner in ctx.lex.places
            priority = 88 if len(inner) >= 4 and all(_is_han(c) or c == "·" for c in inner) and not known else 70
            spans.append(Span(match.start(1), match.end(1), EntityType.PRODUCT, "quoted-product", priority))
    return spans


# What follows a list of a maker's quoted models (比亚迪的“海豹”“宋PLUS”、…占比最大).
_AFTER_MODELS = ("“", "「", "、", "等", "和", "与", "以及", "及", "系列", "车型", "机型", "销量", "占", "卖", "）", ")", "，", "。")


def _maker_model(ctx: BlockContext, match: re.Match[str], inner: str, models_end: int) -> bool:
    """比亚迪的“海豹”“宋PLUS”, 奇瑞的“瑞虎8”: short quoted names right after a company and
    的 (or right after another such name) are its models."""
    if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{2,10}", inner) or sum(_is_han(c) for c in inner) > 4 or any(c in _STOP_CHARS for c in inner):
        return False
    if not ctx.text.startswith(_AFTER_MODELS, match.end()):
        return False
    gap = ctx.text[models_end : match.start()] if models_end >= 0 else None
    if gap is not None and gap in ("", "、", "和", "与", "及"):
        return True  # the next of the maker's models
    if not ctx.text.endswith("的", 0, match.start()):
        return False
    owner_end = match.start() - 1
    return any(ctx.text[owner_end - k : owner_end] in ctx.lex.organizations for k in range(2, 7)) or ctx.text.endswith(
        ("汽车", "手机", "科技"), 0, owner_end
    )


# Kinds of group or firm before its quoted name (在地乐团「山海之声」, 义工组织「棚屋守护者」,
# 旅行社「环宇假期」, 营办商「大澳海豚游」).
_GROUP_KINDS = (
    "乐团", "乐队", "剧团", "舞团", "合唱团", "团体", "组织", "社团", "旅行社", "营办商", "营运商", "运营商", "承办商", "经营商",
)


def _named_group(before: str, inner: str) -> bool:
    """Does a quoted ``inner`` after ``before`` name a group of a kind (乐团「山海之声」),
    rather than say what it is like (组织「很强」)?"""
    entry = dictionary_entry(inner)
    return before.endswith(_GROUP_KINDS) and len(inner) >= 3 and (entry is None or entry[1] in ("n", "nz", "nt", "ns", "nr")) and inner[0] not in "很太最更真挺好不没非"


# Kinds of shop before a shop's quoted name (肉圆老店「陈记肉圆」, 咖啡馆“山语”).
_SHOP_KINDS = ("老店", "小吃店", "餐厅", "餐馆", "饭店", "面馆", "茶馆", "咖啡馆", "咖啡店", "书店", "面包店", "民宿", "工作室", "老字号", "字号", "店铺", "门店", "小店")
# Sites a company is named after when it runs them (海洋公园公司, 西区海底隧道公司).
_RUN_SITES = ("公园", "乐园", "机场", "码头", "隧道")
# Endings of a venue's name, quoted (not 大道 or 走廊: 「光明大道」 and 「粮食走廊」 are figures of speech).
_QUOTED_SITE_ENDINGS = ("乐园", "公园", "广场", "大厦", "剧场", "剧院", "酒店", "商场", "中心大楼", "度假村", "园区")
# A brand of two to four Chinese characters and a model or variety number (丰禾818, 谷神GK120).
_MODEL_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}[A-Za-z]{0,3}-?\d{2,5}[A-Za-z]?")
# Common words ending in 号 (a slogan, a signal, a title), which end no craft's name.
_COMMON_HAO_WORDS = {
    "口号", "信号", "称号", "番号", "型号", "账号", "帐号", "编号", "记号", "符号", "暗号", "问号", "句号", "挂号", "字号", "商号", "代号",
    "序号", "国号", "年号", "等号", "逗号", "叹号", "括号", "头号", "大号", "小号", "中号", "号号",
}
_PROGRAMME_ENDINGS = ("计划", "行动", "工程", "项目", "专案")


_NUMBERED_PARTS = ("码头", "货站", "仓", "楼", "线", "门", "站", "泊位", "演习", "台风", "风球", "公路", "病房", "展厅", "隧道", "大桥", "桥", "跑道", "船坞", "机库", "井", "矿", "厂房", "坑")


def numbered_products(ctx: BlockContext) -> list[Span]:
    """嫦娥六号, 长征五号, 天宫二号: a name, a number and 号 name a craft, ship or probe."""
    spans: list[Span] = []
    starts = ctx.starts
    for match in re.finditer(r"([\u4e00-\u9fff]{2,4})[一二三四五六七八九十零\d]{1,3}号", ctx.text):
        end = match.end()
        if end < len(ctx.text) and ctx.text[end] in "甲乙丙丁" and end + 1 in ctx.ends:
            end += 1  # 长征二号丙, 长征三号乙: a rocket's variant
        variant = re.match(r"[A-Z](?![A-Za-z])(?:遥[一二三四五六七八九十]{1,4}(?:运载火箭)?)?", ctx.text[end:])
        if variant:
            end += variant.end()  # 长征二号F, 长征二号F遥二十三运载火箭: a variant and the vehicle's serial
        if ctx.text.startswith(_NUMBERED_PARTS, end):
            continue  # 中环五号码头, 汉光41号演习: a numbered pier or exercise, not a craft
        name_end = match.start(1) + len(match.group(1).rstrip("一二三四五六七八九十零"))  # 神舟 + 十八号
        # The name starts at a word boundary inside the run, after any verb or time word
        # before it (“搭乘长征二号” -> 长征二号).
        for start in range(match.start(1), name_end - 1):
            if start not in starts:
                continue
            stem = ctx.text[start:name_end]
            entry = dictionary_entry(stem)
            if stem[-1] in "第约共近逾" or entry and entry[1][:1] in ("v", "m", "q", "r"):
                break
            words = [t for t in ctx.tokens if start <= t.start < name_end]
            if words and (words[0].flag[:1] in ("u", "c", "b") or words[0].word in _STOP_CHARS) and len(words) > 1:
                continue  # 发射的 + 嫦娥八号, 所用 + 长征五号: a particle or modifier before the craft's name
            if any(t.flag[:1] in ("t", "m", "q", "r", "p", "d", "f") or t.flag in ("v", "vd") for t in words):
                if words and words[0].flag == "v" and len(words) > 1:
                    continue  # 搭乘 + 长征二号: a verb before the craft's name
                break  # 今年首个八号, 改发八号: a time, a count or a verb, not a craft's name
            spans.append(Span(start, end, EntityType.PRODUCT, "numbered", 78))
            break
    return spans


# Plots and sides of land, after which 临海, 临江 describe where they lie.
_LAND_NOUNS = ("用地", "地段", "地块", "地带", "一侧", "一带", "区域", "土地", "位置", "而建", "而居")


def known_names(ctx: BlockContext) -> list[Span]:
    """Names from the curated lists and CLDR, aligned to jieba's word boundaries."""
    spans: list[Span] = []
    starts, ends = ctx.starts, ctx.ends
    text = ctx.text
    longest = 12
    i = 0
    while i < len(text):
        found = None
        for length in range(min(longest, len(text) - i), 1, -1):
            piece = text[i : i + length]
            if piece in ctx.lex.organizations:
                kind = EntityType.ORGANIZATION
            elif piece in ctx.lex.places:
                kind = EntityType.PLACE
            elif piece in ctx.lex.products:
                kind = EntityType.PRODUCT
            else:
                continue
            if kind is EntityType.ORGANIZATION and len(piece) == 2 and all(c in ctx.lex.place_abbreviations for c in piece) and (
                text.startswith((*_PAIR_FOLLOWERS, *_PLACE_PAIR_FOLLOWERS), i + 2)
            ):
                spans.append(Span(i, i + 1, EntityType.PLACE, "place-short", 70))
                found = Span(i + 1, i + 2, EntityType.PLACE, "place-short", 70)
                break  # 港台合作: two places, not 港台 the broadcaster
            if kind is EntityType.ORGANIZATION and text[i + length - 1 : i + length + 1] in _ENDINGS_RUN_ON:
                continue  # 文旅部 + 门: 文旅部门, a kind of department
            covering = ctx.token_at(i)
            # 美国硅谷/ns holds two places; 沿海地区/ns holds none (海地 is Haiti only by accident).
            inside_place_token = covering is not None and ctx.tokens[covering].flag in ("ns", "nt") and (
                ctx.tokens[covering].start == i or is_place_word(ctx.tokens[covering].word, ctx.lex)
            ) and (
                i + length <= ctx.tokens[covering].end or len(ctx.tokens[covering].word) >= 2 or is_place_word(text[ctx.tokens[covering].end : i + length], ctx.lex)
            )  # (东/ns + 海滨: 东海 runs into a word; but 深圳/ns + 湾畔, 南/ns + 太平洋地区)
            if inside_place_token and kind is EntityType.PLACE and ctx.tokens[covering].flag == "ns" and ctx.tokens[covering].start == i:
                remainder = ctx.tokens[covering].word[length:]
                if len(remainder) == 1 and remainder not in "省市县区州岛" and remainder in _FACILITY_END_CHARS | {"堂", "楼", "亭", "阁"}:
                    continue  # 中山堂/ns: a hall named after a place is the mention, not the place
                if remainder in ("古堡", "城堡", "古城", "老街", "夜市", "庙", "寺", "炮台"):
                    continue  # 安平古堡/ns: a site named after its town is the mention
            # 香港股市: a place that opens a longer word, unless it is a demonym (美国人).
            opens_word = i in starts and kind is EntityType.PLACE and covering is not None and (
                len(ctx.tokens[covering].word) - length >= 2
            )
            # 经济部长, 行政院长: a body glued to the title of its head.
            if i in starts and kind is EntityType.ORGANIZATION and covering is not None:
                rest = ctx.tokens[covering].word[length:]
                # 东盟国家 (one word): the members of a listed bloc
                opens_word = opens_word or rest == "长" or rest in ctx.lex.titles or rest in ("国家", "成员国", "各国", "成员")
                last = ctx.token_at(i + length - 1)
                if last is not None and ctx.tokens[last].end == i + length + 1 and text[i + length] == "长":
                    opens_word = True  # 运动/部长: jieba cut the body inside its head's title
            token = ctx.tokens[covering] if covering is not None else None
            if kind is EntityType.PLACE and token is not None and token.flag == "nt" and token.start == i and (
                token.word[length:] in ctx.lex.organizations
            ):
                break  # 中国证监会 (one word): the body of that country, found at 证监会
            with_suffix = (
                kind is EntityType.PLACE and covering is not None and i in starts
                and ctx.tokens[covering].word[length:] in ("省", "市", "县", "区")
            )  # 花莲县/长: jieba cut the title 县长 in two
            if kind is EntityType.PLACE and text.startswith("州", i + length) and i + length + 1 in ends and i + length in ends and (
                is_transliteration(piece, ctx.lex) and piece not in ctx.lex.countries
            ):
                found = Span(i, i + length + 1, kind, "lexicon", 64)
                break  # 阿拉木图 + 州: the region named after a foreign city
            caucus = (
                kind is EntityType.ORGANIZATION and piece.endswith("党") and text.startswith("团", i + length)
                and text[i + length : i + length + 2] not in ("团体", "团结", "团队", "团员") and i in starts
            )
            if caucus:
                found = Span(i, i + length + 1, kind, "lexicon", 81)  # 民进党团: the party's caucus
                break
            previous = ctx.token_at(i - 1) if i > 0 else None
            glued_word = dictionary_entry(text[i - 1 : i + 1]) if previous is not None and len(ctx.tokens[previous].word) == 1 else None
            if kind is EntityType.PLACE and length == 2 and glued_word is not None and glued_word[1] == "n" and glued_word[0] >= 500 and (
                ctx.tokens[previous].end == i and ctx.tokens[previous].word not in _STOP_CHARS
            ):
                continue  # 石/n + 头屋/ns: jieba cut 石头 + 屋 wrongly; no township here
            if kind is EntityType.PLACE and piece[0] in "临沿濒傍" and (
                text.startswith(_LAND_NOUNS, i + length) or (i > 0 and text[i - 1] in "幅块片")
            ):
                continue  # 一幅 + 临海 + 用地: "facing the sea", not the city of 临海
            if (i in starts and i + length in ends) or inside_place_token or opens_word or with_suffix:
                start = i
                if kind is EntityType.ORGANIZATION and covering is not None and covering > 0 and piece[-1] in _GOVERNMENT_END_CHARS:
                    before = ctx.tokens[covering - 1]
                    if before.end == i and is_place_word(before.word, ctx.lex):
                        start = before.start  # 美国商务部 names the US ministry; 美国 + 纳斯达克 are two
                if kind is EntityType.ORGANIZATION and token is not None and token.flag == "nt" and (
                    token.start < i and token.end == i + length and is_place_word(text[token.start : i], ctx.lex)
                ):
                    start = token.start
                end = i + length
                if kind is EntityType.PLACE and end < len(text) and text[end] in "省市县区" and text[end - 1] not in "省市县区" and not (
                    text[end] == "区" and _country_word(piece, ctx.lex)  # 中国区总裁: a company's region, not a district
                ):
                    after = ctx.token_at(end + 1) if end + 1 < len(text) else None
                    # 湖南省政府, 郑州市委: the suffix belongs to the place, unless it opens a
                    # word of its own (北京市民 is 北京 + 市民).
                    here = ctx.token_at(end)
                    rest = ctx.tokens[here].word[end - ctx.tokens[here].start :] if here is not None else ""
                    glued = rest[1:] in ("政府", "委", "委书记")
                    inside_word = here is not None and ctx.tokens[here].start < end  # 太平/山区: 区 belongs to 山区
                    if (after is None or ctx.tokens[after].start == end + 1 or glued) and not inside_word:
                        end += 1
                if kind is EntityType.PLACE and text[end - 1] in "省市县区" and text.startswith("委", end) and not text.startswith("委员", end):
                    kind, end = EntityType.ORGANIZATION, end + 1  # 郑州市委: the party committee
                if kind is EntityType.ORGANIZATION and start in starts:
                    start = _stationed_start(ctx, start)  # 国立成功大学
                found = Span(start, end, kind, "lexicon", 64 if kind is EntityType.PLACE else 79)
                break
        if found:
            spans.append(found)
            i = found.end
        else:
            i += 1
    return spans


# Characters that count or measure after a numeral (三个, 十日, 五家): no name goes on past them.
_COUNTED_CHARS = set("个位名次件项倍万亿元米斤吨号层年月日天周季期届岁人家座所只条张份")
_REGNAL_NUMBER = re.compile(  # (路易十五时期: the king's time, not fifteen o'clock)
    "[一二三四五六七八九十]{1,3}世|[一二三四五六七八九十]{1,3}(?=时期|时代)|[一二三四五六七八九十]{1,3}(?![一二三四五六七八九十百千时分秒点度批台辆架艘"
    + "".join(sorted(_COUNTED_CHARS)) + "])"
)
# What follows a ruler's name when it names the reign (乾隆年间, 光绪二十年), not the ruler.
# What follows a ruler's name when it names the reign (乾隆年间, 光绪二十年), not the ruler, or
# a site named after a person (屈原故里, 鲁迅故居), which is the mention.
_ERA_AFTER = re.compile("[一二三四五六七八九十元]{0,3}年|朝|时期|时代|年间|盛世|通宝|官窑|御窑|故里|故居|墓|陵|祠|纪念")


def known_persons(ctx: BlockContext) -> list[Span]:
    """乾隆, 陆羽, 成吉思汗: historical figures from the curated list (not a reign: 乾隆年间);
    路易十四, 伊丽莎白二世, 良十四世: a monarch's or pope's name with its regnal number."""
    spans: list[Span] = []
    text, lex = ctx.text, ctx.lex
    for i in range(len(text) - 1):
        if text[i] not in lex.persons_by_first and text[i] not in lex.regnal_names_by_first:
            continue
        if i > 0 and i not in ctx.starts and _is_han(text[i - 1]) and text[i - 1] not in _STOP_CHARS:
            if not any(text[max(0, i - k) : i] in lex.titles for k in (1, 2, 3)):
                continue  # inside a word, and not right after a title (法王 + 路易十四)
        regnal = next((r for r in lex.regnal_names_by_first.get(text[i], ()) if text.startswith(r, i)), None)
        number = _REGNAL_NUMBER.match(text, i + len(regnal)) if regnal else None
        if number and (len(regnal) >= 2 or number.group().endswith("世")):
            spans.append(Span(i, number.end(), EntityType.PERSON, "known-person", 82))
            continue
        person = next((p for p in lex.persons_by_first.get(text[i], ()) if text.startswith(p, i)), None)
        if person is None or (i > 0 and text[i - 1] in lex.surnames and not any(text[max(0, i - k) : i] in lex.titles for k in (1, 2, 3))):
            continue  # 崔 + 康熙: a modern name that holds a historical one
        end = i + len(person)
        if _ERA_AFTER.match(text, end) or not (end in ctx.ends or _name_boundary(ctx, end) or text.startswith(("皇帝", "帝"), end)):
            continue
        spans.append(Span(i, end, EntityType.PERSON, "known-person", 79))
    return spans


# Verbs jieba tags as such that belong to a name before these endings (上合组织开发银行, 病人组织联盟).
_VERBS_BEFORE_ENDINGS = {"开发": ("银行", "有限", "集团", "股份", "总公司"), "组织": ("联盟", "联合会")}  # 水电 + 开发 + 有限公司
# Quarters of a country that open a body's name (南方医科大学, 北方工业大学).
_QUARTER_WORDS = ("南方", "北方", "东方", "西方")
# Sites a place numbers (宝山第二水库, 狮子山第二隧道).
_NUMBERED_SITES = ("水库", "隧道", "大桥", "航站楼", "跑道", "核电站", "核电厂", "发电厂", "电厂", "水厂", "净水厂", "码头", "客运站", "大坝")
# Bodies a city numbers (佛山市第一人民医院, 北京市第四中学).
_NUMBERED_INSTITUTIONS = ("医院", "中学", "小学", "学校", "法院", "监狱", "研究所", "设计院")
# Ages of art and history that jieba tags as times (纽约现代艺术博物馆, 东京国立近代美术馆).
_AGE_WORDS = ("现代", "当代", "近代", "古代")
# Verbs that name a government portfolio inside a body's name (科技创新局, 城乡规划局).
_PORTFOLIO_VERBS = {"创新", "发展", "改革", "建设", "规划", "监督", "监管", "保护", "促进", "执法", "治理"}


def _numbered_name(token: Token) -> bool:
    """三星堆, 九寨沟: a name that opens with a numeral, which jieba tags as one (m)."""
    word = token.word
    if token.flag != "m" or len(word) < 3 or word[0] not in _HAN_NUMERALS:
        return False
    rest = word.lstrip("".join(_HAN_NUMERALS) + "两百千")
    return len(rest) >= 2 and all(_is_han(c) and c not in _COUNTED_CHARS for c in rest)


def _verb_phrase(word: str) -> bool:
    """申请加入, 开会讨论: four characters that are two common verbs."""
    if len(word) != 4:
        return False
    halves = dictionary_entry(word[:2]), dictionary_entry(word[2:])
    return all(h is not None and h[1] == "v" and h[0] > 100 for h in halves)


def _rare_word(word: str) -> bool:
    """启明 (25 in jieba's dictionary): a dictionary word rare enough to be part of a name; a
    word the dictionary lacks (具身) is jieba's guess, not counted rare."""
    entry = dictionary_entry(word)
    return entry is not None and entry[0] < 40


def _marks_firm(before: str, lex: Lexicon) -> bool:
    """Does 商 after ``before`` mark a firm whose name follows: a country's (丹麦商) or a
    trade's (设备商)?"""
    return before in lex.countries or before + "商" in lex.category_nouns


def _registered_verb_run(ctx: BlockContext, j: int, index: int) -> bool:
    """琼岛 + 优选/v + 免税/v + 有限公司: is token ``j`` one of at most two verbs between a place
    or a proper word and a registered company's ending? Such a name may be any words."""
    if not ctx.text.startswith(_REGISTERED_SUFFIXES, ctx.tokens[index].start) or index - j > 2:
        return False
    if not all(t.flag in ("v", "vn", "n") for t in ctx.tokens[j + 1 : index]):
        return False
    k = j
    while k > 0 and j - k < 2 and ctx.tokens[k - 1].flag == "v":
        k -= 1
    if k == 0:
        return False
    before = ctx.tokens[k - 1]
    rare = len(before.word) >= 2 and before.flag == "n" and (dictionary_entry(before.word) or (0, ""))[0] < 100  # 椰城/n + 优选 + 免税
    if before.flag in ("ns", "nz", "nrt", "j") or is_place_word(before.word, ctx.lex) or rare:
        return True
    # 海南 + 国际/商业/航天 + 发射/v + 有限公司: nouns of a trade between the place and the verb
    nouns = 0
    while k - 1 - nouns > 0 and nouns < 3 and ctx.tokens[k - 1 - nouns].flag == "n" and len(ctx.tokens[k - 1 - nouns].word) >= 2:
        nouns += 1
    opener = ctx.tokens[k - 1 - nouns]
    return nouns > 0 and opener.end == ctx.tokens[k - nouns].start and (
        opener.flag in ("ns", "nz", "nrfg") or is_place_word(opener.word, ctx.lex)  # (湖南 + 金焰/nrfg + 烟花 + 制造)
    )


_BRACKETS = ("（", "）", "(", ")")


def _stem_before(ctx: BlockContext, index: int, limit: int = 4, stop_at_titles: bool = True) -> list[Token]:
    """The tokens before ``index`` that can belong to a name (nearest last)."""
    stem: list[Token] = []
    j = index - 1
    while j >= 0 and sum(1 for t in stem if t.word not in _BRACKETS) < limit:
        token = ctx.tokens[j]
        if token.word == "·" and stem and j > 0:
            stem.insert(0, token)
            j -= 1
            continue
        if token.word.isspace() and stem and j > 0 and ctx.tokens[j - 1].word in (")", "）"):
            j -= 1
            continue
        if token.word in (")", "）") and (stem or j + 1 == index):
            # A Latin gloss inside a name: 人工智能 (AI) 行动峰会.
            k = j - 1
            while k >= 0 and ctx.tokens[k].word not in ("(", "（") and j - k <= 4:
                k -= 1
            inner = "".join(t.word for t in ctx.tokens[k + 1 : j]).strip()
            # Or the seat of a company: 恒朗冷链（深圳）有限公司, 中国银行（香港）有限公司.
            # Or the year a company was founded: 九龙巴士（一九三三）有限公司.
            seat = (is_place_word(inner, ctx.lex) or re.fullmatch(r"[〇零一二三四五六七八九0-9]{4}", inner) is not None) and ctx.text.startswith(
                ("有限", "股份", "集团", "公司"), ctx.tokens[j].end
            )
            # Or the group a registered company belongs to: 中国贵州茅台酒厂（集团）有限责任公司.
            seat = seat or (inner in ("集团", "控股", "国际") and ctx.text.startswith(("有限", "股份"), ctx.tokens[j].end))
            # Or the region a national body or fair is held in: 中国（海南）改革发展研究院.
            seat = seat or (k >= 1 and ctx.tokens[k - 1].word == "中国" and is_place_word(inner, ctx.lex) and bool(stem))
            gloss = bool(stem) and inner.isascii() and 0 < len(inner) <= 10
            if k >= 0 and ctx.tokens[k].word in ("(", "（") and (gloss or seat):
                stem[0:0] = ctx.tokens[k : j + 1]
                j = k - 1
                while j >= 0 and ctx.tokens[j].word.isspace():
                    stem.insert(0, ctx.tokens[j])
                    j -= 1
                continue
        if _PUNCT.match(token.word) or token.word.isspace():
            break
        if token.flag == "q" and j > 0 and ctx.tokens[j - 1].flag == "m":
            break  # 4 + 台 + 潍柴雷沃…有限公司: a count and its measure word
        if (token.word in ("往", "经", "至") and token.flag in ("zg", "p", "v")) or (len(token.word) == 2 and token.word[-1] in "往至" and token.flag.startswith("v")):
            break  # 港澳码头 + 往 + 氹仔客运码头: from one site to another; 运往 + 北京…市场
        if re.fullmatch(r"[东南西北][起至接连邻抵]", token.word):
            break  # 隧道 + 西起 + 浦口大道: where a route runs from, not part of a name
        nominal = token.flag in ("eng", "vn") or token.word in _TRADE_VERBS or token.word in _PORTFOLIO_VERBS or _numbered_name(token)  # 行动, 合作, 出版: verbs used as nouns inside names; 三星堆
        nominal = nominal or (
            token.flag == "v" and ctx.tokens[j + 1].word in _TRADE_SUFFIXES and (
                (j == index - 1 and ctx.tokens[index].word in ("创投", "资本"))
                or ctx.text.startswith(("有限", "股份", "集团"), ctx.tokens[j + 1].end)  # 恒/运达/物流 + 有限公司
            ) and (
                _rare_word(token.word)
                or (len(token.word) == 1 and j > 0 and ctx.tokens[j - 1].flag in ("nr", "nz", "nrt"))  # 楚天智/nr + 算/v + 科技有限公司
            )
        )  # 启明/v + 创投: a rare verb names a firm of a trade
        nominal = nominal or (token.flag == "v" and _registered_verb_run(ctx, j, index))  # 琼岛 + 优选/v + 免税/v + 有限公司
        # 佛山市 + 第一 + 人民医院: a numbered body of a place; 南方 + 医科大学: a quarter in a name
        ordinal = j > 0 and re.fullmatch(r"第[一二三四五六七八九十]{1,3}", token.word) is not None
        nominal = nominal or (
            ordinal
            # 宝山 + 第二 + 水库: a place's second reservoir, tunnel or bridge
            and is_proper(ctx.tokens[j - 1]) and ctx.tokens[index].word in _NUMBERED_SITES and j == index - 1
        )
        nominal = nominal or (
            ordinal and is_place_word(ctx.tokens[j - 1].word, ctx.lex)
            and (
                (ctx.tokens[j - 1].word not in ctx.lex.countries and ctx.tokens[index].word.endswith(_NUMBERED_INSTITUTIONS))
                # 中国 + 第一 + 汽车集团: a numbered firm of a trade
                or (ctx.text.startswith(_FIRM_TRADES, token.end) and ctx.text.startswith(("集团", "有限", "股份", "公司", "总公司", "总厂"), ctx.tokens[index].start))
            )
        )
        nominal = nominal or token.word in _QUARTER_WORDS or token.word in _AGE_WORDS  # 纽约 + 现代/t + 艺术博物馆
        nominal = nominal or (token.word in ("冬季", "夏季") and ctx.tokens[j + 1].word.endswith(("运动会", "奥运会", "奥运", "残奥会")))  # 亚洲 + 冬季/t + 运动会
        nominal = nominal or ctx.text.startswith(_VERBS_BEFORE_ENDINGS.get(token.word, ()), token.end)  # 上合组织 + 开发 + 银行
        nominal = nominal or (  # 西班牙 + 驻华/v + 大使馆: a country's mission in another
            re.fullmatch(r"驻[\u4e00-\u9fff]{1,2}", token.word) is not None and ctx.tokens[index].word.endswith(("使馆", "领事馆", "代表处", "办事处", "代表团"))
        )
        nominal = nominal or (token.word == "联合" and j == index - 1 and ctx.tokens[index].word in ctx.lex.org_suffixes)  # 基督教 + 联合 + 医院 (but 研究所联合北京大学)
        if stem and len(stem[0].word) == 1 and stem[0].flag == "nr" and token.flag == "n" and (dictionary_entry(token.word) or (0, ""))[0] >= 100:
            break  # 得标的 + 鸿/升/营造: a common noun before the first character of a name
        if _guessed_function_word(token):
            break  # 需向, 中及: jieba's guesser glued a verb or a name to a function character
        if token.word in _ROLE_NOUNS or token.word in _VERBS_TAGGED_AS_NOUNS:
            break  # 信用社 + 工作人员 + 吴军: staff are not part of a body's name; 交由 + 中选会
        if token.word in _SHARE_WORDS:
            break  # 新界 + 部分 + 医院: some of a kind of body, not one named body
        if _verb_phrase(token.word):
            break  # 申请加入 + 世界马拉松大满贯, 开会讨论 + 公立医院: two verbs jieba took for a noun
        if len(token.word) >= 2 and token.word[-1] in "的了" and dictionary_entry(token.word) is None:
            break  # 麦颖/彤的 + 舞蹈剧场: jieba glued a particle to the word before the name
        placed_kind = token.flag == "b" and j > 0 and is_place_word(ctx.tokens[j - 1].word, ctx.lex) and len(token.word) >= 2  # 台中 + 洲际 + 棒球场
        if (token.flag.startswith(_STOP_FLAGS) or (token.flag == "b" and stop_at_titles and not placed_kind)) and not nominal and not is_proper(token) and not (
            len(token.word) >= 2 and token.word in ctx.lex.places  # 首尔/d + 大学医院
        ):
            break
        royal = token.word in _ROYAL_TITLES and j > 0 and ctx.tokens[j - 1].flag in ("nrt", "nr", "ns")  # 威尔斯 + 亲王 + 医院
        if token.word in _COUNTED_PARTIES:
            break  # 巴基斯坦和印度 + 两国 + 政府: the governments of two countries, not one body
        apposition = token.word in _APPOSITION_WORDS or (len(token.word) >= 3 and token.word.endswith("单位"))  # 承包单位 + 江西…集团
        if token.word in _STOP_CHARS or (stop_at_titles and not royal and (token.word in ctx.lex.titles or apposition)):
            break  # 环保团体 + 长春社, 会同 + 高雄市政府环境保护局
        if (token.flag == "ad" and len(token.word) >= 2) or (token.flag == "vn" and j > 0 and ctx.tokens[j - 1].flag == "ad" and len(ctx.tokens[j - 1].word) >= 2):
            break  # 人民法院 + 公开/ad + 宣判 + 临汾市人民政府: an adverb and the verb it modifies end the name
        if token.flag == "a" and len(token.word) >= 2 and j + 1 < len(ctx.tokens) and ctx.tokens[j + 1].flag.startswith("v"):
            break  # 政府重新评估X: an adjective used as an adverb before a verb ends the name
        if token.flag == "a" and not stem and len(token.word) >= 2 and j > 0 and ctx.tokens[j - 1].flag.startswith("n") and dictionary_entry(token.word) is not None and (
            not is_place_word(ctx.tokens[j - 1].word, ctx.lex)
        ):
            break  # 政院尊重国会: an adjective after a noun is a predicate; 中国平安 keeps its place
        if token.flag in ("nr", "nrfg") and len(token.word) >= 2 and not stop_at_titles and not is_place_word(token.word, ctx.lex):
            break  # an event is not named after the person before it (but 柏林/nr + 影展)
        if _glued_function_char(token, ctx.lex):
            stem.insert(0, Token(token.word[1:], token.flag, token.start + 1, token.end))
            break  # 由/纬来 + 体育台: jieba glued a preposition to a name it did not know
        stem.insert(0, token)
        j -= 1
    # jieba's unknown-word guesser glues function characters onto names (晚在X, 基于X).
    while stem and (
        stem[0].word[0] in _LEADING_JUNK or stem[0].word in _LEADING_LEVELS
        # 公司 + 晟曜: a category noun before a name; but 大学入学考试中心 is one name
        or (stem[0].word in ctx.lex.category_nouns and not _category_noun_opens_name(ctx, stem[0]))
        or (len(stem) > 1 and len(stem[0].word) == 1 and stem[0].flag in ("vn", "v", "a", "ad"))  # 诉 + 东莞市…公司, 逼平 + 四川全兴队
    ):
        first = stem[0]
        if first.word[0] in _LEADING_JUNK and (_known(first.word, ctx.lex) or is_place_word(first.word, ctx.lex)):
            break  # 将军澳, 于都: a listed name that only starts like a function word
        entry = dictionary_entry(first.word)
        if first.word[0] in _LEADING_JUNK and len(first.word) >= 3 and entry is not None and entry[1] in ("nz", "nt") and entry[0] >= 100:
            break  # 基督教 + 联合医院: a proper word the dictionary knows whole
        if first.word[0] in _LEADING_JUNK and len(first.word) >= 3 and entry is not None and entry[1] in ("ns", "nr") and len(stem) == 1:
            break  # 向家坝/nr + 水电站: a name the dictionary knows whole, right before the ending
        if len(first.word) >= 3 and dictionary_entry(first.word) is None and is_place_word(first.word[1:], ctx.lex):
            stem[0] = Token(first.word[1:], "ns", first.start + 1, first.end)  # 经/拉萨 glued by jieba
            break
        stem = stem[1:]
    return stem


# Words jieba's dictionary tags wrongly: nouns tagged as verbs or time words, which name
# bodies and events (中华民国围棋协会, 台湾青年宪政研究会), and verbs tagged as names
# (抗议/nz + 公司削减…).
_RETAGGED = {
    **dict.fromkeys(("围棋", "象棋", "国际象棋", "青年", "少年", "青少年", "老年", "中年", "妇女"), "n"),
    "抗议": "v",
    "雇主": "n",
    "大连": "ns",
    "遵义": "ns",
    "深化": "v",
    "途经": "v",
    "疏港": "v",  # 疏港铁路: a railway that clears a port, no place
    "首航": "vn",  # 首航船舶: the ship of a first voyage, no firm
    "严格执行": "v",  # 严格执行 + 农业农村部: a verb, not a name
    "首度": "d",  # 首度 + 与 + 交通部观光署: "for the first time", no part of a name
    "湾": "n",  # 星际 + 湾/v + 文旅: a bay, never a verb in news
    **dict.fromkeys(("动工", "落户", "直通"), "v"),  # 明年 + 动工/n + 水务署, 已 + 落户/n + 新区, 市集 + 直通/n + 禅寺: verbs, no part of a name
}


def _category_noun_opens_name(ctx: BlockContext, token: Token) -> bool:
    """大学 + 入学考试 + 中心: a category noun of two characters followed by a common noun
    opens a descriptive name; before a proper word (公司 + 晟曜) it stands in apposition."""
    index = ctx.token_at(token.start)
    if index is None or index + 1 >= len(ctx.tokens) or len(token.word) < 2:
        return False
    after = ctx.tokens[index + 1]
    return after.flag in ("n", "vn") and len(after.word) >= 2 and dictionary_entry(after.word) is not None


def _guessed_function_word(token: Token) -> bool:
    """A word jieba guessed (no dictionary entry) that ends in a function character, or is
    made of two, and is no name: 需向/v, 中及/ns, 将经/d."""
    if len(token.word) != 2 or token.flag in ("nr", "nrt", "nrfg") or dictionary_entry(token.word) is not None:
        return False
    # 需向, 中及: a word glued to a function character; 将经: two function characters
    return token.word[-1] in "向及和与对从把被给在于将由" or all(ch in _STOP_CHARS for ch in token.word)


_COUNTED_PARTIES = {"两国", "三国", "四国", "各国", "双方", "三方", "两岸", "三地", "两地", "各方"}
# People who work for a body, named after it: 信用社工作人员吴军.
_ROLE_NOUNS = {"工作人员", "员工", "职工", "雇员", "职员", "人员", "负责人", "发言人", "官员", "干部"}


def _glued_function_char(token: Token, lex: Lexicon) -> bool:
    return (
        token.word[0] in _LEADING_JUNK and token.flag in ("nr", "nz", "ns")
        and (len(token.word) >= 3 or (token.word[0] in "和与及" and token.flag != "nr"))  # 和珠/nz + 澳 (but 和仁/nr + 站)
        and not is_transliteration(token.word, lex)  # 于利希 is one name
        and dictionary_entry(token.word) is None and (len(token.word) == 2 or dictionary_entry(token.word[1:]) is None)
    )


# Titles that name a body after a royal (威尔斯亲王医院, 玛丽王后学院).
_ROYAL_TITLES = {"亲王", "王子", "公主", "女王", "王后", "王妃", "太子"}
# Words that stand before a name without being part of it: nouns in apposition (环保团体
# 长春社) and verbs jieba's dictionary tags as nouns (会同, 移师).
_APPOSITION_WORDS = {"旗下", "所属", "辖下", "属下", "下属", "团体", "主办单位", "单位", "母校", "东家", "老东家", "对手", "竞争对手", "伙伴", "会同", "联同", "伙同", "连同", "偕同", "移师", "会见", "参观", "效力", "卫冕冠军",
    # 九巴 + 母公司 + 载通国际控股, 中资企业 + 远川供应链管理有限公司: a relation or a kind, then the name
    "母公司", "子公司", "附属公司", "中资企业", "外资企业", "台资企业", "港资企业", "陆资企业", "国有企业", "民营企业"}
# Words that make a kind of body out of its ending (公立医院, 私立学校, 民营银行).
_KIND_PREFIXES = {"公立", "私立", "私人", "私家", "市立", "省立", "县立", "民营", "国营", "国有", "私营", "公营", "地方", "社区", "基层"}
# Words for some of a kind of body (新界部分医院), which no name holds.
_SHARE_WORDS = {"部分", "大部分", "多数", "大多数", "少数", "多家", "各家", "数家", "所有", "其他", "其余", "若干", "一些", "全部", "个别"}
# 市交通运输局, 省教育厅: the bare level of government is not part of the name.
_LEADING_LEVELS = ("市", "省", "县", "区", "本", "该", "此", "全", "各", "全港", "全台", "全澳", "全岛")
_LEADING_JUNK = set("在于由与和及从向对把被将为给让以据晚早日月年时后前基并而又也还就经另")


def _guessed_name(token: Token) -> bool:
    """A two- or three-character Han word that is proper or that jieba's dictionary lacks
    (藏格, 台盐/ns): something that can name a firm before a trade word."""
    word = token.word
    if not 2 <= len(word) <= 3 or not all(_is_han(c) and c not in _STOP_CHARS for c in word):
        return False
    return token.flag in ("ns", "nz", "nt", "nrt") or dictionary_entry(word) is None


def _name_like(token: Token, lex: Lexicon) -> bool:
    """A proper token that is neither a place, a currency nor a generic Latin acronym."""
    if is_place_word(token.word, lex) or token.word.lower() in lex.latin_stopwords or token.word.endswith(("元", "币")):
        return False
    return is_proper(token) or token.word in lex.organizations  # 教育部 + 体育署


@dataclass(frozen=True)
class SuffixMatch:
    """A name ending in a suffix: the suffix's span and the tokens that may name it."""

    suffix: str
    start: int
    end: int
    stem: list[Token]
    own_token: bool


def suffix_matches(ctx: BlockContext, suffixes: tuple[str, ...], stop_at_titles: bool = True) -> list[SuffixMatch]:
    """Every place where a suffix ends at a word boundary, with the words before it.

    The suffix may span several jieba words (研究/中心) or end one (软银集团): the part of
    that word before the suffix becomes the last word of the stem.
    """
    out: list[SuffixMatch] = []
    ends = {t.end: i for i, t in enumerate(ctx.tokens)}
    # 年/m + 会上/t: jieba joins a meeting's last character to the 上 after it
    ends.update({t.start + 1: i for i, t in enumerate(ctx.tokens) if t.word in ("会上", "会中") and t.start + 1 not in ends})
    for end, last in ends.items():
        for suffix in suffixes:
            start = end - len(suffix)
            if start < 0 or ctx.text[start:end] != suffix:
                continue
            first = ctx.token_at(start)
            if first is None:
                continue
            token = ctx.tokens[first]
            stem = _stem_before(ctx, first, limit=6, stop_at_titles=stop_at_titles)
            if token.start < start:  # the suffix ends a longer word: 软银集团
                if token.word in ctx.lex.titles:
                    break  # 国民党 + 立委: a title, not a body
                whole = dictionary_entry(token.word)
                head = dictionary_entry(token.word[: start - token.start])
                verb_head = len(suffix) == 1 and head is not None and head[1][:1] in ("v", "a", "d") and head[1] != "vn"
                direction = all(ch in "东南西北中" for ch in token.word[: start - token.start])  # 西南部
                if (whole is not None and (start - token.start == 1 or verb_head) and whole[1] not in PROPER_FLAGS) or direction or (
                    token.word.endswith(("干部", "总部"))
                ):
                    break  # 母公司, 分公司, 西部, 决胜局, 老干部: a common word, not a name
                word = token.word[: start - token.start]
                entry = dictionary_entry(word)
                flag = entry[1] if entry else ""
                if flag.startswith("nr") and word in ctx.lex.not_persons:
                    flag = "n"  # 顾问 + 公司: a common noun jieba's dictionary tags as a name
                prefix = Token(word, flag, token.start, start)
                stem = [] if _PUNCT.match(prefix.word) else [*stem, prefix]
            out.append(SuffixMatch(suffix, start, end, stem, token.start == start and last == first))
            break
    return out


# Institutions are often named after a place alone: 北京大学, 欧洲空间局, 香港天文台.
_INSTITUTION_SUFFIXES = {
    "大学", "学院", "医院", "总医院", "代表团", "疾病预防控制中心", "疾控中心", "银行", "电视台", "日报", "时报", "晚报", "交易所", "政府", "议会", "法院", "警察局",
    "科学院", "研究院", "研究所", "研究中心", "中学", "小学", "委员会", "管委会", "党工委", "工委", "国会", "局", "部", "署", "院", "厅", "委", "办",
    "办公室", "办事处", "代表处", "大使馆", "领事馆", "总领事馆", "动物园", "植物园", "督察组", "巡视组",
    "国中", "国小", "高中", "幼儿园", "中级人民法院", "高级人民法院", "人民法院", "人民检察院", "地检署", "地方检察署", "地方法院", "工商会", "总商会",
    # Clubs and mutual-aid groups, named by a place or a word of their own (启康病友会, 翠峰远足会)
    "病友会", "互助会", "远足会", "福利会", "街坊会", "同乡会", "校友会",
}
# Bodies of a place, named by that place alone.
# Weather and quake offices, which may also name their field (澳门地球物理气象局).
_FIELD_NAMED_SUFFIXES = {"气象台", "天文台", "地震台", "气象局"}
_PLACE_NAMED_SUFFIXES = {
    "海关", "市政府", "县政府", "省政府", "区政府", "镇政府", "乡政府", "州政府", *_FIELD_NAMED_SUFFIXES,
    "区议会", "中院", "高院", "市议会", "县议会", "农会", "渔会", "党部", "乡公所", "镇公所", "区公所", "市公所", "防卫指挥部",
    "人大常委会", "人大", "政协", "纪委", "监委", "市委", "省委", "县委", "区委",
    "妇联", "团委", "侨联", "总工会", "工商联", "科协", "文联", "作协", "残联", "红十字会", "供销社", "民政事务处",
    "纪委监委", "裁判法院", "裁判法庭", "警区", "总商会", "男篮", "女篮", "男足", "女足", "男排", "女排",
}


_SQUAD_SUFFIXES = ("男篮", "女篮", "男足", "女足", "男排", "女排")
_ENSEMBLE_SUFFIXES = ("乐团", "乐队", "合唱团", "管弦乐团", "交响乐团", "中乐团")
_GOVERNMENT_SUFFIXES = {
    "局", "署", "总署", "管理局", "总局", "处", "总处", "管理处", "注册处", "登记处", "厅", "办公室", "委员会", "部",
    # Centres named by what they do (大学入学考试中心, 中央灾害应变中心)
    "考试中心", "应变中心", "买卖中心", "指挥中心", "服务中心", "检验中心", "监测中心", "测报中心", "调度中心", "培训中心", "交流中心", "训练中心", "测控中心", "飞行控制中心",
}
_NAME_JOINERS = ("及", "和", "与")
_BUREAU_ENDINGS = ("处", "署", "局")
_CORPORATE_DEPARTMENTS = {"研究部", "业务部", "财务部", "法务部", "公关部", "市场部", "销售部", "营运部", "投资部", "研发部", "人事部"}


def _joined_stem(ctx: BlockContext, stem: list[Token]) -> list[Token]:
    """文化体育 + 及 + 旅游局: extend a stem back across 及/和/与 when a noun that is not
    itself a body's name stands before it (外交部和商务部 are two bodies)."""
    joiners = _NAME_JOINERS
    while stem:
        index = ctx.token_at(stem[0].start)
        if index is None or index < 2 or ctx.tokens[index - 1].word not in joiners:
            return stem
        before = _stem_before(ctx, index - 1, limit=4)
        if not before or before[-1].word.endswith((*ctx.lex.org_suffixes, *_BUREAU_ENDINGS)) or not before[-1].flag.startswith(("n", "vn", "an")):
            return stem
        if before[-1].word.endswith("府") or before[-1].word in ctx.lex.organizations or before[-1].word[-1] in _BODY_END_CHARS or (
            before[-1].flag == "nt" and (before[-1].word[-1] in _ORG_END_CHARS or before[-1].word.endswith(("中心", "公司", "集团", "银行", "协会")))  # (广播电视/nt is a field)
        ):
            return stem  # 县府 + 与 + 交通部观光署: two bodies
        if is_place_word(stem[0].word, ctx.lex):
            return stem  # 路政司 + 及 + 香港渔农港口局: a place opens the second body's name
        if before[-1].flag in ("nr", "nrfg", "nrt") or before[-1].word in ctx.lex.titles:
            return stem  # 主席钟健明 + 及 + 房屋委员会: a person, then a body
        stem = [*before, ctx.tokens[index - 1], *stem]
        joiners = ("、",)  # 发展、工业、贸易 + 和 + 服务部: a list of portfolios before the last one
    return stem


# Works of one trade (茶厂, 酒厂): named by their place or a name of their own.
_TRADE_WORKS = {"茶厂", "酒厂", "药厂"}
_FACTORY_SUFFIXES = {"厂", "总厂", "分厂", *_TRADE_WORKS}
_TRADE_SUFFIXES = {
    "科技", "电子", "医药", "药业", "茶业", "制药", "生物", "食品", "电器", "电气", "能源", "重工", "机械", "物流", "地产", "置业", "实业", "纺织", "资本", "创投", "智能",
    "汽车", "传媒", "影业", "娱乐", "置地", "营造", "证券", "保险", "人寿", "投控", "电脑", "半导体", "精密", "光电", "船务", "生技", "投顾", "激光", "燃气",
    "矿业", "锂业", "钼业", "铝业", "铜业", "钴业", "客运", "物产",
}
# Kinds of group written before a group's name (民间组织 + 蓝天救援队).
_KINDS_OF_GROUP = ("民间组织", "民间团体", "公益组织", "志愿组织", "社会组织", "慈善组织", "环保组织", "非政府组织", "义工组织", "志愿团体", "老字号")
# Mining and metal trades, which name firms after a place or a coined word (洛阳钼业, 藏格矿业).
_METAL_TRADES = ("矿业", "锂业", "钼业", "铝业", "铜业", "钴业")
# Kinds of bus a maker builds (比亚迪电动巴士), not words of a bus company's name.
_VEHICLE_KINDS = {"电动", "纯电", "新能源", "氢能", "双层", "单层", "旅游", "无人驾驶", "自动驾驶", "混能", "出口", "进口", "二手", "国产", "整车"}
# Trades jieba tags as verbs that name a group after its city (深圳出版集团).
_TRADE_VERBS = {"出版", "印刷", "发行", "运输", "互动", "控股", "传播", "放送", "产销", "轮渡"}
# Trades that name a company after a place and another word (台湾国际造船公司).
_COMPANY_TRADES = {"造船", "航空", "航运", "海运", "电力", "电信", "石油", "化工", "钢铁", "铁路", "能源", "证券", "保险", "银行", "出版"}
# Every trade word that names a firm, for a numbered firm (中国第一汽车集团).
_FIRM_TRADES = tuple(_COMPANY_TRADES | _TRADE_SUFFIXES)
_MUSEUM_SUFFIXES = {"博物馆", "博物院", "美术馆", "科技馆", "图书馆", "艺术馆", "陈列馆"}
_ASSOCIATION_SUFFIXES = {"关注组", "委员会", "协会", "联合会", "联会", "学会", "商会", "联席会", "总会", "研究会", "促进会", "基金会", "理事会", "联盟", "工会", "职工会"}


# A body's last character and the next one, read as a common word (文旅部/门, 医学院/校).
_ENDINGS_RUN_ON = {"部门", "局面", "局势", "院校", "部分", "社区", "社会", "队列", "队伍"}


def organizations_by_suffix(ctx: BlockContext) -> list[Span]:
    """X公司, X集团, X大学, X委员会 …: a name followed by an organisation suffix.

    A place alone before 公司/集团 describes ("美国科技公司"), it does not name: after any
    leading places, the next word must be name-like. Institutions (大学, 局, 委员会 …) may
    be named after a place alone. One-character suffixes (局, 部) must be words of their
    own, so 西部 and 全部 are not organisations.
    """
    spans: list[Span] = []
    lex = ctx.lex
    for index, token in enumerate(ctx.tokens):
        word = token.word
        following = ctx.tokens[index + 1] if index + 1 < len(ctx.tokens) else None
        opens = index == 0 or _PUNCT.match(ctx.tokens[index - 1].word) is not None
        if token.flag == "nt" and len(word) >= 4 and following is not None and following.word in lex.titles and word not in lex.not_organizations and (
            not word.endswith(lex.org_suffixes) and not _known(word, lex) and dictionary_entry(word) is not None and opens
            and word[-1] not in _ORG_END_CHARS and not any(word.startswith(c) for c in lex.countries)
            and (dictionary_entry(word[:2]) or (0, ""))[0] < 1000  # (交易中心 + 负责人: a kind of centre)
        ):
            spans.append(Span(token.start, token.end, EntityType.ORGANIZATION, "jieba-nt", 78))
            continue  # 中银国际/nt + 分析师: a firm jieba knows, before its officer
        if len(word) == 3 and word[-1] == "局" and token.flag in ("n", "nt") and opens and following is not None and following.word in ("局长", "副局长", "代局长"):
            spans.append(Span(token.start, token.end, EntityType.ORGANIZATION, "org-suffix", 70))
            continue  # 。文化局 + 局长: a bureau named bare where the text's own government is meant (Macau, Hong Kong)
        if len(word) >= 3 and word[-1] == "馆" and _country_word(word[:-1], lex):
            spans.append(Span(token.start, token.end, EntityType.PLACE, "facility", 81))
            continue  # 中国馆/nt, 法国馆: a country's pavilion at a fair is a place, not a body
        if token.flag == "nt" and word in lex.not_organizations and word[-1] not in "院局署会所部厅委办处":
            continue  # 中医药/nt: a field jieba tags as a body, even after a place (but 广东省 + 中医院)
        if token.flag == "nt" and len(word) >= 2 and dictionary_entry(word) is not None:
            lead = dictionary_entry(word[:2])
            generic_lead = lead is not None and (
                lead[1][:1] in ("v", "a", "d", "b") or (lead[1] == "n" and lead[0] >= 5000) or _misread_place(word[:2], lex)
            )
            generic_lead = generic_lead and (word.endswith(_GENERIC_BODY_ENDINGS) or len(word) < 3)
            if word.endswith(("大学", "学院")) and all(c in "东南西北" for c in word[:2]):
                generic_lead = False  # 东南大学, 西北大学: universities named after a quarter of the country
            # 特区政府, 东南部: a generic government, a direction; 株式会社 alone is a kind of company.
            if re.fullmatch(r"[东南西北中]+部", word) or word.endswith("政府") or word in _GROUP_SUFFIXES:
                continue
            if ctx.text[token.end - 1 : token.end + 1] in _ENDINGS_RUN_ON:
                continue  # 文旅部/nt + 门: 文旅部门, a kind of department
            if any(word.endswith(g) and is_place_word(word[: -len(g)], lex) for g in _GENERIC_BODY_ENDINGS):
                continue  # 美国公司, 中国企业: companies of a country, not one company
            known_body = any(word[k:] in lex.organizations and is_place_word(word[:k], lex) for k in range(2, len(word) - 1))
            if not generic_lead and (word[-1] in _ORG_END_CHARS or word.endswith(lex.org_suffixes) or known_body):
                start = token.start
                before = ctx.tokens[index - 1].word if index > 0 else ""
                foreign_listed = before in lex.countries and word in lex.organizations and not word.endswith(_STATE_BODY_ENDINGS)
                if is_place_word(before, lex) and not is_place_word(word[:2], lex) and not foreign_listed:
                    start = ctx.tokens[index - 1].start  # 郑州 + 公安局 names one body; 日本 + 讲谈社 are two
                country = next((k for k in (4, 3, 2) if word[:k] in lex.countries), 0)
                # (a university's country or city is split off by _university_spans below)
                own_name = not word.endswith(_STATE_BODY_ENDINGS) and any(
                    word[country : country + n] in lex.organizations or is_place_word(word[country : country + n], lex) for n in (2, 3, 4)
                )
                if not (country and len(word) - country >= 3 and word[country : country + 2] not in _HOME_PLACES and own_name):
                    country = 0
                if country:
                    # 日本 + 京都大学, 美国 + 波音公司 (one jieba word): the country describes the body
                    spans.append(Span(token.start, token.start + country, EntityType.PLACE, "jieba-nt", 81))
                    spans.append(Span(token.start + country, token.end, EntityType.ORGANIZATION, "jieba-nt", 81))
                    continue
                spans.extend(_university_spans(ctx, _stationed_start(ctx, start), token.end, "jieba-nt", 80))
    # (处 is no ending elsewhere: 地处, 好处 and 到处 end in it)
    for match in suffix_matches(ctx, (*lex.org_suffixes, "处")):
        glued_to_name = len(match.stem) >= 2 and (
            is_place_word(match.stem[0].word, lex) or match.stem[0].flag in ("nt", "ns", "nz")
        )
        holder = ctx.tokens[ctx.token_at(match.start)]
        if ctx.text[match.end - 1 : match.end + 1] in _ENDINGS_RUN_ON:
            continue  # 文旅部 + 门
        prior = [t for t in match.stem if t.end <= holder.start]
        if holder.word in lex.organizations and holder.word.endswith("部") and holder.end == match.end and prior and prior[-1].end == holder.start and (
            prior[-1].word in lex.organizations and not prior[-1].word.endswith("院")
        ):
            continue  # 国科会 + 教育部: two ministries written together (but 国务院 + 教育部 heads one)
        last = match.stem[-1] if match.stem else None
        following = ctx.token_at(match.end) if match.end < len(ctx.text) else None
        if match.suffix in ("智能", "资本", "创投") and (not match.own_token or (following is not None and ctx.tokens[following].flag[:1] == "n")):
            continue  # 人工智能, 华为 + 智能汽车, 德勤 + 资本市场: a trade word opening a longer noun
        if match.suffix in ("物流", "货运") and match.stem and match.stem[-1].word not in lex.organizations and (
            (len(match.stem) == 1 and dictionary_entry(match.stem[0].word) is not None and match.stem[0].flag not in PROPER_FLAGS)
            or (following is not None and ctx.tokens[following].flag[:1] == "n" and len(ctx.tokens[following].word) >= 2 and not ctx.tokens[following].word.endswith(lex.org_suffixes)
                and ctx.tokens[following].word not in lex.titles)  # (安吉物流 + 总经理: a firm's officer)
        ):
            continue  # 跨境 + 物流 + 平台, 冷链 + 货运, 天舟八号 + 货运飞船: a kind of freight, not a firm
        if match.suffix == "巴士" and last is not None and not (last.flag in PROPER_FLAGS or is_place_word(last.word, lex) or dictionary_entry(last.word) is None):
            continue  # 跨境巴士, 旅游巴士: a kind of bus service, not a bus company
        opening = ctx.token_at(match.stem[0].start) if match.stem else None
        counter = ctx.tokens[opening - 1] if opening else None
        if counter is not None and counter.flag == "m" and counter.word[-1] in "家间所" and (
            len(counter.word) >= 2 or (opening >= 2 and ctx.tokens[opening - 2].flag == "m")
        ):
            continue  # 六家 + 博彩承批公司, 20 + 家 + 社区卫生服务中心: a count of a kind of body, not one body
        head = dictionary_entry(holder.word[: match.start - holder.start]) if holder.flag == "l" else None
        bureau_word = match.suffix in _GOVERNMENT_SUFFIXES and len(holder.word) >= 3 and (
            holder.flag in ("n", "nt") or (head is not None and head[1] in ("n", "vn"))  # 发展/局 (l), not 陷入僵局
        )
        # 上海申花队 (one word): a club's team
        team_word = match.suffix == "队" and holder.flag in ("nz", "nt") and len(holder.word) >= 4
        if len(match.suffix) == 1 and not match.own_token and not glued_to_name and not bureau_word and not team_word:
            continue  # 西部, 全部; but 德国联邦铁路局 and 旅游局 name a body
        stem = match.stem
        if stem and stem[-1].start == holder.start and holder.start < match.start and stem[-1].word in _KIND_PREFIXES and not (
            len(stem) >= 2 and is_place_word(stem[-2].word, lex)
        ):
            continue  # 开会讨论 + 公立医院: a kind of body (公立, 私立), not a named one
        if match.suffix in _TRADE_SUFFIXES and stem and stem[-1].word.endswith(lex.org_suffixes):
            continue  # 华中科技大学 + 机械科学与工程学院: a trade word opens a department's name
        if match.suffix in _TRADE_SUFFIXES and _trade_runs_on(ctx.text, match.end):
            continue  # 鸿海精密 + 工业: the name runs on past the trade word (but 华泰证券 + 医药分析师)
        if match.suffix in ("客运", "船舶") and stem and not (is_place_word(stem[-1].word, lex) or stem[-1].flag in PROPER_FLAGS):
            continue  # 城际客运, 过坝船舶: a kind of service or ship (but 彰化客运, 国光/nz 客运, 中国船舶)
        if match.suffix in ("巴士", "汽车") and stem and stem[-1].word in _VEHICLE_KINDS:
            continue  # 比亚迪 + 电动巴士, 欧盟对华 + 电动汽车: a kind of vehicle, not a company
        if match.suffix in _TRADE_SUFFIXES and stem and len(stem[-1].word) >= 2 and stem[-1].word.endswith(tuple(f for f in lex.facility_suffixes if len(f) >= 2)):
            continue  # 中蒙俄经济走廊 + 物流: the trade of a route or site, not a company
        if match.suffix in _TRADE_SUFFIXES and stem and stem[-1].word.endswith("性"):
            continue  # 消费性 + 电子: a kind of goods, not a company
        if match.suffix in _TRADE_SUFFIXES and stem and len(stem[-1].word) == 1 and stem[-1].word in "内外上下中里":
            continue  # 熊本县内 + 半导体: a trade in a place, not a company
        if match.suffix == "组织" and (stem and stem[-1].word.endswith(lex.org_suffixes) or holder.flag.startswith("v")):
            continue  # 医疗保障局组织专家, 栾城县组织干部: the verb 组织 after a body or a place
        pieces = False
        if match.suffix in _COMPANY_SUFFIXES and not stem and match.own_token:
            index = ctx.token_at(match.start)
            if index and ctx.tokens[index - 1].word in ctx.lex.titles:
                # 晟曜国际顾问有限公司: a trade named like a title (顾问) before the suffix
                stem = [*_stem_before(ctx, index - 1, limit=5), ctx.tokens[index - 1]]
        if match.suffix in _COMPANY_SUFFIXES and stem:
            longer = _company_pieces(ctx, stem)
            pieces, stem = len(longer) > len(stem), longer
        if not stem and match.suffix in _GOVERNMENT_SUFFIXES and holder.start < match.start:
            # 贸易和 + 服务部 (one word): the portfolio glued to the ending may close a list
            joined = _joined_stem(ctx, [Token(holder.word[: match.start - holder.start], "n", holder.start, match.start)])
            stem = joined if len(joined) > 1 else stem
        if match.suffix in _ASSOCIATION_SUFFIXES:
            first = ctx.token_at(stem[0].start if stem else match.start)
            if first and ctx.tokens[first - 1].word in lex.roles and ctx.tokens[first - 1].flag == "n":
                # 油麻地 + 渔民 + 权益关注组, 香港 + 记者 + 协会: the people an association speaks for
                before = _stem_before(ctx, first - 1, limit=3)
                kind = max((k for k, t in enumerate(before) if t.word.endswith(("团体", "组织", "单位", "机构"))), default=-1)
                stem = [*before[kind + 1 :], ctx.tokens[first - 1], *stem]  # (民间团体 + 铁道旅客权益促进会: the kind, then the name)
        # 东海大学 + 与 + 静宜/v + 大学: the second of two bodies of one kind, whatever jieba read its name as
        first = ctx.token_at(match.start)
        parallel = not stem and match.own_token and len(match.suffix) >= 2 and first is not None and first >= 3 and (
            len(ctx.tokens[first - 1].word) == 2 and all(_is_han(c) and c not in _STOP_CHARS for c in ctx.tokens[first - 1].word)
            and ctx.tokens[first - 2].word in (*_NAME_JOINERS, "、") and ctx.tokens[first - 3].word.endswith(match.suffix)
            and len(ctx.tokens[first - 3].word) > len(match.suffix)
            and (dictionary_entry(ctx.tokens[first - 1].word) or (0, ""))[0] < 100  # (相关大学, 顶尖大学: a kind)
        )
        if parallel:
            stem = [ctx.tokens[first - 1]]
        if not stem or sum(len(t.word) for t in stem) < 2:
            continue
        # 上市公司, 承建商, 初创企业: the kind of company, then its name
        kind_word = max((k for k in range(len(stem) - 1) if stem[k].word in ("公司", "企业", "品牌", "股东", "合作伙伴", "伙伴", "方", *_KINDS_OF_GROUP) or (
            stem[k].word in lex.category_nouns and stem[k].word.endswith(("公司", "企业", "商", "企", "业者"))
        ) or (
            k > 0 and stem[k].word == "商" and (_marks_firm(stem[k - 1].word, lex) or (len(stem[k - 1].word) == 2 and stem[k - 1].flag == "n"))  # 设备 + 商 + 弘塑科技, 烟火 + 商 + 丸山烟火
        ) or (
            len(stem[k].word) >= 3 and stem[k].word.endswith("商") and dictionary_entry(stem[k].word) is not None
        ) or (
            k > 0 and stem[k].word == "者" and stem[k - 1].word.endswith("业")  # 纺织业/者 + 宏瀚纺织: a trade's firms, then one
        ) or (
            # 电子零件厂 + 永硕电子, 成衣大厂 + 聚阳实业: a kind of works, then a named firm
            match.suffix in _TRADE_SUFFIXES and len(stem[k].word) >= 2 and stem[k].word.endswith("厂") and stem[k].word not in lex.organizations
            and (is_proper(stem[k + 1]) or dictionary_entry(stem[k + 1].word) is None)
        ) or (
            # 主权基金 + 科威特投资局: a kind of fund or bank, then a named one
            k > 0 and stem[k].word in ("基金", "银行", "机构") and (is_place_word(stem[k + 1].word, lex) or is_proper(stem[k + 1]))
        )), default=None)
        if kind_word is not None and match.suffix in _GOVERNMENT_SUFFIXES and stem[kind_word].word not in ("基金", "银行", "机构"):
            kind_word = None  # 印尼 + 国有企业 + 部: the ministry's portfolio, not a kind of company
        if kind_word is not None and match.suffix not in _PLACE_NAMED_SUFFIXES:
            stem = stem[kind_word + 1 :]  # 初创公司 + 晨析生物, 冷链企业 + 海南椰链物流: the kind, then the name
        if any(t.word in _COUNTED_PARTIES for t in stem):
            continue  # 印度 + 两国政府: the governments of two countries
        founded_by_place = len(stem) >= 2 and stem[-1].word in _STATE_FOUNDERS  # 山东 + 省立 + 医院: the province's own
        if stem[-1].word in _KIND_PREFIXES and all(is_place_word(t.word, lex) for t in stem[:-1]) and not founded_by_place:
            continue  # 新加坡 + 私人 + 美术馆: a kind of body in a place
        if re.match(r"新?[一二两三四五六七八九十几]+[轮批代期届]", stem[0].word):
            continue  # 新一轮 + 水生生物: a round of something, not a firm
        if ctx.text[stem[-1].start : match.end] in lex.category_nouns:
            continue  # 新竹 + 新创公司: a kind of company (the name follows it)
        if stem[0].word.endswith(_BUREAU_ENDINGS) and stem[0].word in lex.organizations and ctx.text[stem[0].end : match.end] in lex.organizations and (
            match.suffix.endswith(_BUREAU_ENDINGS)
        ):
            continue  # 消防处 + 屋宇署: two bureaus side by side
        league = next((k for k in range(len(stem) - 1) if stem[k].word in lex.organizations), None) if match.suffix == "队" else None
        if league is not None:
            stem = stem[league + 1 :]  # 美国职棒大联盟 + 响尾蛇队: a club of a listed league is named by what follows
        places = 0
        while places < len(stem) and is_place_word(stem[places].word, lex):
            places += 1
        rest = stem[places:]
        if match.suffix == "部" and stem and stem[-1].word[-1] in "东南西北" and is_place_word(stem[-1].word, lex):
            continue  # 新界东 + 部: the eastern part of a place, not a department
        if match.suffix == "银行" and ctx.text.startswith(("体系", "业", "界", "同业"), match.end):
            continue  # 香港银行体系: a place's banks as a whole, not one bank
        if match.suffix == "处" and not (places and rest and match.own_token and all(t.flag in ("n", "vn") and len(t.word) >= 2 for t in rest)):
            continue  # 金门县 + 港务 + 处: a place's office for a field; 住处, 入口处 and 好处 are not bodies
        trade_verb = (match.suffix in ("集团", "协会") or ctx.text.endswith(_REGISTERED_SUFFIXES, 0, match.end)) and places > 0 and len(rest) == 1 and (
            rest[0].word in _TRADE_VERBS
        )  # 日本放送协会, 厦门轮渡有限公司
        rare_verb = match.suffix in ("创投", "资本") and len(rest) == 1 and _rare_word(rest[0].word)  # 启明/v + 创投
        mission = places > 0 and len(rest) == 1 and rest[0].word.startswith("驻")  # 西班牙 + 驻华/v + 大使馆
        if len(rest) == 1 and rest[0].flag.startswith("v") and rest[0].flag != "vn" and not trade_verb and not rare_verb and not mission and not parallel and rest[0].word not in lex.organizations and (
            rest[0].word not in _STATE_FOUNDERS
        ):
            continue  # 上市公司, 新加坡持牌公司: a verb alone describes the kind of body (but 深圳出版集团)
        if match.suffix == "部" and ctx.text[match.end - 3 : match.end] in _CORPORATE_DEPARTMENTS and (
            stem[0].word in lex.organizations or ctx.text.endswith((*_TRADE_SUFFIXES, "代理", "公司", "集团", "银行", "控股"), 0, match.end - 3)
        ):
            continue  # 元大投顾 + 研究部, 汇骏证券 + 研究部: a firm's department is not a body of its own
        if len(stem) == 1 and stem[0].flag == "n" and match.suffix in ("公司", "企业") and stem[0].word not in lex.organizations and not (
            stem[0].word.endswith(_RUN_SITES) and len(stem[0].word) >= 4
        ):
            continue  # 初创公司, 母公司: a common noun alone describes the kind of company
        if len(stem) == 1 and _misread_place(stem[0].word, lex):
            continue  # 上市公司: jieba's dictionary tags 上市 as a place
        if match.suffix == "政府" and not rest and not (places == 1 and stem[0].word[-1] in "省市县州区乡镇"):
            continue  # 中国政府, 台湾政府: named by its place; but 云林县政府 is a body of its own
        if match.suffix == "政府" and len(rest) == 1 and rest[0].flag in ("nr", "nrt", "nrfg"):
            continue  # 特朗普政府: a leader's administration; the leader is the name
        if match.suffix == "委员会" and len(stem) == 1 and stem[0].word in lex.organizations:
            continue  # 立法会委员会: a committee of a known body, not named
        if len(stem) == 1 and stem[0].word == "国家" and match.suffix in _NATIONAL_BODY_SUFFIXES:
            named = True  # 国家天文台, 国家气象中心: the national one is named by 国家 alone
        elif match.suffix in _PLACE_NAMED_SUFFIXES:
            # 河南省人大常委会, 离岛区议会, 国民党云林县党部: named by the place right before
            # the ending (and, for a branch, the party or league before that place).
            k = len(stem)
            while k > 0 and (
                is_place_word(stem[k - 1].word, lex)
                # 清丰 + 县委: a county named without its ending before its own body
                # or, jieba's 北区/ns + 区议会, one that already ends in it
                or (k == len(stem) and match.suffix == "海关" and stem[k - 1].flag == "ns")  # 拱北/ns + 海关: customs named after a port
                or (k == len(stem) and match.suffix[0] in "省市县区" and (
                    stem[k - 1].word + match.suffix[0] in lex.places or (stem[k - 1].flag == "ns" and stem[k - 1].word.endswith(match.suffix[0]))
                ))
            ):
                k -= 1
            if k == len(stem) and len(stem) >= 2 and stem[-1].word in ("区", "县", "市", "乡", "镇") and is_place_word(stem[-2].word, lex):
                k -= 2  # 彰化/v + 区/n + 渔会: a place jieba cut in two
            if k == len(stem) and match.suffix in _FIELD_NAMED_SUFFIXES and len(stem) >= 2 and is_place_word(stem[0].word, lex) and all(
                t.flag == "n" for t in stem[1:]
            ):
                k = 0  # 澳门 + 地球物理 + 气象局: a weather office may name its field after its place
            if k == len(stem) and match.suffix in _SQUAD_SUFFIXES and len(stem) >= 2 and is_place_word(stem[0].word, lex) and all(
                t.flag.startswith(("n", "j")) or is_proper(t) for t in stem[1:]
            ):
                k = 0  # 天津 + 渤海银行 + 女排: a city's team named after its sponsor
            if k == len(stem):
                continue
            if k > 0 and (stem[k - 1].flag == "nt" or stem[k - 1].word.endswith(("党", "军")) or stem[k - 1].word in lex.organizations):
                k -= 1  # 国民党云林县党部, 共青团四川省委, 陆军花东防卫指挥部: the party, league or army of that place
            stem = stem[k:]
            named = True
        elif match.suffix in _INSTITUTION_SUFFIXES:
            named = places > 0 or _name_like(stem[0], lex) or (stem[0].word in _QUARTER_WORDS and len(stem) >= 2)  # 南方 + 医科大学
            # 渔业署, 移民署: an agency named by its field alone (该署 and 本署 have no field)
            named = named or (match.suffix == "署" and len(stem) == 1 and len(stem[0].word) == 2 and stem[0].flag in ("n", "vn"))
        elif match.suffix in _FACTORY_SUFFIXES:
            # 黄石单板厂, 郑州蝶阀厂: a works named by its city and its trade; 中国钢厂 and
            # 纺织厂 alone describe a kind of works.
            city = places > 0 and (_bare_division(stem[0].word, lex) or stem[0].word[-1] in "市县区镇乡")
            named = city and 1 <= len(rest) <= 2 and all(t.flag.startswith(("n", "vn")) and t.flag not in ("nr", "nrt") for t in rest)
            if match.suffix in _TRADE_WORKS:  # 勐海 + 茶厂, 茅台 + 酒厂
                named = (places > 0 and not rest and not _country_word(stem[0].word, lex)) or (len(rest) == 1 and _name_like(rest[0], lex))
        elif match.suffix in _MUSEUM_SUFFIXES:
            # 殷墟博物馆, 故宫博物院: a museum is named after a site, and a rare noun is a site.
            entry = dictionary_entry(stem[-1].word) if len(stem) == 1 else None
            named = _name_like(stem[0], lex) or places > 0 or (entry is not None and entry[1] in ("n", "nz") and entry[0] < 2000) or (
                entry is not None and entry[1] == "m" and not all(c in _NUMERALS for c in stem[-1].word) and entry[0] < 2000  # 三星堆/m
            )
            whole = dictionary_entry(holder.word)
            opening = holder.start
            if places and len(rest) == 1 and rest[0].flag in ("nr", "nrt", "nz") and holder.start == match.start:
                opening = rest[0].start  # 法国巴黎 + 卢浮宫/nr + 博物馆: a museum's own name after its city
            elif not (holder.start < match.start and whole is not None and whole[1] in ("ns", "nt", "nz") and len(holder.word) >= 4):
                opening = None
            if named and opening is not None and not ctx.text.startswith(("国家", "国立"), opening) and (
                all(is_place_word(t.word, lex) for t in stem if t.end <= opening) and stem[0].start < opening
                and any(stem[0].word[:k] in lex.countries for k in (2, 3, 4))  # (北京 + 故宫博物院 is one name)
            ):
                # 英国伦敦/ns + 大英博物馆/ns: the places before a museum with a name of its own are places of their own
                for t in stem:
                    if t.end <= opening:
                        country = next((k for k in (4, 3, 2) if t.word[:k] in lex.countries and is_place_word(t.word[k:], lex)), 0)
                        if country:
                            spans.append(Span(t.start, t.start + country, EntityType.PLACE, "org-suffix", 81))
                        spans.append(Span(t.start + country, t.end, EntityType.PLACE, "org-suffix", 81))
                spans.append(Span(opening, match.end, EntityType.ORGANIZATION, "org-suffix", 81))
                continue
        else:
            named = bool(rest) and (_name_like(rest[0], lex) or (league is not None and all(t.flag.startswith("n") for t in rest)))
            # 拓元/nr + 股份有限公司: a registered company's name, whatever jieba guessed it was
            named = named or (match.suffix in _GROUP_SUFFIXES and bool(rest) and rest[0].flag in ("nr", "nrfg", "nrt"))
            if not named and match.suffix == "集团" and len(stem) == 2 and stem[0].word == "国家" and len(stem[1].word) == 2 and stem[1].flag in ("n", "vn", "j"):
                named = True  # 国家 + 管网 + 集团: a national group named for its trade
            if not named and match.suffix in (*_METAL_TRADES, "实业") and rest and not places and _guessed_name(rest[-1]) and (
                len(rest) == 1 or all(t.flag in ("n", "vn") and len(t.word) >= 2 for t in rest[:-1])
            ):
                # 藏格/n + 矿业: a word no dictionary has names the firm; 土地所有人 + 台盐/ns + 实业:
                # the common nouns before a proper word say who the firm is to the story
                stem, rest, named = [rest[-1]], [rest[-1]], True
        if match.suffix in _COMPANY_SUFFIXES and len(rest) >= 3 and all(
            len(t.word) == 1 and _is_han(t.word) and t.word not in _STOP_CHARS and t.word not in _CLASSIFIERS for t in rest[:2]
        ):
            pieces = True  # 晟/曜/国际顾问有限公司
        if named and match.suffix in ("乐团", "乐队", "合唱团") and len(rest) == 1 and (dictionary_entry(rest[0].word) or (0, "x"))[1][:1] in ("n", "z", "v", "a"):
            named = rest[0].flag in ("nr", "nrt", "nz", "ns")  # 客家乐团, 摇滚乐队: a kind of band; 五月天乐团 names one
        if match.suffix in _ENSEMBLE_SUFFIXES and len(stem) == 1:
            word = stem[0].word
            if places == 1 and not _country_word(word, lex):
                named = True  # 澳门 + 乐团, 香港 + 管弦乐团: a city's own orchestra
            elif _country_word(word, lex) or (len(word) == 2 and word[-1] == "国"):
                named = False  # 德国乐团, 葡国乐团: a band from a country, no name
        if not named and parallel:
            named = True
        if not named and rare_verb and rest[0].flag == "v" and not places:
            named = True  # 启明/v + 创投: a rare verb names a firm of a trade
        if not named and pieces and rest:
            named = True  # 无锡 + 鼎/泓 + 信息科技有限公司: characters no dictionary joins name it
        if not named and (match.suffix in _GROUP_SUFFIXES or match.suffix in _PUBLISHER_SUFFIXES) and places and rest:
            # 中国航空器材集团有限公司, 法国电力集团: a group named for its country and trade
            named = all(t.flag.startswith(("n", "vn")) or is_proper(t) or t.word in _TRADE_VERBS or (t.flag == "l" and len(t.word) >= 3) or t.word in _BRACKETS or (len(t.word) == 1 and t.flag in ("zg", "ng")) for t in rest) and (
                not rest[-1].word.endswith("公司")
            )  # (土木工程/l: a trade jieba reads as a phrase)
        if not named and match.suffix in _REGISTERED_SUFFIXES and places and sum(len(t.word) for t in rest) >= 3 and all(
            all(_is_han(ch) and ch not in _STOP_CHARS for ch in t.word) for t in rest
        ):
            named = True  # 琼岛 + 优选/v + 免税/v + 有限公司: a registered name, whatever its words are
        if not named and match.suffix in _PLACE_NAMED_TRADES and places == len(stem) == 1 and len(stem[0].word) <= 3 and not _country_word(stem[0].word, lex) and (
            not _trade_runs_on(ctx.text, match.end) and not ctx.text.startswith(("业", "厂", "基地"), match.end)
        ):
            named = True  # 江南 + 造船, 大连 + 重工: heavy works named after their place alone
        if not named and match.suffix == "公司" and len(stem) == 1 and stem[0].word.endswith(_RUN_SITES) and len(stem[0].word) >= 4:
            named = True  # 海洋公园 + 公司: the company that runs a park or an airport
        if not named and match.suffix in _GROUP_SUFFIXES and places == len(stem) == 1 and stem[0].word.endswith(
            (*lex.facility_suffixes, "港")
        ) and len(stem[0].word) >= 3 and stem[0].word not in lex.countries:
            named = True  # 宁波舟山港 + 集团, 首都机场 + 集团: a company named after the port or airport it runs
        if not named and match.suffix == "航空" and places == len(stem) == 1 and stem[0].word not in lex.countries and not (
            _trade_runs_on(ctx.text, match.end) or ctx.text.startswith(("业", "航天", "运输", "制造", "器材", "枢纽", "物流"), match.end)
        ):
            named = True  # 大湾区航空, 四川航空: an airline named after its region (中国航空 is the trade)
        if not named and match.suffix in ("支队", "大队", "总队") and places and rest and all(t.flag in ("n", "vn") and len(t.word) >= 2 for t in rest):
            named = True  # 张家界市 + 消防 + 救援 + 支队: a place's unit for a service
        if not named and match.suffix in ("邮轮", "游轮") and places and rest and all(t.flag in ("n", "nz") or is_proper(t) for t in rest):
            named = True  # 渤海 + 星辰邮轮, 长江 + 黄金游轮: a cruise line named for its waters and a word (not 豪华邮轮)
        national = (match.suffix in ("航空公司", "铁路公司") and places == len(stem) == 1) or (
            match.suffix == "公司" and places == 1 and len(rest) == 1 and rest[0].word in ("铁路", "电力", "航空", "航空工业")
        )
        if not named and national and stem[0].word in lex.countries and ctx.text[max(0, stem[0].start - 1) : stem[0].start] not in ("各", "等", "的", "家"):
            named = True  # 泰国航空公司, 肯尼亚铁路公司, 法国电力公司: a country's national operator (but 各国航空公司)
        if not named and match.suffix == "公司" and places and len(rest) >= 2 and rest[-1].word in _COMPANY_TRADES:
            # 台湾 + 国际 + 造船公司: a place, a word and a trade (but 美国科技公司 is a kind)
            named = all(t.flag.startswith(("n", "vn")) for t in rest)
        listed = ctx.text[stem[0].start : match.end] if stem else ""
        if match.suffix in _GOVERNMENT_SUFFIXES and not (len(listed) >= 5 and listed in lex.organizations):
            stem = _joined_stem(ctx, stem)  # 劳工 + 及 + 福利局 (but 署方会与 + 土木工程拓展署: a listed body stands alone)
        if not named and match.suffix in _GOVERNMENT_SUFFIXES:
            # 保险业监管局, 文化体育及旅游局: a long run of nouns before a bureau's ending
            # names one bureau; 该局 or 公安局 alone does not.
            named = sum(len(t.word) for t in stem) >= 4 and all(
                t.flag.startswith(("n", "vn", "an")) or is_proper(t) or t.word in _NAME_JOINERS or t.word == "、"
                or (t.flag == "l" and k > 0 and stem[k - 1].word in _NAME_JOINERS)  # 贸易和 + 一体化 + 部
                or (t.flag == "s" and k > 0 and stem[k - 1].word in _NAME_JOINERS)  # 外交与 + 对外 + 经济部
                or (t.flag == "b" and k > 0 and is_place_word(stem[k - 1].word, lex))  # 老挝 + 公共/b + 工程与运输部
                for k, t in enumerate(stem)
            )
            if match.suffix == "管理处" and places == len(stem) >= 1 and not _country_word(stem[0].word, lex):
                named = True  # 桃园 + 管理处, 玉山 + 管理处: an agency's office for a place, named by the place
            if match.suffix == "部" and not (stem[0].flag in ("nt", "ns") or is_place_word(stem[0].word, lex)):
                named = False  # 德国联邦 + 经济和能源部 is a ministry; 公众服务部 a company's department
            if match.suffix == "交流中心" and not (places or is_proper(stem[0])):
                named = False  # 文化艺术交流中心: the part a city plays, no body
        if not named and match.suffix in _ASSOCIATION_SUFFIXES and len(stem) >= 2 and sum(len(t.word) for t in stem) >= 4:
            # 乘用车市场信息联席会, 消费者权益保护委员会: a long run of nouns before an
            # association's ending names one body; 行业协会 does not.
            named = all(t.flag.startswith(("n", "vn", "an")) or is_proper(t) or t.word in _TRADE_VERBS for t in stem)
        field_body = match.suffix in _ASSOCIATION_SUFFIXES and len(stem) == 2 and stem[1].flag not in ("nr", "nrt", "ns") and (
            (dictionary_entry(stem[1].word) or (0, ""))[0] >= 100
        )  # 新加坡 + 龙舟 + 协会: a country's association for a field keeps the country
        if named and match.suffix not in _PLACE_NAMED_SUFFIXES and not match.suffix.endswith(_STATE_BODY_ENDINGS) and not field_body and _country_modifier(stem, lex):
            stem = stem[1:]
        if named:
            # 台北金马影展 + 执行委员会: the body that runs an event is named after it, and wins over it
            runs_event = match.suffix in _ASSOCIATION_SUFFIXES | {"执行委员会", "组织委员会", "组委会", "执委会"} and ctx.text[stem[0].start : match.start].endswith(lex.event_suffixes)
            spans.extend(_university_spans(ctx, _stationed_start(ctx, stem[0].start), match.end, "org-suffix", 90 if runs_event else 80))
    return spans


# Bodies a country has one of, named by 国家 alone (国家天文台); 国家队 and 国家实验室 are kinds.
_NATIONAL_BODY_SUFFIXES = ("天文台", "气象台", "气象中心", "图书馆", "地震台", "统计局", "海洋局", "档案馆")


# Words that open a university's name only with its place (上海 + 交通大学, 台湾 + 师范大学).
_GENERIC_UNIVERSITY_LEADS = (
    "国家", "国立", "联邦", "州立", "市立", "省立", "县立", "私立", "公立", "师范", "科技", "理工", "医科", "医学", "交通",
    "农业", "工业", "财经", "政法", "外国语", "外语", "电子", "石油", "海洋", "林业", "体育", "艺术", "音乐", "美术", "传媒",
    "民族", "中医", "药科", "航空", "航天", "邮电", "第一", "第二", "开放", "城市", "职业", "技术", "工商", "商业", "建筑",
    "矿业", "地质", "水利", "电力", "化工", "纺织", "经济", "经贸", "社会", "人文", "语言", "军医", "教育", "科学", "大学",
    "文化", "国际", "外交", "公安", "警察", "军事", "国防", "海事", "铁道", "电影", "戏剧", "舞蹈", "新闻", "管理", "信息",
    "护理", "卫生", "健康", "环境", "能源", "材料", "华侨", "人民", "中央", "首都", "东方", "南方", "北方", "西方", "开明", "铁路", "培训", "旅游", "酒店", "烹饪", "警官", "行政", "法律", "通信", "机电", "陶瓷", "轻工", "丝绸", "冶金", "水产", "粮食", "气象", "测绘", "畜牧", "兽医", "海运", "航运", "港口", "船舶", "税务", "审计", "统计", "金融",
)


def _university_spans(ctx: BlockContext, start: int, end: int, rule: str, priority: int) -> list[Span]:
    """日本京都大学, 广州中山大学, 英国帝国理工学院: a university is named without the
    country or city written before it, unless the rest is a generic name (上海交通大学,
    台湾师范大学, 新加坡国立大学) or the place is at home (香港城市大学)."""
    text, lex = ctx.text, ctx.lex
    whole = [Span(start, end, EntityType.ORGANIZATION, rule, priority)]
    if not text.endswith(("大学", "学院", "国中", "国小"), 0, end):
        return whole
    for k in (4, 3, 2):
        place = text[start : start + k]
        rest = text[start + k : end]
        cut = ctx.token_at(start + k)
        if not is_place_word(place, lex) or place in _HOME_PLACES or len(rest) < 4 or (
            start + k not in ctx.starts and cut is not None and ctx.tokens[cut].end < end
        ):
            continue  # 南安普敦/大学: a place's characters inside a longer word (南安) are no place
        if rest.startswith(_GENERIC_UNIVERSITY_LEADS):
            return whole  # 上海 + 交通大学
        return [
            Span(start, start + k, EntityType.PLACE, rule, priority + 1),
            Span(start + k, end, EntityType.ORGANIZATION, rule, priority + 1),
        ]
    return whole


def _trade_runs_on(text: str, end: int) -> bool:
    """鸿海精密工业, 光宝电子科技有限公司: another trade word after ``end`` continues the
    company's name when the name goes on to an industry or a company's ending."""
    if text.startswith(("工业", "股份"), end):
        return True
    trade = next((t for t in _TRADE_SUFFIXES if text.startswith(t, end)), None)
    return trade is not None and (
        text.startswith(("工业", "股份", "有限", "集团", "公司", "控股", *_TRADE_SUFFIXES), end + len(trade)) or end + len(trade) == len(text)
    )


def _country_modifier(stem: list[Token], lex: Lexicon) -> bool:
    """日本 + 京都大学, 美国 + 布朗大学: a foreign country before a body's own name (a place
    or a proper name) describes it; 日本 + 气象厅 and 美国 + 在台协会 name one body."""
    if len(stem) < 2 or stem[0].word not in lex.countries or stem[1].word[0] in _STOP_CHARS:
        return False
    if stem[1].word in lex.countries or stem[1].word in _HOME_PLACES or stem[1].word.startswith("驻"):
        return False  # 日本台湾交流协会: a body of two countries; 西班牙驻华大使馆: a country's mission
    if len(stem) == 2 and (stem[1].word in _TRADE_VERBS or stem[1].word in ("铁路", "电力", "航空", "航空工业")):
        return False  # 日本 + 放送 + 协会, 巴西 + 航空工业 + 公司: a country's body or firm for a trade
    return is_place_word(stem[1].word, lex) or _name_like(stem[1], lex)


_HOME_PLACES = {"中国", "台湾", "香港", "澳门", "中华", "大陆"}
# Endings of a state's own bodies, which keep the country in their name (美国商务部).
_STATE_BODY_ENDINGS = ("部", "局", "署", "厅", "省", "院", "委员会", "办公室", "议会", "国会", "政府")


_FOUNDER_PREFIXES = ("国立", "市立", "县立", "省立", "私立", "公立", "州立")
# The founders that are a government: after its place they name one body (山东省立医院).
_STATE_FOUNDERS = ("国立", "市立", "县立", "省立", "州立")


def _misread_place(word: str, lex: Lexicon) -> bool:
    """上市: a frequent word jieba's dictionary tags as a place that no place list knows."""
    entry = dictionary_entry(word)
    return entry is not None and entry[1] == "ns" and entry[0] >= 3000 and not is_place_word(word, lex)


# Publishers named for their country and field (中国电影出版社, 人民卫生出版社).
_PUBLISHER_SUFFIXES = ("出版社", "杂志社", "报社", "出版集团")
_GROUP_SUFFIXES = ("集团", "集团公司", "总公司", "有限公司", "股份有限公司", "股份公司", "有限责任公司", "株式会社")
_COMPANY_SUFFIXES = ("公司", *_GROUP_SUFFIXES)
# Heavy trades whose works are named by their place alone (江南造船, 大连重工, 上海电气).
_PLACE_NAMED_TRADES = ("造船", "重工", "船舶", "钢铁", "电气", "客运", *_METAL_TRADES)
_REGISTERED_SUFFIXES = ("有限公司", "股份有限公司", "有限责任公司")
_PREPOSITION_SURNAMES = set("向和于与对跟给同")
# Surnames that are also adverbs or verbs (曾 once, 常 often, 加 add) before a word.
_ADVERB_SURNAMES = _PREPOSITION_SURNAMES | set("曾常加")


def _adverb_then_word(name: str) -> bool:
    """曾效力, 常结伴, 同场, 加辣: an adverb, a preposition or a verb that is also a surname,
    then a frequent word: no name."""
    if len(name) not in (2, 3) or name[0] not in _ADVERB_SURNAMES:
        return False
    entry = dictionary_entry(name[1:])
    return entry is not None and entry[1][:1] in ("v", "n", "d", "a", "q") and entry[0] >= 100
_TIME_UNITS = set("年月日季周届期")
_ADVERB_CHARS = set("亦也都均皆仍即却便正又再")
_MODAL_CHARS = set("可会能将已则还")
_CLASSIFIERS = set("家个位名座间所项批种类条只多几新老大小该本")
_NUMERALS = set("一二两三四五六七八九十百千万几数多0123456789")


def _company_pieces(ctx: BlockContext, stem: list[Token]) -> list[Token]:
    """江苏 + 澜/芯 + 储能科技股份有限公司: a company's name no dictionary knows is cut by
    jieba into single characters with odd tags (芯/q, 泓/q); take them back into the stem,
    with the place written before them."""
    # The kind of firm right before the ending is its trade (茶满堂 + 食品有限公司), not a description.
    kinds = [
        k for k, t in enumerate(stem[:-1])
        if t.word in ctx.lex.category_nouns and not (k > 0 and stem[k - 1].word in _BRACKETS)  # (not 茅台酒厂（集团）)
        and not (t.word == "集团" and k >= 2 and is_place_word(stem[0].word, ctx.lex))  # 中国旅游集团 + 中免股份有限公司: the parent opens the name
    ]
    if kinds:
        return stem[kinds[-1] + 1 :]  # 茶饮连锁品牌 + 蜜雪集团: the name starts after the kind of firm
    index = ctx.token_at(stem[0].start)
    if index is None or is_place_word(stem[0].word, ctx.lex) or stem[0].word in ctx.lex.organizations:
        return stem  # (急/邀 + 台铁公司: a listed body's name takes no pieces)
    if len(stem[0].word) == 1 and stem[0].flag == "nr" and index > 0 and ctx.tokens[index - 1].flag == "n" and (
        dictionary_entry(ctx.tokens[index - 1].word) or (0, "")
    )[0] >= 100:
        return stem  # 疫苗厂 + 颖/升生/技股份有限公司: the kind of works, then the name's first character
    added: list[Token] = []
    while index > 0 and len(added) < 3:
        token = ctx.tokens[index - 1]
        if len(token.word) != 1 or not _is_han(token.word) or token.word in _STOP_CHARS or token.word in _CLASSIFIERS or (
            token.flag.startswith(("p", "c", "u", "d", "r", "f", "x", "m"))
        ) or (token.flag == "q" and index > 1 and ctx.tokens[index - 2].flag == "m"):
            break  # (4 + 台: a count and its measure word)
        added.insert(0, token)
        index -= 1
    if not added:
        return stem
    glued = ctx.tokens[index - 1].word if index > 0 else ""
    if len(glued) in (3, 4) and is_place_word(glued[:-1], ctx.lex) and _is_han(glued[-1]) and glued[-1] not in _STOP_CHARS:
        index -= 1
        added.insert(0, ctx.tokens[index])  # 山西晋/nr + 兴 + 煤业有限公司: jieba glued the name's first character to its province
        return [*added, *stem]
    if index > 0 and ctx.tokens[index - 1].flag in ("ns", "nz", "j") and not is_place_word(ctx.tokens[index - 1].word, ctx.lex):
        index -= 1
        added.insert(0, ctx.tokens[index])  # 潇湘 + 城/发 + 控股集团
    if index > 0 and is_place_word(ctx.tokens[index - 1].word, ctx.lex):
        added.insert(0, ctx.tokens[index - 1])
    return [*added, *stem]


def _stationed_start(ctx: BlockContext, start: int) -> int:
    """中央人民政府驻香港特别行政区联络办公室, 驻胡志明市台北经济文化办事处: an office
    "stationed in" a place is named with 驻 and with the body that sends it."""
    index = ctx.token_at(start)
    if index is not None and index > 0 and ctx.tokens[index - 1].word in _FOUNDER_PREFIXES:
        return ctx.tokens[index - 1].start  # 国立东华大学, 市立医院: who founded it is part of the name
    if index is not None and index >= 2 and re.fullmatch(r"第[一二三四五六七八九十百0-9]+", ctx.tokens[index - 1].word) and (
        ctx.tokens[index - 2].flag == "nt" or ctx.tokens[index - 2].word in ctx.lex.organizations
    ) and ctx.tokens[index - 2].end == ctx.tokens[index - 1].start:
        return ctx.tokens[index - 2].start  # 中交 + 第三 + 航务工程局: a group's numbered unit is named with the group
    if index is None or index == 0 or ctx.tokens[index - 1].word != "驻":
        return start
    start = ctx.tokens[index - 1].start
    if index >= 2:
        sender = ctx.tokens[index - 2]
        if sender.flag == "nt" or sender.word in ctx.lex.organizations or sender.word.endswith(("政府", "部", "委员会")) or (
            is_place_word(sender.word, ctx.lex)
        ):
            start = sender.start
    return start


def events(ctx: BlockContext) -> list[Span]:
    """X峰会, X奥运会, X博览会 …: an event name ending in an event word."""
    spans: list[Span] = []
    lex = ctx.lex
    for match in suffix_matches(ctx, lex.event_suffixes, stop_at_titles=False):
        stem = match.stem
        if not stem:
            if match.own_token and match.suffix in _STANDALONE_EVENTS:
                spans.append(Span(match.start, match.end, EntityType.EVENT, "event", 88))
            continue
        numbered = re.search(r"第\s*[\d一二三四五六七八九十百]+\s*届([\u4e00-\u9fff]{2,10})$", ctx.text[max(0, stem[0].start - 16) : stem[0].start])
        if numbered and not any(c in _STOP_CHARS for c in numbered.group(1)) and stem[0].start - len(numbered.group(1)) in ctx.starts:
            opening = ctx.token_at(stem[0].start - len(numbered.group(1)))
            stem = [*ctx.tokens[opening : ctx.token_at(stem[0].start)], *stem]  # 第十三届 + 天门山翼装飞行/v + 世界锦标赛: a numbered event's whole name
        if match.suffix in _MEETING_SUFFIXES and any(t.word.endswith(("大学", "学院", "公司", "集团", "协会", "商会")) for t in stem):
            continue  # 柏林 + 工业/大学 + AI座谈会: a meeting a body holds, not a named event
        if match.suffix in _GAMES and not any(t.flag in ("nz", "nt", "ns") or is_place_word(t.word, lex) for t in stem):
            if match.own_token:  # 主干道设置 + 世运会: the games' name alone
                spans.append(Span(match.start, match.end, EntityType.EVENT, "event", 88))
            continue
        distinct = (
            any(t.flag in ("nz", "nt", "ns", "j") or is_place_word(t.word, lex) or t.word in lex.organizations for t in stem)
            or any(t.flag == "eng" and t.word.lower() not in lex.latin_stopwords for t in stem)
            or (len(stem) >= 2 and match.suffix not in _MEETING_SUFFIXES)  # 活动新闻 + 发布会 names no event
            # 第38届 + 世界遗产 + 大会: a numbered session names the event (not 第十四届全国人民代表大会, a body)
            or (match.suffix not in _MEETING_SUFFIXES and not ctx.text.endswith("代表大会", 0, match.end) and re.search(r"第\s*[\d一二三四五六七八九十百]+\s*[届次]\s*$", ctx.text[max(0, stem[0].start - 8) : stem[0].start]) is not None)
        )
        if distinct:
            if len(stem) >= 2 and stem[0].word in lex.countries and is_place_word(stem[1].word, lex) and stem[1].word not in lex.countries:
                stem = stem[1:]  # 南韩 + 釜山国际影展: the country before the city an event is named after
            start = stem[0].start
            index = ctx.token_at(start)
            if index is not None and index >= 2 and ctx.tokens[index - 1].word in _PAIR_DASHES and (
                all(is_place_word(w, lex) or w in lex.organizations for w in (stem[0].word, ctx.tokens[index - 2].word))
            ):
                start = ctx.tokens[index - 2].start  # 中国—乌拉圭企业家论坛: the pair of countries names it
            spans.append(Span(start, match.end, EntityType.EVENT, "event", 88))
    spans.extend(_awards(ctx))
    return spans


# Meetings that any body holds: only a name or a place before them makes one an event.
_MEETING_SUFFIXES = {"发布会", "座谈会", "研讨会", "洽谈会", "推介会", "交流会", "展销会"}
_PAIR_DASHES = ("—", "－", "-", "–", "——")


def _awards(ctx: BlockContext) -> list[Span]:
    """金爵奖, 普立兹奖, 亚洲新人奖, 诺贝尔和平奖: a prize named after a name or a place
    (its ceremony is an event); 最佳导演奖, 一等奖 and 大奖 name no prize."""
    spans: list[Span] = []
    tokens = ctx.tokens
    for index, token in enumerate(tokens):
        if not token.word.endswith("奖"):
            continue
        if token.word == "奖" and index > 0:
            before = tokens[index - 1]
            if before.flag in ("nr", "nrt", "nz") and len(before.word) >= 2 and _CJK.search(before.word):
                spans.append(Span(before.start, token.end, EntityType.EVENT, "event", 88))
        elif token.flag == "nz" and len(token.word) >= 3:
            start = token.start
            if index > 0 and is_place_word(tokens[index - 1].word, ctx.lex):
                start = tokens[index - 1].start
            spans.append(Span(start, token.end, EntityType.EVENT, "event", 88))
    return spans


# Divisions and roads: a place before them is where they are (台东县池上乡 + 伯朗大道), not their name.
_ZONE_FACILITIES = ("高新区", "开发区", "保税区", "综合保税区", "合作区")
_DIVISION_LIKE_FACILITIES = ("新区", "公路", "大道", *_ZONE_FACILITIES)
# Endings that common nouns take too (乡村公路, 沿海湿地): the name before them must be proper.
# Industrial sites and sub-districts: named after a place or a proper word only (青山发电厂,
# 坂田街道; not 燃煤电厂, 城市街道).
_HOME_COUNTRY = frozenset({"中国", "我国", "全国", "国内"})


# Continents, world regions and Taiwan or the mainland as a whole, which describe a kind of
# site rather than name one (欧洲车厂, 台湾夜市).
_WORLD_REGIONS = {"欧洲", "亚洲", "非洲", "美洲", "北美", "南美", "拉美", "中东", "东南亚", "东亚", "南亚", "中亚", "西亚", "大洋洲", "海外", "台湾", "大陆", "内地", "亚太", "大中华"}


def _whole_region(word: str, lex: Lexicon) -> bool:
    """A province or a country (山东, 广东省, 中国): before 口岸 it means all its ports."""
    return word.removesuffix("省") in _PROVINCES or _country_word(word, lex)


def _country_word(word: str, lex: Lexicon) -> bool:
    """A country, a continent, or a word for the home country (中国, 欧洲, 全国)."""
    return word in lex.countries or word in _HOME_COUNTRY or word in _WORLD_REGIONS


# Named markets (斗南花卉市场); a country's market (中国花卉市场) is trade, not a place.
_MARKET_SUFFIXES = ("花卉市场", "批发市场", "农产品批发市场", "果菜市场")
_SITE_SUFFIXES = ("购物中心", "天桥", "走廊", "变电所", "变电站", "工业区", "车厂", "街道", "电厂", "发电厂", "核电厂", "核电站", "气田", "油田", "糖厂", "水电站", "电站")
_PROPER_STEM_FACILITIES = ("街区", "文创街区", "渔港", "鱼市场", "景区", "风景区", "示范区", "步道", "老街", "夜市", "灯塔", "温泉", "草原", "古城", "古镇", "公路", "湿地", "山脉", "纵谷", "工业园", "工业园区", "科学园", "科学园区", "科技园",
    "数据园", "产业园", "软件园", "创新园", "生物城", "科学城", "试验区", "保护区", "保育区", "数据中心", "升船机", "船闸", "自贸区", "自由贸易试验区", "经济特区", "经济区", "游乐区", "航厦", "航站楼", "航站大楼", "廊厅", "登机廊厅", "园区", "码头", "游乐场", "社区", "地带", "坑道", *_MARKET_SUFFIXES, *_SITE_SUFFIXES, *_ZONE_FACILITIES)


_FACILITY_END_CHARS = _PLACE_END_CHARS | set("河溪山邨区路道场馆园宫寺庙楼")


# Kinds of temple that every town has, named by the town before them (新竹城隍庙).
_GENERIC_SITES = {"城隍庙", "文庙", "孔庙", "关帝庙", "武庙", "妈祖庙", "天后宫", "土地庙", "龙山寺", "清真寺"}
_NAMED_AFTER_PLACE = ("车站", "口岸", "管制站", "港区")
# Venues named for themselves, after the city they stand in (airports keep their city's name).
_VENUE_SUFFIXES = (
    "体育馆", "综合体育馆", "体育场", "体育中心", "球场", "棒球场", "足球场", "网球场", "戏院", "剧院", "大剧院", "剧场", "歌剧院", "音乐厅",
    "展览馆", "会展中心", "会议中心", "遗址", "赛车场", "大厦", "工业大厦", "大楼",
)
# Words of position before a place's name (远方中央山脉, 附近西贡郊野公园)
_LOCATIVE_WORDS = {"地处", "位处", "地跨", "远方", "附近", "前方", "对面", "周边", "沿线", "沿着", "沿著", "沿途", "远处", "一带", "地区", "境内", "各地", "当地", "全境"}


def _org_follows(ctx: BlockContext, end: int) -> bool:
    """Does an organisation's ending follow ``end``, at once or after one noun (管理)?"""
    if any(ctx.text.startswith(s, end) for s in ctx.lex.org_suffixes if len(s) >= 2):
        return True
    index = ctx.token_at(end)
    if index is None or ctx.tokens[index].start != end or not ctx.tokens[index].flag.startswith(("n", "vn")):
        return False
    after = ctx.tokens[index].end
    if ctx.tokens[index].word[-1] in "局署处" and len(ctx.tokens[index].word) >= 3:
        return True  # 风景区 + 管理局 (one word)
    bureau = ctx.token_at(after) if after < len(ctx.text) else None
    if bureau is not None and ctx.tokens[bureau].word in ("局", "署", "处"):
        return True  # 自然保护区 + 管护/局: the zone's bureau
    return any(ctx.text.startswith(s, after) for s in ctx.lex.org_suffixes if len(s) >= 2)


def _division_word(word: str) -> bool:
    """池上乡, 虎尾镇: a word no dictionary knows, with a division's ending."""
    return len(word) >= 3 and word[-1] in "省市县区乡镇州" and dictionary_entry(word) is None


_WHOLE_AREA = ("全国", "全省", "全市", "全县", "全区", "全港", "全台", "全岛", "全球", "世界", "全世界", "各地")


# One-character short forms of China's provinces and regions, written in runs (粤港澳, 京津冀).
# Provinces and regions by their one-character short forms (粤 for 广东, 港 for 香港).
_PROVINCE_BY_SHORT_FORM = {
    "京": "北京", "津": "天津", "冀": "河北", "沪": "上海", "苏": "江苏", "浙": "浙江", "闽": "福建", "粤": "广东", "琼": "海南",
    "桂": "广西", "湘": "湖南", "鄂": "湖北", "豫": "河南", "鲁": "山东", "皖": "安徽", "赣": "江西", "晋": "山西", "陕": "陕西",
    "甘": "甘肃", "宁": "宁夏", "青": "青海", "新": "新疆", "藏": "西藏", "川": "四川", "渝": "重庆", "滇": "云南", "黔": "贵州",
    "辽": "辽宁", "吉": "吉林", "黑": "黑龙江", "蒙": "内蒙古", "港": "香港", "澳": "澳门", "台": "台湾",
}
# Cities written in such pairs too (深港两地, 穗港), but never opening a name on their own.
_PAIR_SHORT_FORMS = {**_PROVINCE_BY_SHORT_FORM, "深": "深圳", "穗": "广州"}
_PROVINCE_SHORT_FORMS = frozenset(_PROVINCE_BY_SHORT_FORM)
# Routes whose names keep their province (海南东环铁路).
_ROUTE_SUFFIXES = ("铁路", "高铁", "公路", "高速公路", "环线")
# Province-level cities and regions, whose names open those of their sites (上海迪士尼乐园).
_CITY_PROVINCES = {"北京", "天津", "上海", "重庆", "香港", "澳门", "台湾"}
# China's provinces and province-level regions by their bare names.
_PROVINCES = set(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 "
    "内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split()
)


def facilities(ctx: BlockContext) -> list[Span]:
    """X体育场, X发射场, X盆地 …: named venues, buildings and landforms are places."""
    spans: list[Span] = []
    lex = ctx.lex
    for match in suffix_matches(ctx, lex.facility_suffixes):
        if _org_follows(ctx, match.end):
            continue  # 中国国家铁路集团, 黄山风景区管理委员会: the facility names an organisation
        if any(ctx.text.endswith(o, 0, match.start) for o in ("学校", "国中", "国小", "中学", "小学", "高中", "大学", "医院")):
            continue  # 东石国中体育馆: the school is the name; its hall is not one
        if match.suffix in ("铁路", "高铁") and len(match.stem) == 1 and is_place_word(match.stem[0].word, lex):
            continue  # 美国铁路: a country's railways, not one line
        if match.suffix in ("铁路", "高铁") and match.stem and match.stem[-1].word.endswith("站") and match.own_token:
            continue  # 黄山北站 + 高铁枢纽: a station's rail hub, not a line named after it
        stem = match.stem
        while stem and (stem[0].word in _WHOLE_AREA or (len(stem) > 1 and len(stem[0].word) >= 2 and set(stem[0].word) <= _PROVINCE_SHORT_FORMS)):
            stem = stem[1:]  # 全国高铁网: the network of a whole country; 粤港澳 + 珠江三角洲: the places it spans
        if not stem:
            continue
        if len(stem) > 1 and stem[0].flag == "v" and len(stem[0].word) >= 2 and sum(len(t.word) for t in stem[1:]) >= 2:
            stem = stem[1:]  # 扩阔 + 粉锦公路: the verb before the road is no part of its name
        province = stem[0].word.removesuffix("省").removesuffix("自治区")
        if match.suffix not in _ROUTE_SUFFIXES and len(stem) > 1 and province in _PROVINCES and province not in _CITY_PROVINCES and len(stem[1].word) >= 2 and (stem[1].flag in ("ns", "nrt") or is_place_word(stem[1].word, lex)):
            stem = stem[1:]  # 新疆 + 霍尔果斯口岸, 海南 + 文昌航天发射场: the province is its own mention (but 辽宁体育馆)
        generic_site = ctx.text[stem[-1].start : match.end] in _GENERIC_SITES
        if (len(match.suffix) == 1 or match.suffix in _DIVISION_LIKE_FACILITIES) and not generic_site:
            while len(stem) > 1 and (is_place_word(stem[0].word, lex) or _division_word(stem[0].word)):
                if match.suffix in _ZONE_FACILITIES and not (is_proper(stem[1]) or is_place_word(stem[1].word, lex)):
                    break  # 湘潭 + 经济技术开发区 is one name; 吴江区 + 汾湖高新区 are two
                stem = stem[1:]  # 阳江市 + 海陵岛, 重庆 + 两江新区: the parent is its own mention
                if len(stem) > 2 and stem[1].word in ("乡", "镇", "区", "县", "市"):
                    stem = stem[2:]  # 池上/乡 + 伯朗大道
        chars = sum(len(t.word) for t in stem)
        if chars < 2 or (len(match.suffix) == 1 and len(stem) != 1 and not generic_site):
            continue
        if stem[0].flag == "nt" or stem[0].word.endswith(lex.org_suffixes):
            continue  # 路政署 + 铁路拓展处: an organisation's name runs on, not a facility's
        if len(stem) > 1 and stem[0].word in lex.organizations and not is_place_word(stem[1].word, lex):
            entry = dictionary_entry(stem[1].word)
            if entry is not None and entry[0] >= 100:
                continue  # 立法会 + 汇报 + 公园: a body and a verb, no name (but 乐天 + 桃园棒球场)
            stem = stem[1:]  # 港铁 + 海洋公园站: the body is its own mention
        if len(match.suffix) == 1:
            pair = dictionary_entry(ctx.text[match.end - 2 : match.end])
            if pair is not None and pair[1] != "ns" and pair[0] > 100:
                continue  # 新线路, 新思路, 陆路: the ending is part of a common word
        if match.suffix == "港" and not (stem[-1].flag in ("ns", "nrt", "nr", "nz", "j") or is_place_word(stem[-1].word, lex)):
            continue  # 名访港: a port is named after its place
        if match.suffix == "港" and len(stem[-1].word) >= 3 and stem[-1].word[-1] in "区县":
            continue  # 小港区 + 港/兴三路: a district's name, then a road that starts with 港
        if match.suffix == "社区" and not (len(stem) == 1 and stem[0].flag in ("ns", "nr", "nz") and not is_place_word(stem[0].word, lex)):
            continue  # 桃米/ns + 社区 is a neighbourhood; 华人社区 and 香港社区 are people
        if match.suffix in _MARKET_SUFFIXES and _country_word(stem[0].word, lex):
            continue  # 中国花卉市场: a country's trade, not a site
        if match.suffix == "口岸" and len(stem) == 1 and _whole_region(stem[0].word, lex):
            continue  # 山东口岸: all the ports of a province or country, not one
        by_road = len(stem) >= 2 and stem[-1].word in ("公路", "铁路", "陆路", "水路") and is_place_word(stem[0].word, lex)  # 珠海 + 公路 + 口岸
        if match.suffix in _NAMED_AFTER_PLACE and not (
            stem[-1].flag in PROPER_FLAGS or is_place_word(stem[-1].word, lex) or by_road
            or ctx.tokens[ctx.token_at(match.start)].flag == "ns"  # 洋山港/ns + 区
            or (match.suffix == "港区" and is_proper(stem[-1]) and not stem[-1].flag.startswith("v"))  # 前湾/n + 港区 (but 提离/v + 港区)
        ):
            continue  # 施作地下车站: a station is named after a place
        if match.suffix == "大道" and dictionary_entry(ctx.tokens[ctx.token_at(match.start)].word) is not None and not match.own_token and not (
            is_place_word(match.stem[0].word, lex)  # 氹仔 + 金光大道: a road named in its place
        ):
            continue  # 康庄大道, 阳关大道: idioms jieba knows whole
        if match.suffix == "板块" and not (is_place_word(ctx.text[stem[0].start : match.start], lex) or stem[-1].flag == "ns"):
            continue  # 光模块板块: a sector of the stock market; 欧亚板块 is a tectonic plate
        holder = ctx.tokens[ctx.token_at(match.start)]
        if match.suffix in _PROPER_STEM_FACILITIES and not (
            holder.flag in PROPER_FLAGS or any(is_proper(t) or is_place_word(t.word, lex) for t in stem)
        ):
            continue  # 乡村公路, 沿海湿地: a kind of road or wetland, not a named one
        if match.suffix in ("保护区", "保育区") and not any(
            is_place_word(t.word, lex) or (t.flag in PROPER_FLAGS and (dictionary_entry(t.word) or (0, ""))[0] < 1000) for t in stem
        ):
            continue  # 野生动物保护区, 海洋/ns 保护区: a kind of reserve (but 福田 + 红树林保护区)
        if match.suffix in _SITE_SUFFIXES and not all(
            is_place_word(t.word, lex)
            or (t.flag in PROPER_FLAGS and (t.word not in lex.not_places or t.word[-1] in "山湾岛滩河"))  # 青山发电厂
            or dictionary_entry(t.word) is None
            for t in stem
        ):
            continue  # 燃煤电厂, 城市街道: a kind of plant or street
        if match.suffix in _PROPER_STEM_FACILITIES and (
            _country_word(ctx.text[stem[0].start : match.start], lex) or (match.suffix == "街道" and is_place_word(ctx.text[stem[0].start : match.start], lex))
        ):
            continue  # 中国油田, 台湾夜市, 香港街道: a country's fields or markets, a city's streets
        # 北京 + 人民大会堂: a leading place is its own mention when the rest is a known
        # name or starts with another place; otherwise it is part of the name
        # (深圳宝安国际机场, 葵青货柜码头).
        airport = match.suffix.endswith("机场")  # 西安 + 咸阳国际机场 is one name; a country before it is not
        while len(stem) > 1 and is_place_word(stem[0].word, lex) and (not airport or stem[0].word in lex.countries or stem[0].word[-1] in "区县") and (
            ctx.text[stem[1].start : match.end] in lex.places or is_place_word(stem[1].word, lex)
            # 海南 + 文昌航天发射场: a province before a site named after one of its cities (but 拉萨贡嘎国际机场)
            or (_bare_division(stem[1].word, lex) and (stem[0].word + "省" in lex.places or stem[0].word in lex.countries))
            # 北京 + 国家会议中心: a national venue is named without its city (but 新加坡国家体育场)
            or (stem[1].word in ("国家", "国立", "国父") and stem[0].word not in lex.countries)
            or (stem[0].word in lex.countries and stem[1].flag == "ns" and len(stem[1].word) >= 2)  # 马来西亚 + 云顶/ns + 高原
            or (match.suffix == "渔港" and stem[1].flag == "ns" and len(stem[1].word) >= 2)  # 台东 + 富冈/ns + 渔港
        ):  # 海南 + 文昌航天发射场: the name starts at the place it is named after
            stem = stem[1:]
        if match.suffix in _VENUE_SUFFIXES and len(stem) > 1 and is_place_word(stem[0].word, lex):
            named = next((k for k in range(1, len(stem)) if not is_place_word(stem[k].word, lex)), 0)
            if named and (
                stem[named].flag in ("nr", "nrt", "nz") or is_transliteration(stem[named].word, lex) or dictionary_entry(stem[named].word) is None
                or _numbered_name(stem[named])
            ):
                stem = stem[named:]  # 多哈 + 卢赛尔体育馆, 北角 + 新光戏院: a venue's own name after its city
        while len(stem) > 1 and (
            (dictionary_entry(stem[0].word) or (0, ""))[1].startswith("v")
            or stem[0].word in _LOCATIVE_WORDS
            or (is_place_word(stem[1].word, lex) and (dictionary_entry(stem[0].word) or (0, ""))[0] > 500 and not (airport and is_place_word(stem[0].word, lex)))
        ):
            stem = stem[1:]  # 评估 + 西贡郊野公园, 沿著 + 伯朗大道, 远方 + 中央山脉: not part of the name
        inner_locative = max((k for k in range(1, len(stem)) if stem[k].word in ("一带", "附近", "周边", "沿线", "沿途", "境内", "畔", "湖畔", "河畔", "江畔") or (
            len(stem[k].word) >= 4 and stem[k].word.endswith(("沿线", "沿途", "一带", "周边"))  # 金水 + 公路沿线 + 步道
        )), default=None)
        if inner_locative is not None:
            stem = stem[inner_locative + 1 :]  # 路氹 + 一带 + 酒店: the area is named, the hotels are not
            if not stem:
                continue
        if stem and stem[-1].word in ("新", "全新", "大型"):
            continue  # 路氹 + 新 + 度假城: a new resort, not its name
        if match.suffix in ("纪念馆", "纪念堂", "故居"):
            person = max((k for k, t in enumerate(stem) if t.flag in ("nr", "nrfg", "nrt") and len(t.word) >= 2), default=0)
            stem = stem[person:]  # 祖庙 + 黄飞鸿 + 纪念馆: the hall is named after the person
        if holder.flag in ("nr", "nrfg") and holder.start == stem[0].start and holder.end == match.end and len(holder.word) == 3 and (
            ctx.text.startswith(tuple(ctx.lex.speech_verbs), match.end) or any(ctx.text.endswith(t, 0, holder.start) for t in ctx.lex.titles if len(t) >= 2)
        ):
            continue  # 合伙人 + 唐若溪/nr + 认为: a person whose name ends like a brook
        if holder.flag in ("l", "i") and len(holder.word) >= 4 and holder.start <= stem[0].start and holder.end == match.end:
            continue  # 少走弯路/l: an idiom that ends like a road
        if stem and not any(is_proper(t) or is_place_word(t.word, lex) for t in stem) and (
            (stem[-1].word in _DESCRIPTIVE_WORDS and len(stem) <= 2)
            or (len(stem) == 1 and match.suffix in ("大楼", "大厦", "会堂", "中心", "广场") and stem[0].word in lex.facility_suffixes and dictionary_entry(stem[0].word) is not None)
        ):
            continue  # 航天主题 + 酒店, 火箭模型 + 广场: a kind of hotel; 码头 + 大楼, 社区 + 会堂: the pier's building
        if match.suffix == "园区" and stem and ctx.text.endswith("园区", 0, stem[0].start):
            continue  # 南部科学园区 + 台南园区: a branch of a park, named with its parent (subdivisions)
        if match.suffix in ("园区", "数据中心") and stem and stem[-1].flag == "eng":
            continue  # 欧洲最大AI园区, AI数据中心: a park or a centre for a field, named by its Latin abbreviation
        if match.suffix == "园区" and stem and not (is_proper(stem[-1]) or is_place_word(stem[-1].word, lex)) and (
            (dictionary_entry(stem[-1].word) or (0, ""))[0] >= 100
        ) and (stem[0].word in lex.countries or not any((is_proper(t) and t.flag != "eng") or is_place_word(t.word, lex) for t in stem)):
            continue  # 诈骗园区, 产业园区, AIoT创新园区: a kind of park; 外埔园区 is named after its place
        if len(stem) == 1 and stem[0].word in _LOCATIVE_WORDS:
            continue  # 当地 + 大坝: a site near here, not a named one
        if stem and stem[-1].word.endswith("式") and len(stem[-1].word) >= 3:
            continue  # 巴洛克式 + 牌坊: a style of building, not a named one
        if len(stem) == 1 and (stem[0].word in _KINDS_OF_ROUTE or (stem[0].word.endswith("级") and stem[0].flag not in PROPER_FLAGS)):
            continue  # 公路 + 隧道, 国际级 + 湿地: a kind of site, or its rank, not a name
        if len(stem) > 1 and len(stem[0].word) >= 3 and is_place_word(stem[0].word, lex) and (
            stem[0].word[-1] in "区县乡镇" or (stem[0].word[-1] == "市" and (is_proper(stem[1]) or dictionary_entry(stem[1].word) is None))
        ):
            stem = stem[1:]  # 南山区 + 蛇口邮轮母港, 景德镇市 + 陶溪川/nr + 文创街区: the district or city is its own mention
        elif len(stem) > 2 and (is_place_word(stem[0].word, lex) or stem[0].flag == "ns") and stem[1].word in ("新区", "区", "县", "市", "镇", "乡") and (
            is_proper(stem[2]) or is_place_word(stem[2].word, lex)
        ):
            stem = stem[2:]  # 江北/新区 + 浦口大道: a district jieba cut in two is its own mention
        elif len(stem) == 2 and (is_place_word(stem[0].word, lex) or stem[0].flag == "ns") and stem[1].word in ("新区", "区", "县", "市", "镇", "乡") and (
            holder.start < match.start
        ):
            continue  # 松山/新区 + 中山大道 (one word): the road's name is the word, the district its own mention
        if len(stem) >= 2 and stem[0].word in ("新区", "区", "县", "市", "镇", "乡"):
            stem = stem[1:]  # (松山 +) 新区 + 中山大道: the same, once the place before was taken off
        if match.suffix in _FARM_SUFFIXES and (
            all(is_place_word(t.word, lex) or t.word in ("离岸", "海上", "陆上") for t in stem) or any(t.flag in ("i", "l", "v", "vn") for t in stem)
        ):
            continue  # 苗栗 + 离岸风场: the wind farms off a place; 海鸥离岸风场 is named
        if len(stem) >= 2 and stem[0].flag == "ns" and len(stem[0].word) >= 3 and stem[0].word.endswith("港") and is_proper(stem[1]) and (
            not is_place_word(stem[1].word, lex)
        ):
            stem = stem[1:]  # 上海港 + 海通国际汽车码头: a terminal with its own name inside a port
        if len(stem) >= 2 and stem[0].flag == "ns" and len(stem[0].word) >= 4 and stem[0].word.endswith(lex.facility_suffixes) and not any(
            is_proper(t) or is_place_word(t.word, lex) for t in stem[1:]
        ):
            continue  # 洋山深水港 + 自动化码头: a part of a named site, which is the mention
        if match.suffix in ("老街", "夜市") and len(stem) == 1 and (stem[0].word[-1] in "市县区" or stem[0].word in lex.countries) and is_place_word(stem[0].word, lex):
            continue  # 马公市老街: the old streets of a town, which is the mention (越南老街 is a city)
        first = stem[0]
        entry = dictionary_entry(first.word)
        common = entry is not None and entry[1][:1] in ("v", "a", "d", "r", "m", "l") and not _numbered_name(first)  # (自动化/l + 集装箱码头)
        if len(match.suffix) == 1 and entry is not None and entry[1] == "n" and entry[0] > 500:
            common = True  # 核电站, 加油站: a kind of site, not a named one
        if common and not is_place_word(first.word, lex):
            continue
        if match.suffix == "站" and entry is not None and not is_proper(first) and not _about_transport(ctx.text):
            continue  # 医护站, 服务站: a kind of post, in a block that is not about transport
        whole = dictionary_entry(ctx.text[first.start : match.end])
        if ctx.text.endswith("政府", 0, match.end) or (len(match.suffix) == 1 and whole is not None and whole[1] != "ns" and whole[0] > 50):
            continue  # 政府, 特区政府: a common word that happens to end in 府
        start = first.start
        for p in range(match.start - 1, start, -1):
            # 东涌河和/东涌炮台: jieba glued 和 to the end of the place listed before.
            if ctx.text[p] in "和与及、" and (ctx.text[p - 1] in _FACILITY_END_CHARS or (ctx.text[p - 1] in "东南西北中" and ctx.text[p - 2] in "道路街")):
                start = p + 1
                break
        for cut in range(min(5, match.start - start - 1), 1, -1):
            if ctx.text[start : start + cut] in lex.places and ctx.text[start + cut : match.end] in lex.places:
                start += cut
                break
        if match.suffix in ("铁路", "高铁", "公路"):
            start = _route_start(ctx, start)  # 池州至黄山高速铁路: the line is named by both ends
        if any(ctx.text[start + k : match.end] in lex.places for k in (0, 1, 2)):
            continue  # the lexicon has it whole (指 + 红磡海底隧道: with a word jieba glued before it)
        if any(word in ctx.text[start : match.start] for word in ("公司", "集团")):
            continue  # 某集团有限公司经拉日铁路: a company before the facility, not its name
        if ctx.text[start : match.end] in lex.not_places:
            continue  # 主干道
        inner = next(
            (k for k in range(1, len(stem) - 1) if stem[k].word in _BUILDING_WORDS and stem[k - 1].start >= start and is_proper(stem[k - 1])), None
        )
        if inner is not None:
            # 信德中心 + 港澳码头: a building, then a site inside it
            spans.append(Span(start, stem[inner].end, EntityType.PLACE, "facility", 83))
            start = stem[inner + 1].start
        if ctx.text[start : match.end] in lex.japanese_surnames and _japanese_given_name(ctx, match.end):
            continue  # 馆长 + 小野寺健一: a Japanese family name that ends like a temple
        end = match.end
        if match.suffix in ("邨", "村") and ctx.text[end : end + 1] == "道" and ctx.tokens[ctx.token_at(end)].word == "道":
            end += 1  # 东头邨 + 道: the road named after the estate
        spans.append(Span(start, end, EntityType.PLACE, "facility", 83))
    spans.extend(_facilities_after_known_places(ctx))
    return spans


# Words that say what kind a site is (主题酒店, 模型广场), not which one.
_DESCRIPTIVE_WORDS = {"主题", "模型", "体验", "特色", "风格", "概念", "智慧", "智能", "示范", "配套"}
# Kinds of route before a kind of site (公路隧道, 铁路大桥): no name.
_KINDS_OF_ROUTE = {"公路", "铁路", "高速公路", "高速", "地铁", "轻轨", "高铁", "城际", "国道", "省道"}
# Wind farms, named for themselves or for the place they lie off.
_FARM_SUFFIXES = ("风场", "离岸风场", "风电场")
# Words that end a building's name inside a longer site name (信德中心港澳码头).
_BUILDING_WORDS = {"中心", "大厦", "广场", "大楼", "商场"}


def _route_start(ctx: BlockContext, start: int) -> int:
    """上海至苏州至湖州高速铁路: a line named by its ends takes every place joined by 至."""
    while start >= 3 and ctx.text[start - 1] == "至":
        place = next((n for n in (4, 3, 2) if start - 1 - n in ctx.starts and is_place_word(ctx.text[start - 1 - n : start - 1], ctx.lex)), 0)
        if not place:
            break
        start -= 1 + place
    return start


def _facilities_after_known_places(ctx: BlockContext) -> list[Span]:
    """东涌 + 炮台, 台北 + 车站: a known place right before a facility's ending names it,
    however jieba cut the words (东/涌/炮台)."""
    spans: list[Span] = []
    text, lex = ctx.text, ctx.lex
    for end in ctx.ends:
        for suffix in lex.facility_suffixes:
            start = end - len(suffix)
            named_site = suffix in _SITE_SUFFIXES and suffix != "街道"  # 台中电厂 (but 香港街道: a city's streets)
            if start < 2 or text[start:end] != suffix or (suffix in _PROPER_STEM_FACILITIES and not named_site) or suffix in _FARM_SUFFIXES or _org_follows(ctx, end):
                continue
            if suffix in ("铁路", "高铁"):
                break  # 美国铁路, 中国铁路上海局: a country's railways, or a railway company
            place = next((n for n in (4, 3, 2) if start - n in ctx.starts and text[start - n : start] in lex.places), 0)
            if place and named_site and _country_word(text[start - place : start], lex):
                break  # 中国油田: a country's fields
            if place and suffix == "港" and text[start - 1] in "区县":
                break  # 小港区 + 港/兴三路: a district, then a road whose name starts with 港
            if place and suffix == "口岸" and _whole_region(text[start - place : start], lex):
                break  # 山东口岸: all the ports of a province or country
            if place and text[start - place : end] not in lex.places:
                spans.append(Span(start - place, end, EntityType.PLACE, "facility", 83))
            break
    return spans


def _is_han(ch: str) -> bool:
    return bool(_CJK.match(ch))


# Words for a person's team or household after the name (教授聂清扬团队, 王宏一家, 村民牛金花家中).
_NAME_GROUP_WORDS = ("团队", "课题组", "一家", "一行", "夫妇", "家中", "家里")


def _name_boundary(ctx: BlockContext, i: int) -> bool:
    """Can a name end just before ``ctx.text[i]``? (end of text, punctuation, a function
    character, a verb or particle word, or a verb of saying or a title)."""
    text = ctx.text
    if i >= len(text) or not _is_han(text[i]) or text[i] in _STOP_CHARS:
        return True
    if any(text.startswith(v, i) for v in ctx.lex.speech_verbs if len(v) >= 2) or text.startswith(_NAME_GROUP_WORDS, i):
        return True
    if text[i] in ctx.lex.speech_verbs and not text.startswith(("说明", "说服", "称号", "称为", "称赞"), i):
        return True  # 黄坤明说, which jieba cuts 黄坤/明说
    index = ctx.token_at(i)
    if index is not None and ctx.tokens[index].start == i:
        flag = ctx.tokens[index].flag
        if flag.startswith(("v", "p", "u", "d", "c", "f", "t", "m", "r", "q")):
            return True
        lead = dictionary_entry(ctx.tokens[index].word[:2]) if flag in ("i", "l") else None
        if lead is not None and lead[1].startswith("v"):
            return True  # 谢夫乔维奇 + 举行会谈/i: a set phrase that opens with a verb
    # 记者张雄风台北9日电: a dateline's place right after the name.
    if i and text[i - 1] in "同跟和与及在向对给为从到赴":
        return False  # 王毅同巴西外长: a preposition before the place, not the name's end
    return any(text[i : i + n] in ctx.lex.places and i + n in ctx.starts for n in (2, 3))


def _starts_with_surname(name: str, lex: Lexicon) -> bool:
    """Does ``name`` start with a surname? One of the weak surnames (洪, 巴, 明) counts only
    when the name does not open with a dictionary word (洪水, 明显) and is not a
    transliteration (巴塞尔, 惠灵顿)."""
    if name[:2] in lex.surnames:
        return True  # 上官, 欧阳
    if name[:1] not in lex.surnames:
        return False
    if name[:1] not in lex.weak_surnames:
        return True
    opening = dictionary_entry(name[:2])  # jieba's dictionary tags even 洪水 as a name
    return not is_transliteration(name, lex) and (opening is None or (opening[1].startswith("nr") and opening[0] < 500))


def _surname_length(text: str, pos: int, lex: Lexicon) -> int:
    if text[pos : pos + 2] in lex.surnames:
        return 2
    return 1 if text[pos : pos + 1] in lex.surnames else 0


def _verb_word(word: str) -> bool:
    entry = dictionary_entry(word)
    return entry is not None and entry[1][:1] in ("v", "c", "p", "d", "t") and entry[0] > 1000


def _rare_given_word(word: str) -> bool:
    """A two-character word that can be a given name: unknown to the dictionary, tagged as
    a name, or rare (启航, 育成, 德顺)."""
    entry = dictionary_entry(word)
    return entry is None or entry[1].startswith("nr") or entry[0] < 100


# Characters that follow a name in a clause (谢幕/时, 李远/均) rather than end it.
_CLAUSE_CHARS = set("时均皆")


def _married_name_misread(name: str) -> bool:
    """公司竞相, 白棋子: two surname characters that open a common word, or a "given name"
    that is a verb or an adverb, are no married name."""
    head, given = dictionary_entry(name[:2]), dictionary_entry(name[2:])
    return (head is not None and not head[1].startswith("nr") and head[0] > 50) or (
        given is not None and given[1][:1] in ("v", "d", "a", "c", "p") and given[0] > 50
    )


def _tibetan_name_at(ctx: BlockContext, pos: int) -> bool:
    """次仁卓玛, 扎西顿珠: two listed parts of a Tibetan name, starting and ending where
    words may."""
    parts = ctx.lex.tibetan_name_parts
    return (
        ctx.text[pos : pos + 2] in parts and ctx.text[pos + 2 : pos + 4] in parts
        and (pos == 0 or not _is_han(ctx.text[pos - 1]) or pos in ctx.starts or _title_ends_at(ctx, pos)) and _name_boundary(ctx, pos + 4)
    )


def _title_ends_at(ctx: BlockContext, pos: int) -> bool:
    """值班长/泽仁: a title or role ends at ``pos`` (jieba may glue its last character to the name)."""
    return any(ctx.text[pos - n : pos] in ctx.lex.titles or ctx.text[pos - n : pos] in ctx.lex.roles for n in range(2, min(pos, ctx.lex.max_title) + 1))


# Words ending in 道 that are kinds of way, not a road's name.
_GENERIC_WAYS = ("隧道", "通道", "车道", "管道", "渠道", "航道", "频道", "街道", "轨道", "跑道", "赛道", "行道", "坡道", "匝道", "铁道", "栈道", "步道", "水道", "古道", "知道", "报道", "味道", "人道", "之道", "口道")


def _road_item(ctx: BlockContext, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (ending in 道) reads as a road's name."""
    item = ctx.text[start:end]
    if not 3 <= len(item) <= 6 or not all(_is_han(c) for c in item) or item.endswith(_GENERIC_WAYS):
        return False
    entry = dictionary_entry(item)
    index = ctx.token_at(start)
    if index is None or item in ctx.lex.not_places:
        return False
    first = ctx.tokens[index]
    numeral = first.flag == "m" and all(c in _NUMERALS for c in first.word[:-1]) and (first.word[-1] in _NUMERALS or first.word[-1] in _CLASSIFIERS)
    # (九曲/m + 巷 is a name; 三条 + 街 is a count)
    return (entry is None or entry[1] in ("ns", "nz")) and (first.flag[:1] not in ("f", "t", "p", "c", "d", "r", "m", "u", "v") or (first.flag == "m" and not numeral))


_LISTED_WAY_ENDS = set("道街巷")


def listed_roads(ctx: BlockContext) -> list[Span]:
    """黄泥涌道、礼顿道及摩利臣山道, 九曲巷、埔头街: roads, streets and lanes named X道, X街,
    X巷 listed together; each ending alone is too common a character to read one road."""
    text, spans = ctx.text, []
    for i, ch in enumerate(text[:-1]):
        if ch not in _LISTED_WAY_ENDS or text[i + 1] not in "、及和与":
            continue
        after = next((j for j in range(i + 4, min(i + 8, len(text))) if text[j] in _LISTED_WAY_ENDS and (j + 1 == len(text) or j + 1 in ctx.starts)), None)
        before = next((k for k in range(max(0, i - 5), i - 1) if k in ctx.starts and _road_item(ctx, k, i + 1)), None)
        if after is None or before is None or any(c in "、及和与，。" for c in text[i + 2 : after]):
            continue
        if (i + 2 in ctx.starts or text[i + 1] == "、") and _road_item(ctx, i + 2, after + 1):
            spans.append(Span(before, i + 1, EntityType.PLACE, "facility", 70))
            spans.append(Span(i + 2, after + 1, EntityType.PLACE, "facility", 70))
    return spans


# 中铁八局, 中建三局集团有限公司, 中交二航局: numbered engineering bureaus of the state builders.
_NUMBERED_BUREAU = re.compile(r"(?:中国中铁|中国铁建|中国建筑|中铁建|中铁|中建|中交|中冶|中水|水电)[一二三四五六七八九十]{1,3}(?:航务工程|航|公)?局(?:集团(?:有限公司)?|有限公司)?")


def numbered_bureaus(ctx: BlockContext) -> list[Span]:
    """中铁八局, 中建三局: a state builder's numbered bureau, which jieba knows only for a few numbers."""
    return [
        Span(m.start(), m.end(), EntityType.ORGANIZATION, "org-suffix", 82)
        for m in _NUMBERED_BUREAU.finditer(ctx.text)
        if m.start() in ctx.starts and m.end() in ctx.ends | {len(ctx.text)}
    ]


_NUMBERED_SITE = re.compile(r"[一二三四五六七八九十零\d]{1,3}号(?:隧道|码头|货站|泊位|大桥|跑道|船坞|客运大楼|航站楼)")


def numbered_sites(ctx: BlockContext) -> list[Span]:
    """龙泉山一号隧道, 中环五号码头, 超级一号货站: a name, a number and a kind of site."""
    spans: list[Span] = []
    for match in _NUMBERED_SITE.finditer(ctx.text):
        if match.end() not in ctx.ends and match.end() != len(ctx.text):
            continue
        index = ctx.token_at(match.start())
        if index is None or ctx.tokens[index].start != match.start():
            continue
        k = index
        while k > 0 and match.start() - ctx.tokens[k - 1].start <= 4 and (
            ctx.tokens[k - 1].flag in ("ns", "nr", "nrt", "nz", "b", "j") or is_place_word(ctx.tokens[k - 1].word, ctx.lex)
            or (ctx.tokens[k - 1].flag == "n" and is_proper(ctx.tokens[k - 1]))
        ) and (
            ctx.tokens[k - 1].word not in _STOP_CHARS and all(_CJK.match(c) for c in ctx.tokens[k - 1].word)
        ):
            k -= 1
        if k < index and match.start() - ctx.tokens[k].start >= 2:
            spans.append(Span(ctx.tokens[k].start, match.end(), EntityType.PLACE, "facility", 84))
    return spans


# A school's or a hospital's campus in another place: 北京四中 + 雄安校区, 宣武医院 + 东院区.
_CAMPUS = re.compile(r"(?:中学|小学|大学|学院|医院|学校)([东南西北]|[\u4e00-\u9fff]{2,3}?)(?:校区|院区)")


def campuses(ctx: BlockContext) -> list[Span]:
    """北京市第四中学雄安校区, 首都医科大学宣武医院雄安院区: a school or hospital, then the
    place or quarter of one of its campuses, is one organisation."""
    spans: list[Span] = []
    lex = ctx.lex
    for match in _CAMPUS.finditer(ctx.text):
        where = match.group(1)
        if match.end() not in ctx.ends or (len(where) > 1 and not is_place_word(where, lex)):
            continue
        index = ctx.token_at(match.start(1) - 1)
        if index is None:
            continue
        k = index
        while k > 0 and index - k < 4 and (
            ctx.tokens[k - 1].flag in ("ns", "nt", "nz", "j") or is_place_word(ctx.tokens[k - 1].word, lex)
            or (ctx.tokens[k - 1].flag == "m" and ctx.tokens[k - 1].word.startswith("第"))
        ):
            k -= 1
        if match.start(1) - ctx.tokens[k].start >= 4:
            spans.append(Span(ctx.tokens[k].start, match.end(), EntityType.ORGANIZATION, "org-suffix", 85))
    return spans


# What a village or a port is followed by when its name is cut off from its ending by jieba.
_VILLAGE_FOLLOWERS = ("一带", "村长", "村民", "村委会", "村支书", "联合", "的", "，", "。", "、", "和", "与", "及", "位于", "地处", "境内")
_PORT_FOLLOWERS = ("的", "深水", "泊位", "码头", "港区", "，", "。", "、", "和", "与", "及", "吞吐")


def villages_and_ports(ctx: BlockContext) -> list[Span]:
    """石板寨 + 村, 勐/坎 + 村, 京/唐 + 港, 黑角 + 港: where jieba writes a village's or a
    port's ending as a word of its own, the two or three characters before it name it when
    they open a word, are no common word, and the place word follows."""
    spans: list[Span] = []
    text, lex = ctx.text, ctx.lex
    for i, token in enumerate(ctx.tokens):
        if token.word not in ("村", "港", "邨") or i == 0:
            continue
        followers = _VILLAGE_FOLLOWERS if token.word == "村" else _PORT_FOLLOWERS
        # 邨 only ever ends a Hong Kong housing estate's name (天/耀/邨), whatever follows
        if token.word != "邨" and not (token.end >= len(text) or text.startswith(followers, token.end)):
            continue
        for size in (3, 2):
            start = token.start - size
            if start < 0 or (start not in ctx.starts and text[start - 1 : start] not in ("乡", "镇")):
                continue  # (马圪当乡东/ns + 双脑 + 村: jieba glued the village's first character to its township)
            name = text[start : token.start]
            if not all(_is_han(ch) for ch in name) or any(ch in _STOP_CHARS or ch in _HAN_NUMERALS or ch in "来去往回访赴抵离返驻出入" for ch in name) or (
                name[0] in "全本该各每邻这那其此某新老"
            ):
                continue
            before = text[start - 1] if start else ""
            if token.word == "邨" and ("邨" in name or (name.endswith("屋") and (len(name) > 2 or name[0] not in ctx.lex.surnames))):
                continue  # 公共屋邨, 辖下屋邨: 屋邨 is the word for any estate (but 苏屋邨 is one)
            if token.word != "邨" and before and _is_han(before) and before not in "的在与和及、往到至经乡镇县区市" and not text.endswith(("邻近", "参与", "通往", "前往", "位于"), 0, start):
                continue
            entry = dictionary_entry(name)
            if entry is not None and entry[1] not in ("ns", "nr", "nrt", "nz", "j") and entry[0] > 300:
                continue  # 农村, 山村 (one word anyway), 家乡 + 村: a common word before the ending
            if name in lex.places or name in lex.organizations or _known(name, lex):
                continue  # 香港, 南港: a known name that ends where the ending starts
            spans.append(Span(start, token.end, EntityType.PLACE, "facility", 65))
            break
    return spans


_ROUTE_KINDS = ("高速公路", "高速铁路", "城际铁路", "铁路", "公路", "高速")


def routes_between_places(ctx: BlockContext) -> list[Span]:
    """陵川 + 至 + 辉县 + 高速公路, 郑州至西安高速铁路: a road or railway named by the two
    places it joins."""
    spans: list[Span] = []
    tokens = ctx.tokens
    for i in range(len(tokens) - 3):
        first, joiner, second = tokens[i], tokens[i + 1], tokens[i + 2]
        if joiner.word != "至" or not all(t.flag == "ns" or is_place_word(t.word, ctx.lex) for t in (first, second)):
            continue
        if i > 0 and tokens[i - 1].word == "至":
            continue  # 上海至苏州至湖州高速铁路: a line of three stops is read by the rule for lines
        kind = next((k for k in _ROUTE_KINDS if ctx.text.startswith(k, second.end) and second.end + len(k) in ctx.ends), None)
        if kind is not None and first.word not in ctx.lex.countries and second.word not in ctx.lex.countries:
            spans.append(Span(first.start, second.end + len(kind), EntityType.PLACE, "route", 84))
    return spans


_NUMBERED_ROAD = re.compile(r"[\u4e00-\u9fff]{2}[一二三四五六七八九十]号(?:旅游公路|公路|绿道|风景道)")
_LANDFORM_ENDINGS = ("沟", "峪", "岭", "坳", "垭", "河")


def numbered_roads_and_gullies(ctx: BlockContext) -> list[Span]:
    """太行一号旅游公路: a scenic road named with a number; 锡崖/ns + 沟/n: a gully, valley,
    ridge or river named by a word jieba guessed as a place, listed or before a site; 刘家 +
    巷: a lane named after a family."""
    spans = [Span(m.start(), m.end(), EntityType.PLACE, "route", 85) for m in _NUMBERED_ROAD.finditer(ctx.text) if m.start() in ctx.starts]
    tokens = ctx.tokens
    for i, token in enumerate(tokens[:-1]):
        ending = tokens[i + 1]
        if token.flag.startswith("nr") and len(token.word) == 2 and token.word[-1] == "家" and ending.word == "巷":
            spans.append(Span(token.start, ending.end, EntityType.PLACE, "facility", 66))
            continue  # 刘家/nrfg + 巷: a lane named after a family
        if token.flag != "ns" or len(token.word) != 2 or ending.word not in _LANDFORM_ENDINGS or _known(token.word, ctx.lex):
            continue
        if ctx.text.startswith(("、", "，", "。", "等", "一带", "景区", "村", "和", "与", "及"), ending.end) or ending.end == len(ctx.text) or (
            ending.flag == "ns"  # 武关/ns + 河/ns: a river jieba guessed in two pieces
        ):
            spans.append(Span(token.start, ending.end, EntityType.PLACE, "facility", 66))
    return spans


_DATELINE_END = re.compile(r"(?:\d{1,2}|[一二三]?十?[一二三四五六七八九十])日(?:电|讯|报道)")


def dateline_places(ctx: BlockContext) -> list[Span]:
    """记者吴佩珊台中5日电: the place of a dateline, between the reporter's name and the day,
    whatever jieba cut across it (珊台/n + 中/f)."""
    spans: list[Span] = []
    for match in _DATELINE_END.finditer(ctx.text):
        head = ctx.text[max(0, match.start() - 12) : match.start()]
        if "记者" not in head:
            continue
        for size in (4, 3, 2):
            place = head[-size:]
            if len(place) == size and is_place_word(place, ctx.lex) and not ctx.text.endswith("记者", 0, match.start() - size):
                spans.append(Span(match.start() - size, match.start(), EntityType.PLACE, "dateline", 66))
                break
    return spans


def listed_towns(ctx: BlockContext) -> list[Span]:
    """葫芦/n + 镇、清水/n + 坪镇/ns 等地: two or more towns or townships listed with 、, each
    named by the two or three characters before its ending, however jieba cut them."""
    spans: list[Span] = []
    text = ctx.text

    def item_at(position: int) -> int:
        for size in (2, 3):
            name = text[position : position + size]
            if len(name) == size and all(_is_han(c) and c not in _STOP_CHARS and c not in _HAN_NUMERALS for c in name) and text[position + size : position + size + 1] in ("镇", "乡"):
                return size + 1
        return 0

    position = 0
    while position < len(text):
        if position not in ctx.starts or (position > 0 and text[position - 1] in ("镇", "乡")):
            position += 1
            continue
        items = []
        cursor = position
        while length := item_at(cursor):
            items.append((cursor, cursor + length))
            cursor += length
            if not text.startswith("、", cursor):
                break
            cursor += 1
        if len(items) >= 2 and text[items[-1][1] : items[-1][1] + 1] in ("等", "、", "和", "及", "，", "。"):
            spans.extend(Span(start, end, EntityType.PLACE, "place-list", 64) for start, end in items)
            position = items[-1][1]
        else:
            position += 1
    return spans


def wards_after_towns(ctx: BlockContext) -> list[Span]:
    """竹北市 + 东平/ns + 里/f、鹿场/n + 里近/f: a Taiwanese ward (里) named right after its
    city, district or township, and the wards listed after it; jieba reads 里 as "in"."""
    spans: list[Span] = []
    text = ctx.text
    for token in ctx.tokens:
        if len(token.word) < 3 or token.word[-1] not in "市区镇乡" or not is_place_word(token.word, ctx.lex):
            continue
        position = token.end
        while (ward := re.match(r"([\u4e00-\u9fff]{2})里", text[position:])) and position in ctx.starts:
            name = ward.group(1)
            if any(ch in _STOP_CHARS or ch in _HAN_NUMERALS for ch in name) or name[-1] in "市区镇乡县内外" or name[0] in "全本该各每这那":
                break
            spans.append(Span(position, position + 3, EntityType.PLACE, "ward", 66))
            if not text.startswith("、", position + 3):
                break
            position += 4
    return spans


def endings_cut_after_places(ctx: BlockContext) -> list[Span]:
    """A known place and the ending of a bay, lake, river or hill that jieba cut off it: glued
    to the 及 after it (东涌/ns + 湾及/ns + 东涌河), or standing alone before a list's comma or
    the end of a clause (后壁/n + 湖、, 基隆/nz + 山，). The two name the site."""
    spans: list[Span] = []
    tokens = ctx.tokens
    for i, token in enumerate(tokens[1:], start=1):
        before = tokens[i - 1]
        if before.end != token.start or len(before.word) < 2 or not is_place_word(before.word, ctx.lex) or before.word in ctx.lex.countries:
            continue
        if len(token.word) == 2 and token.word[0] in _CUT_ENDINGS and token.word[1] in "及和与":
            spans.append(Span(before.start, token.start + 1, EntityType.PLACE, "facility", 84))
        elif len(token.word) == 1 and token.word in _CUT_ENDINGS and i + 1 < len(tokens) and tokens[i + 1].word in ("、", "，", "。", "及", "和", "与"):
            spans.append(Span(before.start, token.end, EntityType.PLACE, "facility", 84))
    return spans


_CUT_ENDINGS = "湾河江湖潭岛山涌"


def islands_of_rare_characters(ctx: BlockContext) -> list[Span]:
    """涠/g + 洲/ng + 岛, 大/a + 坵/zg + 岛: an island whose name jieba could only cut into
    single characters, one of them a bound morpheme no word holds."""
    spans: list[Span] = []
    for i, token in enumerate(ctx.tokens):
        if token.word != "岛" or i < 2:
            continue
        pieces = ctx.tokens[i - 2 : i]
        if all(len(t.word) == 1 and _is_han(t.word) and t.word not in _STOP_CHARS for t in pieces) and any(t.flag in ("g", "zg", "ng") for t in pieces) and (
            pieces[0].end == pieces[1].start and pieces[1].end == token.start
        ):
            spans.append(Span(pieces[0].start, token.end, EntityType.PLACE, "place-suffix", 66))
    return spans


_TRANSIT_WORDS = ("轻轨", "地铁", "港铁", "捷运", "轻铁", "城轨")


def transit_lines(ctx: BlockContext) -> list[Span]:
    """轻轨 + 氹仔/ns + 线, 地铁 + 前海/ns + 线: a line of a transit system named after a place."""
    tokens = ctx.tokens
    return [
        Span(tokens[i - 1].start, token.end, EntityType.PLACE, "facility", 84)
        for i, token in enumerate(tokens)
        if token.word == "线" and i >= 2 and tokens[i - 2].word in _TRANSIT_WORDS and tokens[i - 1].end == token.start
        and (tokens[i - 1].flag == "ns" or is_place_word(tokens[i - 1].word, ctx.lex))
    ]


def proper_roads(ctx: BlockContext) -> list[Span]:
    """新马路/nz + 一带, 在 + 大井街/nz: a road jieba knows as one rare proper word, where
    places stand."""
    spans: list[Span] = []
    for token in ctx.tokens:
        if token.flag == "nz" and len(token.word) >= 3 and token.word[-1] in "路街道" and (dictionary_entry(token.word) or (0, ""))[0] < 10 and (
            ctx.text.startswith(("一带", "附近", "沿线", "两旁"), token.end) or _after_place_preposition(ctx, token.start)
        ):
            glued = token.word[0] in "和与及" and len(token.word) >= 4  # 和/大井街: jieba glued the conjunction on
            spans.append(Span(token.start + glued, token.end, EntityType.PLACE, "facility", 70))
    return spans


_SCHOOL_SHORT = re.compile(r"([\u4e00-\u9fff]{2})(国小|国中)")
# Words that say which kind of school, not which one (公立国小, 偏乡国中).
_SCHOOL_KINDS = (*_FOUNDER_PREFIXES, "偏乡", "偏远", "附近", "邻近", "各地", "全县", "全市", "一所", "两所", "这所", "该所", "实验")


def school_short_names(ctx: BlockContext) -> list[Span]:
    """六家/m + 国/小, 博/爱国/中: a Taiwanese primary or junior high school (国小, 国中) is
    named by the two characters before, however jieba cut them; the name starts and the
    school word ends where words do (not 全国中小学, 美国中期选举)."""
    spans: list[Span] = []
    for match in _SCHOOL_SHORT.finditer(ctx.text):
        name = match.group(1)
        if match.start() not in ctx.starts or match.end() not in ctx.ends or name in _SCHOOL_KINDS or any(c in _STOP_CHARS for c in name):
            continue
        spans.append(Span(match.start(), match.end(), EntityType.ORGANIZATION, "school", 82))
    return spans


def named_markets(ctx: BlockContext) -> list[Span]:
    """永乐/ns + 市场, 南门市场/ns, 北角 + 街市: a market hall named after a quarter. A
    known town or country before 市场 names a market for goods (台湾市场), so the name must
    be one jieba guessed as a place but no listed one; 街市 (Hong Kong) is always a hall."""
    spans: list[Span] = []
    lex = ctx.lex
    for i, token in enumerate(ctx.tokens):
        if token.flag == "ns" and len(token.word) >= 4 and token.word.endswith("市场") and not is_place_word(token.word[:-2], lex):
            spans.append(Span(token.start, token.end, EntityType.PLACE, "facility", 70))
            continue
        if token.word not in ("市场", "街市", "市集") or i == 0:
            continue
        name = ctx.tokens[i - 1]
        if name.end != token.start or len(name.word) < 2 or name.flag != "ns" or name.word in lex.countries or name.word in _WORLD_REGIONS or (
            name.word in _HOME_PLACES or name.word.endswith(("省", "市"))
        ):
            continue  # 香港街市, 广州市市场: the markets of a city
        if token.word == "市场" and is_place_word(name.word, lex):
            continue  # 台湾市场, 中国市场: the market for goods there
        if i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].start == token.end and ctx.tokens[i + 1].flag[:1] == "n" and ctx.tokens[i + 1].word not in ("二楼", "一楼", "三楼"):
            continue  # 永乐市场 + 行情?: a noun after it makes 市场 part of a longer phrase
        spans.append(Span(name.start, token.end, EntityType.PLACE, "facility", 70))
    return spans


def mountain_passes(ctx: BlockContext) -> list[Span]:
    """唐古拉山 + 口, 昆仑山 + 口: a pass named after its mountain, when jieba cut 口 off;
    闽江/ns + 口/q: a river's mouth, named after the river."""
    spans: list[Span] = []
    for i, token in enumerate(ctx.tokens[:-1]):
        after = ctx.tokens[i + 1]
        mountain = token.word.endswith("山") and len(token.word) >= 3
        river = token.word.endswith(("江", "河")) and len(token.word) >= 2 and not ctx.text.startswith(("口岸", "口子"), after.start)
        if (mountain or river) and after.word == "口" and after.start == token.end and (
            token.flag == "ns" or token.word in ctx.lex.places
        ):
            spans.append(Span(token.start, after.end, EntityType.PLACE, "facility", 84))
    return spans


def tibetan_names(ctx: BlockContext) -> list[Span]:
    """次仁卓玛说, 记者次/仁卓玛: a Tibetan name wherever it stands (jieba cuts them anyhow)."""
    spans: list[Span] = []
    for pos in range(len(ctx.text) - 3):
        if _tibetan_name_at(ctx, pos) and not _known(ctx.text[pos : pos + 4], ctx.lex):
            spans.append(Span(pos, pos + 4, EntityType.PERSON, "person-tibetan", 62))
    return spans


def chinese_name_at(ctx: BlockContext, pos: int, after_title: bool = False) -> int:
    """Length of a Chinese personal name starting at ``pos`` (surname + one or two
    characters, ended by a boundary), or 0. jieba often splits such names (李/欣然,
    李家/超), so this reads characters rather than words."""
    text = ctx.text
    if after_title:
        # 知事木村敬, 总教练古久保健二: a Japanese family name and one or two characters.
        for length in (3, 2):
            if text[pos : pos + length] in ctx.lex.japanese_surnames:
                for given in (2, 1):
                    end = pos + length + given
                    given_chars = text[pos + length : end]
                    # 松本裕也: 也 ends many Japanese given names.
                    # 井端弘和坦言: 和 ends a given name when a verb of saying or punctuation follows.
                    said = end >= len(text) or not _is_han(text[end]) or any(text.startswith(v, end) for v in ctx.lex.speech_verbs)
                    if end <= len(text) and all(
                        _is_han(c) and (c not in _STOP_CHARS or (c == "也" and k) or (c == "和" and k and said)) for k, c in enumerate(given_chars)
                    ) and (_name_boundary(ctx, end)):
                        return end - pos
    if _tibetan_name_at(ctx, pos):
        return 4
    surname = _surname_length(text, pos, ctx.lex)
    if not surname:
        return 0
    # 明 (as in 明天) is a stop character, and one of the commonest in given names (黄坤明).
    stops = _STOP_CHARS - {"明"} if after_title else _STOP_CHARS
    married = text[pos + 1 : pos + 4]
    if surname == 1 and len(married) == 3 and married[0] in ctx.lex.surnames and married[0] not in ctx.lex.weak_surnames and all(
        _is_han(c) and c not in stops for c in married
    ) and _name_boundary(ctx, pos + 4) and not _name_boundary(ctx, pos + 3) and not _known(text[pos : pos + 4], ctx.lex) and not (
        _married_name_misread(text[pos : pos + 4])
    ):
        return 4  # 冯程淑仪, 陈方安生: a Hong Kong married name, husband's surname before her own
    for given in (2, 1):
        end = pos + surname + given
        # 科学家袁为民表示: after a title and before a verb of saying, a given name may hold
        # a function character (为, 以) in its first place.
        said = after_title and given == 2 and any(text.startswith(v, end) for v in ctx.lex.speech_verbs)
        # 经济部长邱正和则说: 和 ends a given name when a verb of saying (after 则, 也) follows.
        # 会长黄家和估计: so does a verb of saying right after it.
        said_then = said or (after_title and given == 2 and text[end : end + 1] in "则也亦" and any(text.startswith(v, end + 1) for v in ctx.lex.speech_verbs))
        if end > len(text) or not all(
            _is_han(c) and (c not in stops or (said and k == 0) or (said_then and k == 1 and c == "和")) for k, c in enumerate(text[pos + surname : end])
        ):
            continue
        if given == 2 and text[end - 1] in _CLAUSE_CHARS:
            whole = ctx.token_at(pos)
            named = whole is not None and ctx.tokens[whole].end == end - 1 and ctx.tokens[whole].flag.startswith("nr")
            if text[end - 1] == "时" or named:
                continue  # 李远/均/出席: an adverb or a time word after a name jieba read whole (not 金学均)
        if given == 2 and end - 1 in ctx.starts and end not in ctx.ends:
            glued = ctx.tokens[ctx.token_at(end - 1)]
            entry = dictionary_entry(glued.word)
            rest = dictionary_entry(text[end : glued.end])
            if entry is not None and entry[1][:1] in ("t", "v", "d", "p", "c", "f") and glued.end > end and not (
                rest is not None and rest[1].startswith("v")
            ):
                continue  # 杜锋/赛后/表示: the character opens a time word (but 黄坤/明说: 说 is the verb)
        if pos in ctx.starts and pos + surname in ctx.starts:
            first, after = ctx.tokens[ctx.token_at(pos)], ctx.tokens[ctx.token_at(pos + surname)]
            if first.end == pos + surname and first.flag[:1] in ("v", "d", "p", "c") and after.flag[:1] in ("v", "d", "p", "c", "u"):
                continue  # 市民应/留在, 病人应/先/到: a modal verb, then a verb or an adverb
        speech_follows = any(text.startswith(v, end) for v in ctx.lex.speech_verbs)
        if given == 2 and end - 1 in ctx.starts and end in ctx.starts and not speech_follows and end < len(text):
            if _verb_then_object(ctx, ctx.token_at(end - 1)):
                continue  # 村民岩罕 + 带/v + 记者: a verb and its object after a two-character name
        if given == 2 and end < len(text) and not speech_follows and _verb_word(text[end - 1 : end + 1]):
            continue  # 钱磊认为: 认为 is a verb, the name is 钱磊
        # 主攻手庄宇/珊/全场: after a title, a given name's last character that jieba left
        # as a word of its own, with a new word after it, ends the name.
        own_last = after_title and given == 2 and end in ctx.starts and end - 1 in ctx.starts
        if own_last:
            last = ctx.tokens[ctx.token_at(end - 1)]
            own_last = not last.flag.startswith((*_STOP_FLAGS, "a", "b"))
        # 局长罗/淑佩/主礼: after a title, a surname and a rare two-character word that
        # jieba cut as words of their own are a name, whatever word follows.
        whole_words = after_title and given == 2 and pos + surname in ctx.starts and end in ctx.starts and (
            pos + surname in ctx.ends and _rare_given_word(text[pos + surname : end])
        )
        if _name_boundary(ctx, end) or own_last or whole_words:
            name = text[pos:end]
            if name[-1] in _PLACE_END_CHARS or (not after_title and len(name) == 3 and name[-1] in _BODY_END_CHARS):
                continue  # 钱凯港, 池州站: a place, not a person; 高教司预计: a department
            given_part = name[surname:]
            if name in ctx.lex.not_persons:
                continue  # 律师应讯: a word jieba's dictionary mistakes for a name
            place_given = given_part in ctx.lex.places and not (after_title and given_part not in ctx.lex.countries and len(given_part) == 2)
            if place_given or (not after_title and given_part in ctx.lex.organizations) or _known(name, ctx.lex):
                continue  # 和法国: a conjunction before a place, not a person (but 教授黄乐天, 被告人王海东)
            given = dictionary_entry(name[surname:]) if end - pos - surname >= 2 else None
            # 国没有: a verb phrase, not a given name. After a title the name is expected,
            # and given names are often ordinary words (李欣然).
            rare_verb_said = speech_follows and given is not None and given[1][:1] == "v" and given[0] < 500  # 聂清扬说
            if not after_title and given is not None and given[1][:1] in ("v", "d", "p", "c", "r", "u", "m", "q", "t", "f") and given[0] > 100 and (
                not rare_verb_said
            ):
                continue
            if not after_title and _common_noun_word(name[surname:]):
                continue  # 向记者, 高素质: a preposition or adjective before a common noun
            if not after_title and name[0] in _PREPOSITION_SURNAMES and given is not None and given[1][:1] == "n" and given[0] > 100:
                continue  # 向传媒表示: a preposition before a noun
            entry = dictionary_entry(name)
            if entry is not None and not entry[1].startswith("nr") and entry[0] > 20:
                continue  # a common word that happens to start with a surname: 高管, 全球
            head = dictionary_entry(name[:2]) if len(name) == 3 else None
            if head is not None and head[1][:1] in ("v", "d", "p", "c", "a") and head[0] > 50:
                continue  # 宣判时: a verb, not surname + given name
            if not _starts_with_surname(name, ctx.lex):
                continue  # 洪水淹, 巴塞尔: a word or a transliteration that starts like a surname
            return end - pos
    return 0


def transliteration_at(ctx: BlockContext, pos: int) -> int:
    """Length of a run of transliteration characters (a foreign name) at ``pos``, or 0."""
    text = ctx.text
    end = pos
    while end < len(text) and end - pos < (18 if "·" in text[pos : pos + 10] else 10) and (
        text[end] in ctx.lex.transliteration or (text[end] == "·" and end > pos)
    ):
        end += 1
    while end - pos >= 2 and not _name_boundary(ctx, end):
        if "·" in text[pos : end - 1] and end in ctx.starts:
            break  # 伊克桑·凡迪/状态: a dotted name may end where jieba starts a word
        end -= 1
    if end - pos < 2 or text[end - 1] == "·" or text[end - 1] in _PLACE_END_CHARS:
        return 0
    return end - pos


def _verb_then_object(ctx: BlockContext, index: int) -> bool:
    """带/v + 记者: a one-character verb, then the common noun or pronoun it takes."""
    tokens = ctx.tokens
    return (
        tokens[index].flag == "v" and len(tokens[index].word) == 1
        and index + 1 < len(tokens) and tokens[index + 1].start == tokens[index].end and tokens[index + 1].flag in ("n", "r")
    )


def _collect_name_after(ctx: BlockContext, index: int, strict: bool = False) -> tuple[int, int] | None:
    """The name right after the title ``tokens[index]``. ``strict``: only a Chinese name or
    a transliteration, not any run of proper-looking words."""
    tokens = ctx.tokens
    j = index + 1
    while j < len(tokens) and tokens[j].word.isspace():
        j += 1
    if j >= len(tokens) or tokens[j].word in ctx.lex.not_persons:
        return None  # 律师应讯: a word jieba's dictionary mistakes for a name
    pos = tokens[j].start
    if j + 2 < len(tokens) and tokens[j + 1].word == "·" and tokens[j].flag in ("nr", "nrt", "nrfg"):
        # 艾殊利·韦斯活: a foreign name in two parts, the second read as a transliteration
        second = transliteration_at(ctx, tokens[j + 2].start) or (len(tokens[j + 2].word) if tokens[j + 2].flag in ("nr", "nrt") else 0)
        if second >= 2:
            return tokens[j].start, tokens[j + 2].start + second
    foreign = transliteration_at(ctx, pos)
    chinese = chinese_name_at(ctx, pos, after_title=True)
    if foreign >= 3 and foreign > chinese:
        return pos, pos + foreign
    whole = tokens[j]
    if 0 < chinese < len(whole.word) == 3 and whole.flag in ("nr", "nrfg") and _starts_with_surname(whole.word, ctx.lex) and (
        not _known(whole.word, ctx.lex)
    ):
        return whole.start, whole.end  # 主席罗豪才: jieba's three-character name, though 才 often ends a clause
    if chinese:
        return pos, pos + chinese
    first = j
    if tokens[j].flag in ("nr", "nrfg") and 2 <= len(tokens[j].word) <= 4 and _starts_with_surname(tokens[j].word, ctx.lex):
        if len(tokens[j].word) == 2 and _cut_three_character_name(ctx, j):
            return tokens[j].start, tokens[j].end + 1  # 关晟/睿考: the name's last character glued on
        return tokens[j].start, tokens[j].end  # 林昱珉 (主投): a whole Chinese name, not the word after it
    if strict or tokens[j].word[0] in "驻访赴返抵":
        return None  # 艺术家 + 驻馆创作: a verb of staying or going, no name
    if tokens[j].flag == "nrt" and len(tokens[j].word) >= 3 and dictionary_entry(tokens[j].word) is not None and (
        j + 1 < len(tokens) and len(tokens[j + 1].word) >= 2 and tokens[j + 1].word != "·"
    ):
        return tokens[j].start, tokens[j].end  # 前锋莱昂纳多/梅开二度: a foreign name jieba knows, then a word
    entry = dictionary_entry(tokens[j].word)
    if entry is not None and entry[1] == "nz" and len(tokens[j].word) == 2 and not is_transliteration(tokens[j].word, ctx.lex) and (
        not _starts_with_surname(tokens[j].word, ctx.lex)
    ):
        return None  # 总统深信: a word jieba's dictionary calls a proper noun, no name
    lead = dictionary_entry(tokens[j].word[:2])
    if lead is not None and lead[1][:1] in ("d", "v", "a", "c", "p") and lead[0] > 500:
        return None  # 专家初步判断: an adverb or verb after the title, not a name
    if lead is not None and lead[0] > 1000 and len(tokens[j].word) == 4 and dictionary_entry(tokens[j].word) is not None:
        return None  # 女士依法行政: a set phrase the dictionary knows, opened by a common word
    while j < len(tokens) and _name_token_ok(tokens[j], ctx.lex):
        if tokens[j].end - tokens[first].start > 10 or (j > first and tokens[j].word in ctx.lex.speech_verbs):
            break  # 总统川普/扬言: jieba tags the verb as a name too
        if tokens[j].start - tokens[first].start >= 2 and _verb_then_object(ctx, j):
            break  # 村民岩罕 + 带/v + 记者: a verb and its object after the name
        j += 1
    if j == first:
        return None
    return tokens[first].start, tokens[j - 1].end


def _title_across_words(ctx: BlockContext, token: Token) -> int:
    """商务部/长雷蒙多: jieba glued the end of a title (部长) to the name after it. Returns
    where the name starts inside ``token``, or -1."""
    for k in (1, 2):
        if len(token.word) < k + 1:
            break
        split = token.start + k
        for length in range(k + 1, ctx.lex.max_title + 1):
            if split - length >= 0 and ctx.text[split - length : split] in ctx.lex.titles:
                if ctx.text[split - length : split] in ctx.lex.roles and split - length not in ctx.starts:
                    continue  # 中东/主权: a role must start where a word does (稻/农钟 does)
                return split
    return -1


def ministries_before_heads(ctx: BlockContext) -> list[Span]:
    """芬兰 + 农林 + 部长, 韩国 + 产业 + 通商 + 资源 + 部长: a country's ministry named by the
    title of its head, when the ministry is in no list (a listed one is found by the lexicon)."""
    spans: list[Span] = []
    tokens = ctx.tokens
    for i, head in enumerate(tokens):
        if head.word != "部长" or i == 0:
            continue
        last, end = i, head.start + 1
        if tokens[i - 1].word == "部副":
            last, end = i - 1, tokens[i - 1].start + 1  # 国有企业 + 部副 + 部长: jieba cut a deputy's title
        elif tokens[i - 1].word.endswith(("副", "部")):
            continue
        j = last
        while j > 0 and last - j < 3 and tokens[j - 1].end == tokens[j].start and tokens[j - 1].flag in ("n", "vn", "v", "nz") and (
            all(_CJK.match(c) for c in tokens[j - 1].word) and tokens[j - 1].word not in ctx.lex.titles
        ):
            j -= 1
        while j < last and not 2 <= tokens[last - 1].end - tokens[j].start <= 6:
            j += 1
        if 0 < j < last and tokens[j - 1].end == tokens[j].start and tokens[j - 1].word in ctx.lex.countries:
            spans.append(Span(tokens[j - 1].start, end, EntityType.ORGANIZATION, "ministry-before-head", 70))
    for i, head in enumerate(tokens):
        # 金门县 + 卫生局长/n: a county's bureau glued to its head's title
        if i > 0 and len(head.word) >= 4 and head.word.endswith(("局长", "处长")) and dictionary_entry(head.word[:-1]) is not None:
            government = i - 2 if i >= 2 and tokens[i - 1].word == "政府" else i - 1  # (台南市 + 政府 + 卫生局长)
            place = tokens[government].word.removesuffix("政府")
            if place.endswith(("县", "市")) and is_place_word(place, ctx.lex):
                spans.append(Span(tokens[government].start, head.end - 1, EntityType.ORGANIZATION, "ministry-before-head", 82))
                continue
        # 澎湖县政府 + 旅游 + 处长, 台北市政府 + 交通 + 局长: a local government's bureau named by its head's title
        if head.word not in ("局长", "处长", "署长", "厅长") or i < 2:
            continue
        portfolio = tokens[i - 1]
        government = tokens[i - 2]
        if portfolio.flag not in ("n", "vn") or len(portfolio.word) != 2 or not government.word.endswith("政府") or portfolio.start != government.end:
            continue
        start = government.start
        if government.word == "政府" and i >= 3 and is_place_word(tokens[i - 3].word, ctx.lex) and tokens[i - 3].end == government.start:
            start = tokens[i - 3].start
        elif government.word == "政府":
            continue
        elif government.word in ("市政府", "县政府") and i >= 3 and is_place_word(tokens[i - 3].word, ctx.lex) and tokens[i - 3].end == government.start:
            start = tokens[i - 3].start  # 新北 + 市政府 + 体育 + 局长: the city's name stands before
        spans.append(Span(start, head.start + 1, EntityType.ORGANIZATION, "ministry-before-head", 82))
    return spans


def persons_by_title(ctx: BlockContext) -> list[Span]:
    """总统X, 首席执行官X, 分析师X: the name right after a title."""
    spans: list[Span] = []
    for i, token in enumerate(ctx.tokens):
        # (not 置业/主席: a word that is a title itself holds no name)
        split = _title_across_words(ctx, token) if token.flag in ("ns", "nr", "nrt", "nz", "n") and token.word not in ctx.lex.titles else -1
        if split >= 0:
            length = transliteration_at(ctx, split) or chinese_name_at(ctx, split, after_title=True)
            end = split + length
            # The name may run on past the glued word (稻/农钟/淑媛): it must end where a word does.
            if length >= 2 and end >= token.end and end in ctx.ends and not _known(ctx.text[split:end], ctx.lex):
                spans.append(Span(split, end, EntityType.PERSON, "person-title", 65))
            continue
        if any(ctx.text[token.start : e] in ctx.lex.places for e in range(token.end + 1, min(token.end + 4, len(ctx.text)) + 1)):
            continue  # 将军澳: a place that starts with a title
        across = len(token.word) == 1 and ctx.text[max(0, token.end - 2) : token.end] in ctx.lex.titles  # 花莲县/长
        if not (token.word in ctx.lex.titles or (len(token.word) >= 2 and token.word[-2:] in ctx.lex.titles) or across):
            continue
        if token.start > 0 and ctx.text[token.start - 1] in _NUMERALS and token.word[0] in _CLASSIFIERS | {"部"}:
            continue  # 逾百部/长短片: a numeral and a classifier, not the title 部长
        role = token.word in ctx.lex.roles or token.word[-2:] in ctx.lex.roles
        found = _collect_name_after(ctx, i, strict=role)
        if not found:
            continue
        start, end = found
        name = ctx.text[start:end].strip("·")
        if len(name) < 2 or _known(name, ctx.lex) or name in ctx.lex.titles:
            continue
        if len(name) > 4 and not (is_transliteration(name, ctx.lex) or "·" in name or name[:3] in ctx.lex.japanese_surnames):
            continue
        entry = dictionary_entry(name)
        if role and entry is not None and entry[0] >= 1000 and ctx.text[start + len(name) : start + len(name) + 1] in ("。", "！", "；", ""):
            continue  # 迎来游客 + 高峰。: a frequent word ending the sentence after a role is no name
        if len(name) == 3 and _time_word(name[:2]):
            continue  # 专家 + 白天/t + 跟: a time word after a title, not a name
        if _adverb_then_word(name) and (role or name[0] != "曾"):
            continue  # 旅客 + 常结伴, 球员 + 同场: what the people do, not who they are
        # 教授黄乐天: a given name that is also a listed body's name (乐天) is still the person's
        glued_body = name[_surname_length(name, 0, ctx.lex) :] in ctx.lex.organizations
        after = ctx.token_at(start + len(name)) if start + len(name) < len(ctx.text) else None
        # 院士 + 钟南山/ns + 表示: a title before and a verb of saying after make a person of a "place"
        speaks = after is not None and ctx.tokens[after].word in ctx.lex.speech_verbs and _starts_with_surname(name, ctx.lex)
        spans.append(Span(start, start + len(name), EntityType.PERSON, "person-title", 80 if glued_body else 67 if speaks else 65))
        # 记者王洋、张晨: names listed after the first share its title.
        pos = start + len(name)
        while pos < len(ctx.text) - 1 and ctx.text[pos] in "、和及与":
            length = chinese_name_at(ctx, pos + 1, after_title=True) or (
                transliteration_at(ctx, pos + 1) if transliteration_at(ctx, pos + 1) >= 3 else 0
            )
            if not length or _known(ctx.text[pos + 1 : pos + 1 + length], ctx.lex) or any(
                ctx.text[pos + 1 : pos + 1 + k] in ctx.lex.places for k in range(length + 1, length + 4)
            ):
                break  # (外交大臣索帕·维利亚、马来西亚副总理: a country, not a second name)
            spans.append(Span(pos + 1, pos + 1 + length, EntityType.PERSON, "person-title", 65))
            pos += 1 + length
    return spans


def _japanese_given_name(ctx: BlockContext, pos: int) -> int:
    """Length (3, 2 or 1) of a Japanese given name starting at ``pos``, read against jieba's
    word boundaries (田中/裕/介/副教授, 小仓/勉/坦言: a new word may not start inside it),
    or 0. 和 and 也 may end a given name (片山和之, 是枝裕和) when punctuation follows."""
    text = ctx.text
    if text[pos + 1 : pos + 3] in ("太郎", "一郎", "次郎", "三郎", "四郎", "五郎") and _is_han(text[pos : pos + 1]) and text[pos] not in _STOP_CHARS and (
        pos + 3 >= len(text) or pos + 3 in ctx.starts
    ):
        return 3  # 山本 + 健/太郎: a given name of three characters ending in 郎
    for length in (2, 1):
        end = pos + length
        chars = text[pos:end]
        if len(chars) < length or not all(_is_han(c) for c in chars):
            continue
        if chars[0] in _STOP_CHARS and not (chars[0] == "和" and length == 2):
            continue
        if length == 2 and chars[1] in _STOP_CHARS and not (chars[1] in "和也" and (end >= len(text) or not _is_han(text[end]))):
            continue
        if not (end >= len(text) or end in ctx.starts):
            continue
        if length == 2 and pos + 1 in ctx.starts and ctx.tokens[ctx.token_at(pos + 1)].end > end:
            continue  # 小仓/勉/坦言: 勉坦 would cut 坦言
        entry = dictionary_entry(chars) if length == 2 else None
        if chars in ctx.lex.not_persons or (
            entry is not None and not entry[1].startswith("nr") and (entry[0] >= 1000 or (entry[1][:1] in "vadpc" and entry[0] >= 20))
        ):
            continue  # 金子价格, 中山驾车, 中西友谊: a common word after a name-like start
        if chars[-1] in "因由被把将自往至堂馆园路街道楼场宫寺庙" or (end < len(text) and text[end] in _PLACE_END_CHARS):
            continue  # 山口茜因, 中山堂, 松本市: a function character or a place
        return length
    return 0


def japanese_names(ctx: BlockContext) -> list[Span]:
    """田中裕介副教授, 日籍摄影师田村真一, 是枝裕和《海街日记》: a listed Japanese family name
    at the start of a word and a given name of one or two characters that ends where a
    jieba word does, unless a place or a listed body starts there."""
    spans: list[Span] = []
    text = ctx.text
    for token in ctx.tokens:
        pos = token.start
        for length in (3, 2):
            surname = text[pos : pos + length]
            if surname not in ctx.lex.japanese_surnames or token.end > pos + length + 2:
                continue
            if token.flag in ("s", "f") and token.end == pos + length:
                break  # 岸/桥下/s + 有序: a word of place (under the bridge), not the family name 桥下
            if _tibetan_name_at(ctx, pos + 1):
                break  # 值班/长泽仁/多吉: a title's last character glued to a Tibetan name
            given = _japanese_given_name(ctx, pos + length)
            end = pos + length + given
            if not given or text[end - 1] in _PLACE_END_CHARS or _known(text[pos:end], ctx.lex):
                break
            if surname in ctx.lex.places and dictionary_entry(text[pos + length : end]) is not None:
                break  # 从中山驾车: a city that is also a family name, then a word
            rest = dictionary_entry(text[pos + length : end])
            if given == 2 and rest is not None and rest[0] >= 100 and text[pos + length] in "上下前后左右内外里中底顶侧旁边":
                break  # 大桥 + 下层: a part of a thing after a word that is also a family name
            after = ctx.token_at(end)
            if given == 2 and rest is not None and rest[1] in ("n", "vn", "v", "a") and rest[0] >= 100 and after is not None and (
                ctx.tokens[after].start == end and ctx.tokens[after].flag in ("n", "vn") and len(ctx.tokens[after].word) >= 2
                and ctx.tokens[after].word not in ctx.lex.titles and ctx.tokens[after].word not in ctx.lex.roles
            ):
                break  # 中西 + 交融 + 特色: two common words and a noun, no name
            common = dictionary_entry(surname)
            if given == 1 and common is not None and common[1] == "n" and common[0] >= 100:
                break  # 稻田边, 稻田鱼: a common noun (rice paddy) and one character, no name
            if (surname in ctx.lex.places or surname + "县" in ctx.lex.places) and text[pos - 1 : pos] in ("在", "于", "到", "赴"):
                break  # 在福岛核灾后: a prefecture after a preposition of place
            whole = dictionary_entry(text[pos:end])
            if whole is not None and not whole[1].startswith("nr") or (given == 1 and text[end - 1] in _ADVERB_CHARS | _MODAL_CHARS):
                break  # 中西医: a word jieba knows whole; 马场亦会, 大桥可: an adverb or a modal after a common word
            if given == 1 and text[end - 1] == "组":
                spans.append(Span(pos, end, EntityType.ORGANIZATION, "org-suffix", 65))
                break  # 熊谷组, 大林组: a Japanese builder named after its founding family
            if any(text[pos:e] in ctx.lex.places or text[pos:e] in ctx.lex.organizations for e in range(end + 1, min(end + 3, len(text)) + 1)):
                break  # 中山大学, 松本市: a place or body, not a person
            spans.append(Span(pos, end, EntityType.PERSON, "japanese-name", 65))
            break
    return spans


_AGE_AFTER_NAME = re.compile(r"[（(]\d{1,3}岁[）)]")
_BYLINE = re.compile(r"(?:撰文|文|作者|记者|编辑|摄影)[：:]\s*")
# （记者 童芳 谢佼）, (记者 王英、李明): the reporters of a wire story, in brackets.
_BRACKET_BYLINE = re.compile(r"[（(]\s*(?:[\u4e00-\u9fff]{2,3}社)?(?:记者|通讯员|实习生|特约记者)\s*((?:[\u4e00-\u9fff·]{2,12}[\s、，,]+)*[\u4e00-\u9fff·]{2,12})\s*[）)]")


_BYLINE_LABELS = ("特约记者", "实习记者", "记者", "通讯员", "实习生", "摄影", "编辑")


def persons_by_age_or_byline(ctx: BlockContext) -> list[Span]:
    """李美玲（44岁）, 文：梁启明（…）: a Chinese name right before an age in brackets, or
    right after a byline's label."""
    spans: list[Span] = []
    text = ctx.text
    for match in _AGE_AFTER_NAME.finditer(text):
        for length in (3, 2, 4):
            start = match.start() - length
            if start >= 0 and (start == 0 or start in ctx.starts or not _is_han(text[start - 1])):
                if chinese_name_at(ctx, start, after_title=True) == length:
                    spans.append(Span(start, match.start(), EntityType.PERSON, "person-age", 64))
                    break
    for match in _BYLINE.finditer(text):
        if match.start() > 0 and _is_han(text[match.start() - 1]):
            continue  # 公文：, 原文：
        length = chinese_name_at(ctx, match.end(), after_title=True)
        if length:
            spans.append(Span(match.end(), match.end() + length, EntityType.PERSON, "person-byline", 64))
    for match in _BRACKET_BYLINE.finditer(text):
        for name in re.finditer(r"[\u4e00-\u9fff·]+", match.group(1)):
            start = match.start(1) + name.start()
            word = name.group()
            label = next((l for l in _BYLINE_LABELS if word.startswith(l) and len(word) - len(l) >= 2), "")
            start, word = start + len(label), word[len(label) :]  # 通讯员黄敏: a second label glued to a name
            if ("·" not in word and len(word) > 5) or word.endswith(_BYLINE_LABELS):
                continue  # (记者 邵颖 实习记者 祁樾: a second label inside the byline)
            # 和志强, 其其格: between a byline's brackets any item that is no common word names
            # a reporter, whether or not it opens with a surname the list knows
            entry = dictionary_entry(word)
            unknown = len(word) <= 5 and (entry is None or entry[1].startswith("nr")) and not _known(word, ctx.lex)
            if (_starts_with_surname(word, ctx.lex) or "·" in word or _tibetan_name_at(ctx, start) or unknown) and word not in ctx.lex.titles:
                # above site endings: a reporter may be called 白露溪
                spans.append(Span(start, start + len(word), EntityType.PERSON, "person-byline", 90))
    return spans


_DIRECTIONAL_ROAD = re.compile(r"([\u4e00-\u9fff]{2,3}?)[东西南北中](?:路|大道|大街)")


def directional_roads(ctx: BlockContext) -> list[Span]:
    """人民南路, 解放北路, 中山东路: a word, a direction and 路 name a road, though the word is
    common."""
    spans: list[Span] = []
    matches = (_DIRECTIONAL_ROAD.match(ctx.text, token.start) for token in ctx.tokens)  # 在/光复南路: from every word
    for match in (m for m in matches if m):
        start, end = match.start(1), match.end()
        index = ctx.token_at(start)
        if index is None or ctx.tokens[index].start != start or not (end in ctx.starts or end == len(ctx.text)):
            continue
        if ctx.text[end : end + 1] in ("段", "面", "线", "况", "过", "上"):
            continue  # 东路段, 北路面: a stretch or surface, not a road's name
        head = ctx.tokens[index]
        verb_name = head.flag == "v" and head.end == match.end(1) and len(head.word) == 2  # 光复/v + 南路, 解放/v + 北路
        if head.end > match.end(1) or (head.flag[:1] not in ("n", "j") and not verb_name) or head.word in _STOP_CHARS or _time_word(head.word):
            continue
        if any(ch in _FUNCTION_CHARS for ch in match.group(1)):
            continue
        spans.append(Span(start, end, EntityType.PLACE, "facility", 82))
    return spans


# Banks of a river or lake: the water is named, the bank (畔) is not part of its name.
_BANKS = ("河畔", "湖畔", "江畔", "溪畔")


def waterside_names(ctx: BlockContext) -> list[Span]:
    """屯门 + 河畔, 塞纳河畔: a river or lake named by the place before 河/湖 (屯门河), read
    from the word for its bank."""
    spans: list[Span] = []
    for i, token in enumerate(ctx.tokens):
        if token.word in _BANKS and i > 0:
            before = ctx.tokens[i - 1]
            if before.flag == "ns" or is_place_word(before.word, ctx.lex) or is_transliteration(before.word, ctx.lex):
                spans.append(Span(before.start, token.start + 1, EntityType.PLACE, "facility", 83))
        elif token.word.endswith(_BANKS) and len(token.word) >= 4 and token.flag == "ns":
            spans.append(Span(token.start, token.end - 1, EntityType.PLACE, "facility", 83))
    return spans


def named_trains_and_ships(ctx: BlockContext) -> list[Span]:
    """太鲁阁号, 普悠玛号, 雪龙号: a train or a ship named by a name and 号, in a block about
    transport (a place or a person's name before a separate 号)."""
    spans: list[Span] = []
    if not _about_transport(ctx.text):
        return spans
    tokens = ctx.tokens
    for i, token in enumerate(tokens[:-1]):
        after = tokens[i + 1]
        if after.word != "号" or not (2 <= len(token.word) <= 4) or ctx.text[after.end : after.end + 1].isdigit():
            continue
        if token.flag in ("nr", "nrt", "ns", "nz") or is_place_word(token.word, ctx.lex):
            spans.append(Span(token.start, after.end, EntityType.PRODUCT, "named-craft", 85))
    return spans


_STATION_AFTER_WORD = re.compile(
    r"(?<=[在于至到从经、和及与线铁])((?![该本各每首末终这那一两前后新旧原下上此])[\u4e00-\u9fff]{2,6}?站)(?=([转下上出进，。、；及和与至到间（(]|$)?)"
)
_METRO_LINE = re.compile(r"(?:捷运|地铁|港铁|轻轨|轻铁)[红橙橘黄绿蓝紫棕]线")


def stations_and_lines(ctx: BlockContext) -> list[Span]:
    """在美术馆站转乘, 在凯旋中华站转乘捷运红线: in a block about transport, the words
    between a preposition and 站 name a station, whatever they are; a metro line may be
    named by its colour."""
    if not _about_transport(ctx.text):
        return []
    spans = []
    for m in _METRO_LINE.finditer(ctx.text):
        city = ctx.token_at(m.start() - 1) if m.start() > 0 else None
        start = m.start()
        if city is not None and ctx.tokens[city].end == m.start() and is_place_word(ctx.tokens[city].word, ctx.lex) and ctx.tokens[city].word not in ctx.lex.countries:
            start = ctx.tokens[city].start  # 台中 + 捷运蓝线: the city's line
        spans.append(Span(start, m.end(), EntityType.PLACE, "metro-line", 84))
    for match in _STATION_AFTER_WORD.finditer(ctx.text):
        name = match.group(1)
        if match.start(1) not in ctx.starts or any(c in _FUNCTION_CHARS or c in "车的个座" or c in _HAN_NUMERALS for c in name[:-1]):
            continue  # (云林三站: a count of stations)
        if name[:-1].endswith(_GENERIC_STATION_KINDS):
            continue  # 巴士站, 雀鸟监测站, 网站: a kind of station, or a website
        line = next((k for k in range(len(name) - 2, 1, -1) if name[:k] in ctx.lex.places and name[k - 1] == "线"), 0)
        if line:
            spans.append(Span(match.start(1), match.start(1) + line, EntityType.PLACE, "facility", 86))  # 东铁线 + 古洞站
        opening = ctx.tokens[ctx.token_at(match.start(1))]
        if ctx.text[match.start(1) - 1] in "线铁" and opening.flag in ("v", "vd", "d", "p", "c"):
            continue  # 支线 + 连接/v + 落马洲站: a verb after the line, not the station's name
        after_line = ctx.text[match.start(1) - 1] == "线" and match.start(1) in ctx.starts and match.end(1) in ctx.ends  # 南港岛线 + 海洋公园站
        if match.group(2) is None and not after_line and not (match.end(1) in ctx.ends and (opening.flag in PROPER_FLAGS or is_place_word(opening.word, ctx.lex))):
            continue  # 在美术馆/nt + 站 + 主持: a station before a verb only when a name opens it
        operator = next((k for k in (4, 3, 2) if name[:k] in ctx.lex.organizations and len(name) - k >= 2 and match.start(1) + k in ctx.starts), 0)
        spans.append(Span(match.start(1) + max(line, operator), match.end(1), EntityType.PLACE, "facility", 86))  # (港铁 + 宋皇台站: the operator is its own mention)
    return spans


# Kinds of station, whose name is no station's name (巴士站, 加油站, 监测站), and 网 (网站).
_GENERIC_STATION_KINDS = (
    "巴士", "公交", "汽车", "火车", "地铁", "高铁", "动车", "轻轨", "捷运", "铁路", "客运", "长途", "加油", "加气", "充电", "换电", "服务", "监测", "观测", "检查", "工作", "救护", "消防",
    "收费", "转运", "中转", "气象", "水文", "网", "空间", "电视", "广播", "交通",
)


def persons_by_verb(ctx: BlockContext) -> list[Span]:
    """X表示, X说: a name right before a verb of saying, after a boundary."""
    spans: list[Span] = []
    text = ctx.text
    for token in ctx.tokens:
        if token.word not in ctx.lex.speech_verbs:
            continue
        verb = token.start
        adverb = ctx.token_at(verb - 1) if verb > 0 else None
        if adverb is not None and ctx.tokens[adverb].word in ("则", "也", "亦", "还") and ctx.tokens[adverb].end == verb:
            verb -= 1  # 楼建军 + 则 + 说: an adverb between the name and the verb
        # 米尔济约耶夫说: a transliterated name may run longer than a Chinese one.
        for length in (8, 7, 6, 5, 4, 3, 2):
            pos = verb - length
            if length > 4 and (pos < 0 or transliteration_at(ctx, pos) != length):
                continue
            if pos < 0:
                continue
            before = text[pos - 1] if pos else ""
            opens = not before or not _is_han(before) or before in _STOP_CHARS or pos in ctx.starts
            if not opens:
                continue
            name = text[pos:verb]
            if _known(name, ctx.lex) or name in ctx.lex.titles or _time_word(name[1:]):
                continue  # (于下月 + 率团: a preposition and a time)
            tagged_name = any(t.flag.startswith("nr") for t in ctx.tokens if pos <= t.start < verb)
            holder = ctx.token_at(pos)
            if holder is not None and ctx.tokens[holder].start == pos and ctx.tokens[holder].end == verb and name[-1] in "家者师员手人匠" and (
                (dictionary_entry(name) or (0, ""))[1] == "n"
            ):
                break  # 陶艺家 + 说: a calling the dictionary knows, not a name
            rest = ctx.token_at(pos + 1)
            if holder is not None and ctx.tokens[holder].word == name[0] and ctx.tokens[holder].flag in ("d", "p", "c") and rest is not None and (
                ctx.tokens[rest].start == pos + 1 and ctx.tokens[rest].end == verb and ctx.tokens[rest].flag in ("ad", "d", "v", "a", "m")
            ):
                break  # 亦 + 曾/d + 公开/ad + 表示: an adverb and an adverb, not 曾 the surname
            chinese = chinese_name_at(ctx, pos) == length and (length >= 3 or tagged_name)
            if chinese or (length >= 3 and transliteration_at(ctx, pos) == length):
                spans.append(Span(pos, verb, EntityType.PERSON, "person-verb", 62))
                break
    return spans


_PLACE_PREPOSITIONS = ("在", "于", "到", "赴", "往", "抵达", "前往", "来自", "位于", "飞抵", "访问", "途经", "直飞")


def _after_place_preposition(ctx: BlockContext, start: int) -> bool:
    """位于X, 抵达X, 在X: a transliterated name after these is a place, not a person."""
    return ctx.text[max(0, start - 2) : start].endswith(_PLACE_PREPOSITIONS)


_NAME_FOLLOWERS = set("的在说和与、，。；：！？“”）也是等则还曾将已就")


def _inside_place(ctx: BlockContext, first: int, last: int) -> bool:
    """匈牙利德布勒森, 荷兰费尔德霍芬: a transliteration right after a country (and not
    followed by a verb of saying) is a city in it, not a person."""
    if first == 0 or not is_place_word(ctx.tokens[first - 1].word, ctx.lex):
        return False
    end = ctx.tokens[last - 1].end
    return not any(ctx.text.startswith(v, end) for v in ctx.lex.speech_verbs)


def _before_name_follower(ctx: BlockContext, end: int) -> bool:
    return end >= len(ctx.text) or ctx.text[end] in _NAME_FOLLOWERS or any(
        ctx.text.startswith(v, end) for v in ctx.lex.speech_verbs
    )


def _common_noun_word(word: str) -> bool:
    entry = dictionary_entry(word)
    return entry is not None and entry[1] in ("n", "an", "a", "vn", "s") and entry[0] > 2000  # 高中/s + 生


def _time_word(word: str) -> bool:
    entry = dictionary_entry(word)
    return entry is not None and entry[1] == "t"


_INSTITUTION_END_CHARS = set("院馆局署厅所站")
_BODY_END_CHARS = _INSTITUTION_END_CHARS | set("司处")
# Characters that end words for languages, rocks, monuments, districts and dams, never a given name.
_THING_END_CHARS = set("语岩塔区坝殿庙寺值者板赛矿")  # (滑雪者, 滑雪板, 龙舟赛)
_LANDFORM_END_CHARS = set("湖江河溪山峰岭岛湾")


def _cut_three_character_name(ctx: BlockContext, index: int) -> bool:
    """王祉/怡 or 王祉/怡不敌: is the name tagged ``tokens[index]`` really three characters,
    its last one glued by jieba to the word after it?"""
    tokens = ctx.tokens
    if index + 1 >= len(tokens) or not _starts_with_surname(tokens[index].word, ctx.lex):
        return False
    after = tokens[index + 1]
    if len(after.word) >= 2 and after.flag in ("nr", "nrfg") and dictionary_entry(tokens[index].word) is not None:
        return False  # 白玉/步摇: a word jieba's dictionary knows, then one it reads as a name of its own
    if not _is_han(after.word[0]) or after.word[0] in _STOP_CHARS or after.word[0] in _CLAUSE_CHARS or (
        dictionary_entry(tokens[index].word + after.word[0])
    ):
        return False
    if len(after.word) == 1 and after.word in _PLACE_END_CHARS | {"街", "路"}:
        return False  # 刘家/nrfg + 巷: a lane or street named after a family
    if len(after.word) == 1:
        return after.flag in ("vg", "ng", "ag", "g", "nr", "x") or dictionary_entry(after.word) is None
    rest = dictionary_entry(after.word[1:])
    return dictionary_entry(after.word) is None or after.flag in ("i", "l") and rest is not None and rest[1][:1] in ("v", "d", "p", "c")


def _surname_then_given(ctx: BlockContext, index: int) -> int:
    """梁/n + 淑芬/nrt, 陈/nr + 品睿投/nrt: a surname jieba left on its own before a given
    name it tagged as a name (with a verb's character glued to its end). Returns where
    the name ends, or 0."""
    tokens = ctx.tokens
    token = tokens[index]
    if index + 1 >= len(tokens) or token.flag not in ("nr", "n", "ng", "nrfg", "q", "j"):
        return 0
    if len(token.word) != 1 or token.word not in ctx.lex.surnames or token.word in ctx.lex.weak_surnames:
        return 0
    before = tokens[index - 1] if index > 0 else None
    if before is not None and len(before.word) == 1 and _is_han(before.word) and before.flag[:1] in ("n", "a") and before.flag != "nr":
        return 0  # a one-character noun or adjective before it: the "surname" ends a word cut in two
    given = tokens[index + 1]
    if not all(_is_han(c) for c in given.word):
        return 0
    if token.flag == "nr" and len(given.word) == 2 and given.flag[:1] in ("n", "z", "a") and given.flag not in ("nr", "nrt", "nrfg", "nt") and (
        before is not None and (before.word in ("的", "、", "和", "与", "及") or before.word in ctx.lex.titles or before.flag == "nt")
    ) and not is_place_word(given.word, ctx.lex) and not _known(given.word, ctx.lex):
        # 上海队的 + 覃/nr + 海洋/ns + 以: jieba read the surname as a name of its own, and the
        # given name is an ordinary word between an opener and a clear end
        after = ctx.token_at(given.end)
        if _name_boundary(ctx, given.end) and not (after is not None and ctx.tokens[after].word in ("的",) and before.word == "的"):
            return given.end
    if given.flag not in ("nr", "nrt", "nrfg"):
        # 张/q + 德顺/ns + 以: a rare word after a surname that stands alone, before a
        # preposition, particle or punctuation
        rare = len(given.word) == 2 and given.flag not in ("n", "ng", "vn") and _rare_given_word(given.word) and not is_place_word(given.word, ctx.lex)
        after = ctx.token_at(given.end)
        follows = _before_name_follower(ctx, given.end) or (after is not None and ctx.tokens[after].flag == "p")
        if rare and not _known(given.word, ctx.lex) and (before is None or before.flag not in ("m", "q")) and follows:
            return given.end
        return 0
    # 吴/nr + 高盛/nr: a given name that is also a listed company's name
    unknown = dictionary_entry(given.word) is None or (given.flag == "nr" and given.word in ctx.lex.organizations)
    if len(given.word) == 2 and unknown and dictionary_entry(token.word + given.word) is None:
        after = ctx.token_at(given.end)
        verb_follows = after is not None and ctx.tokens[after].flag.startswith("v")
        return given.end if _before_name_follower(ctx, given.end) or verb_follows else 0
    if len(given.word) == 3 and dictionary_entry(given.word[:2]) is None and (dictionary_entry(given.word[2]) or (0, ""))[1].startswith("v"):
        return given.start + 2  # 陈/品睿投 6 局
    return 0


def _transliteration_start(ctx: BlockContext, index: int) -> int:
    """曼萨 + 尼约港: where a transliterated place name that jieba cut in two starts."""
    tokens = ctx.tokens
    start, k = tokens[index].start, index - 1
    while k >= 0 and tokens[k].flag in ("ns", "nr", "nrt") and is_transliteration(tokens[k].word, ctx.lex) and (
        not is_place_word(tokens[k].word, ctx.lex)
    ):
        start = tokens[k].start
        k -= 1
    return start


def _listed_with_same_kind(ctx: BlockContext, index: int) -> bool:
    """Is token ``index`` listed (、 和 及 …) next to a place word that ends in the same character?"""
    last = ctx.tokens[index].word[-1]
    for step in (-1, 1):
        j = index + 2 * step
        if _place_neighbour(ctx, index, step) and ctx.tokens[j].word[-1] == last:
            return True
    return False


def _part_of_short_quote(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` sit inside a short quotation (“粮安云”) without filling it?"""
    for match in _QUOTED.finditer(text, max(0, start - 9), min(len(text), end + 9)):
        if match.start(1) <= start and end <= match.end(1):
            return (match.start(1), match.end(1)) != (start, end) and match.end(1) - match.start(1) <= 8
    return False


def _place_inside_quoted_name(ctx: BlockContext, span: Span) -> bool:
    """“考古中国”: a place that is only part of a short quoted name (the name is the
    mention, flat and longest), beside words that are no places."""
    if span.type is not EntityType.PLACE or span.rule == "place-short" or not _part_of_short_quote(ctx.text, span.start, span.end):
        return False
    match = next(m for m in _QUOTED.finditer(ctx.text, max(0, span.start - 9)) if m.start(1) <= span.start and span.end <= m.end(1))
    rest = ctx.text[match.start(1) : span.start] + ctx.text[span.end : match.end(1)]
    if match.end(1) - match.start(1) > 6 or any(c in _STOP_CHARS or c in "不没" for c in rest):
        return False  # 「差点不想回吉隆坡」: a quoted remark, not a name
    return len(rest) >= 2 and all(_is_han(c) for c in rest) and not is_place_word(rest, ctx.lex) and rest not in ctx.lex.place_abbreviations


def jieba_names(ctx: BlockContext) -> list[Span]:
    """What jieba tags as names, kept when they have the shape of one; a "name" right
    before a site's ending names the site (白鹤/nr + 滩 + 水电站, 向家坝 + 码头)."""
    spans = _jieba_names(ctx)
    for k, span in enumerate(spans):
        if span.type is EntityType.PERSON:
            site = next(
                (f for f in ctx.lex.facility_suffixes if len(f) >= 2 and ctx.text.startswith(f, span.end) and span.end + len(f) in ctx.ends), None
            )
            if site is not None:
                spans[k] = Span(span.start, span.end + len(site), EntityType.PLACE, "facility", 60)
            elif _after_firm_kind(ctx, span.start):
                spans[k] = Span(span.start, span.end, EntityType.ORGANIZATION, "firm-kind", 62)
            elif ctx.text[span.end : span.end + 1] in _WATER_CHARS and span.end in ctx.starts and span.end + 1 in ctx.ends and not _noun_at(ctx, span.end + 1):
                start = span.start
                before = ctx.token_at(span.start - 1) if span.start else None
                if before is not None and ctx.tokens[before].flag == "ns" and ctx.tokens[before].end == span.start and len(ctx.tokens[before].word) == 2:
                    start = ctx.tokens[before].start  # 东台/ns + 吉乃尔/nr + 湖: one lake's name
                spans[k] = Span(start, span.end + 1, EntityType.PLACE, "facility", 84)
    return spans


# Landforms and waters whose one-character ending jieba cuts off a guessed name (吉乃尔 + 湖).
_WATER_CHARS = set("湖河江溪")
# Endings of a village named after its clan, 姓 + 家 + ending (袁家界, 李家庄, 王家湾).
_CLAN_VILLAGE_ENDS = set("界庄湾村峡坝岭坪沟屯寨堡铺坳垭冲洼岗埠塘")
_CLAN_VILLAGE = re.compile(r"[\u4e00-\u9fff]家[界庄湾村峡坝岭坪沟屯寨堡铺坳垭冲洼岗埠塘]")


def clan_villages(ctx: BlockContext) -> list[Span]:
    """黄家/界, 赵家/坪: a village named after its clan, whatever words jieba cut it into."""
    spans: list[Span] = []
    for match in _CLAN_VILLAGE.finditer(ctx.text):
        if match.start() in ctx.starts and match.end() in ctx.ends and _clan_village(match.group(), ctx.lex):
            spans.append(Span(match.start(), match.end(), EntityType.PLACE, "clan-village", 62))
    return spans


def _after_firm_kind(ctx: BlockContext, start: int) -> bool:
    """光学企业 + 蔡司/nr, 时装品牌 + 维洛拉/nrt: a guessed name right after a kind of firm
    names the firm, not a person."""
    index = ctx.token_at(start - 1) if start else None
    if index is None or ctx.tokens[index].end != start:
        return False
    word = ctx.tokens[index].word
    if word in _FIRM_KINDS:  # 光学/n + 企业: a trade and a kind of firm, written apart
        return index > 0 and ctx.tokens[index - 1].flag in ("n", "vn", "nz") and len(ctx.tokens[index - 1].word) >= 2
    return len(word) >= 3 and word.endswith(_FIRM_KINDS) and word not in ctx.lex.titles


# Kinds of firm written right before a firm's name (光学企业蔡司, 时装品牌维洛拉).
_FIRM_KINDS = ("企业", "公司", "品牌", "厂商", "车企", "药企", "巨头")


def _noun_at(ctx: BlockContext, offset: int) -> bool:
    """Whether a noun (or a Latin word) starts at ``offset``: 燕子湖 + 国际会展中心 runs on."""
    index = ctx.token_at(offset) if offset < len(ctx.text) else None
    return index is not None and ctx.tokens[index].flag[:1] in ("n", "e")


def _clan_village(name: str, lex: Lexicon) -> bool:
    """袁家界, 李家庄, 王家湾: a surname, 家 and a village's ending name a place, not a person."""
    return len(name) == 3 and name[1] == "家" and name[2] in _CLAN_VILLAGE_ENDS and name[0] in lex.surnames


def _jieba_names(ctx: BlockContext) -> list[Span]:
    spans: list[Span] = []
    tokens = ctx.tokens
    i = 0
    while i < len(tokens):
        token = tokens[i]
        # Transliterated names split into pieces: 阿尔特/nrt + 曼/nr.
        j = i
        while token.flag[:1] not in ("p", "c", "u", "d") and j < len(tokens) and is_transliteration(tokens[j].word, ctx.lex) and _CJK.search(tokens[j].word) and not (
            j > i and len(tokens[j].word) >= 2 and tokens[j].flag.startswith("v") and (dictionary_entry(tokens[j].word) or (0, ""))[0] > 500
        ) and not (j > i and tokens[j].flag == "d" and all(c in "东南西北" for c in tokens[i].word)):
            j += 1  # 丹娜丝 + 登陆: a verb after the name is not part of it; nor 东南 + 约/d + 30公里
        run = tokens[i:j]
        if len(run) >= 2 and any(t.flag in ("nr", "nrt", "ns") for t in run):
            name = ctx.text[run[0].start : run[-1].end]
            port = j < len(tokens) and tokens[j].word in _FOREIGN_PLACE_ENDINGS and tokens[j].word != "市"  # 杰贝/阿里/港 (阿里 is also a place)
            port = port and run[0].word not in ctx.lex.places  # (巴西 + 桑托斯港: the country is its own mention)
            if 3 <= len(name) <= 8 and not _known(name, ctx.lex) and (port or not any(t.word in ctx.lex.places for t in run)):
                site = next((f for f in ctx.lex.facility_suffixes if len(f) >= 2 and ctx.text.startswith(f, run[-1].end) and run[-1].end + len(f) in ctx.ends), None)
                if site is None and j < len(tokens) and tokens[j].word in _FOREIGN_PLACE_ENDINGS:
                    site = tokens[j].word  # 米里蒂/图巴 + 港
                if site:  # 加尔金/内/什 + 气田: a site named after a foreign place
                    spans.append(Span(run[0].start, run[-1].end + len(site), EntityType.PLACE, "facility", 83))
                    i = j
                    continue
                body = next((e for e in ("大学", "学院", "公司", "集团", "银行", "医院", "基金会") if ctx.text.startswith(e, run[-1].end) and run[-1].end + len(e) in ctx.ends), None)
                if body:  # 巴/查查/兰 + 大学: a body named after a foreign place or person
                    spans.append(Span(run[0].start, run[-1].end + len(body), EntityType.ORGANIZATION, "org-suffix", 80))
                    i = j
                    continue
                at_place = _after_place_preposition(ctx, run[0].start) or name[-1] in _PLACE_END_CHARS or _inside_place(ctx, i, j)
                at_place = at_place or (len(name) >= 4 and name[-1] in "路街")  # 库木代尔瓦扎路: a street named in another language
                at_place = at_place or _town_shaped(name, tokens, i)  # 新西伯利/亚斯克, 边境城市 + 马拉/巴
                at_place = at_place or _LISTED_STATIONS.match(ctx.text, run[-1].end) is not None  # 哈利姆、卡拉旺…四座车站
                at_place = at_place or _route_end_at_place(ctx, i, j)  # 多斯特克—阿拉山口
                kind = EntityType.PLACE if at_place else EntityType.PERSON
                spans.append(Span(run[0].start, run[-1].end, kind, "transliteration", 55))
                i = j
                continue
        word = token.word
        rare = 0
        while rare < 2 and i + 1 + rare < len(tokens) and tokens[i + 1 + rare].flag in ("zg", "g") and len(tokens[i + 1 + rare].word) == 1:
            rare += 1
        if token.flag == "nr" and word in ctx.lex.surnames and rare and _name_boundary(ctx, tokens[i + rare].end):
            # 傅/崐/萁: a surname and characters too rare for jieba's dictionary
            spans.append(Span(token.start, tokens[i + rare].end, EntityType.PERSON, "jieba-nr", 50, strong=True))
            i += 1 + rare
            continue
        if token.flag in ("nr", "nrt") and len(word) == 3 and word[-1] in "曾将已也又仍再都" and dictionary_entry(word) is None and (
            dictionary_entry(word[:2]) is None and not _known(word[:2], ctx.lex) and word[:2] not in ctx.lex.not_persons
        ):
            # 川普曾/批评: jieba's guesser glued the adverb after a name onto it
            spans.append(Span(token.start, token.end - 1, EntityType.PERSON, "jieba-nr", 50, strong=True))
            i += 1
            continue
        if token.flag in ("nr", "nrfg", "nrt") and len(word) in (2, 3) and word[-1] in "江河湖溪" and not _known(word, ctx.lex):
            glued = len(word) == 3 and word[0] in "经沿从至往入由向"  # 经钦江/nr: 经 (via) glued to a river
            river = ctx.text.startswith(_RIVER_WORDS_AFTER, token.end) or (glued and dictionary_entry(word[1:]) is None)
            if river or (len(word) == 2 and _after_place_preposition(ctx, token.start) and ctx.text.startswith(("而下", "而上"), token.end)):
                spans.append(Span(token.start + (1 if glued else 0), token.end, EntityType.PLACE, "jieba-nr", 60))
                i += 1
                continue  # 郁江/nr + 而下, 经钦江/nr: a river, not a person
        if token.flag == "ns" and len(word) == 2 and i + 1 < len(tokens) and tokens[i + 1].word in ("镇", "乡", "省") and word not in ctx.lex.countries and (
            not (i > 0 and tokens[i - 1].word.endswith(("县", "市", "区")))  # (永修县 + 三角乡: the subdivision rule names it with its county)
        ):
            start = token.start
            if i > 0 and re.fullmatch(r"[一二三四五六七八九十头]道", tokens[i - 1].word):
                start = tokens[i - 1].start  # 二道/m + 白河/ns + 镇: a northeastern name that opens with a count of roads
            spans.append(Span(start, tokens[i + 1].end, EntityType.PLACE, "place-suffix", 66))
            i += 2
            continue  # 喜洲/ns + 镇/n: a township jieba cut in two
        if token.flag in ("nr", "nrfg") and _adverb_then_word(word) and (dictionary_entry(word) or (0, ""))[0] < 10 and not _known(word, ctx.lex):
            i += 1
            continue  # 曾效力/nr, 加辣/nr: jieba's guesser took an adverb and a word for a name
        split_name = _surname_then_given(ctx, i)
        if split_name:
            spans.append(Span(token.start, split_name, EntityType.PERSON, "jieba-nr", 80 if tokens[i + 1].word in ctx.lex.organizations else 50))
            i += 2
            continue
        port_after_town = len(word) == 3 and word[-1] == "港" and i > 0 and is_place_word(tokens[i - 1].word, ctx.lex) and tokens[i - 1].end == token.start
        if token.flag in ("nr", "nrfg", "nrt") and len(word) >= 3 and (word[-1] in "省市县州镇乡村邨阁嘴坝寨陵" or (len(word) == 3 and word[-1] in "道路街巷滩楼宫祠寺庙塔") or port_after_town) and not _known(word, ctx.lex) and (
            word not in ctx.lex.not_places
        ):
            # 熊本县/nr, 富世村/nr, 华悦阁/nr: jieba's guesser took a prefecture, a village or a
            # block of flats for a person; names do not end in 县 or 村.
            spans.append(Span(token.start, token.end, EntityType.PLACE, "place-suffix", 66))
            i += 1
            continue
        if token.flag in ("nr", "nrfg", "nrt") and word[-1] in _PLACE_SHAPE_CHARS and _listed_with_same_kind(ctx, i) and not _known(word, ctx.lex):
            # 淠河、史河 / 史灌河、洪汝河: a "name" listed next to a place that ends the same way
            spans.append(Span(token.start, token.end, EntityType.PLACE, "place-list", 66))
            i += 1
            continue
        if token.flag in ("nr", "nrfg", "nrt") and (
            _STORM_BEFORE.search(ctx.text, max(0, token.start - 6), token.start) or ctx.text.startswith(_STORM_WORDS, token.end)
        ):
            i += 1
            continue  # 台风「柏娜」: a storm's name, not a person's
        number = _NAME_NUMBER.match(ctx.text, token.end)
        if token.flag in ("nr", "nrfg") and len(word) == 2 and number and not (token.start > 0 and ctx.text[token.start - 1] + word[0] in ctx.lex.places):
            spans.append(Span(token.start, number.end(), EntityType.PRODUCT, "numbered-name", 55))
            i += 1
            continue  # 郑单958: a crop variety or a model, named by a word and a number
        if token.flag in ("nr", "nrfg") and _part_of_short_quote(ctx.text, token.start, token.end):
            i += 1
            continue  # “粮安云”: jieba's guess inside a quoted brand is no person
        if token.flag in ("nr", "nrfg") and len(word) == 2 and word not in ctx.lex.not_persons and _cut_three_character_name(ctx, i):
            after = tokens[i + 1].word
            if len(after) == 2 and after[1] in _LANDFORM_END_CHARS | {"溪"}:
                # 马太/nr + 鞍溪/ns: a river or a hill named by three characters, not a person
                spans.append(Span(token.start, token.start + 4, EntityType.PLACE, "jieba-nr", 50))
                i += 2
                continue
            # 王祉/怡不敌: jieba cut a three-character name before its last character.
            spans.append(Span(token.start, token.start + 3, EntityType.PERSON, "jieba-nr", 50))
            i += 1
            continue
        if token.flag in ("nr", "nrfg") and not _known(word, ctx.lex) and word not in ctx.lex.not_persons and word not in ctx.lex.titles and not (
            len(word) == 3 and word[:2] in ctx.lex.not_persons  # 唐卡画/nr + 师: a common noun and the next word's first character
        ):
            glued_on = dictionary_entry(word[-1] + ctx.text[token.end : token.end + 1])
            if len(word) == 3 and _time_word(word[:2]) and glued_on is not None and glued_on[0] > 100:
                i += 1
                continue  # 唐代宗/室女: an era, then a word whose first character jieba took
            if len(word) == 3 and (_common_noun_word(word[:2]) or _common_noun_word(word[1:]) or _time_word(word[1:])):
                i += 1
                continue  # 范围广, 安全带, 高素质, 于本周: common words jieba's guesser took for a name
            if len(word) == 3 and word[-1] == "性" and dictionary_entry(word[:2]) is not None:
                i += 1
                continue  # 纪律性/nr, 史诗性/nr: a quality ("-ness") jieba's dictionary tags as a name
            if len(word) in (3, 4) and word[-1] in "错措" and dictionary_entry(word) is None:
                spans.append(Span(token.start, token.end, EntityType.PLACE, "jieba-nr", 50))
                i += 1
                continue  # 巴松措/nr: a Tibetan lake (mtsho), which jieba guessed was a person
            lake_of_place = len(word) == 3 and word[-1] in "湖湾潭" and word[:2] in ctx.lex.places and ctx.text[token.end : token.end + 1] in ("、", "，", "。", "及", "和", "与")
            if lake_of_place or len(word) == 3 and word[-1] in _LANDFORM_END_CHARS and not _common_noun_word(word[1:]) and not _starts_with_surname(word, ctx.lex) and (
                word[:2] not in ctx.lex.places  # 大围 + 山泥倾泻: a known place, then a word (but 后壁湖/nr + 及)
            ):
                spans.append(Span(token.start, token.end, EntityType.PLACE, "jieba-nr", 50))
                i += 1
                continue  # 阿鲁湖/nr: a lake, a river or a mountain jieba guessed was a person
            if len(word) == 2 and word[-1] in "湖潭" and not _starts_with_surname(word, ctx.lex) and ctx.text[token.end : token.end + 1] in ("与", "和", "及", "、", "，", "。", "的"):
                spans.append(Span(token.start, token.end, EntityType.PLACE, "jieba-nr", 50))
                i += 1
                continue  # 慈湖/nr + 与 + 石门水库: a lake, listed with another site
            if len(word) == 2 and word[-1] in "庙寺宫堂馆楼阁塔族语桥":
                i += 1
                continue  # 孔庙/nr: a temple or a hall, not a person; 邵族, 邵语: a people and its language
            if len(word) == 3 and (word[-1] in _INSTITUTION_END_CHARS or word[-1] in _THING_END_CHARS):
                i += 1
                continue  # 安老院, 卫生署, 马来语, 金字塔: a name does not end in an institution's or a thing's character
            if i > 0 and tokens[i - 1].word in ("新款", "款", "车型", "新车型", "改款"):
                i += 1
                continue  # 新款 + 探岳/nr: a model, not a person
            if len(word) >= 2 and word[1] == "方" and (word[0] in ctx.lex.place_abbreviations or word[0] in _PAIRED_SHORT_FORMS or word[0] == "陆"):
                i += 1
                continue  # 巴方, 陆方勿: a country's or the mainland's side
            if i > 0 and tokens[i - 1].word[-1] in _NUMERALS and word[0] in _CLASSIFIERS | _TIME_UNITS:
                i += 1
                continue  # 前3季自结: a numeral and its unit, not a surname
            strong = len(word) == 3 and _starts_with_surname(word, ctx.lex) or (len(word) == 4 and word[:2] in ctx.lex.surnames)
            # 李昕的, 王芳在: a two-character name no dictionary knows, before a particle,
            # a preposition or punctuation.
            strong = strong or (
                len(word) == 2 and dictionary_entry(word) is None and _before_name_follower(ctx, token.end)
            )
            # 。李强代表…: a two-character name opening a sentence, before a word of its own
            opens_sentence = token.start == 0 or ctx.text[token.start - 1] in "。！？；\n"
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            strong = strong or (
                len(word) == 2 and opens_sentence and _starts_with_surname(word, ctx.lex) and (dictionary_entry(word) or (0, "nr"))[1].startswith("nr")
                and following is not None and len(following.word) >= 2 and following.flag[:1] in ("v", "n") and following.flag != "nr"
            )
            leader = len(word) >= 3 and is_transliteration(word, ctx.lex) and ctx.text.startswith(("政府", "当局"), token.end)
            strong = strong or leader  # 特朗普政府: the leader of an administration
            if strong or (len(word) == 2 and _starts_with_surname(word, ctx.lex)):
                spans.append(Span(token.start, token.end, EntityType.PERSON, "jieba-nr", 50, strong=strong))
        elif token.flag in ("nrt", "ns") and len(word) >= 3 and is_transliteration(word, ctx.lex) and not _known(word, ctx.lex):
            if i + 1 < len(tokens) and tokens[i + 1].word in _FOREIGN_PLACE_ENDINGS:
                spans.append(Span(token.start, tokens[i + 1].end, EntityType.PLACE, "place-suffix", 66))  # 里贝朗普雷图 + 市
            elif _after_place_preposition(ctx, token.start) or _inside_place(ctx, i, i + 1) or _bare_division(word, ctx.lex) or _town_shaped(word, tokens, i) or (
                ctx.text.startswith(("等城市", "等地", "等国", "等市", "等港口"), token.end)  # 图卢兹 + 等城市
            ):
                spans.append(Span(token.start, token.end, EntityType.PLACE, "transliteration", 55))
            elif token.flag == "ns" and len(word) >= 3 and dictionary_entry(word) is None and not (
                i > 0 and len(tokens[i - 1].word) == 1 and _is_han(tokens[i - 1].word) and tokens[i - 1].flag[:1] in ("n", "j", "g")
            ):
                spans.append(Span(token.start, token.end, EntityType.PLACE, "transliteration", 52))  # 从 + 奈瓦沙/ns
            elif token.flag == "nrt":
                after = tokens[i + 1] if i + 1 < len(tokens) else None
                # 阿维兰热任职, 克林斯曼在: a transliterated name before a verb or a particle
                acts = after is not None and after.flag in ("v", "vd") and len(after.word) >= 2
                strong = acts or _before_name_follower(ctx, token.end)
                spans.append(Span(token.start, token.end, EntityType.PERSON, "jieba-nrt", 50, strong=strong))
        elif len(word) >= 3 and word[-1] in "州省市郡港湾岛河湖山" and is_transliteration(word[:-1], ctx.lex) and dictionary_entry(word) is None:
            spans.append(Span(_transliteration_start(ctx, i), token.end, EntityType.PLACE, "place-suffix", 66))
        elif token.flag == "ns" and len(word) >= 3 and word.endswith(_PLACE_SUFFIXES) and not word.endswith(_NOT_PLACE_ENDINGS) and (
            word not in ctx.lex.not_places and word[0] not in "各全本该每"  # 各乡镇, 全县: every place of a kind
        ):
            if word.endswith("区") and _country_word(word[:-1], ctx.lex):
                i += 1
                continue  # 亚太区, 中国区: a company's region, not a district
            joint = next((k for k in range(3, len(word) - 2) if word[k] in "和与及" and word[k - 1] in _DIVISION_SUFFIXES), 0)
            if joint and dictionary_entry(word) is None:  # 古郊乡和六泉乡/ns: two townships jieba glued at the conjunction
                spans.append(Span(token.start, token.start + joint, EntityType.PLACE, "place-suffix", 66))
                spans.append(Span(token.start + joint + 1, token.end, EntityType.PLACE, "place-suffix", 66))
                i += 1
                continue
            split = next((k for k in (2, 3) if word[:k] in ctx.lex.places and word[k:] in ctx.lex.places and len(word) - k >= 2), 0)
            if split:  # 甘肃兰州/ns: a province and its city, two places
                spans.append(Span(token.start, token.start + split, EntityType.PLACE, "place-suffix", 66))
                spans.append(Span(token.start + split, token.end, EntityType.PLACE, "place-suffix", 66))
                i += 1
                continue
            start = _transliteration_start(ctx, i) if is_transliteration(word[:-1], ctx.lex) else token.start
            if start == token.start and word[-1] in "省州郡" and i > 0 and tokens[i - 1].flag == "ns" and tokens[i - 1].end == token.start and (
                is_transliteration(tokens[i - 1].word, ctx.lex) and not is_place_word(tokens[i - 1].word, ctx.lex)
            ):
                start = tokens[i - 1].start  # 德尔加/ns + 杜角省/ns: a foreign province jieba cut in two
            if len(word) >= 4 and word[0] in "的在和与及" and dictionary_entry(word) is None and start == token.start:
                start += 1  # 的湾桥镇/ns: jieba glued a particle to a town it did not know
            spans.append(Span(start, token.end, EntityType.PLACE, "place-suffix", 66))
        i += 1
    return spans


# Words that follow a river's name (郁江而下, 钦江流域).
_RIVER_WORDS_AFTER = ("而下", "而上", "流域", "水系", "沿岸", "两岸", "上游", "下游", "中游", "干流", "支流", "畔", "入海口", "河口", "水位")


# Words for a town, before its name (边境城市马拉巴, 首府布拉戈维申斯克).
_TOWN_WORDS = {"城市", "城镇", "小镇", "首都", "首府", "港口", "港市", "村庄", "小城", "古城", "重镇", "边城", "港城"}
# Endings of transliterated Russian and central European towns (-sk, -grad, -stok): no
# personal name ends so (哈巴罗夫斯克, 伏尔加格勒, 符拉迪沃斯托克, 伊尔库茨克).
_FOREIGN_CITY_ENDINGS = ("斯克", "茨克", "格勒", "格拉德", "斯托克")


def _town_shaped(name: str, tokens: list[Token], i: int) -> bool:
    """A transliteration starting at token ``i`` that reads as a town: a town's ending or a
    word for a town before it."""
    return name.endswith(_FOREIGN_CITY_ENDINGS) or (i > 0 and tokens[i - 1].word in _TOWN_WORDS)


_PLACE_SHAPE_CHARS = {s for s in _PLACE_SUFFIXES if len(s) == 1} | set("峡岭峰洲")
# Words for a storm, before or after its name (台风「柏娜」, 柏娜台风).
_STORM_WORDS = ("台风", "飓风", "热带风暴", "强台")
_STORM_LEAD = f"(?:{'|'.join(_STORM_WORDS)})[“「\"]?"
_STORM_BEFORE = re.compile(_STORM_LEAD + "$")
# The number of a crop variety or a model after a word (郑单958), not a date, an age or a flat.
_NAME_NUMBER = re.compile(r"\d{2,5}(?![\d日月年岁时点号分秒%％.．区楼座层室期个家所条项名位倍万亿])")  # (通达45个国家: a count)
# The rest of a list of stations, after one of them: 、卡拉旺、德卡鲁尔四座车站.
_LISTED_STATIONS = re.compile(r"(?:[、和及与][^、，。；和及与]{2,8})*[一二三四五六七八九十两几\d]+[座个]?(?:车站|站)")
# Endings jieba writes apart from a transliterated place name (里贝朗普雷图 + 市, 米里蒂图巴 + 港).
_FOREIGN_PLACE_ENDINGS = ("市", "州", "省", "港", "岛", "湾")
_PLACE_WORDS_AFTER = ("地区", "一带", "境内", "沿岸", "流域", "等地", "两地", "各地", "当地", "人民", "方面", "之间", "交界")
_ROUTE_DASHES = ("—", "－")  # 多斯特克—阿拉山口: the two ends of a route
_LIST_JOINERS = ("、", "和", "与", "及", "至", "到", *_ROUTE_DASHES)


def _route_end_at_place(ctx: BlockContext, first: int, last: int) -> bool:
    """多斯特克—阿拉山口: are tokens ``first`` to ``last`` (exclusive) one end of a route
    written with a dash, whose other end is a place?"""
    after = last < len(ctx.tokens) and ctx.tokens[last].word in _ROUTE_DASHES and _place_neighbour(ctx, last - 1, 1)
    before = first > 0 and ctx.tokens[first - 1].word in _ROUTE_DASHES and _place_neighbour(ctx, first, -1)
    return after or before


def _place_neighbour(ctx: BlockContext, index: int, step: int) -> bool:
    """Is the name across a list joiner (、 和 至 …) from token ``index`` a place?"""
    j = index + step
    if not (0 <= j < len(ctx.tokens)) or ctx.tokens[j].word not in _LIST_JOINERS:
        return False
    j += step
    if not (0 <= j < len(ctx.tokens)):
        return False
    other = ctx.tokens[j]
    return other.flag == "ns" or is_place_word(other.word, ctx.lex)


_VISIT_VERBS = ("游览", "参观", "途经", "来到", "考察", "落户", "走访", "停靠", "驶往", "驶抵", "飞往", "返回", "离开", "直飞", "直航", "直达", "开往", "运往", "销往")


def dictionary_places(ctx: BlockContext) -> list[Span]:
    """Words jieba's dictionary knows as place names (长江, 郑州, 西柏坡), kept when they
    have a place's shape (ending in 江, 州, 山 …) or stand where places stand: after 在, 赴,
    来自 …, before 地区, 境内, 一带 …, or listed next to another place (北京、浙江、辽宁)."""
    spans: list[Span] = []
    lex = ctx.lex
    for i, token in enumerate(ctx.tokens):
        word = token.word
        after_city = i > 0 and ctx.tokens[i - 1].end == token.start and is_place_word(ctx.tokens[i - 1].word, lex)
        if after_city and token.flag in ("nr", "nrt") and len(word) == 2 and any(word + end in lex.places for end in ("区", "县", "市")):
            spans.append(Span(token.start, token.end, EntityType.PLACE, "jieba-ns", 60))
            continue  # 佛山 + 顺德/nrt: a district named without its ending, after its city
        if token.flag != "ns" or len(word) < 2 or word in lex.places or word in lex.not_places or word[0] in "各全本该每":
            continue  # (各乡镇, 全县: every place of a kind)
        if all(ch in lex.place_abbreviations for ch in word):
            continue  # 中美: two countries, left to place_short_forms
        if re.fullmatch(r"[两三四五六七八九十几多各本该他我贵外大小友邻][国省市县]", word):
            continue  # 两国, 各省, 邻国: counted or pointed at, not named
        entry = dictionary_entry(word)
        region = dictionary_entry(word[:-2]) if word.endswith("地区") and 2 <= len(word) - 2 <= 3 else None
        if region is not None and region[1] in ("ns", "j") and word[:-2] not in lex.not_places and not all(c in "东南西北中" for c in word[:-2]):
            # 中原地区, 江淮地区 (one word): the region is named before 地区
            spans.append(Span(token.start, token.end - 2, EntityType.PLACE, "jieba-ns", 60))
            continue
        unknown = entry is None and len(word) == 3 and all(_is_han(ch) for ch in word)
        if (entry is None and not unknown) or (entry is not None and entry[1] != "ns") or word.endswith(_NOT_PLACE_ENDINGS):
            continue
        shaped = word[-1] in _PLACE_SHAPE_CHARS and word[0] not in _STOP_CHARS and word[0] not in _VERB_LEADS
        # 豫北, 皖南, 黔东南: a province's short form and a quarter name a region
        shaped = shaped or (word[0] in _PROVINCE_SHORT_FORMS and 1 <= len(word) - 1 <= 2 and all(c in "东南西北中" for c in word[1:]))
        placed = (
            _after_place_preposition(ctx, token.start)
            or ctx.text.startswith(_PLACE_WORDS_AFTER, token.end)
            or _place_neighbour(ctx, i, -1)
            or _place_neighbour(ctx, i, 1)
            or (i > 0 and ctx.tokens[i - 1].word in _VISIT_VERBS)  # 游览秭归
            or (after_city and len(word) == 2 and not all(c in "东南西北中" for c in word))  # 东莞 + 虎门: a town after its city
        )
        if (shaped and placed) if unknown else (shaped or placed):
            # a word jieba's model guessed as a place (喜灵洲及坪洲) needs both signs
            spans.append(Span(token.start, token.end, EntityType.PLACE, "jieba-ns", 60))
    return spans


# What follows a run of country short forms when it names the countries (中美关系, 中日韩合作).
# What follows two places (not two countries) written as a pair: 港台两地, 港台艺人.
_PLACE_PAIR_FOLLOWERS = ("两地", "三地", "往来", "地区", "艺人", "歌手", "明星", "同胞")


# What follows provinces written as a pair or a trio (粤港两地, 沪港合作, 闽台交流).
_PROVINCE_PAIR_FOLLOWERS = ("两地", "三地", "合作", "往来", "之间", "交流", "协同", "融合", "跨境", "双方", "三方", "联合", "携手")


def province_pairs(ctx: BlockContext) -> list[Span]:
    """粤港/ns + 两地, 沪/j + 港/j + 合作: provinces and regions named by their one-character
    short forms, side by side; each character is a mention of its province."""
    spans: list[Span] = []
    text = ctx.text
    for match in re.finditer(f"[{''.join(_PAIR_SHORT_FORMS)}]{{2,3}}", text):
        start, end = match.span()
        if start not in ctx.starts or end not in ctx.ends or not text.startswith(_PROVINCE_PAIR_FOLLOWERS, end):
            continue
        if match.group() in ctx.lex.places or match.group() in ctx.lex.organizations or (start > 0 and text[start - 1] in _PAIR_SHORT_FORMS):
            continue  # 京津冀: a region the lexicon names whole
        if len(match.group()) == 2 and dictionary_entry(match.group()) is not None and dictionary_entry(match.group())[1] not in ("ns", "j"):
            continue  # a common word made of such characters (青春) is no pair
        for k, ch in enumerate(match.group()):
            spans.append(Span(start + k, start + k + 1, EntityType.PLACE, "place-short", 61, alias_of=_PAIR_SHORT_FORMS[ch]))
    return spans


def _paired_country(ctx: BlockContext, ch: str) -> str | None:
    """The country a pair-only short form stands for: the one the block names, or the only
    country whose names start with it (哈 -> 哈萨克斯坦)."""
    names = [c for c in ctx.lex.countries if c.startswith(ch)]
    named = [c for c in names if c in ctx.text]
    if named:
        return max(named, key=len)
    longest = max(names, key=len, default=None)
    return longest if longest and all(longest.startswith(c) for c in names) else None


_PAIR_FOLLOWERS = (
    "关系", "两国", "三国", "四国", "双方", "三方", "合作", "会谈", "会晤", "贸易", "经贸", "战略", "友好", "建交",
    "之间", "间", "联合", "首脑", "领导人", "外长", "峰会", "对话", "交流", "伙伴", "边境", "争端", "摩擦", "协议",
    "条约", "谈判", "磋商", "军演", "同盟", "联盟", "友谊", "共同", "两军", "防长", "元首", "政府", "人民",
)
# 访华, 驻美, 对日, 赴港: a verb or preposition glued to a short form.
_SHORT_FORM_VERBS = set("访来驻对援在赴旅返离抵留侵反亲抗")
# 上市, 开港, 入川: a verb on a place character is not a place.
_VERB_LEADS = _SHORT_FORM_VERBS | set("上下入出开建进回去到")
# 华人, 华侨, 港人: a short form glued to a noun for its people.
_PEOPLE_NOUNS = ("人", "侨", "裔", "商", "胞", "资", "企")


def _glued_to_verb(ctx: BlockContext, pos: int) -> bool:
    """Is the character at ``pos`` a word with the verb before it (访华, 驻华大使) or alone?"""
    index = ctx.token_at(pos)
    if index is None:
        return False
    token = ctx.tokens[index]
    if token.start == pos - 1:
        rest = token.word[2:]
        return not rest or rest in ctx.lex.titles or rest in ("使馆", "大使馆", "使团", "机构", "外交官", "代表处", "期间")
    return token.start == pos and len(token.word) == 1


def place_short_forms(ctx: BlockContext) -> list[Span]:
    """One-character short forms of countries and regions: 中美关系, 中方, 访华, 华人.

    Each becomes a place mention standing for the full name (美 for 美国), only where the
    text glues it into such a compound; a character that starts a longer word (美国, 华盛顿,
    中美洲) is left to the other rules.
    """
    spans: list[Span] = []
    short = ctx.lex.place_abbreviations
    text = ctx.text
    starts = ctx.starts

    def starts_longer_name(pos: int) -> bool:
        index = ctx.token_at(pos)
        if index is None:
            return False
        token = ctx.tokens[index]
        return token.start == pos and len(token.word) > 1 and (token.flag in ("ns", "nr", "nrt", "nz") or is_place_word(token.word, ctx.lex))

    def add(pos: int) -> None:
        spans.append(Span(pos, pos + 1, EntityType.PLACE, "place-short", 61, alias_of=short[text[pos]]))

    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch in _PARTY_SHORT_FORMS and text[pos + 1 : pos + 2] == "方" and pos in starts and pos + 2 in ctx.ends and (
            text[pos + 2 : pos + 3] not in set("向面式法案针便位圆形")
        ):
            country = _paired_country(ctx, ch)
            if country:  # 哈方, 缅方: the country's side
                spans.append(Span(pos, pos + 1, EntityType.PLACE, "place-short", 61, alias_of=country))
            pos += 2
            continue
        if ch == "中" and text[pos + 1 : pos + 2] in _PARTY_SHORT_FORMS and pos in starts and pos + 2 in ctx.ends and (
            text.startswith(_PAIR_FOLLOWERS, pos + 2) or (ctx.tokens[ctx.token_at(pos)].end == pos + 2 and ctx.tokens[ctx.token_at(pos)].flag in ("ns", "j"))
        ):
            country = _paired_country(ctx, text[pos + 1])
            if country:  # 中哈关系, 中哈/ns: China and Kazakhstan
                add(pos)
                spans.append(Span(pos + 1, pos + 2, EntityType.PLACE, "place-short", 61, alias_of=country))
            pos += 2
            continue
        if ch not in short:
            pos += 1
            continue
        previous = text[pos - 1] if pos else ""
        # A run of short forms: 中美, 中日韩, 美英法.
        end = pos
        while end < len(text) and text[end] in short and end - pos < 4:
            end += 1
        index = ctx.token_at(pos)
        whole_word = (  # 中美/ns, but not 加以/v
            index is not None and ctx.tokens[index].start == pos and ctx.tokens[index].end == end
            and ctx.tokens[index].flag in ("ns", "nt", "nz", "j")
        )
        glued_ok = (not previous or not _is_han(previous) or previous in _STOP_CHARS) and (
            text.startswith(_PAIR_FOLLOWERS, end) or end >= len(text) or not _is_han(text[end]) or text[end] in "、和与在等"
        )
        run_ok = (
            end - pos >= 2
            and pos in starts
            and (whole_word or glued_ok)
            and len({short[c] for c in text[pos:end]}) == end - pos  # 中华 is one country, not a pair
            and not any(text[pos:k] in ctx.lex.places for k in range(pos + 2, end + 1))
        )
        if run_ok:
            for k in range(pos, end):
                add(k)
            pos = end
            continue
        after = text[pos + 1] if pos + 1 < len(text) else ""
        if after == "方" and pos in starts and text[pos + 2 : pos + 3] not in set("向面式法案针便位圆形") and not starts_longer_name(pos):
            add(pos)  # 中方, 美方
        elif previous in _SHORT_FORM_VERBS and ch != "中" and _glued_to_verb(ctx, pos) and not (
            index is not None and ctx.tokens[index].word == ch and ctx.tokens[index].flag[:1] in ("p", "f", "c", "d")
        ):
            add(pos)  # 访华, 驻美, 驻华大使 (but 在以/p 江泽民…为核心: a preposition)
        elif after in _PEOPLE_NOUNS and ch in "华港台澳" and pos in starts and not starts_longer_name(pos) and (
            pos + 2 >= len(text) or not text[pos + 1 : pos + 3] in ("人民", "人士")
        ):
            add(pos)  # 华人, 港人
        pos += 1
    return spans


# Titles and forms of address written right after a name: 彭真同志, 桥本首相, 李老师.
_TITLES_AFTER_NAME = {
    "同志", "先生", "女士", "小姐", "夫人", "教授", "院士", "博士", "大夫", "医生", "老师", "师傅", "总理", "副总理",
    "主席", "副主席", "首相", "总统", "副总统", "总书记", "书记", "部长", "市长", "省长", "县长", "校长", "院长",
    "局长", "主任", "委员长", "大使", "将军", "议员", "法官", "律师", "经理", "董事长", "总裁", "教练", "队长",
}


def persons_before_title(ctx: BlockContext) -> list[Span]:
    """彭真同志, 桥本首相, 王教授: a name jieba tags as a person, or a surname and given
    name no dictionary knows, right before a title or form of address."""
    spans: list[Span] = []
    lex = ctx.lex
    for i, token in enumerate(ctx.tokens):
        if token.word not in _TITLES_AFTER_NAME or i == 0:
            continue
        before = ctx.tokens[i - 1]
        word = before.word
        if not (2 <= len(word) <= 4) or not all(_is_han(ch) for ch in word) or _known(word, lex) or word in lex.titles:
            continue
        if any(ch in _STOP_CHARS for ch in word) or is_place_word(word, lex):
            continue
        entry = dictionary_entry(word)
        tagged = before.flag in ("nr", "nrfg", "nrt")
        unknown_name = entry is None and (_surname_length(word, 0, lex) or is_transliteration(word, lex))
        if tagged or unknown_name:
            spans.append(Span(before.start, before.end, EntityType.PERSON, "person-before-title", 63))
    return spans


_TEAM = re.compile(r"(?:国家|男子|女子|男|女|青年|少年|国奥|奥运)?(?:足球|篮球|排球|乒乓球|羽毛球|网球|冰球|手球|水球|棒球|垒球|游泳|跳水|田径|体操|举重|射击|击剑|赛艇|皮划艇|拳击|柔道|跆拳道|摔跤|速滑|滑冰|滑雪|冰壶|高尔夫|橄榄球|榄球|曲棍球|帆船|武术|龙舟|自行车|单车)?队(?![员长伍友列形])")


_DIVISION_SUFFIXES = "区乡镇县市村街"
_FUNCTION_CHARS = set("的了在是和与也将等于对从向被把为以及或都还又就并其该这那此每各经由到至")


def subdivisions(ctx: BlockContext) -> list[Span]:
    """台南市玉井区, 嘉义县民雄乡, 凉山州布拖县: right after a place that ends in 市, 县, 州
    or 省, two or three characters and a division's ending name a place inside it."""
    spans: list[Span] = []
    text = ctx.text
    previous_start = previous_end = -1
    for match in re.finditer(r"(?<=[市县州省区乡镇、])((?![市县州省区乡镇])[\u4e00-\u9fff]{2,3}?)[区乡镇县市村街]", text):
        start, end = match.start(1), match.end()
        parent_end = start
        if text[start - 1] == "、":
            # 前镇区、苓雅区: a division listed right after another one
            parent = start - 1 if previous_end == start - 1 and text[end - 1] == text[start - 2] else None
        else:
            parent = next(
                (b for b in range(max(0, parent_end - 10), parent_end - 1) if is_place_word(text[b:parent_end], ctx.lex)),
                None,
            )
        chain = parent is None and previous_end == start
        if chain:
            parent = previous_start  # 惠民镇 + 芒景村: a village right after its township
        chained = re.match(r"[\u4e00-\u9fff]{2}村", text[end : end + 3]) is not None and text[end - 1] in "乡镇"
        if parent is None or end not in ctx.ends and not _name_boundary(ctx, end) and not chained:
            continue
        stem = match.group(1)
        if stem[:2] in ctx.lex.titles:
            continue  # 熊本县知事木村敬: a title and a name, not a village
        # 永修县三角乡, 都昌县多宝乡: a township right after its county is named, however common its words
        township = text[end - 1] in "乡镇" and text[start - 1] in "县市区" and len(stem) == 2 and not (
            stem[-1] in _CLASSIFIERS or stem[0] in "各每几该本" or stem[-1] in _HAN_NUMERALS or any(ch in _STOP_CHARS - {"都", "多"} for ch in stem)
        )
        if not township and (any(ch in _STOP_CHARS for ch in stem[1:]) or stem[0] in _FUNCTION_CHARS or _common_word(stem)):
            continue
        if stem[0] in _HAN_NUMERALS and stem[1] in "市县州省区乡镇":
            continue  # 安新县 + 三县城区: a count of the divisions just listed
        entry = dictionary_entry(stem)
        if entry is not None and entry[1] in ("n", "vn", "b") and entry[0] > 50 and text[start:end] not in ctx.lex.places and not chain and not township:
            start = parent  # 苏州工业园区, 浦东新区: a generic word names nothing without its place (板桥区 is known)
            if text[start] == "、":
                continue
        if parent is not None and text[parent] != "、" and text.endswith("园区", 0, match.start(1)) and text.endswith("园区", 0, end):
            start = parent  # 南部科学园区台南园区: a science park's site is named with the park
        spans.append(Span(start, end, EntityType.PLACE, "subdivision", 67))
        previous_start, previous_end = start, end
    return spans


_BARE_DIVISION_ENDINGS = "省州府县市区乡镇村邨站"
_TRANSIT_WORDS = (
    "铁路", "地铁", "港铁", "高铁", "轻铁", "东铁", "西铁", "台铁", "捷运", "轻轨", "号线", "路线", "列车", "月台", "巴士", "乘客", "车厢", "转乘",
    "车站", "班次",
)
def _about_transport(text: str) -> bool:
    """Is a block about transport (where 宋皇台站 names a station, 医护站 still does not)?"""
    return any(word in text for word in _TRANSIT_WORDS)


_OPENING_CHARS = set("在于从到至往和与及、或经由向赴抵")


def _clean_opening(ctx: BlockContext, start: int) -> bool:
    """Can a name start at ``start``: after punctuation, a preposition or conjunction, a
    known place (越南 + 北宁省) or a verb (位于 + 西哈努克省)?"""
    if start == 0 or not _is_han(ctx.text[start - 1]) or ctx.text[start - 1] in _OPENING_CHARS:
        return True
    if start not in ctx.starts:
        return False  # 西九龙 + 总区: jieba read the name across the opening
    if any(ctx.text[max(0, start - n) : start] in ctx.lex.places for n in (2, 3, 4)):
        return True
    index = ctx.token_at(start - 1)
    return index is not None and ctx.tokens[index].flag.startswith(("v", "p", "c"))


def _hyphenated_opening(ctx: BlockContext, start: int) -> int:
    """北莱茵-威斯特法伦州: proper words joined by a hyphen before ``start`` belong to the
    name (up to a known country or region, which is its own mention)."""
    if start < 3 or ctx.text[start - 1] not in "-－":
        return start
    index = ctx.token_at(start - 2)
    first = start
    while index is not None and index >= 0:
        token = ctx.tokens[index]
        if token.flag not in ("ns", "nr", "nrt", "nz") or token.word in ctx.lex.places:
            break
        first = token.start
        index -= 1
    return first


def named_divisions(ctx: BlockContext) -> list[Span]:
    """北宁省, 措果乡, 上坳村, 宝林邨, 宋皇台站: two or three characters (up to five of a
    transliteration, 威斯康辛州) and a division's or station's ending name a place when the
    name stands alone: a clean opening before it, a clean end after it, and neither the
    name nor its last character with the ending a common word (地区, 城市, 网站).
    Stations count only in a block about transport."""
    spans: list[Span] = []
    text, lex = ctx.text, ctx.lex
    transit = _about_transport(text)
    for end in range(3, len(text) + 1):
        ending = text[end - 1]
        if ending not in _BARE_DIVISION_ENDINGS or (ending == "站" and not transit):
            continue
        if end not in ctx.ends and not _name_boundary(ctx, end):
            continue
        pair = dictionary_entry(text[end - 2 : end])
        if pair is not None and (pair[1] != "ns" and (pair[0] > 50 or ending == "站") or pair[0] > 1000):
            continue  # 地区, 网站, 进站, 农村, 城市 (which jieba tags ns): the ending belongs to a common word
        if any(text[end - n : end] in lex.facility_suffixes for n in (2, 3, 4)) or any(text[end - n : end] in lex.places for n in (2, 3, 4)):
            continue  # 屋邨; 美国德州: the place is known whole
        if text[end - 2 : end] == "厂区":
            continue  # 宏滨厂区: a company's plant, named by the company
        if dictionary_entry(text[end - 1 : end + 1]) is not None and end not in ctx.ends:
            continue  # 市场, 区域, 州长: the ending starts another word
        longest = 5 if ending in "省州府市" else 4 if ending == "站" else 3
        for size in range(longest, 1, -1):
            start = end - 1 - size
            if start < 0:
                continue
            stem = text[start : end - 1]
            if not all(_is_han(ch) for ch in stem) or any(ch in _STOP_CHARS for ch in stem[1:]):
                continue
            foreign = is_transliteration(stem, lex)
            if (size > 3 or ending in "州府") and not foreign:
                continue  # 威斯康辛州, 春武里府; Chinese prefectures are in the lexicons (港府 is no place)
            if any(ch in _FUNCTION_CHARS or ch in "两几多" for ch in stem) or stem[-1] in _HAN_NUMERALS:
                continue  # 运至东区, 皖鄂两省, 云林三站
            if any(text[start : start + n] in lex.places for n in (2, 3, 4)) or {text[start + 1 : end], text[start + 1 : end - 1]} & lex.places:
                continue  # 台湾厂区, 江苏常州: a known place opens it; 但秀林乡: a known place inside
            if ending == "站" and (dictionary_entry(stem) or (0, ""))[1].startswith("v"):
                continue  # 增设接驳站: a kind of stop named by what it does
            if ending == "省" and not foreign and (dictionary_entry(stem) or (0, ""))[1] != "ns":
                continue  # 北宁省: a province is named after a known place name
            if not _clean_opening(ctx, start):
                continue
            first = ctx.token_at(start)
            if first is not None:
                token = ctx.tokens[first]
                if token.start < start and len(token.word) >= 3 and dictionary_entry(token.word) is not None:
                    continue  # 自由区 + 北区: no name opens inside a known word
                opening = dictionary_entry(token.word) if token.start == start and len(token.word) >= 2 else None
                if opening is not None and opening[1] not in ("ns", "nr", "nrt", "nz", "j") and opening[0] > 100:
                    break  # 岩浆 + 源区: a common word opens it
                if token.start == start and len(token.word) == 1 and token.flag[:1] in ("c", "d", "p", "r", "m", "q", "f"):
                    continue  # 但 + 秀林乡
            entry = dictionary_entry(stem)
            if stem[:2] in lex.titles or stem in lex.titles or stem in lex.not_places or _common_word(stem):
                break
            tail = dictionary_entry(text[start + 1 : end])
            if size == 3 and tail is not None and tail[1] not in ("ns", "nr", "nrt", "nz", "j") and tail[0] > 100:
                continue  # 距 + 保护区: one character before a common word
            if entry is not None and entry[1] not in ("ns", "nr", "nrt", "nz", "j") and entry[0] > 100:
                break  # 住宅区, 工业区: a kind of area, not a named one
            whole = dictionary_entry(text[start:end])
            if whole is not None and whole[1] != "ns" and whole[0] > 50:
                break
            if text[start:end] in lex.not_places or stem in lex.organizations:
                break
            spans.append(Span(_hyphenated_opening(ctx, start), end, EntityType.PLACE, "division", 66))
            break
    return spans


def _common_word(word: str) -> bool:
    entry = dictionary_entry(word)
    return entry is not None and entry[1][:1] in ("v", "a", "d", "m", "q", "r", "p", "c", "t", "f") and entry[0] > 50


def national_teams(ctx: BlockContext) -> list[Span]:
    """古巴队, 印尼女队, 中国男篮: a country or city's team is an organisation."""
    spans: list[Span] = []
    for token in ctx.tokens:
        word = token.word
        place = next((word[:k] for k in range(len(word), 1, -1) if word[:k] in ctx.lex.places), None)
        if place is None:
            continue
        match = _TEAM.match(ctx.text, token.start + len(place))
        if match:
            spans.append(Span(token.start, match.end(), EntityType.ORGANIZATION, "team", 81))
    if any(word in ctx.text for word in _MATCH_WORDS):
        spans.extend(_clubs(ctx))
    return spans


# Words of a match report, where a city glued to a name is a club (上海申花, 青岛海牛).
_MATCH_WORDS = (
    "比赛", "联赛", "中超", "中甲", "客场", "主场", "战平", "进球", "赛季", "轮比赛", "球队", "季后赛", "总决赛",
    "破门", "扳平", "半场", "比分", "球迷", "主帅", "外援", "绝杀", "点球", "射门", "积分榜", "先发", "投手", "全垒打",
    "篮板", "三分球", "末节", "例行赛", "洋将",
)


def _clubs(ctx: BlockContext) -> list[Span]:
    """上海申花/nz, 青岛/ns + 海牛/nz: in a match report, a city or province and a
    two-character name no dictionary knows as a common word name a club."""
    spans: list[Span] = []
    tokens = ctx.tokens
    teams = ctx.lex.teams
    for start in ctx.starts:
        # (a full name of five or more characters may end inside a word jieba guessed: 琉球黄金国/王东超)
        form = next((ctx.text[start : start + n] for n in range(12, 1, -1) if ctx.text[start : start + n] in teams and (start + n in ctx.ends or n >= 5)), None)
        if form is not None:  # 上海/海港, 北京国安/ns, 海港 alone: a listed club or its short form
            full = teams[form]
            priority = 90 if len(form) >= 4 else 84  # (统一7-ELEVEn狮 wins over the Latin word inside it)
            spans.append(Span(start, start + len(form), EntityType.ORGANIZATION, "team", priority, alias_of=full if form != full else ""))
    for i, token in enumerate(tokens):
        word = token.word
        if token.flag == "nz" and len(word) in (4, 5) and word[:-2] in ctx.lex.places and (dictionary_entry(word[-2:]) or (0, "nz"))[1] in ("nz", "nr"):
            spans.append(Span(token.start, token.end, EntityType.ORGANIZATION, "team", 81))  # 上海申花
        elif word in ctx.lex.places and len(word) >= 2 and i + 1 < len(tokens):
            club = tokens[i + 1]
            if club.flag == "nz" and len(club.word) == 2 and (dictionary_entry(club.word) or (0, ""))[1] in ("", "nz") and (
                i + 2 >= len(tokens) or (tokens[i + 2].word[0] != "队" and not tokens[i + 2].word.endswith(ctx.lex.org_suffixes))
            ):
                spans.append(Span(token.start, club.end, EntityType.ORGANIZATION, "team", 81))  # 青岛 + 海牛 (not 新加坡 + 龙舟 + 协会)
    return spans


_ROUTE = re.compile(r"台\d{1,2}[甲乙丙丁]?线|国道[一二三四五六七八九十\d]{1,3}号|(?<!\d)[1-9]\d{2}(?:国道|省道)")
_RAIL_WORDS = ("站", "高铁", "铁路", "动车", "列车", "车次")
_DIRECTION_STATION = re.compile(r"([东南西北])(站?)(?=[、，。；和与及至到等]|$)")


def routes_and_stations(ctx: BlockContext) -> list[Span]:
    """台9线, 国道1号: numbered highways; 南京南, 六安东: a city and a direction name a
    railway station, in a block about trains."""
    spans = [Span(m.start(), m.end(), EntityType.PLACE, "route", 84) for m in _ROUTE.finditer(ctx.text)]
    if _about_transport(ctx.text):
        spans.extend(_sections(ctx))
    spans.extend(_road_sections(ctx))
    if not any(word in ctx.text for word in _RAIL_WORDS):
        return spans
    for token in ctx.tokens:
        if len(token.word) < 2 or token.word[-1] in "东南西北":
            continue
        match = _DIRECTION_STATION.match(ctx.text, token.end)
        if match and (is_place_word(token.word, ctx.lex) or _bare_division(token.word, ctx.lex)):  # 麻城, 金寨
            spans.append(Span(token.start, match.end(), EntityType.PLACE, "station", 84))
    return spans


_SECTION_WORDS = ("间", "之间", "路段", "区间", "段")


def _sections(ctx: BlockContext) -> list[Span]:
    """和仁至崇德间, 花莲到台东路段: the two ends of a section of line or road are places."""
    spans: list[Span] = []
    tokens = ctx.tokens
    for i in range(len(tokens) - 3):
        first, joiner, second, after = tokens[i : i + 4]
        if joiner.word in ("至", "到") and after.word in _SECTION_WORDS and all(
            2 <= len(t.word) <= 3 and (t.flag in PROPER_FLAGS or is_place_word(t.word, ctx.lex)) and t.word not in ctx.lex.not_places
            for t in (first, second)
        ):
            spans.extend(Span(t.start, t.end, EntityType.PLACE, "station", 66) for t in (first, second))
    return spans


_ROAD_SECTION = re.compile(r"至([\u4e00-\u9fff]{2,3}?)(?:路段|区间|段间)")


def _road_sections(ctx: BlockContext) -> list[Span]:
    """和中至大清水路段, 和平至崇德路段: the two ends of a stretch of road, however jieba
    cut them (中至/ns, 水路/n): names of two or three characters either side of 至."""
    text = ctx.text
    spans: list[Span] = []
    for match in _ROAD_SECTION.finditer(text):
        joiner = match.start()
        first = next(
            (
                n for n in (2, 3)
                if joiner - n >= 0 and all(_is_han(c) for c in text[joiner - n : joiner])
                and (joiner - n == 0 or not _is_han(text[joiner - n - 1]) or text[joiner - n - 1] in "乡镇县市区线路")
            ),
            0,
        )
        names = [(joiner - first, joiner), match.span(1)]
        if not first or any(_common_word(text[a:b]) or set(text[a:b]) & _HAN_NUMERALS for a, b in names):
            continue
        spans.extend(Span(a, b, EntityType.PLACE, "station", 66) for a, b in names)
    return spans


_NAME_DOTS = "·•・"  # the matching copy writes Taiwan's ‧ as ·
_HAN_NUMERALS = set("一二三四五六七八九十〇零")


def _dotted_part(ctx: BlockContext, index: int, step: int, lenient: bool) -> int | None:
    """Walk from the token next to a name dot (``index``) away from it; return the index
    of the last token that belongs to the name, or None. ``lenient``: the word next to
    the dot may be any short word (吉力吉/捞‧巩冠)."""
    last = None
    length = 0
    j = index
    while 0 <= j < len(ctx.tokens):
        token = ctx.tokens[j]
        word = token.word
        closing = step > 0 and last is not None and word == "那" and (
            j + 1 >= len(ctx.tokens) or ctx.tokens[j + 1].word in ctx.lex.speech_verbs or _PUNCT.match(ctx.tokens[j + 1].word) is not None
            or ctx.tokens[j + 1].word in ctx.lex.titles
        )
        if closing:
            return j  # 宋坎·奔舍 + 那/r + 表示: a sound of the name, not the pronoun
        if not all(_is_han(ch) for ch in word) or word in ctx.lex.titles or word in _STOP_CHARS or word in ctx.lex.speech_verbs:
            break
        adjacent = j == index and lenient
        # 热合/v + 曼 + ·: a rare word glued to a one-character piece of the name is part of it
        rare_piece = length == 1 and len(word) == 2 and (dictionary_entry(word) or (0, ""))[0] < 10
        if not adjacent and not rare_piece and not (
            token.flag in ("nr", "nrt", "nrfg", "ns", "nz") or is_transliteration(word, ctx.lex) or dictionary_entry(word) is None
        ):
            break
        if length + len(word) > 10 or (adjacent and len(word) > 6):
            break
        length += len(word)
        last = j
        j += step
    return last


def _hyphenated_given_name(ctx: BlockContext, start: int) -> int:
    """卡瑟姆-若马尔特·托卡耶夫, 让-诺埃尔·巴罗: a given name of two parts joined by a
    hyphen opens the dotted name; where it starts (``start`` when there is none)."""
    text, chars = ctx.text, ctx.lex.transliteration
    k = start
    while k > 0 and start - k < 2 and _is_han(text[k - 1]):
        k -= 1  # 若 + 马尔特: jieba may split the part after the hyphen
    while k < start and text[k - 1] not in "-－‐":
        k += 1
    if k < 2 or text[k - 1] not in "-－‐":
        return start
    j = k - 1
    while j > 0 and k - 1 - j < 5 and text[j - 1] in chars:
        j -= 1
    while j < k - 1 and j not in ctx.starts:
        j += 1  # 总理/让: the name starts where a word does
    return j if j < k - 1 else start


def _body_named_after(ctx: BlockContext, index: int) -> int | None:
    """Where a body's name ends when the field words from token ``index`` on run up to an
    organisation's ending (地外/物理/研究所), or None."""
    for j in range(index, min(index + 4, len(ctx.tokens))):
        token = ctx.tokens[j]
        if any(token.word.endswith(e) and len(e) >= 2 for e in ctx.lex.org_suffixes) and token.flag.startswith("n"):
            return token.end if j > index or len(token.word) > 3 else None
        if token.flag not in ("n", "vn", "s", "nz", "a"):
            return None  # (固体/a + 研究所 is a field)
    return None


# Characters of Uyghur and Kazakh names that are common words as well (阿不都, 艾合买提),
# so that neither jieba nor the transliteration list keeps them in a name.
_TURKIC_NAME_CHARS = frozenset("不都买合")
# Adverbs jieba glues onto a name's last syllable (苏普拉/托则会): never a name's end.
_GLUED_ADVERB_TAIL = "则会也将在称曾就还又已亦均"


def _dotted_name_end(ctx: BlockContext, after_dot: int, end: int) -> int:
    """Where a dotted name ends once the syllables jieba left outside it are taken in
    (热依拉·阿 + 不都 + 介绍) and the adverbs it glued on are left out (苏普拉托 + 则会)."""
    text = ctx.text
    k = end
    while k < len(text) and k - end < 4 and (text[k] in ctx.lex.transliteration or text[k] in _TURKIC_NAME_CHARS):
        k += 1
    if k > end and (k == len(text) or not _is_han(text[k]) or text.startswith(tuple(ctx.lex.speech_verbs), k) or text[k] in "在是的和与也则"):
        end = k
    while end - after_dot > 2 and text[end - 1] in _GLUED_ADVERB_TAIL:
        end -= 1
    return end


def dotted_names(ctx: BlockContext) -> list[Span]:
    """古丽米拉·阿不都热依木, 谢尔达尔·别尔德穆哈梅多夫, 吉力吉捞‧巩冠: the parts of a name
    joined by a name dot are one person, whatever characters each part uses (a dot
    between places or numerals, 中国·东盟 or 五·一, joins no name)."""
    spans: list[Span] = []
    for index, token in enumerate(ctx.tokens):
        if token.word not in _NAME_DOTS or index == 0 or index + 1 >= len(ctx.tokens):
            continue
        lenient = token.word == "·"  # ・ and • also separate the items of a list
        left, right = _dotted_part(ctx, index - 1, -1, lenient), _dotted_part(ctx, index + 1, 1, lenient)
        if left is None or right is None:
            continue
        while left < index - 1 and ctx.tokens[left].word in ctx.lex.countries:
            left += 1  # 德国 + 马克斯·普朗克: the country before the name is its own mention
        start, end = ctx.tokens[left].start, ctx.tokens[right].end
        if ctx.text.startswith(ctx.lex.org_suffixes, end):
            continue  # 梅琳达·盖茨 + 基金会: the body named after the person
        start = _hyphenated_given_name(ctx, start)
        # 法方策/展人 + 克莱尔·马蒂厄: jieba cut a title, whose end opened the name's first word
        start += next((n for n in (2, 1) if any(len(t) > n and ctx.text.endswith(t, 0, start + n) for t in ctx.lex.titles)), 0)
        body_end = _body_named_after(ctx, right + 1)
        if body_end is not None:
            # 马克斯·普朗克 + 地外物理研究所: an institute named after the person
            spans.append(Span(start, body_end, EntityType.ORGANIZATION, "dotted-body", 84))
            continue
        parts = ctx.text[start : token.start], ctx.text[token.end : end]
        middle = end < len(ctx.text) and ctx.text[end] in _NAME_DOTS  # 阿里 in 马哈穆德·阿里·优素福
        if any(
            ((is_place_word(part, ctx.lex) or _known(part, ctx.lex)) and not (middle and k == 1)) or set(part) & _HAN_NUMERALS
            for k, part in enumerate(parts)
        ):
            continue
        if start > 0 and ctx.text[start - 1] in _NAME_DOTS:
            continue  # the second dot of a three-part name, read from its first
        if middle:
            third = _dotted_part(ctx, right + 2, 1, lenient) if right + 2 < len(ctx.tokens) else None
            last = ctx.text[ctx.tokens[right + 1].end : ctx.tokens[third].end] if third is not None else ""
            if third is None or is_place_word(last, ctx.lex) or _known(last, ctx.lex) or ctx.text.startswith(ctx.lex.org_suffixes, ctx.tokens[third].end):
                continue
            if ctx.tokens[third].end < len(ctx.text) and ctx.text[ctx.tokens[third].end] in _NAME_DOTS:
                continue  # a name of four parts is left to the transliteration rules
            end = ctx.tokens[third].end  # 马哈穆德·阿里·优素福: three parts, the middle one may be any name
        if len(parts[0]) < 2:
            continue
        if all((dictionary_entry(part) or (0, ""))[1] in ("n", "a", "t", "v") and (dictionary_entry(part) or (0, ""))[0] >= 100 for part in parts):
            continue  # “一世传奇·琥珀”: common words a dot joins name a product or a theme, not a person
        if ctx.text[end - 1] == "说" and end - token.end > 2:
            end -= 1  # 托克塔罗/夫说: jieba glued the verb of saying to the name's last character
        end = _dotted_name_end(ctx, token.end, end)
        spans.append(Span(start, end, EntityType.PERSON, "dotted-name", 82))
    return spans


_NUMBERED_TEAM = re.compile(
    r"(?:中央|省委|市委|国务院)?第[一二三四五六七八九十]{1,3}[\u4e00-\u9fff]{0,8}?(?:督察组|巡视组|巡察组)"
    # 陆军第八军团, 第七十四集团军, 海军第三舰队: numbered army units
    r"|(?:陆军|海军|空军|解放军|国军)?第[一二三四五六七八九十百]{1,4}(?:军团|集团军|舰队|作战区|战区|军|师|旅)(?![\u4e00-\u9fff]{0,1}[长员])"
)


def numbered_teams(ctx: BlockContext) -> list[Span]:
    """中央第五生态环境保护督察组, 中央第三巡视组: a numbered inspection team is a body; so is a
    numbered army unit (陆军第八军团)."""
    return [
        Span(m.start(), m.end(), EntityType.ORGANIZATION, "numbered-team", 82)
        for m in _NUMBERED_TEAM.finditer(ctx.text)
        if m.start() in ctx.starts and m.end() in ctx.ends and not re.search(r"[的和与及在是了]", m.group())
    ]


# An airport's numbered terminal: 桃园国际机场第三航厦, 首都机场3号航站楼.
_AIRPORT_TERMINAL = re.compile(r"([\u4e00-\u9fff]{2,10}机场)(第[一二三四五六七八九十]+|[一二三四五六七八九十\d]号)(航厦|航站楼|航站大楼|客运大楼)")


def airport_terminals(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """桃园国际机场第三航厦: a numbered terminal, named with the airport a rule found, is one place."""
    out: list[Span] = []
    for match in _AIRPORT_TERMINAL.finditer(ctx.text):
        if match.end() not in ctx.ends:
            continue
        airport = next((s for s in spans if s.rule == "facility" and s.end == match.end(1) and s.start >= match.start(1)), None)
        if airport is not None:
            out.append(Span(airport.start, match.end(), EntityType.PLACE, "facility", 84))
    return out


_PERSON_NOUNS_AFTER_DENG = ("人", "学者", "专家", "探险家", "作家", "艺术家", "球员", "选手", "官员", "名人", "汉学家", "考古学家")


def names_listed_as_people(ctx: BlockContext) -> list[Span]:
    """斯坦因、伯希和等人: names jieba tagged as persons, listed and closed by 等人 (or 等
    and a noun for people), are persons whatever characters they end in."""
    spans: list[Span] = []
    tokens = ctx.tokens
    i = 0
    while i < len(tokens):
        run = []
        j = i
        while j < len(tokens) and tokens[j].flag in ("nr", "nrt", "nrfg") and len(tokens[j].word) >= 2 and all(_is_han(c) for c in tokens[j].word):
            run.append(tokens[j])
            if j + 1 < len(tokens) and tokens[j + 1].word in ("、", "和", "与", "及"):
                j += 2
            else:
                j += 1
                break
        closing = ctx.text[run[-1].end :] if run else ""
        if len(run) >= 2 and closing.startswith("等") and closing[1:].startswith(_PERSON_NOUNS_AFTER_DENG) and all(
            not _known(t.word, ctx.lex) and t.word not in ctx.lex.not_persons for t in run
        ):
            spans.extend(Span(t.start, t.end, EntityType.PERSON, "person-list", 60) for t in run)
        i = max(j, i + 1)
    return spans


_OFFICER_TITLES = {"董事长", "总经理", "董事总经理", "创办人", "创始人", "联合创始人", "执行长", "首席执行官", "总裁", "行政总裁", "副总经理", "副董事长"}
_FIRM_KIND_ENDINGS = ("公司", "企业", "商", "企", "船东", "业者", "厂", "的")


def firms_before_officers(ctx: BlockContext) -> list[Span]:
    """泓海船务 + 董事总经理, 湾声音乐科技 + 创办人: a firm of a trade named before its officer,
    when jieba cut the firm's own name into pieces no rule joins.

    The name runs back from the trade word to a clear boundary (a punctuation mark, 的, or a
    kind of firm such as 船东 or 新创公司) over two to four characters, at least one of them a
    piece no dictionary word covers (a lone character, a guessed name), so 信息科技 + 总经理
    is not a firm.
    """
    spans: list[Span] = []
    lex = ctx.lex
    for index, token in enumerate(ctx.tokens):
        if token.word not in _OFFICER_TITLES or index < 2:
            continue
        end = token.start
        if ctx.tokens[index - 1].word in ("董事", "副", "联合", "首席", "行政"):
            end = ctx.tokens[index - 1].start  # 董事/总经理: a title jieba cut in two
        trade = next((t for t in (*_TRADE_SUFFIXES, *_COMPANY_TRADES) if ctx.text.endswith(t, 0, end)), None)
        if trade is None and ctx.text.endswith("业", 0, end) and (dictionary_entry(ctx.text[end - 2 : end]) or (0, ""))[1] == "n":
            trade = ctx.text[end - 2 : end]  # 瓷业, 纸业: a trade named by its goods
        if trade is None:
            continue
        for size in (2, 3, 4):
            start = end - len(trade) - size
            if start < 0 or start not in ctx.starts:
                continue
            head = ctx.text[start : end - len(trade)]
            if not all(_is_han(c) and c not in _STOP_CHARS for c in head):
                break
            previous = ctx.token_at(start - 1) if start > 0 else None
            before = ctx.tokens[previous].word if previous is not None else ""
            boundary = previous is None or _PUNCT.match(before) is not None or before in lex.category_nouns or before.endswith(_FIRM_KIND_ENDINGS) or (
                ctx.tokens[previous].flag == "n" and len(before) >= 2  # 货代 + 泓远船务: a trade's firms, then one
            )
            if not boundary:
                continue
            pieces = [t for t in ctx.tokens if start <= t.start < end - len(trade)]
            odd = any(
                (len(t.word) == 1 and t.word not in _STOP_CHARS) or t.flag in ("nr", "nrt", "nz", "nrfg") or dictionary_entry(t.word) is None
                or t.end > end - len(trade)  # 泓/海船/务: the trade word was cut across
                for t in pieces
            )
            if odd and not is_place_word(head, lex):
                spans.append(Span(start, end, EntityType.ORGANIZATION, "org-suffix", 70))
            break
    return spans


# 亚布力、雪乡等景区, 乌镇、西塘和南浔等古镇: a list closed by "and other places of a kind".
_LISTED_KIND = re.compile(
    r"(?:等(?:[一二两三四五六七八九十几多]+[个座处地])?|[两三四五六]大)(?:景区|景点|地|城市|国家|港口|古镇|小镇|省份|省区|县市|乡镇|村落|村庄|海岛|岛屿|名胜|口岸|沙漠|湖泊|山峰|古典园林|园林|公园|寺庙|古迹|(?:梯级)?(?:水电站|电站)|水库|机场|港区|码头)"
)
# (Not _LIST_JOINERS: 至 and a dash join a route's ends, not the items of a list.)
_KIND_LIST_JOINERS = ("、", "与", "和", "及", "以及")


def _listed_place_item(token: Token, lex: Lexicon) -> bool:
    """Whether one word in such a list reads as a place's own name (雪乡, 亚布力, 西塘),
    rather than a kind of place (山区, 农村, 城市)."""
    word = token.word
    if not 2 <= len(word) <= 5 or not all(_is_han(c) for c in word) or word in lex.not_places or word in lex.titles:
        return False
    entry = dictionary_entry(word)
    if entry is None:
        return token.flag not in ("v", "vn", "a", "d", "m", "t", "r")
    if entry[1] == "n" and len(word) >= 3 and word[-1] in _FACILITY_END_CHARS and entry[0] < 300 and word not in lex.not_places:
        return True  # 拙政园/n、网师园/n 等古典园林: a site the dictionary tags as a common noun
    return entry[1] in ("ns", "nr", "nrt", "nz") and entry[0] < 300 and word not in lex.not_persons


def city_towers(ctx: BlockContext) -> list[Span]:
    """广州/ns + 塔/j, 东京 + 塔: a city's tower, where jieba cut 塔 off as a word of its own
    (塔 is no ending inside words: 科斯塔奈州, 普拉塔马)."""
    spans: list[Span] = []
    for i, token in enumerate(ctx.tokens[1:], start=1):
        city = ctx.tokens[i - 1]
        if token.word == "塔" and city.end == token.start and is_place_word(city.word, ctx.lex) and city.word not in ctx.lex.countries and len(city.word) >= 2:
            spans.append(Span(city.start, token.end, EntityType.PLACE, "facility", 80))
    return spans


# Railways, roads and pipelines China builds with a neighbour, named by the two countries'
# one-character short forms (中老铁路, 中泰铁路, 中吉乌铁路, 中缅油气管道).
_BILATERAL_ROUTE = re.compile(r"中[老泰越缅柬蒙俄哈吉乌巴尼印孟尼马塔土]{1,2}(?:铁路|高铁|公路|油气管道|天然气管道|输油管道|管道|跨境铁路)")


# A quarter of an ocean (西南大西洋, 东南太平洋), however jieba cut the direction off.
_OCEAN_QUARTER = re.compile(r"(?:东北|东南|西北|西南|东|西|南|北|中)(?:太平洋|大西洋|印度洋)")


def ocean_quarters(ctx: BlockContext) -> list[Span]:
    """西/f + 南大西洋, 东南/ns + 太平洋: a quarter of an ocean is one place."""
    return [
        Span(m.start(), m.end(), EntityType.PLACE, "place-suffix", 84)
        for m in _OCEAN_QUARTER.finditer(ctx.text)
        if m.start() in ctx.starts and m.end() in ctx.ends
    ]


def bilateral_routes(ctx: BlockContext) -> list[Span]:
    """中/f + 老/n + 铁路: a route named by China and a neighbour, however jieba cut it."""
    return [
        Span(m.start(), m.end(), EntityType.PLACE, "facility", 84)
        for m in _BILATERAL_ROUTE.finditer(ctx.text)
        if m.start() in ctx.starts and m.end() in ctx.ends and not (m.start() > 0 and _is_han(ctx.text[m.start() - 1]) and ctx.text[m.start() - 1] in "国省市县区州")
    ]


def japanese_towns(ctx: BlockContext) -> list[Span]:
    """白滨/ns + 町/nr, 木曾/nr + 町: a Japanese town whose 町 jieba cut off as a word of its own."""
    spans: list[Span] = []
    for i, token in enumerate(ctx.tokens[1:], start=1):
        name = ctx.tokens[i - 1]
        if token.word != "町" or not 2 <= len(name.word) <= 3 or not all(_is_han(c) for c in name.word):
            continue
        start = name.start + (len(name.word) == 3 and name.word[0] in "由在从到向于与和及把被将的")  # 由/木曾 + 町
        if name.flag in ("ns", "nr", "nrt", "nz") or dictionary_entry(name.word) is None:
            spans.append(Span(start, token.end, EntityType.PLACE, "place-suffix", 75))
    return spans


def places_listed_by_kind(ctx: BlockContext) -> list[Span]:
    """Words listed before 等景区, 等城市, 等古镇 …: each is a place of that kind, whatever
    jieba guessed it was (亚布力/nr, 雪乡/n)."""
    spans: list[Span] = []
    for match in _LISTED_KIND.finditer(ctx.text):
        index = ctx.token_at(match.start())
        if index is None or ctx.tokens[index].start != match.start() or match.end() not in ctx.ends:
            continue  # (张伟、李强等 + 地方官员: the kind must end where a word does)
        items: list[Token] = []
        j = index - 1
        while j >= 0 and _listed_place_item(ctx.tokens[j], ctx.lex):
            items.append(ctx.tokens[j])
            if j == 0 or ctx.tokens[j - 1].word not in _KIND_LIST_JOINERS:
                break
            j -= 2
        if len(items) >= 2 or (items and items[0].flag in ("ns", "nr", "nrt")):
            spans.extend(Span(t.start, t.end, EntityType.PLACE, "place-list", 52) for t in items)
    return spans


RULES = (
    numbered_teams, firms_before_officers, names_listed_as_people,
    works, latin_names, quoted_products, numbered_products, known_names, organizations_by_suffix, events, facilities,
    persons_by_title, ministries_before_heads, persons_by_verb, jieba_names, dictionary_places, place_short_forms,
    persons_before_title, national_teams, subdivisions, routes_and_stations, japanese_names,
    persons_by_age_or_byline, tibetan_names, campuses, villages_and_ports, mountain_passes, listed_roads, numbered_bureaus, numbered_sites, directional_roads, waterside_names, named_trains_and_ships, stations_and_lines, dotted_names, named_divisions, known_persons,
    places_listed_by_kind, japanese_towns, clan_villages, city_towers, bilateral_routes, ocean_quarters, named_markets, province_pairs, endings_cut_after_places,
    islands_of_rare_characters, transit_lines, proper_roads, school_short_names, wards_after_towns, routes_between_places, numbered_roads_and_gullies, dateline_places, listed_towns,
)


# Rules whose type is trusted over the type of a Latin name glossing the span.
_TYPED_RULES = ("lexicon", "org-suffix", "jieba-nt", "person-title", "person-verb", "event", "quoted-product", "jieba-nr", "place-suffix")


def stated_aliases(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """`中文名（Latin）` or `Latin（中文名）`: both names of one entity, joined by the text."""
    latin_spans = {(s.start, s.end): s for s in spans if s.rule.startswith("latin")}
    out: list[Span] = []
    for match in _PAREN.finditer(ctx.text):
        inner_start = match.start(1)
        inner = ctx.text[inner_start : match.end(1)]
        latin = latin_spans.get((inner_start, inner_start + len(inner)))
        parts = re.match(r"(.+?)[，,；;]\s*((?:以下|下文)?(?:简称|下称).+)$", inner)
        if parts:  # （AeroNimbus，下称“云翼”）: a Latin name, then the short name used below
            out.extend(_stated_short_name(ctx, spans, parts.group(2), inner_start + parts.start(2), match.start()))
            inner = parts.group(1)
            latin = latin_spans.get((inner_start, inner_start + len(inner)))
        if latin is None:
            if not parts:
                out.extend(_stated_short_name(ctx, spans, inner, inner_start, match.start()))
            continue
        left_end = match.start()
        if left_end > 0 and ctx.text[left_end - 1] == "》" and ctx.text.rfind("《", 0, left_end) >= 0:
            # 《区域全面经济伙伴关系协定》（RCEP）: the gloss names the work.
            opening = ctx.text.rfind("《", 0, left_end)
            out.append(Span(opening + 1, left_end - 1, EntityType.WORK, "stated-alias", 95, alias_of=inner))
            out.append(Span(latin.start, latin.end, EntityType.WORK, "stated-alias", 95))
            continue
        if left_end > 0 and ctx.text[left_end - 1] in "”」』\"":
            left_end -= 1
            opening = max(ctx.text.rfind(q, 0, left_end) for q in "“「『\"")
            left_start = opening + 1 if opening >= 0 else None
        else:
            left_start = _alias_start(ctx, left_end)
        state = next(
            (t for t in ctx.tokens if left_end - 6 <= t.end <= left_end - 2 and len(t.word) >= 3 and t.word[-1] in "州省郡" and is_place_word(t.word, ctx.lex)),
            None,
        )
        between = ctx.text[state.end : left_end] if state is not None else ""
        if between and all(_is_han(c) for c in between) and not any(between[:k] in ctx.lex.titles for k in range(1, len(between))):
            # 印第安纳州 + 西拉法叶（West Lafayette）: a town named right after its state
            out.append(Span(state.end, left_end, EntityType.PLACE, "stated-alias", 95, alias_of=inner))
            out.append(Span(latin.start, latin.end, EntityType.PLACE, "stated-alias", 95))
            continue
        person_start = None if latin.rule == "latin-context" and latin.type is EntityType.PRODUCT else (
            _person_before_latin(ctx, spans, left_start, left_end, inner)
        )  # 抑制剂吉舒达（Keytruda）: the context names a product, whatever jieba guessed
        if person_start is not None:
            out.append(Span(person_start, left_end, EntityType.PERSON, "stated-alias", 95, alias_of=inner))
            out.append(Span(latin.start, latin.end, EntityType.PERSON, "stated-alias", 95))
            continue
        if left_start is None or left_end - left_start < 2:
            continue
        longer = next((
            s for s in spans if s.end == left_end and s.start < left_start and s.rule in ("facility", "org-suffix", "event")
            and all(_is_han(c) for c in ctx.text[s.start : left_start])
        ), None)
        if longer is not None:
            left_start = longer.start  # 桃园国际机场第三航厦（T3）: the gloss names the whole place a rule found
        left = ctx.text[left_start:left_end]
        if left in ctx.lex.places or left in ctx.lex.org_suffixes or left in ctx.lex.event_suffixes:
            continue  # （香港）+ 有限公司（COSCO-HIT）: a bare ending names nothing
        existing = longer or next((s for s in spans if s.start == left_start and s.end == left_end), None)
        kind = existing.type if existing and (longer is not None or existing.rule in _TYPED_RULES) else latin.type
        if latin.rule == "latin-default" and (existing is None or existing.rule not in _TYPED_RULES) and left.endswith(_DEVICE_NOUNS):
            kind = EntityType.PRODUCT  # 球面射电望远镜（FAST）: the words before the gloss name a device
        if latin.rule == "latin-default" and (existing is None or existing.type is EntityType.PLACE) and (
            left.endswith(tuple(f for f in ctx.lex.facility_suffixes if len(f) >= 2)) or (len(left) >= 3 and left[-1] in _GLOSSED_PLACE_ENDINGS)
        ):
            kind = EntityType.PLACE  # 费罗格朗铁路（Ferrogrão）: a railway, a port or a venue
        if latin.rule == "latin-default" and (existing is None or existing.rule not in ("lexicon", "jieba-nt")) and left.endswith((*ctx.lex.event_suffixes, "会议")):
            kind = EntityType.EVENT  # 国际农业技术展（Agrishow）: a show, not its organiser
        before = ctx.token_at(left_start - 1) if left_start > 0 else None
        if latin.rule == "latin-default" and before is not None and _drug_noun(ctx.tokens[before].word) and (
            existing is None or existing.rule not in ("lexicon", "org-suffix", "jieba-nt")
        ):
            kind = EntityType.PRODUCT  # 降糖药安达唐（Forxiga）: a drug
        if latin.rule == "latin-default" and existing is None and kind is EntityType.ORGANIZATION and _product_line_after(ctx, match.end()):
            kind = EntityType.PRODUCT  # 「天穹」（SkyVault）磷酸铁锂电池系列: a product line
        if existing is None and latin.rule == "latin-default" and len(left) >= 3 and (
            left[-1] in "市县州省镇堡" or inner.split()[0] in ("Fort", "Port", "Mount", "Lake", "Saint", "San", "Santa")
        ):
            kind = EntityType.PLACE  # 德州谢尔曼市（Sherman）, 沃斯堡（Fort Worth）: a city and its Latin name
            cut = next((k for k in range(2, len(left) - 2) if left[:k] in ctx.lex.places), 0)
            left_start += cut  # the state before it is its own mention
        country = next((k for k in (4, 3, 2) if left[:k] in ctx.lex.countries), 0)
        if kind is EntityType.ORGANIZATION and latin.rule == "latin-default" and existing is None and country and is_transliteration(left[country:], ctx.lex) and (
            len(left) - country >= 3 and ctx.text[max(0, left_start - 2) : left_start].endswith((*_PLACE_PREPOSITIONS, *_BUILDING_VERBS))
        ):
            kind = EntityType.PLACE  # 兴建 + 匈牙利 + 德布勒森（Debrecen）: a town in that country
            out.append(Span(left_start, left_start + country, EntityType.PLACE, "stated-alias", 95))
            left_start += country
        if kind is EntityType.ORGANIZATION and country and len(left) - country >= 3 and left[country] not in _STOP_CHARS and not (
            left.endswith(_STATE_BODY_ENDINGS) or left[country : country + 2] in _HOME_PLACES
            or any(left.startswith(t, country) for t in _TRADE_VERBS)  # 日本放送协会（NHK）: a country's body for a trade
        ):
            # 英国 + 企鹅兰登书屋（Penguin Random House）: the country describes the company
            out.append(Span(left_start, left_start + country, EntityType.PLACE, "stated-alias", 95))
            left_start += country
        key = inner
        out.append(Span(left_start, left_end, kind, "stated-alias", 95, alias_of=key))
        if kind is not latin.type and (latin.rule == "latin-default" or longer is not None):
            # 克雷桑（Cryzan）, 台北国际电脑展（COMPUTEX）: the gloss is whatever the name it glosses is.
            out.append(Span(latin.start, latin.end, kind, "stated-alias", 95))
    return out


def _product_line_after(ctx: BlockContext, pos: int) -> bool:
    """Do up to four nouns right after ``pos`` end in a product noun (系列, 手机, 芯片)?"""
    index = ctx.token_at(pos) if pos < len(ctx.text) else None
    if index is None or ctx.tokens[index].start != pos:
        return False
    for token in ctx.tokens[index : index + 4]:
        if token.word in ctx.lex.product_nouns:
            return True
        if not token.flag.startswith("n"):
            return False
    return False


# One-character endings that make a glossed name a place (艾因苏赫纳港（Ain Sokhna）, 标志塔).
_GLOSSED_PLACE_ENDINGS = set("港塔岛湾峡湖河山桥城宫寺庙街")


# Verbs of building or settling before a place (兴建 + 匈牙利德布勒森 + 工厂).
_BUILDING_VERBS = ("兴建", "新建", "扩建", "建设", "落户", "设厂", "迁往", "移居")


# Kinds of device or craft whose names end in the kind (韦布空间望远镜, 祝融号火星车).
_DEVICE_NOUNS = ("系统", "平台", "望远镜", "探测器", "卫星", "火箭", "飞船", "空间站", "火星车", "月球车", "潜水器", "雷达", "对撞机", "加速器")


_SHORT_NAME = re.compile(r"^(?:(?:以下|下文)?(?:简称|下称)[:：]?)?[“「\"]?([\u4e00-\u9fff]{2,8})[”」\"]?$")


def _stated_short_name(ctx: BlockContext, spans: list[Span], inner: str, inner_start: int, left_end: int) -> list[Span]:
    """工业和信息化部（工信部）, 高雄国际机场（小港机场）: the name in brackets is another
    name of the organisation, event or place just before it."""
    short = _SHORT_NAME.match(inner)
    if short is None:
        return []
    candidates = [s for s in spans if s.end == left_end and s.type not in (EntityType.PERSON, EntityType.WORK)]
    if not candidates:
        return _abbreviated_body(ctx, left_end, short.group(1), inner_start + short.start(1))
    full = min(candidates, key=lambda s: (-s.priority, s.start))  # the best, then the longest name
    name, full_name = short.group(1), ctx.text[full.start : full.end]
    if full.type is EntityType.ORGANIZATION and len(name) >= 2 and ctx.text.endswith(name, 0, full.start):
        # 松阳县 + 茶香里 + 农旅开发有限公司（以下简称“茶香里”）: the short name opens the full one
        opening = full.start - len(name)
        place = next((opening - n for n in (4, 3, 2) if opening - n in ctx.starts and is_place_word(ctx.text[opening - n : opening], ctx.lex)), opening)
        full_name = ctx.text[place : full.end]
        start = inner_start + short.start(1)
        return [
            Span(place, full.end, EntityType.ORGANIZATION, "stated-alias", 95, alias_of=full_name),
            Span(start, start + len(name), EntityType.ORGANIZATION, "stated-alias", 95, alias_of=full_name),
        ]
    # 布拉戈维申斯克（海兰泡）: a foreign town's Chinese name, unlike its transliteration
    # 安平古堡（热兰遮城）: a site's other name, ending like a site
    site_name = full.type is EntityType.PLACE and full.rule == "facility" and len(name) >= 3 and name[-1] in _GLOSSED_PLACE_ENDINGS | set("堡楼")
    chinese_name = full.type is EntityType.PLACE and (is_transliteration(full_name, ctx.lex) or site_name) and 2 <= len(name) <= 5 and (
        not is_place_word(name, ctx.lex) and all(_CJK.match(c) for c in name)
    )
    if name == full_name or not (characters_in_order(name, full_name) or name[-1] == full_name[-1] or chinese_name):
        return []
    start = inner_start + short.start(1)
    return [Span(start, start + len(name), full.type, "stated-alias", 95, alias_of=full_name)]


def _abbreviated_body(ctx: BlockContext, left_end: int, name: str, start: int) -> list[Span]:
    """食物安全中心（食安中心）: a body no rule found, named by the text itself: the name in
    brackets keeps the first character and the ending of the words before it, in order."""
    ending = next((e for e in (*ctx.lex.org_suffixes, "中心") if name.endswith(e)), None)
    if ending is None and name[-1] in _ORG_END_CHARS:
        ending = name[-1]
    left_start = _alias_start(ctx, left_end) if ending else None
    if left_start is None:
        return []
    full = ctx.text[left_start:left_end]
    if not (len(name) + 2 <= len(full) <= 12 and full[0] == name[0] and full.endswith(ending) and characters_in_order(name, full)):
        return []
    return [
        Span(left_start, left_end, EntityType.ORGANIZATION, "stated-alias", 95, alias_of=full),
        Span(start, start + len(name), EntityType.ORGANIZATION, "stated-alias", 95, alias_of=full),
    ]


def _person_before_latin(ctx: BlockContext, spans: list[Span], left_start: int | None, left_end: int, latin: str) -> int | None:
    """梅腾斯（Elise Mertens）: where the person's name before a ``Firstname Lastname`` gloss
    starts (a name a rule found, or a run of transliteration characters), or None."""
    words = latin.split()
    if not _PERSON_LATIN.match(latin) or any(w.lower() in ctx.lex.latin_org_words for w in words):
        return None
    found = next((s for s in spans if s.end == left_end and s.rule in _TYPED_RULES), None)
    if found is not None:
        return found.start if found.type is EntityType.PERSON else None
    if left_start is not None and 2 <= left_end - left_start <= 4 and chinese_name_at(ctx, left_start, after_title=True) == left_end - left_start:
        return left_start  # 林志强（Lim Chee Keong）: a Chinese name and its romanisation
    start = left_end
    while start > 0 and left_end - start < 10 and (ctx.text[start - 1] in ctx.lex.transliteration or ctx.text[start - 1] == "·"):
        start -= 1
    if left_start is not None and start > left_start and left_start >= 3 and ctx.text[left_start - 1] == "·":
        k = left_start - 1  # 西雅尔多·彼得: a dotted name whose last part has a character the list lacks
        while k > 0 and left_end - k < 14 and (ctx.text[k - 1] in ctx.lex.transliteration or ctx.text[k - 1] == "·"):
            k -= 1
        if left_start - 1 - k >= 2:
            start = k
    if start < left_end and left_end - start < 2 and left_start is not None and 2 <= left_end - left_start <= 6:
        start = left_start  # a name with a character the list lacks (奥斯塔朋科)
    # 比利时梅腾斯: a place written just before the name is not part of it.
    for cut in range(start, left_end - 1):
        if ctx.text[start:cut] in ctx.lex.places:
            start = cut
    if left_end - start < 2 or ctx.text[start:left_end] in ctx.lex.places:
        return None
    return start


# Verbs jieba's dictionary tags as nouns (利用/n), which stand before a name, not in it.
_VERBS_TAGGED_AS_NOUNS = {
    "利用", "借助", "采用", "使用", "透过", "通过", "依托", "引进", "携手", "交由", "交给",
    "荣获", "荣膺", "获颁", "委托", "任教", "毕业", "供职", "建议", "要求", "呼吁", "新建", "扩建", "兴建", "筹建",
    "批予", "批给", "判予", "判给", "授予", "借展",
}


def _drug_noun(word: str) -> bool:
    """降糖药, 抗癌新药, 疫苗: a kind of drug, which stands before a drug's name."""
    return (len(word) >= 2 and word.endswith("药") and word not in ("医药", "制药", "中药", "西药", "农药")) or word in ("疫苗", "新药")


# Words that introduce another name of a place or body (古称, 旧称, 又称).
_FORMER_NAME_WORDS = {"古称", "旧称", "又称", "原称", "别称", "俗称", "简称", "全称", "原名", "旧名", "古名", "别名"}


def _alias_start(ctx: BlockContext, left_end: int) -> int | None:
    index = ctx.token_at(left_end - 1)
    if index is None:
        return None
    start = None
    j = index
    while j >= 0:
        token = ctx.tokens[j]
        if _PUNCT.match(token.word) or token.word.isspace() or not _CJK.search(token.word):
            break
        bare_ending = start is not None and ctx.text[start:left_end] in ctx.lex.org_suffixes  # 药物 + 管理局: the noun opens the name
        if (token.word in ctx.lex.category_nouns and not bare_ending) or token.word in _STOP_CHARS or token.word in ctx.lex.titles:
            break
        if j < index and not bare_ending and (_drug_noun(token.word) or token.word in _VERBS_TAGGED_AS_NOUNS):
            break  # 降糖药 + 安达唐（Forxiga）, 利用 + 英伟达（NVIDIA）: a kind of drug or a verb before the name
        if j < index and token.word == "商" and j > 0 and _marks_firm(ctx.tokens[j - 1].word, ctx.lex):
            break  # 丹麦商 + 沃旭能源（Ørsted）: a country's firm, then its name
        quarter = (token.word in _QUARTER_WORDS or token.word in _AGE_WORDS) and j < index  # 南方 + 航空（China Southern）
        if (token.flag.startswith(("u", "p", "c", "r", "d", "m", "t", "q", "f")) and not quarter) or (
            j < index and token.flag.startswith("v") and token.flag != "vn"
        ):
            if not _rare_word_opens_name(ctx, j):
                break  # 继续推进 + 中巴地球资源卫星（CBERS）: a verb before the name ends it
        if left_end - token.start > 14:
            break
        if j < index and (token.word in _VISIT_VERBS or (token.flag == "vn" and token.word.endswith("往"))):
            break  # 运往 + 苏伊士运河经济区（SCZone）: a verb of going before the place
        if j < index and token.word in _FORMER_NAME_WORDS:
            break  # 泉州 + 古称 + 刺桐（Zayton）: a place's old name, not part of it
        last = ctx.tokens[index]
        if j < index and is_place_word(token.word, ctx.lex) and last.flag in ("ns", "nr", "nrt") and not is_place_word(last.word, ctx.lex):
            break  # 美国/德州/沃斯堡（Fort Worth）: the places before a place name are their own
        start = token.start
        j -= 1
    foreign = _transliterated_name_start(ctx, left_end)
    if foreign is not None and (start is None or foreign < start):
        return foreign  # 德国 + 费/斯托（Festo）, 日本 + 发/那科（FANUC）: a transliteration jieba cut
    return start


def _opens_clause(ctx: BlockContext, index: int) -> bool:
    """Does a name starting at token ``index`` open its clause: after punctuation, a
    category noun (企业, 公司) or a place (德国 + 费斯托)?"""
    if index <= 0:
        return True
    before = ctx.tokens[index - 1]
    return bool(_PUNCT.match(before.word)) or before.word.isspace() or before.word in ctx.lex.category_nouns or is_place_word(before.word, ctx.lex)


def _rare_word_opens_name(ctx: BlockContext, j: int) -> bool:
    """优/必选/科技（UBTECH）, 企业 + 子午/机器人: a rare verb or time word that jieba cut out
    of a name at the start of its clause (alone or after one character) is part of it."""
    token = ctx.tokens[j]
    entry = dictionary_entry(token.word)
    if not token.flag.startswith(("v", "t")) or (entry is not None and entry[0] >= 200):
        return False
    if j > 0 and len(ctx.tokens[j - 1].word) == 1 and ctx.tokens[j - 1].flag.startswith(("n", "a")):
        return _opens_clause(ctx, j - 1)  # 优 + 必选
    return token.flag.startswith("t") and _opens_clause(ctx, j)  # (but 受惠 + 辉达: a verb opening the clause is one)


def _transliterated_name_start(ctx: BlockContext, end: int) -> int | None:
    """Where a run of three to six transliteration characters ending at ``end`` starts, when
    it opens its clause on a word boundary, or None."""
    start = end
    while start > 0 and end - start < 6 and ctx.text[start - 1] in ctx.lex.transliteration:
        start -= 1
    while start < end - 2 and not (start in ctx.starts and _opens_clause(ctx, ctx.token_at(start))):
        start += 1
    if end - start < 3 or start not in ctx.starts or not _opens_clause(ctx, ctx.token_at(start)):
        return None
    return start


_PERSON_LIST_JOINERS = "、/／"


def listed_persons(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """刘圣书/谭宁, 公兵、乐文婉: Chinese names listed right next to a person a rule vouches for."""
    text = ctx.text
    out: list[Span] = []
    for span in spans:
        if span.type is not EntityType.PERSON or not span.strong:
            continue
        pos = span.end
        while pos < len(text) - 1 and text[pos] in _PERSON_LIST_JOINERS:
            length = chinese_name_at(ctx, pos + 1, after_title=True)
            if not length or _known(text[pos + 1 : pos + 1 + length], ctx.lex):
                break
            out.append(Span(pos + 1, pos + 1 + length, EntityType.PERSON, "person-list", 60))
            pos += 1 + length
        end = span.start - 1
        while end > 1 and text[end] in _PERSON_LIST_JOINERS:
            start = next((end - n for n in (3, 2, 4) if end - n >= 0 and chinese_name_at(ctx, end - n, after_title=True) == n), None)
            if start is None or _known(text[start:end], ctx.lex):
                break
            opens = start == 0 or not _is_han(text[start - 1]) or start in ctx.starts
            if not opens:
                break
            out.append(Span(start, end, EntityType.PERSON, "person-list", 60))
            end = start - 1
    return out


@cache
def _greedy(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern with its lazy run made greedy."""
    return re.compile(pattern.pattern.replace("}?", "}"))


def _unit_after(
    ctx: BlockContext, span: Span, pattern: re.Pattern[str], verbs: bool, joiners: str = "", opening_verb: bool = False
) -> re.Match[str] | None:
    """The unit's name and ending right after the body ``span`` (``pattern``: a run of
    characters, then an ending), if it ends a word and its words can be part of a name:
    no function words or titles; ordinals (第一) are fine, and with ``verbs`` so are verbs
    other than the commonest (商业罪案调查科, not 政府表示将…局); ``joiners`` may join two
    nouns inside the name (机械科学与工程学院); with ``opening_verb`` a verb may open it
    (接合科学研究所)."""
    match = pattern.match(ctx.text, span.end)
    if match and match.end() not in ctx.ends:
        # 国家空间科 + 学中心: the shortest unit ends inside a word; try the longest
        match = _greedy(pattern).match(ctx.text, span.end)
    if not match or match.end() not in ctx.ends:
        return None
    inner = match.group(1)
    for k, ch in enumerate(inner):
        if ch not in _STOP_CHARS or (ch in joiners and 0 < k < len(inner) - 1):
            continue
        holder = ctx.token_at(span.end + k)
        word = ctx.tokens[holder].word if holder is not None else ch
        if len(word) == 1 or dictionary_entry(word) is None:
            return None  # 政府表示将…局: a function word; but 高等教育司 holds 等 inside a word
    first, last = ctx.token_at(span.end), ctx.token_at(match.start(2))
    if last is not None and ctx.tokens[last].start < match.start(2):
        if ctx.tokens[last].flag.startswith("v") and ctx.tokens[last].flag != "vn":
            return None  # 内政部长签/署: the ending is the tail of a verb
        last += 1  # 化学系: a word holding the end of the name and the ending
    for token in ctx.tokens[first:last] if first is not None and last is not None else ():
        if token.word.startswith("第") or token.flag == "vn" or token.word in joiners:
            continue
        if token.word in ctx.lex.titles or token.word in _APPOSITION_WORDS:
            return None  # 拓展署 + 辖下 + 土力工程处: two bodies
        if token.flag == "v" and token.start == span.end and not opening_verb and not is_place_word(token.word, ctx.lex):
            return None  # 贝尔公司 + 买下 + 纽新公司: a verb right after the body starts a clause
        if token.flag.startswith("v") and verbs:
            if (dictionary_entry(token.word) or (0, ""))[0] > 20000:
                return None
        elif token.flag.startswith(_STOP_FLAGS) and not is_place_word(token.word, ctx.lex):
            return None  # (警察局 + 大同/d + 分局: a district jieba read as an adverb is fine)
    return match


_AFFILIATED = re.compile("附属|附设")
_AFFILIATED_HOSPITAL = re.compile(rf"(?:{_AFFILIATED.pattern})[\u4e00-\u9fff]{{0,6}}?医院")
_DEPARTMENT = re.compile(r"([\u4e00-\u9fff]{0,10}?)(学系|系|医学院|学院|书院|研究所|研究院|研究中心|实验室|医院|中心)")


_ACADEMY_UNIT = re.compile(r"([\u4e00-\u9fff]{0,12}?)(研究所|研究院|研究中心|实验室|天文台|植物园)")


def departments(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """港大化学系, 中大医学院, 香港中文大学艺术系, 兰州大学法学院: a university's
    department or school, named right after the university, is one organisation."""
    out: list[Span] = []
    text = ctx.text
    for span in spans:
        name = text[span.start : span.end]
        if span.type is EntityType.ORGANIZATION and name.endswith("科学院"):
            # 中国科学院 + 国家天文台, 中国科学院 + 水生生物研究所: an institute of an academy
            match = _unit_after(ctx, span, _ACADEMY_UNIT, verbs=True, joiners="与", opening_verb=True)
            if match and match.group(1):
                out.append(Span(span.start, match.end(), EntityType.ORGANIZATION, "department", 81))
            continue
        if span.type is not EntityType.ORGANIZATION or not (name.endswith(("大学", "大")) or name in ctx.lex.organizations and name.endswith("大")):
            continue
        match = _unit_after(ctx, span, _DEPARTMENT, verbs=True, joiners="与及", opening_verb=True)
        if not match:
            continue  # 港大和中大学生: not a department
        if match.group(2) == "中心" and len(match.group(1)) < 2:
            continue  # a centre is a department only with its own name (天体物理中心)
        if match.group(2) == "医院" and not _AFFILIATED.search(match.group(1)):
            continue  # 复旦大学附属中山医院, 郑州大学第一附属医院: only an affiliated hospital
        end = match.end()
        if match.group(2).endswith("学院"):
            hospital = _AFFILIATED_HOSPITAL.match(text, end)
            if hospital and hospital.end() in ctx.ends:
                end = hospital.end()  # 上海交通大学医学院 + 附属胸科医院: the school's hospital
        out.append(Span(span.start, end, EntityType.ORGANIZATION, "department", 81))
    return out


_SUB_UNIT = re.compile(r"([\u4e00-\u9fff]{0,10}?)(研究中心|研究所|研究院|分行|支行|分公司|分局|分院|分会|分社|分所|办事处|代表处|事务所|办公室|派出所|调查科|委员会|指挥部|搜救队|特勤队|重案组|刑事调查队|总部|中心|科|处|局|署|分署|司)")
_PARENT_ENDINGS = ("政府", "局", "署", "处", "部", "委员会", "银行", "公司", "集团", "法院", "检察院", "警务处", "警区", "会", "院", "党", "协会", "军")
_ZONE_ADMINISTRATION = re.compile(r"管委会|管理委员会")


def _common_unit_word(word: str) -> bool:
    """部署, 布局, 学科: a frequent dictionary word that only ends like an office."""
    entry = dictionary_entry(word)
    return entry is not None and entry[0] >= 1000 and entry[1] != "nt"


def sub_units(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """中国银行匈牙利分行, 无锡市公安局新吴分局, 人民政府新闻办公室, 警务处商业罪案调查科:
    a branch or office named right after its parent body is one organisation."""
    out: list[Span] = []
    text = ctx.text
    for span in spans:
        if span.type is EntityType.PLACE and text[span.start : span.end].endswith(_ZONE_FACILITIES):
            zone_body = _ZONE_ADMINISTRATION.match(text, span.end)
            if zone_body:  # 武汉东湖新技术开发区管委会: the zone's administration
                out.append(Span(span.start, zone_body.end(), EntityType.ORGANIZATION, "sub-unit", 84))
            continue
        name = text[span.start : span.end]
        if span.type is not EntityType.ORGANIZATION or not (name.endswith(_PARENT_ENDINGS) or name in ctx.lex.organizations):
            continue
        # 立法院 + 外交及国防委员会: a committee of two fields
        match = _unit_after(ctx, span, _SUB_UNIT, verbs=True, joiners="及与和")
        if not match or (not match.group(1) and match.group(2) not in ("办公室", "重案组", "刑事调查队")):
            continue
        if not name.endswith(_PARENT_ENDINGS) and not match.group(2).startswith(("分", "办事处", "代表处", "办公室", "事务所", "指挥部")):
            continue  # 新华社 + 莫斯科: a listed body takes only branches and offices here
        if is_place_word(match.group(1) + match.group(2), ctx.lex):
            continue  # 莫斯科, not a 科
        if match.group(2) == "中心" and not ((name.endswith(("科学院", "研究院", "大学")) or match.group(1).endswith("管理")) and len(match.group(1)) >= 4):
            continue  # 中国科学院 + 国家空间科学中心: an academy's centre; a firm's 数据中心 is a site
        if len(match.group(1)) == 1 and _common_unit_word(match.group(1) + match.group(2)):
            continue  # 国务院 + 部署, 当局: a common word ending like a unit
        unit = text[span.end : match.end()]
        if name.endswith(_BUREAU_ENDINGS) and unit.endswith(_BUREAU_ENDINGS) and unit in ctx.lex.organizations:
            continue  # 消防处 + 屋宇署: two bureaus side by side, not one inside the other
        if match.group(2) == "司" and match.group(1).endswith("警"):
            continue  # 交通总部 + 总警司: a police rank after the body, not a department
        if match.group(2) == "司" and match.group(1).endswith("公"):
            continue  # 谷歌母公司, 台积电日本子公司, X公司Y公司: another company, not a department
        if match.group(2) == "科" and "院" in text[span.start : match.end()]:
            continue  # 屯门医院急症科: a hospital's department
        out.append(Span(span.start, match.end(), EntityType.ORGANIZATION, "sub-unit", 81))
    return out


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the best of overlapping spans: higher priority, then longer, then earlier."""
    chosen: list[Span] = []
    taken: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (-s.priority, -(s.end - s.start), s.start)):
        if span.end <= span.start:
            continue
        if any(span.start < end and start < span.end for start, end in taken):
            continue
        chosen.append(span)
        taken.append((span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def split_titles(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """jieba glues a title onto the body before it (大学教授, 博物馆馆长); split such words so
    the body's name ends at a word boundary and the title stands alone. A place glued to
    籍 (江西籍) is split the same way, and words the dictionary tags wrongly (围棋/v,
    青年/t, 抗议/nz, and the common nouns of ``not_persons.txt`` tagged as names) are retagged."""
    out: list[Token] = []
    skip = False
    for index, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        word = token.word
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            token.flag.startswith("nr") and len(word) == 3 and word[:2] in lex.titles and word[2] in lex.surnames
            and following is not None and following.flag.startswith("nr") and len(following.word) <= 2 and following.start == token.end
        ):
            # 关长林/nr + 志宏/nr: a title glued to the surname of the name that follows
            out.append(Token(word[:2], "n", token.start, token.start + 2))
            out.append(Token(word[2] + following.word, "nr", token.start + 2, following.end))
            skip = True
            continue
        if word == "区区" and following is not None and following.word == "议会" and out and out[-1].end == token.start and len(out[-1].word) <= 2:
            # 南/ns + 区区/n + 议会: jieba read "district" twice as 区区 (a trifle)
            previous = out.pop()
            out.append(Token(previous.word + "区", "ns", previous.start, token.start + 1))
            out.append(Token("区", "n", token.start + 1, token.end))
            continue
        trade_maker = len(word) >= 2 and dictionary_entry(word) is None and index > 0 and (
            len(tokens[index - 1].word) == 2 and tokens[index - 1].flag == "n" and dictionary_entry(tokens[index - 1].word + "商") is None
        )  # 烟火 + 商丸/n: a maker of a trade, then a name jieba glued to 商
        if word[0] == "商" and index > 0 and tokens[index - 1].end == token.start and (
            (len(word) >= 3 and _marks_firm(tokens[index - 1].word, lex)) or trade_maker
        ):
            # 丹麦 + 商沃旭/nr, 设备 + 商弘塑/nr: a country's or a trade's firm (丹麦商, 设备商), then its name
            out.append(Token("商", "n", token.start, token.start + 1))
            out.append(Token(word[1:], token.flag, token.start + 1, token.end))
            continue
        cut = next(
            (len(word) - n for n in range(2, min(lex.max_title, len(word) - 1) + 1)
             if word[-n:] in lex.titles and word[:-n].endswith(lex.org_suffixes)),
            None,
        )
        if word in _RETAGGED:
            out.append(Token(word, _RETAGGED[word], token.start, token.end))
            continue
        if token.flag.startswith("nr") and word in lex.not_persons:
            out.append(Token(word, "n", token.start, token.end))  # 友谊/nr, 卫星/nr: common nouns
            continue
        if (
            len(word) == 1 and following is not None and len(following.word) == 1 and following.start == token.end
            and word + following.word in lex.places and token.flag == "q" and following.flag in ("f", "n", "ng")
            and not (out and (out[-1].flag in ("m", "r") or out[-1].word in ("这", "那", "一", "每", "哪")))  # (这台/中…: a measure word)
        ):
            # 台/q + 中/f + 捷运公司: jieba cut a city's name into a measure word and another
            out.append(Token(word + following.word, "ns", token.start, following.end))
            skip = True
            continue
        if (
            len(word) == 2 and word[1] in "村庄屯寨镇乡" and token.flag == "ns" and out and out[-1].end == token.start
            and out[-1].flag in ("nr", "nrfg") and 2 <= len(out[-1].word) <= 3
        ):
            # 刘家/nrfg + 湾村/ns: a village named like a family, not a person
            previous = out.pop()
            out.append(Token(previous.word + word, "ns", previous.start, token.end))
            continue
        if (
            len(word) == 3 and word[0] in "河江湖溪" and word[1:] in ("南岸", "北岸", "东岸", "西岸", "沿岸", "两岸") and out and out[-1].end == token.start
            and out[-1].flag in ("n", "nr", "nz", "ns") and 2 <= len(out[-1].word) <= 3 and all(_is_han(c) for c in out[-1].word)
        ):
            # 鸭子 + 河南岸/ns: a river's bank, not the province 河南
            previous = out.pop()
            out.append(Token(previous.word + word[0], "ns", previous.start, token.start + 1))
            out.append(Token(word[1:], "f", token.start + 1, token.end))
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            word == "任何" and out and out[-1].word.endswith("主") and out[-1].end == token.start and following is not None
            and following.start == token.end and following.flag.startswith("nr") and len(following.word) <= 2
        ):
            # 主/b + 任何/r + 晓晴/nr: the title 主任, then a person named 何
            previous = out.pop()
            if len(previous.word) > 1:
                out.append(Token(previous.word[:-1], previous.flag, previous.start, previous.end - 1))
            out.append(Token("主任", "n", previous.end - 1, token.start + 1))
            out.append(Token("何", "nr", token.start + 1, token.end))
            continue
        if (
            word in ("岛上", "路上", "街上", "桥上") and out and out[-1].end == token.start and out[-1].flag == "ns" and len(out[-1].word) == 2
            and out[-1].word not in lex.countries
        ):
            # 太阳/ns + 岛上/s, 张掖/ns + 路上: an island or a road named after a place, then 上 (on)
            previous = out.pop()
            out.append(Token(previous.word + word[0], "ns", previous.start, token.start + 1))
            out.append(Token("上", "f", token.start + 1, token.end))
            continue
        if (
            len(word) == 2 and word[0] in "局署处部" and word[1] in _ADVERB_CHARS | set("则已将") and dictionary_entry(word) is None
            and index > 0 and tokens[index - 1].end == token.start and tokens[index - 1].flag in ("n", "vn", "nz")
        ):
            # 港口 + 局则/n: jieba glued the adverb after a body's ending onto it
            out.append(Token(word[0], "n", token.start, token.start + 1))
            out.append(Token(word[1], "d", token.start + 1, token.end))
            continue
        if cut is None and len(word) >= 3 and word[-1] == "籍" and is_place_word(word[:-1], lex):
            # 江西籍 (jieba: a person's name): a place, then "native of"
            out.append(Token(word[:-1], "ns", token.start, token.end - 1))
            out.append(Token("籍", "n", token.end - 1, token.end))
            continue
        if cut is None:
            out.append(token)
            continue
        out.append(Token(word[:cut], "n", token.start, token.start + cut))
        out.append(Token(word[cut:], "n", token.start + cut, token.end))
    return out


def extract_block(text: str) -> tuple[str, list[Token], list[Span]]:
    """Candidates in one block's Simplified text: ``(simplified, tokens, spans)``."""
    lex = lexicon()
    ctx = BlockContext(text, split_titles(tag(text), lex), lex)
    spans: list[Span] = []
    for rule in RULES:
        spans.extend(rule(ctx))
    spans.extend(departments(ctx, spans))
    spans.extend(airport_terminals(ctx, spans))
    units = sub_units(ctx, spans)
    spans.extend(units + sub_units(ctx, units))  # 经济部 + 水利署 + 第五河川分署
    spans.extend(stated_aliases(ctx, spans))
    spans.extend(listed_persons(ctx, spans))
    spans.extend(hyphenated_places(ctx, spans))
    spans.extend(branded_models(ctx, spans))
    spans.extend(cups(ctx, spans))
    spans.extend(branded_services(ctx, spans))
    spans.extend(high_speed_stations(ctx, spans))
    spans.extend(paired_country_names(ctx, spans))
    spans.extend(listed_divisions(ctx, spans))
    spans.extend(nested_divisions(ctx, spans))
    spans.extend(devices_named_after_people(ctx, spans))
    spans.extend(numbered_places(ctx, spans))
    spans.extend(road_sections_by_direction(ctx, spans))
    spans.extend(directional_provinces(ctx, spans))
    # 公安局, 国家队, 党组织: a kind of body named alone is no organisation.
    spans = [s for s in spans if not (s.type is EntityType.ORGANIZATION and text[s.start : s.end] in lex.not_organizations)]
    spans = [s for s in spans if not _place_inside_quoted_name(ctx, s)]
    spans = [s for s in spans if not (s.type in (EntityType.PLACE, EntityType.PERSON) and _ends_storm_name(ctx, s.start))]
    return text, ctx.tokens, resolve_overlaps(spans)


# 台风桦 + 加沙: a storm's name, whose end is read as a place (加沙, Gaza) or a person
_STORM_NAME_OPENING = re.compile(f"(?:{'|'.join(_STORM_WORDS)})[“「\"]?([\u4e00-\u9fff]{{1,2}})$")


def _ends_storm_name(ctx: BlockContext, start: int) -> bool:
    """Does a name at ``start`` end a storm's name (台风桦/zg + 加沙), not follow a word
    after the storm (台风登陆/v + 广东)?"""
    match = _STORM_NAME_OPENING.search(ctx.text, max(0, start - 6), start)
    if match is None:
        return False
    index = ctx.token_at(match.start(1))
    return index is not None and ctx.tokens[index].flag in ("zg", "g", "ng", "nr", "nrt", "x") and ctx.tokens[index].end <= start


def directional_provinces(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """东爪哇省, 西爪哇省, 北苏门答腊省: a province named by a direction and a known place."""
    out: list[Span] = []
    text = ctx.text
    for span in spans:
        start, end = span.start, span.end
        if span.type is EntityType.PLACE and end < len(text) and text[end - 1] not in "省州" and text[end] in "省州" and text[start:end] in ctx.lex.countries:
            end += 1  # 北 + 哈萨克斯坦 + 州: a province named after its country
        if span.type is EntityType.PLACE and start > 0 and text[start - 1] in "东南西北中" and text[end - 1] in "省州" and (
            text[start:end] in ctx.lex.places or text[start : end - 1] in ctx.lex.places
        ) and (start - 1 == 0 or not _is_han(text[start - 2]) or text[start - 2] in _FUNCTION_CHARS or start - 1 in ctx.starts):
            out.append(Span(start - 1, end, EntityType.PLACE, "place-suffix", span.priority + 2))
    for i, token in enumerate(ctx.tokens[:-1]):
        word = token.word
        if len(word) >= 3 and word[0] in "东南西北中" and word[1:] in ctx.lex.places and ctx.tokens[i + 1].word in ("省", "州"):
            out.append(Span(token.start, ctx.tokens[i + 1].end, EntityType.PLACE, "place-suffix", 68))  # 西爪哇/nrt + 省
    return out


def road_sections_by_direction(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """干诺道西, 德辅道中, 漆咸道南: a road named with the direction of its section, written
    after the road's name (Hong Kong's way)."""
    out: list[Span] = []
    text = ctx.text
    for span in spans:
        end = span.end
        if span.type is EntityType.PLACE and text[end - 1] in "道路街" and end < len(text) and text[end] in "东南西北中" and (
            end + 1 == len(text) or text[end + 1] in "及和与、，。；的至一（("
        ):
            out.append(Span(span.start, end + 1, EntityType.PLACE, "facility", span.priority + 1))
    return out


_CAVE_NUMBER = re.compile(r"第[\d一二三四五六七八九十百]+[窟号]")
_AREA_NUMBER = re.compile(r"第[\dA-Z一二三四五六七八九十百]+区")


def numbered_places(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """莫高窟第220窟, 龙门石窟第20窟: one numbered cave of a named cave site; 屯门第54区: a
    numbered planning area of a district."""
    out: list[Span] = []
    for span in spans:
        if span.type is not EntityType.PLACE:
            continue
        number = (_CAVE_NUMBER if ctx.text[span.end - 1] == "窟" else _AREA_NUMBER).match(ctx.text, span.end)
        if number:
            out.append(Span(span.start, number.end(), EntityType.PLACE, "facility", 90))
    return out


def devices_named_after_people(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """墨子巡天望远镜, 哈勃空间望远镜: a person's name, a few field words and a kind of
    device name the device, not the person."""
    out: list[Span] = []
    for span in spans:
        name = ctx.text[span.start : span.end]
        if span.type is not EntityType.PERSON or not (span.rule == "known-person" or is_transliteration(name, ctx.lex)):
            continue  # a figure devices are named after, not 李明 + 卫星
        index = ctx.token_at(span.end)
        if index is None or ctx.tokens[index].start != span.end:
            continue
        for token in ctx.tokens[index : index + 3]:
            if token.word.endswith(_DEVICE_NOUNS):
                out.append(Span(span.start, token.end, EntityType.PRODUCT, "named-device", 88))
                break
            if token.flag not in ("n", "vn", "nz") or len(token.word) > 3:
                break
    return out


_NESTED_DIVISION_ENDINGS = ("省", "市", "县", "区", "州", "旗", "盟")


def nested_divisions(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """贵州省黔南布依族苗族自治州 (one jieba word): a division written right after the one
    that holds it is a mention of its own, as is its parent."""
    places = ctx.lex.places
    out: list[Span] = []
    for span in spans:
        name = ctx.text[span.start : span.end]
        if span.type is not EntityType.PLACE or name in places or len(name) < 5:
            continue
        for k in range(2, len(name) - 2):
            head, rest = name[:k], name[k:]
            if head in places and head.endswith(_NESTED_DIVISION_ENDINGS) and rest in places and rest.endswith(_NESTED_DIVISION_ENDINGS):
                out.append(Span(span.start, span.start + k, EntityType.PLACE, "nested-division", span.priority + 1))
                out.append(Span(span.start + k, span.end, EntityType.PLACE, "nested-division", span.priority + 1))
                break
    return out


# Short forms news uses only in pairs with 中 (中老铁路, 中吉乌铁路, 中蒙俄经济走廊); alone
# they are common characters, so they are not in place_abbreviations.txt.
_PAIRED_SHORT_FORMS = set("老吉乌哈塔蒙缅柬新马土葡西意荷埃沙阿非拉")
# Short forms used only in pairs that a party of the country is also named by (哈方, 缅方);
# 西方, 土方, 新方, 老方, 拉方, 马方 and 非方 are read otherwise too often.
_PARTY_SHORT_FORMS = _PAIRED_SHORT_FORMS - set("西土新老拉马非")


def paired_country_names(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """中越友谊铁路大桥, 中老铁路: a site or body named after two countries starts at their
    short forms, which jieba cuts off (中/越/友谊) or glues to the word before (继中/老)."""
    text, short = ctx.text, ctx.lex.place_abbreviations
    paired = short.keys() | _PAIRED_SHORT_FORMS
    out: list[Span] = []
    for span in spans:
        if span.type not in (EntityType.PLACE, EntityType.ORGANIZATION) or span.end - span.start < 3:
            continue
        start = span.start
        glued = ctx.tokens[ctx.token_at(start)].word == text[start : start + 2]
        if glued and text[start] not in paired and text[start + 1] == "中" and text[start + 2] in paired:
            start += 1  # a verb glued to 中: 继中/老/铁路
        else:
            while start > 0 and text[start - 1] in paired:
                start -= 1  # 中/越/友谊铁路大桥
            if span.start - start < 2 or not (start == 0 or start in ctx.starts):
                continue
        if text[start] == "中" and start != span.start:
            out.append(replace(span, start=start, priority=span.priority + 1, rule=span.rule + "+pair"))
    return out


_DIVISION_ENDINGS = "市县乡镇区村"


def listed_divisions(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """吉安乡及新城乡: a two-character name with the same division ending, listed right next
    to a place, is a place too (jieba cuts it 新/城乡)."""
    text = ctx.text
    out: list[Span] = []
    for span in spans:
        ending = text[span.end - 1]
        if span.type is not EntityType.PLACE or ending not in _DIVISION_ENDINGS or span.end - span.start < 3:
            continue
        for start in (span.end + 1, span.start - 4):
            joiner = text[span.end : span.end + 1] if start > span.start else text[span.start - 1 : span.start]
            end = start + 3
            if start < 0 or end > len(text) or joiner not in ("、", "及", "和", "与") or text[end - 1] != ending:
                continue
            name = text[start : end - 1]
            if not all(_is_han(c) and c not in _STOP_CHARS for c in name) or (end < len(text) and _is_han(text[end]) and end not in ctx.starts):
                continue
            if start < span.start and start > 0 and _is_han(text[start - 1]) and start not in ctx.starts:
                continue
            if ending == "区" and dictionary_entry(name) is not None:
                continue  # 宫殿区、祭祀区: areas of a site named by common nouns
            if dictionary_entry(text[start:end]) is None or text[start:end] in ctx.lex.places:
                out.append(Span(start, end, EntityType.PLACE, "listed-division", 66))
    return out


def high_speed_stations(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """高铁嘉义站, 高铁左营站: a high-speed rail station is named with 高铁."""
    return [
        Span(s.start - 2, s.end, EntityType.PLACE, s.rule, s.priority + 1)
        for s in spans
        if s.type is EntityType.PLACE and ctx.text.endswith("站", 0, s.end) and s.start >= 2 and ctx.text[s.start - 2 : s.start] == "高铁"
    ]


# Services a company names after itself (华为应用市场, 阿里云, 百度地图; not 会议: 立法会会议).
_SERVICE_NOUNS = ("应用市场", "应用商店", "云", "输入法", "浏览器", "地图", "网盘", "文档", "翻译", "钱包", "支付")


_CLOUD_WORDS = ("计算", "服务", "端", "存储", "平台")


def branded_services(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """华为应用市场, 华为云: a listed company glued to a service's noun names a product."""
    out = []
    for span in spans:
        if span.type is not EntityType.ORGANIZATION or ctx.text[span.start : span.end] not in ctx.lex.organizations:
            continue
        service = next((n for n in _SERVICE_NOUNS if ctx.text.startswith(n, span.end) and span.end + len(n) in ctx.ends), None)
        after = span.end + len(service or "")
        # 亚马逊 + 云计算服务: the noun starts a longer word (jieba's dictionary lacks 云计算)
        longer = service and (any(dictionary_entry(ctx.text[span.end : after + k]) for k in (1, 2, 3)) or ctx.text.startswith(_CLOUD_WORDS, after))
        if service and not longer:
            out.append(Span(span.start, span.end + len(service), EntityType.PRODUCT, "service", 86))
    return out


def cups(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """尤伯杯, 汤尤杯, 戴维斯杯: what reads as a name before 杯 names a cup, which is an event."""
    return [
        Span(s.start, s.end + 1, EntityType.EVENT, "event", 90)
        for s in spans
        if s.type is EntityType.PERSON and ctx.text.startswith("杯", s.end) and s.end + 1 in ctx.ends
    ] + [
        Span(s.start, s.end, EntityType.EVENT, "event", 90)
        for s in spans
        if s.type is EntityType.PERSON and s.end - s.start >= 2 and ctx.text[s.end - 1] == "杯"  # 尤伯杯/nr
    ]


_MODEL_CODE = re.compile(r"[A-Za-z]{1,3}-?\d{1,3}[A-Za-z]{0,2}|Model [A-Z3]")


def branded_models(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """小米SU7, 理想i8, 特斯拉Model Y: a brand written right before a Latin model name is
    part of the product's name."""
    out: list[Span] = []
    lex = ctx.lex
    for span in spans:
        if not span.rule.startswith("latin") or span.type is EntityType.PERSON or span.start < 2:
            continue
        index = ctx.token_at(span.start - 1)
        if index is None:
            continue
        brand = ctx.tokens[index]
        if brand.end != span.start or not 2 <= len(brand.word) <= 4 or not all(_is_han(c) for c in brand.word):
            continue
        listed = brand.word in lex.organizations or brand.word in lex.products
        entry = dictionary_entry(brand.word)
        proper = brand.flag in ("nz", "nr", "nrt", "nrfg", "nt") or entry is None
        common = brand.word in lex.product_nouns or brand.word in lex.category_nouns or is_place_word(brand.word, lex) or (
            brand.flag[:1] in ("v", "p", "d", "m", "q", "r", "t", "c", "u", "f")
        )
        if common or not (listed or proper) or brand.word.endswith(("航", "航空")):
            continue  # 东航C919: an airline flies the model, it does not name it
        if not _MODEL_CODE.match(ctx.text, span.start, span.end) or _MODEL_CODE.match(ctx.text, span.start, span.end).end() != span.end:
            continue  # 苹果App Store, 台积电CoWoS: a service or technology keeps its own name
        out.append(Span(brand.start, span.end, EntityType.PRODUCT, "branded-model", 96))
    for token in ctx.tokens:
        number = _NUMBERED_MODEL.match(ctx.text, token.end) if token.word in lex.organizations and 2 <= len(token.word) <= 4 else None
        if number and not re.match(r"[年月日号名架台辆人万亿%％]", ctx.text[number.end() : number.end() + 1]):
            out.append(Span(token.start, number.end(), EntityType.PRODUCT, "branded-model", 96))  # 波音747, 波音787-10
    return out


# A model number written after a maker's name (波音747, 波音777-300ER, 波音737 MAX).
_NUMBERED_MODEL = re.compile(r"\d{3}(?:-\d{1,3}[A-Z]{0,3})?(?: ?MAX)?(?![\d.])")


def hyphenated_places(ctx: BlockContext, spans: list[Span]) -> list[Span]:
    """南极-艾特肯盆地: a place, a hyphen and a landform or site named after both."""
    places = {s.start: s for s in spans if s.type is EntityType.PLACE}
    out: list[Span] = []
    for span in spans:
        if span.type is not EntityType.PLACE or span.end + 1 >= len(ctx.text) or ctx.text[span.end] not in "-－—":
            continue
        after = places.get(span.end + 1)
        named = ctx.text[after.start : after.end] if after is not None else ""
        if named and named.endswith(ctx.lex.facility_suffixes) and named not in ctx.lex.places:
            out.append(Span(span.start, after.end, EntityType.PLACE, "facility", 90))
    return out


# Rules that guess a person from jieba's tags or a verb after the name, with no title.
_GUESSED_PERSON_RULES = ("jieba-nr", "jieba-nrt", "person-verb", "japanese-name")


# Endings of a group's sister companies (蚂蚁集团 … 蚂蚁银行), longest first.
_SISTER_ENDINGS = ("股份有限公司", "有限公司", "基金会", "银行", "证券", "保险", "人寿", "控股", "资本", "集团", "公司")


# One-character short forms shared by two places: the listed one (place_abbreviations.txt)
# unless the article names this other place and none of the listed one's names (来澳, 访澳
# in a story about Macau).
_SHARED_SHORT_FORMS = {"澳": ("澳门", ("澳大利亚", "澳洲"))}


def extract_article(article: Article) -> ArticleExtraction:
    """Every candidate name in ``article`` (spans in each block's own text), and jieba's
    word boundaries in each block's Simplified copy."""
    candidates: list[Candidate] = []
    boundaries: list[tuple[int, ...]] = []
    blocks = []
    for block in article.blocks:
        conversion = matching_copy(block.text)
        simplified, tokens, spans = extract_block(conversion.text)
        boundaries.append(tuple(sorted({t.start for t in tokens} | {t.end for t in tokens})))
        blocks.append((conversion, simplified, spans))
    # A name the article defines (简称栖云文旅) wins over a guess inside it elsewhere (云文旅董事长).
    # So does a quoted name (“爱因斯坦探针”卫星) over a person inside it.
    defined = {
        simplified[s.start : s.end]
        for _, simplified, spans in blocks
        for s in spans
        if (s.alias_of or (s.rule == "quoted-product" and s.priority >= 88)) and s.end - s.start >= 3
    }
    # A short name the article defines for a body (下称“云翼”) is no person's name where a
    # word runs on from it (云翼正与 …).
    bodies = {
        simplified[s.start : s.end]: s.type
        for _, simplified, spans in blocks
        for s in spans
        if s.alias_of and s.type in (EntityType.ORGANIZATION, EntityType.PRODUCT)
    }
    # A storm the article names (台风柏娜, 柏娜台风) is no person wherever its name stands alone.
    whole_text = "\n".join(simplified for _, simplified, _ in blocks)
    storms = {
        form
        for _, simplified, spans in blocks
        for s in spans
        if s.type is EntityType.PERSON and len(form := simplified[s.start : s.end]) <= 4
        and re.search(f"{_STORM_LEAD}{re.escape(form)}|{re.escape(form)}(?:{'|'.join(_STORM_WORDS)})", whole_text)
    }
    companies = {
        simplified[s.start : s.end]
        for _, simplified, spans in blocks
        for s in spans
        if s.type is EntityType.ORGANIZATION and s.end - s.start >= 4 and simplified[s.start : s.end].endswith(("公司", "集团"))
    }
    # 沃旭能源 … 沃旭副总裁: a firm's name without its trade, which jieba takes for a person's
    lex = lexicon()
    endings = [e for e in lex.org_suffixes if len(e) >= 2]
    trade_stems = {
        form[: -len(ending)]: form
        for _, simplified, spans in blocks
        for s in spans
        if s.type is EntityType.ORGANIZATION
        for form in (simplified[s.start : s.end],)
        for ending in endings
        if form.endswith(ending) and len(form) - len(ending) >= 2
    }
    # 罗兹省 … 波兰罗兹: a division the article names is a place wherever its bare name stands
    division_stems = {
        form[: -len(ending)]
        for _, simplified, spans in blocks
        for s in spans
        if s.type is EntityType.PLACE
        for form in (simplified[s.start : s.end],)
        for ending in ("古镇", "省", "市", "州", "县", "港", "岛", "镇", "村")  # (瓜达尔港 … 瓜达尔, 邵伯古镇 … 邵伯)
        if form.endswith(ending) and len(form) - len(ending) >= 2
    }
    # 蚂蚁集团 … 蚂蚁银行: a sister company named by the same stem and another ending
    sister_stems = [
        stem for stem in sorted(trade_stems, key=len, reverse=True)
        if not is_place_word(stem, lex) and stem not in lex.category_nouns and all(_is_han(c) for c in stem)
    ]
    sister = re.compile(
        "(?:" + "|".join(map(re.escape, sister_stems)) + ")(?:" + "|".join(map(re.escape, _SISTER_ENDINGS)) + ")"
    ) if sister_stems else None
    for index, (conversion, simplified, spans) in enumerate(blocks):
        for match in sister.finditer(simplified) if sister is not None else ():
            if any(s.start < match.end() and match.start() < s.end and not (match.start() <= s.start and s.end <= match.end()) for s in spans):
                continue
            if any(s.start == match.start() and s.end == match.end() for s in spans):
                continue
            spans[:] = [s for s in spans if not (match.start() <= s.start and s.end <= match.end())]
            spans.append(Span(match.start(), match.end(), EntityType.ORGANIZATION, "short-form", 70))
        spans.sort(key=lambda s: s.start)
        inside = [(m.start(), m.end()) for form in defined for m in re.finditer(re.escape(form), simplified)]
        for span_index, span in enumerate(spans):
            body = simplified[span.start : span.end - 1]
            form = simplified[span.start : span.end]
            if span.type is EntityType.PERSON and span.rule == "jieba-nr" and body in bodies and simplified[span.end - 1] in _STOP_CHARS | {"正"}:
                span = spans[span_index] = Span(span.start, span.end - 1, bodies[body], "stated-alias", span.priority)
            elif span.type is EntityType.PERSON and (span.rule in _GUESSED_PERSON_RULES or span.rule == "person-before-title") and form in bodies:
                # 高市府, 龙总 + 主席: a short name the article defined for a body
                span = spans[span_index] = Span(span.start, span.end, bodies[form], "stated-alias", span.priority)
            elif span.type is EntityType.PERSON and span.rule in _GUESSED_PERSON_RULES and form in division_stems:
                span = spans[span_index] = Span(span.start, span.end, EntityType.PLACE, "jieba-ns", span.priority)
            elif form in trade_stems and (
                (span.type is EntityType.PERSON and span.rule in ("jieba-nr", "japanese-name"))  # (丸山烟火株式会社 … 丸山烟火创立)
                or (span.rule == "facility" and trade_stems[form].endswith(tuple(_MUSEUM_SUFFIXES)))  # 罗浮宫博物馆 … 罗浮宫借出
            ):
                span = spans[span_index] = Span(span.start, span.end, EntityType.ORGANIZATION, "short-form", span.priority, alias_of=trade_stems[form])
            elif span.type is EntityType.PERSON and span.rule in _GUESSED_PERSON_RULES and len(form) == 2:
                full = next((o for o in companies if 0 <= o.find(form[0]) <= 1 and form[1] in o[o.find(form[0]) + 1 :] and not o.startswith(form)), None)
                if full is not None:  # 高雄捷运公司 … 高捷说, 台北捷运公司 … 北捷: the usual short form of a body the article names
                    span = spans[span_index] = Span(span.start, span.end, EntityType.ORGANIZATION, "short-form", span.priority, alias_of=full)
            if span.rule == "place-short" and form in _SHARED_SHORT_FORMS:
                other, rivals = _SHARED_SHORT_FORMS[form]
                if other in whole_text and not any(r in whole_text for r in rivals):
                    span = spans[span_index] = replace(span, alias_of=other)  # 访澳 in a story about Macau
            if any(start <= span.start and span.end <= end and (start, end) != (span.start, span.end) for start, end in inside):
                continue
            if span.type is EntityType.PERSON and simplified[span.start : span.end] in storms:
                continue
            start, end = conversion.tight_span(span.start, span.end)
            candidates.append(
                Candidate(
                    block=index,
                    start=start,
                    end=end,
                    form=simplified[span.start : span.end],
                    type=span.type,
                    rule=span.rule,
                    priority=span.priority,
                    strong=span.strong,
                    alias_of=span.alias_of,
                )
            )
    return ArticleExtraction(tuple(candidates), tuple(boundaries))
