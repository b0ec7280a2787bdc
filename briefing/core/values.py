"""Values in Chinese news text: money, percentages, counts, dates, periods, durations.

``find_values(text, reference_date)`` finds them in Traditional or Simplified text and
normalises each into a frozen :class:`Value` whose :meth:`Value.normalized` string can be
compared across articles (``"USD 500000000000"`` for both ``5000亿美元`` and
``5000億美元``).  Pure functions; nothing here imports Textual or Rich.

How it works
------------
The text is first converted with :func:`briefing.core.entities.normalize.matching_copy`
(OpenCC ``hk2s``), so one set of rules written in Simplified serves both scripts; the copy
then gets a length-preserving fold of full-width digits and signs (``５``, ``％``, ``～``).
Single line breaks inside a paragraph are then dropped (hard-wrapped text, as pasted from
a PDF: ``650亿\n美元``, ``今\n后4年``; not after a full stop or around a blank line).
Spans found in the copy are mapped back through both steps (the second with
``Conversion.source_span``), so ``Value.start``/``end``/``text`` always refer to the
string passed in; ``text`` keeps the original script and line breaks.

Two passes produce candidates:

* a date pass (regular expressions): ``2025年2月10日``, ``2月10日``, ``7日`` (day only),
  ``当地时间7日``, ``2025-02-10``, relative words (``今年``, ``去年12月``, ``上周``,
  ``本月``, ``昨天``), periods joined by 至/到/-/~ (``2月10日至11日``, ``2月9至12日``,
  ``1至3月``, ``2024年至2025年``), halves and quarters (``上半年``, ``第一季度``) and
  fiscal years (``2025财年`` -> ``FY2025``);
* a number scanner: every numeral (Arabic ``1,550``/``1.92``, Chinese ``三千五百``,
  ``二〇二五``, ``零点五``, mixed ``1.5万``, vague ``数百亿``, approximate ``三四百``) is
  read with its magnitude tail (``万亿``) and ``多``/``余``, joined with a following
  numeral into a range (``300亿至500亿``, ``300-500亿``: the first number borrows the
  second one's magnitude), then classified by what follows it (%, 个百分点, 基点, 厘,
  a currency, 成, a time unit, index 点, a measurement unit, a measure word + noun, or a
  bare 万/亿 magnitude) and qualified by what precedes or follows it (不到, 逾, 约,
  最多可达, 以上, 左右 ...).

Candidates may overlap; the longest one wins (a money range beats its two amounts), ties
go to money > percent > period > date > duration > count.  A count's trailing noun
(``个就业岗位``) does not count towards its length and is cut at the next value.  The noun
is a heuristic (up to six CJK characters, or a Latin name plus up to three, stopping at
function words, common verbs and punctuation; ``国家和国际组织`` joins over 和/与/及);
no segmenter is loaded, to keep this module fast and light.

Not values: ordinals (``第三十三届``, ``第一``), versions and model names (a number glued
to Latin letters or after ``letters-``/``letters ``: ``R1``, ``GPT-5``, ``o3``,
``Grok 3``, ``5G``), years inside dates (``2024年`` is a DATE, never a count), weekdays
(``周一``), fractions (``三分之一``), a bare ``一`` with a generic measure word (``一个``,
``一家``: too often an article), numbers with no unit, measure word or 万/亿 magnitude.

Conventions
-----------
* ``amount`` is the number in plain units (money in currency units, ``63%`` -> 63.0,
  ``0.25个百分点`` -> 0.25 with unit ``pp``); for ranges and vague values it is None and
  ``low``/``high`` hold the bounds; for bounds (``不到``, ``逾``) it is the bound and
  ``low``/``high`` say which side is open (None = open).
* Vague quantities (qualifier ``"vague"``, amount None) take the order of magnitude they
  name: ``数``/``几``/``若干``/``上`` + units M gives ``[M, 10*M]`` (``数百亿`` ->
  1e10..1e11, ``数十`` -> 10..100, ``上千万`` -> 1e7..1e8), ``十几`` + M gives
  ``[10*M, 20*M]``, ``成千上万`` 1e3..1e5, ``成百上千`` 1e2..1e4, ``数以万计`` 1e4..1e5.
  Approximate neighbours ``三四百`` are a ``range`` (300..400).
* ``N多``/``N余`` (``100多个国家``) are ``at_least`` N; ``以上`` is ``at_least`` (inclusive,
  as in Chinese legal usage); ``逾``/``超过``/``多于``/``高于`` are ``more_than``;
  ``不到``/``不足``/``少于``/``低于`` are ``less_than``; ``不超过``/``最多``/``以内``/``以下``
  are ``at_most``; ``约``/``近``/``将近``/``左右``/``上下`` are ``about``.
* ``unit``: an ISO 4217 code for money; ``%``, ``pp`` (个百分点), ``bp`` (基点) or ``‰``
  for percentages; for counts the measure word and its noun as written in Simplified
  (``个GPU``, ``家日本企业``; ``measure_word`` holds ``个``/``家``), a noun alone after a
  bare 万/亿 (``1550万用户`` -> ``用户``) or a normalised measurement unit (``GW``, ``km``,
  ``t``, ``倍``, ``人``, ``点``).  ``normalized()`` of a count drops the measure word
  (``count 200000 GPU``) so 20万个GPU and 20万块GPU compare equal.
* Currency: a bare ``元`` is CNY (a currency word before the number wins: ``港币100元``
  is HKD, ``新台币300亿元`` TWD; Taiwanese ``300亿元`` without 新台币 is still read as
  CNY, and ``note`` says so); ``兆`` before a currency is read as 10**12 (Taiwan usage);
  ``厘`` after a number is read as percent (Hong Kong interest-rate usage).
* Dates: ``date`` is ISO (``2025-02-10``) or partial (``2025-02``, ``2025``, ``--02-10``
  when the year is unknown, ``--02``, ``---07`` for a day alone); periods are
  ``start/end`` (``2025-02-10/2025-02-11``), fiscal years ``FY2025``.  Without a
  ``reference_date`` a yearless or relative date keeps what is known, ``resolved`` is
  False and ``note`` says what is missing; with one, a yearless month/day takes the year
  that puts it nearest the reference, a day alone the nearest month.
* Durations: ``amount`` in ``unit`` (year, month, week, day, hour, minute, second),
  ``direction`` ``forward`` (未来/今后/…后) or ``backward`` (过去/…来/…前); with a
  reference date ``date`` holds the ISO interval (``2025-02-10/P4Y``).  A duration is
  always ``resolved``.  ``N日`` is a day of the month unless a cue makes it a length
  (为期/连续/… before, 内/来/后 after: ``7日内``, ``为期两日``).
* ``normalized()``: money ``USD 500000000000``, ``USD >100000000000``, ``USD >=…``,
  ``USD <…``, ``USD <=…``, ``USD ~…``, ranges ``EUR 30000000000..50000000000``, vague
  ``USD ?10000000000..100000000000``; percent ``% 63``, ``% 5..7``, ``pp 0.25``; counts
  ``count 200000 GPU``, ``count >=100 国家``, ``count 1 GW``; ``date 2025-02-10``,
  ``date --02-10``, ``date ?今年`` (unresolved with nothing known: ``?`` + the Simplified
  surface); ``period 2025-02-10/2025-02-11``, ``period FY2025``; durations as ISO 8601
  with a sign for the direction: ``duration +P4Y``, ``duration -P10Y``, ``duration PT48H``,
  ``duration <=PT48H``, ``duration P3Y..P5Y``.

Why not jionlp
--------------
``jionlp`` 1.5.31 was measured (in a scratch virtualenv): it pulls in ``jiojio`` (148 MB),
numpy and requests, about 240 MB installed; importing it is fast (0.2-0.5 s with its banner
silenced).  It parses isolated strings well (``parse_money('300亿至500亿欧元')``,
``parse_time('去年8月1日', base)``) but only in Simplified (``5000億美元`` raises), it
has no percentages or counts, ``2025财年`` becomes the calendar year, ``本月`` and
``两千亿日圆`` raise, and its extractors lose structure: ``extract_money`` splits
``300亿至500亿欧元`` into 300亿 *CNY* and 500亿 EUR and drops ``不到``.  Given our
Simplified copy and scored only on amount + currency (money) or start date (dates,
periods) of the cases in ``tests/data/values_cases.json``, it gets about 75 %, 70 % and
50 %; ``extract_time`` runs at 50-200 K chars/s, this whole module at about 300 K chars/s
(870 K with the OpenCC copy cached).  It is not clearly better and would add a quarter
gigabyte, so this module is a self-contained regex scanner (``benchmarks/values.py
--jionlp`` repeats the comparison when jionlp can be imported).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum

from briefing.core.entities.normalize import matching_copy

__all__ = [
    "Value",
    "ValueKind",
    "find_values",
    "infer_article_date",
    "parse_chinese_number",
]


# --------------------------------------------------------------------------- types


class ValueKind(str, Enum):
    """What a value measures."""

    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    DATE = "date"
    PERIOD = "period"
    DURATION = "duration"


_QUALIFIER_SYMBOL = {
    "exact": "",
    "about": "~",
    "less_than": "<",
    "at_most": "<=",
    "more_than": ">",
    "at_least": ">=",
}

_ISO_UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S"}


@dataclass(frozen=True)
class Value:
    """One value found in a text; spans index the text passed to :func:`find_values`."""

    kind: ValueKind
    start: int
    end: int
    text: str
    amount: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str = ""
    date: str | None = None
    resolved: bool = True
    note: str = ""
    #: For counts: the measure word in ``unit`` (``个`` of ``个GPU``), "" when none.
    measure_word: str = ""
    #: For durations: "forward", "backward" or "".
    direction: str = ""

    def normalized(self) -> str:
        """A canonical string for comparing values across articles and scripts.

        ``USD 500000000000``, ``USD >100000000000``, ``EUR 30000000000..50000000000``,
        ``CNY ?10000000000..100000000000`` (vague), ``% 63``, ``pp 0.25``,
        ``count 200000 GPU``, ``count >=100 国家``, ``count 1 GW``, ``date 2025-02-10``,
        ``date --02-10``, ``date ?今年`` (unresolved, no date known),
        ``period 2025-02-10/2025-02-11``, ``period FY2025``, ``duration +P4Y``,
        ``duration P2D``, ``duration P3Y..P5Y``.
        """
        if self.kind in (ValueKind.DATE, ValueKind.PERIOD):
            if self.date:
                return f"{self.kind.value} {self.date}"
            return f"{self.kind.value} ?{_simplified(self.text)}"
        if self.kind is ValueKind.DURATION:
            letter = _ISO_UNIT.get(self.unit, "")
            prefix = "PT" if self.unit in ("hour", "minute", "second") else "P"
            sign = {"forward": "+", "backward": "-"}.get(self.direction, "")

            def dur(x: float | None) -> str:
                return f"{prefix}{_fmt(x)}{letter}" if x is not None else "?"

            return f"duration {self._quantity(dur, sign)}"
        if self.kind is ValueKind.COUNT:
            noun = self.unit[len(self.measure_word):] if self.measure_word else self.unit
            noun = noun or self.unit
            body = self._quantity(_fmt)
            return f"count {body} {noun}".rstrip()
        # money and percent: the unit first
        return f"{self.unit} {self._quantity(_fmt)}"

    def _quantity(self, fmt, sign: str = "") -> str:
        if self.qualifier in ("range", "vague"):
            mark = "?" if self.qualifier == "vague" else ""
            if self.low is None and self.high is None:
                return f"{mark}{sign}?"
            return f"{mark}{sign}{fmt(self.low)}..{fmt(self.high)}"
        return f"{_QUALIFIER_SYMBOL.get(self.qualifier, '')}{sign}{fmt(self.amount)}"


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    if math.isfinite(x) and x == int(x) and abs(x) < 1e21:
        return str(int(x))
    return f"{x:.12g}"


def _simplified(text: str) -> str:
    return matching_copy(text).text.translate(_FOLD) if text else text


# ------------------------------------------------------------------- character folds

_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "％": "%", "﹪": "%", "．": ".", "～": "~", "〜": "~", "－": "-", "—": "-", "–": "-",
        "‒": "-", "＄": "$", "￥": "¥", "，": "，", "／": "/", "：": ":", "\u00a0": " ",
    }
)

# Traditional forms for parse_chinese_number (find_values converts with OpenCC first).
_TRAD_NUMERALS = str.maketrans(
    {"萬": "万", "億": "亿", "兩": "两", "點": "点", "貳": "贰", "參": "叁", "叄": "叁", "陸": "陆", "數": "数",
     "幾": "几", "餘": "余"}
)

_CN_DIGIT = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}
_MAG = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_CN_DIGIT_CHARS = "".join(_CN_DIGIT)
_CN_MAX_LENGTH = 24  # longer runs of numeral characters are not numbers
_CN_NUM_CHARS = _CN_DIGIT_CHARS + "".join(_CN_SMALL) + "".join(_CN_BIG)


# ------------------------------------------------------------------ number parsing


def _cn_integer(chars: str) -> Decimal | None:
    """A Chinese integer numeral (units or a digit sequence), or None if malformed."""
    if not chars or len(chars) > _CN_MAX_LENGTH:
        return None
    if all(c in _CN_DIGIT for c in chars):
        if len(chars) == 1:
            return Decimal(_CN_DIGIT[chars])
        if len(chars) < 3 and not any(c in "零〇○" for c in chars):
            return None  # 三五 is "three or five", not 35
        return Decimal("".join(str(_CN_DIGIT[c]) for c in chars))  # 二〇二五
    parts: list[tuple[Decimal, int]] = []  # finished 万/亿 groups: (value, magnitude)
    section = Decimal(0)
    number: int | None = None
    last_unit: int | None = None
    zero_seen = False
    prev_kind = ""
    for c in chars:
        if c in _CN_DIGIT:
            d = _CN_DIGIT[c]
            if d == 0:
                zero_seen = True
                prev_kind = "zero"
                continue
            if number is not None:
                return None  # 三五: two digits without a unit
            number = d
            prev_kind = "digit"
        elif c in _CN_SMALL:
            unit = _CN_SMALL[c]
            if prev_kind == "small" or (last_unit is not None and prev_kind != "big" and unit >= last_unit
                                         and last_unit < 10**4):
                return None  # 百十, 十百
            section += Decimal(number if number is not None else 1) * unit
            number = None
            last_unit = unit
            zero_seen = False
            prev_kind = "small"
        elif c in _CN_BIG:
            unit = _CN_BIG[c]
            if any(m == unit for _, m in parts):
                return None  # 一万一万
            below = section + (number or 0)
            keep = [(v, m) for v, m in parts if m >= unit]
            below += sum((v for v, m in parts if m < unit), Decimal(0))
            if below == 0:
                if parts or prev_kind == "zero":
                    return None  # 亿万
                below = Decimal(1)
            parts = keep + [(below * unit, unit)]
            section = Decimal(0)
            number = None
            last_unit = unit
            zero_seen = False
            prev_kind = "big"
        else:
            return None
    total = section + sum((v for v, _ in parts), Decimal(0))
    if number is not None:
        if last_unit is not None and not zero_seen and prev_kind == "digit" and last_unit >= 100:
            total += Decimal(number) * last_unit / 10  # 三千五 = 3500, 一万五 = 15000
        else:
            total += number
    return total


def _cn_number(token: str) -> Decimal | None:
    """A Chinese numeral with an optional 点 fraction."""
    whole, _, frac = token.partition("点")
    value = _cn_integer(whole)
    if value is None:
        return None
    if frac:
        if not all(c in _CN_DIGIT for c in frac):
            return None
        value += Decimal("0." + "".join(str(_CN_DIGIT[c]) for c in frac))
    return value


def _mag_factor(mag: str) -> Decimal | None:
    """Product of a magnitude tail (万亿 = 1e12); None if the order is not increasing."""
    factor = Decimal(1)
    prev = 0
    for c in mag:
        unit = _MAG[c]
        if unit <= prev:
            return None
        factor *= unit
        prev = unit
    return factor


_PARSE_RE = re.compile(
    r"\s*(?:(?P<ar>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?P<cn>[{_CN_NUM_CHARS}]+(?:点[{_CN_DIGIT_CHARS}]+)?))"
    r"(?P<mag>[十百千万亿]*)"
)
_VAGUE_START = re.compile(r"\s*(?:数|几|若干|上[十百千万亿]|成千|成百|十几)")


def parse_chinese_number(text: str) -> float | None:
    """The number a numeral at the start of ``text`` names, or None.

    ``一万亿`` -> 1e12, ``1.92萬億`` -> 1.92e12, ``三千五百`` -> 3500, ``三千五`` -> 3500,
    ``二〇二五`` -> 2025, ``十`` -> 10, ``十二`` -> 12, ``零点五`` -> 0.5, ``1.5万`` ->
    15000, ``两天`` -> 2 (the text after the numeral is ignored), ``三分之一`` -> 1/3,
    ``百分之六十三`` -> 0.63.  Vague amounts (``数百亿``, ``几十``, ``上千万``) and text
    without a leading numeral give None.  Both scripts are accepted.
    """
    s = text.translate(_FOLD).translate(_TRAD_NUMERALS).strip()
    if not s or _VAGUE_START.match(s):
        return None
    m = _PARSE_RE.match(s)
    if m is None:
        return None
    value = _token_value(m.group("ar"), m.group("cn"), m.group("mag"))
    if value is None:
        return None
    rest = s[m.end():]
    if rest.startswith("分之"):
        denominator = value
        m2 = _PARSE_RE.match(rest, 2)
        if m2 is None or denominator == 0:
            return None
        numerator = _token_value(m2.group("ar"), m2.group("cn"), m2.group("mag"))
        if numerator is None:
            return None
        return float(numerator / denominator)
    result = float(value)
    return result if math.isfinite(result) else None


def _token_value(ar: str | None, cn: str | None, mag: str) -> Decimal | None:
    if ar is not None:
        try:
            base = Decimal(ar.replace(",", ""))
        except InvalidOperation:
            return None
    else:
        # a Chinese numeral holds its own units (三千五百); only a magnitude after a
        # 点 fraction (一点五万) or after Arabic digits (1.5万) comes in ``mag``
        base = _cn_number(cn or "")
        if base is None:
            return None
    if mag:
        factor = _mag_factor(mag)
        if factor is None:
            return None
        base *= factor
    return base


# -------------------------------------------------------------------- tables

_WS = r"[ \t\u3000]*(?:\r?\n[ \t\u3000]*)?"
_WS_RE = re.compile(_WS)

_CURRENCY_SUFFIX = {
    "元人民币": "CNY", "美元": "USD", "美金": "USD", "港元": "HKD", "港币": "HKD", "港纸": "HKD",
    "欧元": "EUR", "日元": "JPY", "日圆": "JPY", "円": "JPY", "英镑": "GBP", "人民币": "CNY",
    "韩元": "KRW", "韩圆": "KRW", "新台币": "TWD", "台币": "TWD", "澳门元": "MOP", "澳门币": "MOP",
    "澳大利亚元": "AUD", "澳元": "AUD", "加拿大元": "CAD", "加元": "CAD", "新加坡元": "SGD",
    "新元": "SGD", "瑞士法郎": "CHF", "瑞郎": "CHF", "卢布": "RUB", "印度卢比": "INR", "卢比": "INR",
    "泰铢": "THB", "林吉特": "MYR", "越南盾": "VND", "印尼盾": "IDR", "新西兰元": "NZD",
    "纽元": "NZD", "兰特": "ZAR", "雷亚尔": "BRL", "里拉": "TRY", "迪拉姆": "AED",
    "块钱": "CNY", "元": "CNY",
}
_CURRENCY_PREFIX = {
    "人民币": "CNY", "美元": "USD", "港币": "HKD", "港元": "HKD", "欧元": "EUR", "英镑": "GBP",
    "日元": "JPY", "日圆": "JPY", "新台币": "TWD", "台币": "TWD", "澳门币": "MOP", "澳门元": "MOP",
    "韩元": "KRW", "US$": "USD", "HK$": "HKD", "NT$": "TWD", "MOP$": "MOP", "S$": "SGD",
    "A$": "AUD", "C$": "CAD", "RMB": "CNY", "CNY": "CNY", "USD": "USD", "HKD": "HKD",
    "EUR": "EUR", "JPY": "JPY", "GBP": "GBP", "TWD": "TWD", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "CNY", "₩": "KRW",
}
_ENGLISH_MAG = {"trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9,
                "million": 10**6, "mn": 10**6, "thousand": 10**3}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CURRENCY_SUFFIX_RE = re.compile(
    rf"(?P<zhao>兆)?{_WS}(?P<cur>{_alternation(_CURRENCY_SUFFIX)})(?![素旦首宵帅老朝代件化论勋凶年月])"
)
_CURRENCY_PREFIX_RE = re.compile(rf"(?:{_alternation(_CURRENCY_PREFIX)})\Z")
_ENGLISH_MAG_RE = re.compile(rf"[ \t]?(?P<emag>{_alternation(_ENGLISH_MAG)})(?![A-Za-z])")

_PREFIX_QUALIFIERS = {
    "大约": "about", "约合": "about", "约为": "about", "约有": "about", "大概": "about",
    "将近": "about", "接近": "about", "近": "about", "约": "about", "大致": "about",
    "差不多": "about",
    "不到": "less_than", "不足": "less_than", "少于": "less_than", "低于": "less_than",
    "未满": "less_than", "未达": "less_than", "不及": "less_than",
    "不超过": "at_most", "不多于": "at_most", "不高于": "at_most", "最多": "at_most",
    "至多": "at_most", "最高": "at_most",
    "逾": "more_than", "超过": "more_than", "超出": "more_than", "超": "more_than",
    "多于": "more_than", "高于": "more_than", "大于": "more_than", "突破": "more_than",
    "至少": "at_least", "最少": "at_least", "不少于": "at_least", "不低于": "at_least",
    "起码": "at_least", "最低": "at_least",
    "最近": "",  # 最近 is "recent", not "nearly": keeps 近 from matching alone
}
_PREFIX_QUALIFIER_RE = re.compile(
    rf"(?P<q>{_alternation(_PREFIX_QUALIFIERS)})(?:可以|可|将|能)?(?:获得|达到|高达|达|为|有)?\Z"
)  # 最多可获得, 最高可达, 至少有
_SUFFIX_QUALIFIERS = {
    "以上": "at_least", "有余": "at_least", "出头": "at_least", "开外": "at_least",
    "以下": "at_most", "以内": "at_most", "之内": "at_most", "左右": "about", "上下": "about",
}
_SUFFIX_QUALIFIER_RE = re.compile(
    rf"{_WS}(?P<q>{_alternation(_SUFFIX_QUALIFIERS)})(?P<guard>.?)", re.DOTALL
)

_DIRECTION_PREFIX_RE = re.compile(
    rf"(?P<w>未来|今后|此后|往后|接下来|过去|以往|此前|最近)(?:的)?{_WS}"
    rf"(?:{_alternation(_PREFIX_QUALIFIERS)})?{_WS}\Z"
)
_FORWARD_WORDS = ("未来", "今后", "此后", "往后", "接下来")

_TIME_UNIT_RE = re.compile(
    r"(?P<year>年(?P<yhalf>半)?)(?![级代龄轻头])"
    r"|(?P<month>个(?P<mmore>多)?(?P<mhalf>半)?月)"
    r"|(?P<week>个?星期|个?礼拜|周)(?![年岁])"
    r"|(?P<day>天|日)"
    r"|(?P<hour>个(?P<hhalf>半)?小时|小时|个?钟头)"
    r"|(?P<minute>分钟)"
    r"|(?P<second>秒钟?)"
)
_DAY_CUE_BEFORE = ("为期", "历时", "连续", "持续", "长达", "共", "短短", "仅", "近", "未来", "过去", "今后",
                   "前", "最近")
_DAY_CUE_AFTER = re.compile(r"(?:之内|以内|内|以来|来|之后|以后|后|之前|以前|前)")

_MEASURES = {
    "吉瓦时": "GWh", "兆瓦时": "MWh", "千瓦时": "kWh", "太瓦时": "TWh", "度电": "kWh",
    "吉瓦": "GW", "兆瓦": "MW", "千瓦": "kW", "平方公里": "km²", "平方千米": "km²",
    "平方米": "m²", "立方米": "m³", "公里": "km", "千米": "km", "厘米": "cm", "毫米": "mm",
    "纳米": "nm", "英里": "mi", "海里": "nmi", "公吨": "t", "吨": "t", "公斤": "kg",
    "千克": "kg", "公顷": "ha", "亩": "亩", "摄氏度": "°C", "℃": "°C", "°C": "°C",
    "倍": "倍", "岁": "岁", "人次": "人次", "票": "票", "人": "人", "米": "m", "克": "g",
    "GWh": "GWh", "MWh": "MWh", "kWh": "kWh", "TWh": "TWh", "GW": "GW", "MW": "MW",
    "kW": "kW", "km": "km", "kg": "kg",
}
_MEASURE_RE = re.compile(rf"(?:{_alternation(_MEASURES)})(?![A-Za-z])")
_COUNTERS = (
    "架次", "艘次", "个", "家", "名", "位", "项", "次", "件", "种", "台", "辆", "架", "艘", "座",
    "所", "枚", "颗", "块", "部", "套", "条", "款", "份", "只", "头", "例", "起", "宗", "场",
    "批", "户", "栋", "间", "张", "本", "篇", "支", "首", "幅", "处", "片", "根", "笔", "轮",
    "门", "道", "剂", "发", "株", "匹", "棵", "尊", "封", "组", "桶", "箱", "瓶", "袋", "顶", "幢", "列", "趟",
)
_COUNTER_RE = re.compile(rf"(?:{_alternation(_COUNTERS)})")
# 个 + these is not a count of things: durations and percentage points.
_NOT_AFTER_GE = re.compile(r"(?:多|半)?(?:月|小时|钟头|星期|礼拜|工作日|百分点|基点)")

_NOUN_STOP = frozenset("的了着过在于将已被把从向对与及和或等都也还又再才只均每而但并且是为同跟让使给由比这那其该此即亦仍约近逾达占至到不没最")
_NOUN_STOP_PAIRS = (
    "参加", "参与", "出席", "进入", "加入", "签署", "使用", "发布", "推出", "提供", "成为",
    "举行", "组成", "位于", "包括", "包含", "超过", "不到", "左右", "以上", "以下", "以内",
    "以及", "以来", "以后", "以前", "之间", "之一", "开发", "投入", "预计", "计划", "宣布", "同比", "环比",
    "增长", "下降", "上涨", "来自", "表示", "获得", "共同", "已经", "正在", "目前", "其中", "分别",
    "总计", "合计", "共计", "左右", "上下", "后来", "皆", "均为", "都是", "申办", "申请", "报名",
    "参赛", "参展", "获奖", "受伤", "死亡", "遇难", "失踪", "入选", "上榜", "落户", "入驻", "完成", "实现",
    "通过", "开工", "投产", "撤离", "抵达", "到访",
)
_JOINERS = "和与及"
_LOCALIZERS = "中内上里外间"
_NOUN_MAX = 6


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def _is_latin(c: str) -> bool:
    return ("A" <= c <= "Z") or ("a" <= c <= "z")


# -------------------------------------------------------------------- number tokens

_NUM_RE = re.compile(
    r"(?P<vague>成千上万|成百上千|数以[十百千万亿]+计|十几[十百千万亿]*|(?:数|几|若干|上)[十百千万亿]+)"
    r"|(?P<approx>[一二两三四五六七八九]{2})(?=[十百千万亿]|个|天|年|周|名|家|位|种|项|次|倍|成)"
    r"|(?P<half>半)(?=个?(?:年|月|小时|钟头|星期|礼拜)|天)"
    r"|(?P<ar>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?P<cn>[{_CN_NUM_CHARS}]+(?:点[{_CN_DIGIT_CHARS}]+)?)"
)
_TAIL_RE = re.compile(rf"(?P<p1>多|余)?(?:{_WS}(?P<mag>[十百千万亿]+))?(?P<p2>多|余)?")
_NOT_VAGUE_BEFORE = frozenset("总人次票分指倍基参系函变多少无岁读天件位户字个家名项例数整复算点")
_IDIOMS = ("二套房", "首套房", "千家万户", "千方百计", "万无一失", "一带一路", "三心二意", "千载难逢", "百花齐放", "千军万马",
           "一五一十", "十全十美", "千千万万", "万众一心", "一石二鸟", "九死一生", "百闻不如一见")
_CHENG_WORD = re.compile(r"成(?:为|员|立|本|果|功|长|绩|交|就|型|熟|都|年|分|品|像|效|全|千|百|人|群|批|套|语|不变|事|败|家|婚|名)")
_POINTS_RE = re.compile(r"个?(?P<u>百分点|基点)")
_DURATION_AFTER_RE = re.compile(r"(?P<w>以来|来|之后|以后|后|之前|以前|前|之内|以内|内)")
_ECHO_TIME_RE = re.compile(r"年|个月|天|周|小时|分钟")
_RANGE_SEP_RE = re.compile(rf"{_WS}(?P<sep>至|到|-|~|—){_WS}(?P<pct>百分之)?")


@dataclass
class _Num:
    start: int
    end: int
    value: Decimal | None  # None when vague
    low: Decimal | None = None
    high: Decimal | None = None
    plus: bool = False  # 多 / 余
    mag: str = ""  # magnitude tail
    big: bool = False  # has 万/亿
    arabic: bool = False
    digit_seq: bool = False  # 二〇二五
    one: bool = False  # written 一
    vague: bool = False
    approx: bool = False
    raw: str = ""
    single_digit_cn: bool = False


def _prev_char(s: str, i: int) -> str:
    return s[i - 1] if i > 0 else ""


_LATIN_RUN_RE = re.compile(r"[A-Za-z]+\Z")


def _version_like(s: str, start: int, end: int) -> bool:
    """A number glued to Latin letters (R1, GPT-5, Grok 3, 5G, o3): a name, not a value."""
    p = _prev_char(s, start)
    if _is_latin(p) or (p in "-_/. " and start >= 2 and _is_latin(s[start - 2])):
        run = _LATIN_RUN_RE.search(s, max(0, start - 12), start - (0 if _is_latin(p) else 1))
        return not (run is not None and run.group() in _CURRENCY_PREFIX)  # USD 500 is money
    if p in "./" and start >= 2 and s[start - 2].isdigit():
        return True  # 1.2.3, 2024/25
    nxt = s[end] if end < len(s) else ""
    if _is_latin(nxt):
        return not (_MEASURE_RE.match(s, end) or _ENGLISH_MAG_RE.match(s, end))
    return nxt == "." and end + 1 < len(s) and s[end + 1].isdigit()


def _scan_numbers(s: str) -> list[_Num]:
    out: list[_Num] = []
    for m in _NUM_RE.finditer(s):
        start = m.start()
        kind = m.lastgroup
        raw = m.group()
        prev = _prev_char(s, start)
        if prev == "第" or prev == "初":
            continue
        if kind == "vague":
            if raw[0] == "数" and prev in _NOT_VAGUE_BEFORE:
                continue
            num = _vague_num(raw, start, m.end())
            if num is not None:
                out.append(num)
            continue
        if kind == "half":
            out.append(_Num(start, m.end(), Decimal("0.5"), raw=raw))
            continue
        if kind == "approx":
            a, b = _CN_DIGIT[raw[0]], _CN_DIGIT[raw[1]]
            if b != a + 1:
                continue
            tail = _TAIL_RE.match(s, m.end())
            mag = tail.group("mag") or ""
            factor = _mag_factor(mag) if mag else Decimal(1)
            if factor is None:
                continue
            end = tail.end("mag") if mag else m.end()
            out.append(_Num(start, end, None, Decimal(a) * factor, Decimal(b) * factor, mag=mag,
                            big=any(c in "万亿" for c in mag), approx=True, raw=s[start:end]))
            continue
        if kind == "ar":
            if _version_like(s, start, m.end()):
                continue
            if prev.isdigit() or (prev == "." and start >= 2 and s[start - 2].isdigit()):
                continue
        else:  # cn
            if len(raw) == 1 and (prev == "周" or s[max(0, start - 2):start] in ("星期", "礼拜")):
                continue  # 周一, 星期五
            if _in_idiom(s, start):
                continue
        num = _number_token(s, m, kind)
        if num is not None:
            out.append(num)
    return out


def _in_idiom(s: str, pos: int) -> bool:
    for idiom in _IDIOMS:
        for j in range(max(0, pos - len(idiom) + 1), pos + 1):
            if s.startswith(idiom, j):
                return True
    return False


def _vague_num(raw: str, start: int, end: int) -> _Num | None:
    if raw == "成千上万":
        lo, hi = Decimal(10**3), Decimal(10**5)
    elif raw == "成百上千":
        lo, hi = Decimal(10**2), Decimal(10**4)
    elif raw.startswith("数以"):
        f = _mag_factor(raw[2:-1])
        if f is None:
            return None
        lo, hi = f, f * 10
    elif raw.startswith("十几"):
        f = _mag_factor(raw[2:]) if len(raw) > 2 else Decimal(1)
        if f is None:
            return None
        lo, hi = 10 * f, 20 * f
    else:
        units = raw[2:] if raw.startswith("若干") else raw[1:]
        f = _mag_factor(units)
        if f is None:
            return None
        lo, hi = f, f * 10
    return _Num(start, end, None, lo, hi, big=any(c in "万亿" for c in raw), vague=True, raw=raw)


def _number_token(s: str, m: re.Match[str], kind: str) -> _Num | None:
    raw = m.group()
    start, end = m.start(), m.end()
    arabic = kind == "ar"
    if arabic:
        base = Decimal(raw.replace(",", ""))
        digit_seq = False
    else:
        if raw.endswith("点") or all(c in "零〇" for c in raw):
            return None  # 零头, 零关税
        only_units = all(c in _CN_SMALL or c in _CN_BIG for c in raw)
        if only_units and raw[0] != "十":
            # 百, 万, 千万 alone: a number only with 余/多 after or a qualifier before
            after = s[end:end + 1]
            before = _PREFIX_QUALIFIER_RE.search(s, max(0, start - 6), start)
            if len(raw) == 1 and after not in ("余", "多") and before is None and not s.endswith("百分之", 0, start):
                return None
        base = _cn_number(raw)
        if base is None:
            return None
        digit_seq = len(raw) > 1 and all(c in _CN_DIGIT for c in raw)
    tail = _TAIL_RE.match(s, end)
    plus = bool(tail.group("p1") or tail.group("p2"))
    mag = tail.group("mag") or ""
    new_end = tail.end() if (plus or mag) else end
    value = base
    if mag:
        factor = _mag_factor(mag)
        if factor is None:
            return None
        value *= factor
    f = float(value)
    if not math.isfinite(f):
        return None
    big = any(c in "万亿" for c in (mag or "")) or (not arabic and any(c in "万亿" for c in raw))
    return _Num(
        start, new_end, value, plus=plus, mag=mag, big=big, arabic=arabic, digit_seq=digit_seq,
        one=(not arabic and raw == "一"), raw=s[start:new_end],
        single_digit_cn=(not arabic and (len(raw) == 1 and raw in _CN_DIGIT or raw == "十")),
    )


# ------------------------------------------------------------------------ candidates


@dataclass
class _Cand:
    kind: ValueKind
    start: int
    end: int  # end of the value proper (the core span)
    full_end: int  # end including a count's noun
    fields: dict
    noun_start: int = -1  # where a count's noun begins (for trimming)
    noun_suffix: str = ""  # a qualifier after the noun


_KIND_RANK = {
    ValueKind.MONEY: 0, ValueKind.PERCENT: 1, ValueKind.PERIOD: 2, ValueKind.DATE: 3,
    ValueKind.DURATION: 4, ValueKind.COUNT: 5,
}


def _skip_ws(s: str, pos: int) -> int:
    return _WS_RE.match(s, pos).end()


def _back_ws(s: str, pos: int) -> int:
    newline_seen = False
    while pos > 0:
        c = s[pos - 1]
        if c in " \t\u3000":
            pos -= 1
        elif c in "\r\n" and not newline_seen:
            newline_seen = c == "\n"
            pos -= 1
        else:
            break
    return pos


@dataclass
class _Item:
    """One number or a range of two, ready for classification."""

    start: int
    end: int
    first: _Num
    second: _Num | None = None
    lo: Decimal | None = None
    hi: Decimal | None = None


def _range_items(s: str, nums: list[_Num]) -> list[_Item]:
    """Pair a number with the next one when 至/到/-/~ joins them (``300亿至500亿``)."""
    items: list[_Item] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        joined = _join_range(s, a, b) if b is not None else None
        if joined is not None:
            items.append(joined)
            i += 2
        else:
            items.append(_Item(a.start, a.end, a))
            i += 1
    return items


def _join_range(s: str, a: _Num, b: _Num) -> _Item | None:
    if a.value is None or b.value is None or a.plus or a.digit_seq or b.digit_seq:
        return None
    pos = a.end
    echo = ""  # a unit written after both numbers: 5%至7%, 300亿美元至500亿美元
    if s.startswith("%", pos):
        echo, pos = "%", pos + 1
    elif (tu := _ECHO_TIME_RE.match(s, pos)) is not None:
        echo, pos = tu.group(), tu.end()  # 3年至5年
    else:
        cm = _CURRENCY_SUFFIX_RE.match(s, _skip_ws(s, pos))
        if cm is not None and not cm.group("zhao"):
            echo, pos = cm.group("cur"), cm.end()
    sep = _RANGE_SEP_RE.match(s, pos)
    if sep is None or sep.end() != b.start:
        return None
    if sep.group("sep") == "-" and not (a.arabic and b.arabic):
        return None
    if sep.group("pct") and not s.endswith("百分之", 0, a.start):
        return None
    if echo and not _unit_echo_matches(s, b.end, echo):
        return None
    lo = a.value
    if not a.mag and not a.big and b.big or (a.arabic and not a.mag and b.mag):
        # 300-500亿, 三至五万: the first number borrows the second one's magnitude
        factor = _mag_factor(b.mag) if b.mag else None
        if factor is None:
            for unit in ("亿", "万"):
                if b.raw.rstrip("多余").endswith(unit):
                    factor = Decimal(_CN_BIG[unit])
                    break
        if factor is not None and lo * factor <= b.value:
            lo *= factor
    if not lo < b.value:
        return None
    return _Item(a.start, b.end, a, b, lo, b.value)


def _unit_echo_matches(s: str, pos: int, echo: str) -> bool:
    if echo == "%" or _ECHO_TIME_RE.fullmatch(echo):
        return s.startswith(echo, _skip_ws(s, pos))
    cm = _CURRENCY_SUFFIX_RE.match(s, _skip_ws(s, pos))
    return cm is not None and cm.group("cur") == echo


@dataclass
class _Left:
    """What stands before a number: a qualifier, a currency, a duration's direction."""

    start: int  # start including the qualifier
    qualifier: str = ""
    currency: str = ""
    currency_start: int = 0  # start including the currency (and a qualifier before it)
    direction: str = ""  # 未来, 过去 ...
    direction_start: int = 0


def _strip_ws(word: str) -> str:
    return word.rstrip(" \t\u3000\r\n")


def _prefix_qualifier(s: str, pos: int) -> tuple[str, int]:
    """A qualifier word ending at ``pos`` (spaces allowed): (qualifier, its start)."""
    q = _PREFIX_QUALIFIER_RE.search(s, max(0, pos - 9), pos)
    if q is None:
        return "", pos
    qualifier = _PREFIX_QUALIFIERS[q.group("q")]
    return (qualifier, q.start()) if qualifier else ("", pos)


def _left_context(s: str, start: int) -> _Left:
    left = _Left(start)
    pos = _back_ws(s, start)
    qualifier, q_start = _prefix_qualifier(s, pos)
    if qualifier:
        left.qualifier, left.start = qualifier, q_start
        pos = _back_ws(s, q_start)
    left.currency_start = left.start
    c = _CURRENCY_PREFIX_RE.search(s, max(0, pos - 6), pos)
    if c is not None:
        word = _strip_ws(c.group())
        if not (_is_latin(word[0]) and _is_latin(_prev_char(s, c.start()))):
            left.currency, left.currency_start = _CURRENCY_PREFIX[word], c.start()
            if not left.qualifier:  # 约人民币800亿元
                qualifier, q_start = _prefix_qualifier(s, _back_ws(s, c.start()))
                if qualifier:
                    left.qualifier, left.currency_start = qualifier, q_start
    left.direction_start = left.start
    d = _DIRECTION_PREFIX_RE.search(s, max(0, start - 10), start)
    if d is not None:
        left.direction, left.direction_start = d.group("w"), d.start()
    return left


def _suffix_qualifier(s: str, pos: int) -> tuple[str, int]:
    """A qualifier after a value (以上, 左右 ...): (qualifier, end), or ("", pos)."""
    m = _SUFFIX_QUALIFIER_RE.match(s, pos)
    if m is None:
        return "", pos
    word, guard = m.group("q"), m.group("guard")
    if word == "上下" and guard and _is_cjk(guard) and guard != "的":
        return "", pos  # 上下游
    if word == "以下" and guard in ("简", "称"):
        return "", pos  # 以下简称
    return _SUFFIX_QUALIFIERS[word], m.end("q")


def _joined_tail(s: str, pos: int) -> int:
    """Length of a short noun (2-4 characters, then a stop) after 和/与/及, or 0."""
    i = pos
    while i < len(s) and i - pos <= 4:
        c = s[i]
        if not _is_cjk(c) or c in _NOUN_STOP or c in _CN_NUM_CHARS or any(s.startswith(p, i) for p in _NOUN_STOP_PAIRS):
            break
        i += 1
    length = i - pos
    return length if 2 <= length <= 4 else 0


def _noun(s: str, pos: int) -> int:
    """End of the noun after a measure word at ``pos`` (== pos when there is none).

    A heuristic: an optional Latin name (``GPU``, ``H100``, ``AI``), then CJK characters
    up to a function word, a common verb, a punctuation mark or a digit, at most six
    (``个就业岗位``), or a short second noun after 和/与/及 (``个国家和国际组织``)."""
    n = len(s)
    i = pos
    while i < n and (_is_latin(s[i]) or (i > pos and s[i].isdigit())):
        i += 1
    latin_end = end = i
    limit = 3 if latin_end > pos else _NOUN_MAX  # H100芯片, AI大模型
    while i < n and i - latin_end < limit:
        c = s[i]
        if not _is_cjk(c) or (i == pos and (c in _CN_NUM_CHARS or c in _LOCALIZERS)):
            break
        if c in _JOINERS:
            tail = _joined_tail(s, i + 1) if i > pos else 0
            return i + 1 + tail if tail else end
        if c in _NOUN_STOP or any(s.startswith(p, i) for p in _NOUN_STOP_PAIRS):
            break
        i += 1
        end = i
    if end - latin_end >= 3 and s[end - 1] in _LOCALIZERS:
        end -= 1  # 140个市场中 -> 市场
    return end


class _Quantity:
    """The numeric fields (amount, low, high, qualifier) of an item, built on demand."""

    def __init__(self, item: _Item, qualifier: str) -> None:
        self.item = item
        self.qualifier = qualifier

    def fields(self, scale: Decimal = Decimal(1), extra: Decimal = Decimal(0)) -> dict:
        first = self.item.first
        if first.vague or first.approx:
            return {"amount": None, "low": float(first.low * scale), "high": float(first.high * scale),
                    "qualifier": "vague" if first.vague else "range"}
        if self.item.second is not None:
            return {"amount": None, "low": float(self.item.lo * scale), "high": float(self.item.hi * scale),
                    "qualifier": "range"}
        amount = float((first.value + extra) * scale)
        qualifier = self.qualifier or ("at_least" if first.plus else "exact")
        return _bounded({"amount": amount}, qualifier)


def _bounded(fields: dict, qualifier: str) -> dict:
    """Set qualifier, low and high of a single amount."""
    amount = fields["amount"]
    fields["qualifier"] = qualifier
    fields["low"] = amount if qualifier in ("more_than", "at_least") else None
    fields["high"] = amount if qualifier in ("less_than", "at_most") else None
    return fields


def _apply_suffix(s: str, end: int, fields: dict) -> int:
    """Absorb a qualifier after the value (以上, 左右, 之间); returns the new end."""
    suffix, after = _suffix_qualifier(s, end)
    if suffix:
        current = fields["qualifier"]
        if current == "exact" or (current == "at_least" and suffix == "at_least"):
            _bounded(fields, suffix)
            return after
        if current == suffix:
            return after  # 约…左右
    if fields["qualifier"] == "range":
        ws = _skip_ws(s, end)
        if s.startswith("之间", ws):
            return ws + 2
    return end


def _classify(s: str, item: _Item, ref: _dt.date | None) -> _Cand | None:
    """Decide what a number (or range) is from the words around it."""
    first = item.first
    pos = _skip_ws(s, item.end)
    left = _left_context(s, item.start)
    qty = _Quantity(item, left.qualifier)
    vague = first.vague

    def vague_note(fields: dict) -> str:
        return f"vague: {first.raw} read as {_fmt(fields['low'])}..{_fmt(fields['high'])}" if vague else ""

    def done(kind: ValueKind, start: int, end: int, fields: dict, note: str = "") -> _Cand:
        end = _apply_suffix(s, end, fields)
        if item.second is not None and left.qualifier:
            note = "; ".join(x for x in (note, f"range qualified as {left.qualifier}") if x)
        note = "; ".join(x for x in (note, vague_note(fields)) if x)
        if note:
            fields["note"] = note
        return _Cand(kind, start, end, end, fields)

    # percent: 百分之六十三, 63%, 0.25个百分点, 25个基点 ------------------------------
    for word, unit in (("百分之", "%"), ("千分之", "‰")):
        if s.endswith(word, 0, item.start) and not vague:
            start = item.start - len(word)
            qualifier, q_start = _prefix_qualifier(s, _back_ws(s, start))
            if qualifier:
                qty.qualifier, start = qualifier, q_start
            fields = qty.fields()
            fields["unit"] = unit
            return done(ValueKind.PERCENT, start, item.end, fields)
    if pos < len(s) and s[pos] in "%‰" and not vague:
        fields = qty.fields()
        fields["unit"] = s[pos]
        return done(ValueKind.PERCENT, left.start, pos + 1, fields)
    if s.startswith("厘", pos) and first.arabic and not vague and not s.startswith(("厘米", "厘清"), pos):
        fields = qty.fields()
        fields["unit"] = "%"
        return done(ValueKind.PERCENT, left.start, pos + 1, fields, "厘 read as percent (Hong Kong usage)")
    m = _POINTS_RE.match(s, pos)
    if m is not None and not vague:
        fields = qty.fields()
        fields["unit"] = "pp" if m.group("u") == "百分点" else "bp"
        return done(ValueKind.PERCENT, left.start, m.end(), fields)

    # money: 5000亿美元, 人民币800亿元, US$500, $500 billion ------------------------
    cm = _CURRENCY_SUFFIX_RE.match(s, pos)
    if cm is not None or left.currency:
        scale = Decimal(1)
        notes = []
        end = item.end
        if cm is not None:
            end = cm.end()
            word = cm.group("cur")
            code = _CURRENCY_SUFFIX[word]
            if cm.group("zhao"):
                scale = Decimal(10**12)
                notes.append("兆 read as 10^12 (Taiwan usage)")
            if word in ("元", "块钱") and left.currency:
                code = left.currency
            elif word == "元":
                notes.append("元 read as CNY")
        else:
            code = left.currency
            em = _ENGLISH_MAG_RE.match(s, item.end) if first.arabic else None
            if em is not None:
                scale = Decimal(_ENGLISH_MAG[em.group("emag")])
                end = em.end()
        fields = qty.fields(scale)
        fields["unit"] = code
        if s.startswith("起", end) and fields["qualifier"] == "exact":
            _bounded(fields, "at_least")  # 100元起
            end += 1
        start = left.currency_start if left.currency else left.start
        return done(ValueKind.MONEY, start, end, fields, "; ".join(notes))

    # 三成 = 30% ---------------------------------------------------------------------
    if (first.single_digit_cn and item.second is None and s.startswith("成", item.end)
            and not _CHENG_WORD.match(s, item.end)):
        fields = qty.fields(Decimal(10))
        fields["unit"] = "%"
        return done(ValueKind.PERCENT, left.start, item.end + 1, fields, "成 = 10%")

    # durations: 两天, 19个月, 未来四年 ------------------------------------------------
    tm = _TIME_UNIT_RE.match(s, pos)
    if tm is not None:
        cand = _duration(s, item, tm, qty, left, ref)
        if cand is not None:
            return cand
        if tm.group("year") or tm.group("day"):
            return None  # 2024年 is a date (the date pass has it), so is 7日

    # index points: 报23,462点 (a number below 25 with 点 is an hour) ---------------------
    if first.arabic and s.startswith("点", pos) and first.value is not None and first.value >= 25 \
            and not _CN_DIGIT.get(s[pos + 1:pos + 2]):
        fields = qty.fields()
        fields["unit"] = "点"
        return done(ValueKind.COUNT, left.start, pos + 1, fields, "index points")

    # measurement units: 一吉瓦, 13倍, 5000人 ------------------------------------------
    mm = _MEASURE_RE.match(s, pos)
    if mm is not None and not s.startswith("人民币", pos):
        if first.one and mm.group() in ("人", "票", "岁", "倍", "度", "米", "克"):
            return None
        fields = qty.fields()
        fields["unit"] = _MEASURES[mm.group()]
        return done(ValueKind.COUNT, left.start, mm.end(), fields)

    # a measure word and its noun: 20万个GPU, 500家日本企业 ----------------------------
    cw = _COUNTER_RE.match(s, pos)
    if cw is not None:
        word = cw.group()
        if word == "个" and _NOT_AFTER_GE.match(s, cw.end()):
            return None
        if (first.one and item.second is None) or first.digit_seq:
            return None  # 一个, 一家: an article more often than a count
        return _count(s, item, qty, left, cw.end(), word)

    # a bare 万/亿 magnitude: 1550万, 1550万用户 -------------------------------------
    if (first.big or (item.second is not None and item.second.big)) and not first.digit_seq:
        return _count(s, item, qty, left, item.end, "")
    return None


def _count(s: str, item: _Item, qty: _Quantity, left: _Left, core_end: int, word: str) -> _Cand:
    fields = qty.fields()
    if fields["qualifier"] == "exact":
        suffix, after = _suffix_qualifier(s, core_end)  # 100个以上国家
        if suffix:
            _bounded(fields, suffix)
            core_end = after
    noun_start = _skip_ws(s, core_end) if word else core_end
    noun_end = _noun(s, noun_start)
    noun = s[noun_start:noun_end]
    fields["unit"] = word + noun
    fields["measure_word"] = word
    if item.first.vague:
        fields["note"] = f"vague: {item.first.raw} read as {_fmt(fields['low'])}..{_fmt(fields['high'])}"
    cand = _Cand(ValueKind.COUNT, left.start, core_end, noun_end if noun else core_end, fields,
                 noun_start if noun else -1)
    if noun and fields["qualifier"] == "exact":
        suffix, after = _suffix_qualifier(s, noun_end)  # 100个国家以上
        if suffix:
            cand.noun_suffix = suffix
            cand.full_end = after
    return cand


def _duration(s: str, item: _Item, tm: re.Match[str], qty: _Quantity, left: _Left,
              ref: _dt.date | None) -> _Cand | None:
    first = item.first
    unit = next(name for name in ("year", "month", "week", "day", "hour", "minute", "second") if tm.group(name))
    if unit == "year":
        year_like = first.digit_seq or (
            first.arabic and not first.mag and not first.plus and first.value is not None
            and first.value == int(first.value) and 1000 <= first.value <= 2200)
        if year_like or (item.second is not None and first.arabic and 1000 <= (item.lo or 0) <= 2200):
            return None  # 2024年, 2024-2025年: dates
        if first.one and s.startswith("一度", tm.end()):
            return None  # 一年一度
    if unit == "day" and tm.group() == "日":
        before = s[max(0, _back_ws(s, left.start) - 2):_back_ws(s, left.start)]
        cue = (any(before.endswith(w) for w in _DAY_CUE_BEFORE) or bool(left.direction)
               or bool(_DAY_CUE_AFTER.match(s, tm.end())))
        if not cue and (first.arabic or first.raw != "两"):
            return None  # 7日 is a day of the month
    half = tm.group("yhalf") or tm.group("mhalf") or tm.group("hhalf")
    fields = qty.fields(extra=Decimal("0.5") if half and first.value is not None else Decimal(0))
    if tm.group("mmore") and fields["qualifier"] == "exact":
        _bounded(fields, "at_least")  # 3个多月
    fields["unit"] = unit
    end = _apply_suffix(s, tm.end(), fields)  # 10年左右, 3年以上
    start = left.start
    direction = ""
    note = ""
    if left.direction:
        direction = "forward" if left.direction in _FORWARD_WORDS else "backward"
        start = min(start, left.direction_start)
        note = f"{direction} ({left.direction})"
    after = _DURATION_AFTER_RE.match(s, end)
    if after is not None:
        w = after.group("w")
        if w in ("之内", "以内", "内"):
            if fields["qualifier"] == "exact":
                _bounded(fields, "at_most")
            end = after.end()
        elif not direction:
            direction = "backward" if w in ("以来", "来", "之前", "以前", "前") else "forward"
            note = f"{direction} ({w})"
            end = after.end()
    if direction and ref is not None and fields["amount"] is not None:
        period = ("PT" if unit in ("hour", "minute", "second") else "P") + _fmt(fields["amount"]) + _ISO_UNIT[unit]
        day = ref.isoformat()
        fields["date"] = f"{day}/{period}" if direction == "forward" else f"{period}/{day}"
        note += f", from {day} (reference date)"
    fields["direction"] = direction
    if note:
        fields["note"] = note
    if first.vague:
        fields["note"] = "; ".join(x for x in (fields.get("note", ""),
                                              f"vague: {first.raw} read as {_fmt(fields['low'])}..{_fmt(fields['high'])}")
                                   if x)
    return _Cand(ValueKind.DURATION, start, end, end, fields)


# ---------------------------------------------------------------------------- dates

_YNUM = r"(?<![\d.])\d{4}(?!\d)|[〇零一二三四五六七八九]{4}"
_MNUM = r"(?<![\d.])(?:1[0-2]|0?[1-9])(?!\d)|十[一二]?|(?<![十])[一二三四五六七八九]"
_DNUM = r"(?<![\d.])(?:3[01]|[12]\d|0?[1-9])(?!\d)|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|(?<![十])[一二三四五六七八九]"
_YREL = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2}
_MREL = {"本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
_SEP = r"(?:至|到|-|~)"
_DATE_SEP_RE = re.compile(rf"{_WS}{_SEP}{_WS}")
_DAYS_WITHIN_RE = re.compile(r"(?:之内|以内|内|以来|来)")

_YEAR_PART = rf"(?:(?P<y>{_YNUM})年|(?P<yr>今年|去年|明年|(?<![提最之此其以半年])(?:前年|后年)))"
_MONTH_PART = rf"(?:(?P<m>{_MNUM})月份?|(?P<mr>本月|这个月|上个?月|下个?月))"
_DAY_PART = rf"(?P<d>{_DNUM})[日号]"

_R_YMD = re.compile(rf"(?=[\d〇零一二三四五六七八九今去明前后])(?<![第A-Za-z]){_YEAR_PART}(?!代|级|度报|间)(?:{_WS}{_MONTH_PART}(?:{_WS}{_DAY_PART})?)?")
_R_YMD_NO_GUARD = re.compile(rf"{_YEAR_PART}(?!代|级)(?:{_WS}{_MONTH_PART}(?:{_WS}{_DAY_PART})?)?")
_R_MD = re.compile(rf"(?=[\d一二三四五六七八九十本这上下])(?<![第个])(?<![上下]个){_MONTH_PART}(?:{_WS}{_DAY_PART})?")
_R_D = re.compile(r"(?<![\d.第月])(?P<d>3[01]|[12]\d|0?[1-9])日")
_R_ISO = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.])")
_R_DRANGE = re.compile(
    rf"(?=[\d〇零一二三四五六七八九十今去明前后])(?:{_YEAR_PART}{_WS})?(?P<m>{_MNUM})月{_WS}(?P<d1>{_DNUM}){_WS}{_SEP}{_WS}(?P<d2>{_DNUM})[日号]"
)
_R_MRANGE = re.compile(
    rf"(?=[\d〇零一二三四五六七八九十今去明前后])(?:{_YEAR_PART}{_WS})?(?P<m1>{_MNUM}){_WS}{_SEP}{_WS}(?P<m2>{_MNUM})月"
)
_R_YRANGE = re.compile(rf"(?<![\d.])(?P<y1>\d{{4}}){_WS}{_SEP}{_WS}(?P<y2>\d{{4}})年(?!代)")
_R_FY = re.compile(
    rf"(?<![\d.])(?P<y>\d{{4}})(?:/(?P<y2>\d{{2}}|\d{{4}}))?{_WS}(?:年度?)?(?:财年|财政年度|会计年度)"
    rf"|(?<![\d.])(?P<y3>\d{{4}})/(?P<y4>\d{{2}}|\d{{4}}){_WS}(?:年度|财政年度|年)"
    r"|(?<![A-Za-z])FY[ ]?(?P<fy>\d{4}|\d{2})(?![\d])"
)
_R_HALF = re.compile(
    rf"(?=[\d〇零一二三四五六七八九今去明前后上下第一二三四Qq])(?:{_YEAR_PART}{_WS})?(?P<q>上半年|下半年|第?[一二三四1-4]季度|(?<![A-Za-z])[Qq][1-4](?![\d]))"
)
_R_REL_DAY = re.compile(
    r"(?P<w>今天|今日|昨天|昨日|前天|明天|明日|后天)(?!头条|美国|俄罗斯|说法|关注|之星|香港|中国)"
)
_R_WEEK = re.compile(
    r"(?P<w>上个?星期|上个?礼拜|上周|本周|这周|这个?星期|本星期|下个?星期|下个?礼拜|下周)"
    r"(?P<wd>[一二三四五六日天](?!年))?"
)
_REL_DAY = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1, "后天": 2}
_TZ_PREFIX_RE = re.compile(
    rf"(?:当地时间|北京时间|美东时间|美国东部时间|东部时间|太平洋时间|格林尼治时间|香港时间|台北时间|日本时间|东京时间"
    rf"|欧洲中部时间|巴黎时间|伦敦时间|莫斯科时间|首尔时间){_WS}\Z"
)


def _cn_small_int(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    v = _cn_integer(text)
    return int(v) if v is not None else None


def _year_of(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    if all(c in _CN_DIGIT for c in text):
        return int("".join(str(_CN_DIGIT[c]) for c in text))
    return None


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        if m is None:
            return 1 <= d <= 31
        year = y if y is not None and 1 <= y <= 9999 else 2000
        return 1 <= d <= calendar.monthrange(year, m)[1]
    return y is None or 1 <= y <= 9999


def _iso(y: int | None, m: int | None, d: int | None) -> str:
    if y is not None:
        out = f"{y:04d}"
        if m is not None:
            out += f"-{m:02d}"
            if d is not None:
                out += f"-{d:02d}"
        return out
    if m is not None:
        return f"--{m:02d}" + (f"-{d:02d}" if d is not None else "")
    return f"---{d:02d}" if d is not None else ""


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


@dataclass
class _DateSpec:
    y: int | None = None
    m: int | None = None
    d: int | None = None
    rel_y: int | None = None
    rel_m: int | None = None
    word: str = ""  # the relative word, for notes


def _resolve(spec: _DateSpec, ref: _dt.date | None, anchor_year: int | None = None) -> tuple[
        int | None, int | None, int | None, bool, str]:
    """(year, month, day, resolved, note)."""
    y, m, d = spec.y, spec.m, spec.d
    if spec.rel_m is not None:
        if ref is None:
            return None, None, d, False, f"relative ({spec.word}): no reference date"
        y, m = _shift_month(ref.year, ref.month, spec.rel_m)
        return y, m, d, True, f"relative to {ref.isoformat()} (reference date)"
    if spec.rel_y is not None:
        if ref is None:
            return None, m, d, False, f"relative ({spec.word}): no reference date"
        return ref.year + spec.rel_y, m, d, True, f"relative to {ref.isoformat()} (reference date)"
    if y is not None:
        return y, m, d, True, ""
    if anchor_year is not None:
        return anchor_year, m, d, True, ""
    if m is not None:
        if ref is None:
            return None, m, d, False, "year unknown"
        best = None
        for year in (ref.year - 1, ref.year, ref.year + 1):
            if not _valid(year, m, d):
                continue
            if d is not None:
                dist = abs((_dt.date(year, m, d) - ref).days)
            else:
                first = _dt.date(year, m, 1)
                last = _dt.date(year, m, calendar.monthrange(year, m)[1])
                dist = 0 if first <= ref <= last else min(abs((first - ref).days), abs((last - ref).days))
            if best is None or dist < best[0]:
                best = (dist, year)
        if best is None:
            return None, m, d, False, "year unknown"
        return best[1], m, d, True, f"year from {ref.isoformat()} (reference date)"
    if d is not None:
        if ref is None:
            return None, None, d, False, "month and year unknown"
        best = None
        for delta in (-1, 0, 1):
            year, month = _shift_month(ref.year, ref.month, delta)
            if _valid(year, month, d):
                dist = abs((_dt.date(year, month, d) - ref).days)
                if best is None or dist < best[0]:
                    best = (dist, year, month)
        if best is None:
            return None, None, d, False, "month and year unknown"
        return best[1], best[2], d, True, f"month from {ref.isoformat()} (reference date)"
    return None, None, None, False, ""


def _spec_from(m: re.Match[str], suffix: str = "") -> _DateSpec:
    groups = m.groupdict()
    spec = _DateSpec()
    y = groups.get("y" + suffix)
    if y:
        spec.y = _year_of(y)
    yr = groups.get("yr" + suffix)
    if yr:
        spec.rel_y = _YREL[yr]
        spec.word = yr
    mo = groups.get("m" + suffix)
    if mo:
        spec.m = _cn_small_int(mo)
    mr = groups.get("mr" + suffix)
    if mr:
        spec.rel_m = _MREL[mr]
        spec.word = mr
    d = groups.get("d" + suffix)
    if d:
        spec.d = _cn_small_int(d)
    return spec


def _date_fields(spec: _DateSpec, ref: _dt.date | None) -> dict | None:
    if not _valid(spec.y, spec.m, spec.d):
        return None
    y, m, d, resolved, note = _resolve(spec, ref)
    if not _valid(y, m, d):
        return None
    date = _iso(y, m, d) or None
    return {"date": date, "resolved": resolved, "note": note}


def _period_fields(a: _DateSpec, b: _DateSpec, ref: _dt.date | None) -> dict | None:
    """Resolve a period; ``b`` takes the year (and month) of ``a`` when it names none."""
    if not (_valid(a.y, a.m, a.d) and _valid(b.y, b.m, b.d)):
        return None
    ya, ma, da, ra, note = _resolve(a, ref)
    if not _valid(ya, ma, da):
        return None
    if b.y is None and b.rel_y is None and b.rel_m is None:
        yb, mb, db, rb = ya, b.m, b.d, ra
        if mb is None and db is not None:
            mb = ma
            if ma is not None and da is not None and db < da:  # 28日至3日
                if yb is not None:
                    yb, mb = _shift_month(yb, ma, 1)
                else:
                    mb = ma % 12 + 1
        elif mb is not None and ma is not None and yb is not None and (mb, db or 0) < (ma, da or 0):
            yb += 1  # 12月28日至1月3日
    else:
        yb, mb, db, rb, _ = _resolve(b, ref)
    if not _valid(yb, mb, db):
        return None
    start, end = _iso(ya, ma, da), _iso(yb, mb, db)
    if not start or not end:
        return None
    if None not in (ya, ma, da, yb, mb, db) and _dt.date(yb, mb, db) < _dt.date(ya, ma, da):
        return None
    return {"date": f"{start}/{end}", "resolved": ra and rb, "note": note}


def _tz_start(s: str, start: int) -> tuple[int, str]:
    m = _TZ_PREFIX_RE.search(s, max(0, start - 10), start)
    if m is None:
        return start, ""
    return m.start(), m.group().strip()


def _date_candidates(s: str, ref: _dt.date | None) -> list[_Cand]:
    out: list[_Cand] = []

    def add(kind: ValueKind, start: int, end: int, fields: dict | None, note: str = "") -> None:
        if fields is None:
            return
        tz_start, tz = _tz_start(s, start)
        if tz:
            fields["note"] = "; ".join(x for x in (f"{tz} (local time)" if tz == "当地时间" else tz,
                                                   fields.get("note", "")) if x)
            start = tz_start
        if note:
            fields["note"] = "; ".join(x for x in (fields.get("note", ""), note) if x)
        fields.setdefault("qualifier", "exact")
        out.append(_Cand(kind, start, end, end, fields))

    def follow(start: int, end: int, first: _DateSpec, first_fields: dict | None, kind: ValueKind) -> None:
        """Add the date, or a period when a second date follows after 至/到/-."""
        sep = _DATE_SEP_RE.match(s, end)
        if sep is not None:
            for regex in (_R_YMD_NO_GUARD, _R_MD, _R_D):
                m2 = regex.match(s, sep.end())
                if m2 is not None and m2.group():
                    second = _spec_from(m2)
                    if regex is _R_YMD_NO_GUARD and second.m is None and first.m is not None:
                        continue
                    if first.d is None and second.d is not None:
                        continue
                    if first.m is None and first.d is None and second.m is not None:
                        continue
                    fields = _period_fields(_DateSpec(**vars(first)), second, ref)
                    if fields is not None:
                        add(ValueKind.PERIOD, start, m2.end(), fields)
                        return
                    break
        add(kind, start, end, first_fields)

    for m in _R_YMD.finditer(s):
        spec = _spec_from(m)
        if spec.y is not None and not 1000 <= spec.y <= 2200:
            continue
        follow(m.start(), m.end(), spec, _date_fields(spec, ref), ValueKind.DATE)
    for m in _R_MD.finditer(s):
        spec = _spec_from(m)
        if m.group("m") and not m.group("d") and not m.group("m").isdigit() and s.startswith("一", m.end()):
            continue  # 一月一次: not a month
        follow(m.start(), m.end(), spec, _date_fields(spec, ref), ValueKind.DATE)
    for m in _R_D.finditer(s):
        if _version_like(s, m.start(), m.end("d")):
            continue
        if _DAYS_WITHIN_RE.match(s, m.end()):
            continue  # 30日内 is a duration
        spec = _spec_from(m)
        follow(m.start(), m.end(), spec, _date_fields(spec, ref), ValueKind.DATE)
    for m in _R_ISO.finditer(s):
        spec = _DateSpec(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        add(ValueKind.DATE, m.start(), m.end(), _date_fields(spec, ref))
    for m in _R_DRANGE.finditer(s):
        a = _spec_from(m)
        a.d = _cn_small_int(m.group("d1"))
        b = _DateSpec(d=_cn_small_int(m.group("d2")))
        add(ValueKind.PERIOD, m.start(), m.end(), _period_fields(a, b, ref))
    for m in _R_MRANGE.finditer(s):
        if _prev_char(s, m.start("m1")) == "第":
            continue
        a = _spec_from(m)
        a.m = _cn_small_int(m.group("m1"))
        b = _DateSpec(m=_cn_small_int(m.group("m2")))
        add(ValueKind.PERIOD, m.start(), m.end(), _period_fields(a, b, ref))
    for m in _R_YRANGE.finditer(s):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if 1000 <= y1 < y2 <= 2200:
            add(ValueKind.PERIOD, m.start(), m.end(), {"date": f"{y1}/{y2}", "resolved": True, "note": ""})
    for m in _R_FY.finditer(s):
        if m.group("fy"):
            fy = m.group("fy")
            year = int(fy) if len(fy) == 4 else 2000 + int(fy)
            label = f"FY{year}"
        else:
            year = int(m.group("y") or m.group("y3"))
            second = m.group("y2") or m.group("y4")
            if not 1900 <= year <= 2200:
                continue
            label = f"FY{year}" + (f"/{second}" if second else "")
        add(ValueKind.PERIOD, m.start(), m.end(),
            {"date": label, "resolved": True, "note": "fiscal year (its months depend on the organisation)"})
    for m in _R_HALF.finditer(s):
        q = m.group("q")
        spec = _spec_from(m)
        if q == "上半年":
            months = (1, 6)
        elif q == "下半年":
            months = (7, 12)
        else:
            n = q.strip("第季度Qq")
            k = _CN_DIGIT.get(n) or int(n)
            months = (3 * k - 2, 3 * k)
        if spec.y is None and spec.rel_y is None:
            if ref is None:
                fields = {"date": f"--{months[0]:02d}/--{months[1]:02d}", "resolved": False, "note": "year unknown"}
            else:
                fields = {"date": f"{ref.year:04d}-{months[0]:02d}/{ref.year:04d}-{months[1]:02d}", "resolved": True,
                          "note": f"year from {ref.isoformat()} (reference date)"}
        else:
            y, _, _, resolved, note = _resolve(_DateSpec(spec.y, None, None, spec.rel_y, None, spec.word), ref)
            if y is None:
                fields = {"date": f"--{months[0]:02d}/--{months[1]:02d}", "resolved": False, "note": note}
            else:
                fields = {"date": f"{y:04d}-{months[0]:02d}/{y:04d}-{months[1]:02d}", "resolved": resolved,
                          "note": note}
        add(ValueKind.PERIOD, m.start(), m.end(), fields)
    for m in _R_REL_DAY.finditer(s):
        w = m.group("w")
        if ref is None:
            fields = {"date": None, "resolved": False, "note": f"relative ({w}): no reference date"}
        else:
            day = ref + _dt.timedelta(days=_REL_DAY[w])
            fields = {"date": day.isoformat(), "resolved": True,
                      "note": f"relative to {ref.isoformat()} (reference date)"}
        add(ValueKind.DATE, m.start(), m.end(), fields)
    for m in _R_WEEK.finditer(s):
        w, wd = m.group("w"), m.group("wd")
        offset = -1 if w.startswith("上") else 1 if w.startswith("下") else 0
        kind = ValueKind.DATE if wd else ValueKind.PERIOD
        if ref is None:
            fields = {"date": None, "resolved": False, "note": f"relative ({m.group()}): no reference date"}
        else:
            monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(weeks=offset)
            if wd:
                index = 6 if wd in "日天" else "一二三四五六".index(wd)
                fields = {"date": (monday + _dt.timedelta(days=index)).isoformat(), "resolved": True,
                          "note": f"relative to {ref.isoformat()} (reference date)"}
            else:
                fields = {"date": f"{monday.isoformat()}/{(monday + _dt.timedelta(days=6)).isoformat()}",
                          "resolved": True, "note": f"relative to {ref.isoformat()} (reference date)"}
        add(kind, m.start(), m.end(), fields)
    return out


# ------------------------------------------------------------------------- selection


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first (core span), then money > percent > period > date > duration > count."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), _KIND_RANK[c.kind], c.start))
    size = max((c.end for c in cands), default=0)
    taken = bytearray(size)
    chosen: list[_Cand] = []
    for c in order:
        if c.end <= c.start or any(taken[c.start:c.end]):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    # a count's noun stops at the next chosen value
    for i, c in enumerate(chosen):
        limit = chosen[i + 1].start if i + 1 < len(chosen) else None
        if limit is not None and c.full_end > limit:
            if c.noun_start >= 0:
                c.full_end = max(c.end, limit)
                noun = c.fields.get("unit", "")
                keep = c.full_end - c.noun_start
                mw = c.fields.get("measure_word", "")
                if c.kind is ValueKind.COUNT and keep >= 0:
                    c.fields["unit"] = mw + noun[len(mw):][:keep] if mw else noun[:keep]
                c.noun_suffix = ""
            else:
                c.full_end = c.end
    for c in chosen:
        if c.noun_suffix and c.fields.get("qualifier") == "exact":
            c.fields["qualifier"] = c.noun_suffix
            amount = c.fields.get("amount")
            if c.noun_suffix in ("more_than", "at_least"):
                c.fields["low"] = amount
            elif c.noun_suffix in ("less_than", "at_most"):
                c.fields["high"] = amount
    return chosen


_BREAK_RE = re.compile(r"[ \t\u3000]*\r?\n[ \t\u3000]*")
_LINE_END_PUNCT = frozenset("。！？!?；;：:」』”\"")


def _unwrap(s: str) -> tuple[str, list[int] | None]:
    """Undo hard wraps: drop single line breaks inside a paragraph (not after a full
    stop, not around a blank line), so ``650亿\n美元`` and ``今\n后4年`` read whole.
    Returns the text and, when anything was dropped, each character's index in ``s``."""
    if "\n" not in s:
        return s, None
    keep: list[tuple[int, int]] = []
    pos = 0
    line_start = 0
    for m in _BREAK_RE.finditer(s):
        a, b = m.start(), m.end()
        before = s[a - 1] if a > 0 else "\n"
        after = s[b] if b < len(s) else "\n"
        joinable = before not in "\r\n" and after not in "\r\n" and before not in _LINE_END_PUNCT
        if joinable and before.isdigit() and after.isdigit():
            joinable = a - line_start >= 8  # 80|0亿 in a wrapped column, not a list of numbers
        if joinable:
            keep.append((pos, a))
            pos = b
        line_start = b
    if not keep:
        return s, None
    keep.append((pos, len(s)))
    index = [i for a, b in keep for i in range(a, b)]
    return "".join(s[a:b] for a, b in keep), index


def find_values(text: str, reference_date: _dt.date | None = None) -> list[Value]:
    """Every money amount, percentage, count, date, period and duration in ``text``.

    ``text`` may be Traditional or Simplified; spans index ``text``.  Relative and
    yearless dates are resolved against ``reference_date`` when given (a ``datetime``
    is reduced to its date).  Values never overlap and come in text order.
    """
    if not text:
        return []
    if isinstance(reference_date, _dt.datetime):
        reference_date = reference_date.date()
    conversion = matching_copy(text)
    s, back = _unwrap(conversion.text.translate(_FOLD))
    cands = _date_candidates(s, reference_date)
    for item in _range_items(s, _scan_numbers(s)):
        cand = _classify(s, item, reference_date)
        if cand is not None:
            cands.append(cand)
    values: list[Value] = []
    for c in _select(cands):
        a, b = c.start, c.full_end
        if back is not None:
            a, b = back[a], back[b - 1] + 1
        a, b = conversion.source_span(a, b)
        if b <= a:
            continue
        fields = dict(c.fields)
        fields.setdefault("qualifier", "exact")
        values.append(Value(kind=c.kind, start=a, end=b, text=text[a:b], **fields))
    # source_span widens to whole phrases: keep the output free of overlaps
    out: list[Value] = []
    for v in values:
        if out and v.start < out[-1].end:
            continue
        out.append(v)
    return out


# ------------------------------------------------------------------ article dates

_R_FULL = re.compile(
    rf"(?<![\d.])(?P<y>\d{{4}})年{_WS}(?P<m>1[0-2]|0?[1-9])月{_WS}(?P<d>3[01]|[12]\d|0?[1-9])日"
    r"|(?<![\d.])(?P<y2>(?:19|20)\d{2})(?P<s>[-/.])(?P<m2>1[0-2]|0?[1-9])(?P=s)(?P<d2>3[01]|[12]\d|0?[1-9])(?![\d.])"
)
_R_MONTH_DAY = re.compile(rf"(?<![\d.年])(?P<m>1[0-2]|0?[1-9])月{_WS}(?P<d>3[01]|[12]\d|0?[1-9])日")
_R_YEAR_MENTION = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?:年|财年|財年)(?!代)")
_DATELINE_AFTER = re.compile(rf"{_WS}(?:电|讯|消息|报道)")
_DATELINE_BEFORE = re.compile(r"(?:讯[】\]]?|电[】\]]?|社|报道|记者[^，。]{0,8})[ \t]*\Z")
_FUTURE_BEFORE = ("到", "至")
_FUTURE_AFTER = re.compile(r"(?:前|之前|以前|底前|目标)")
_FUTURE_CLAUSE = re.compile(r"[^，。；！？,;!?]{0,16}?(?:将|计划|预计|目标|有望|届时)")


def infer_article_date(text: str) -> _dt.date | None:
    """Best-effort publication date: a full date in a dateline (``新华社北京2025年2月10日电``)
    or near the top, else the latest full date in the text; else a dateline month/day
    (``【大公报讯】2月10日``) or the first month/day near the top, with the latest year
    mentioned (years named as targets or in a future clause, ``到2030年``,
    ``2028年…将``, are skipped).  None when nothing fits."""
    if not text:
        return None
    s, _ = _unwrap(matching_copy(text).text.translate(_FOLD))
    full: list[tuple[int, _dt.date, bool]] = []
    for m in _R_FULL.finditer(s):
        y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (
            m.group("y2"), m.group("m2"), m.group("d2"))
        try:
            day = _dt.date(int(y), int(mo), int(d))
        except ValueError:
            continue
        dateline = bool(_DATELINE_AFTER.match(s, m.end())) or bool(
            _DATELINE_BEFORE.search(s, max(0, m.start() - 20), m.start()))
        full.append((m.start(), day, dateline))
    for _, day, dateline in full:
        if dateline:
            return day
    head = [day for pos, day, _ in full if pos < 200]
    if head:
        return head[0]
    if full:
        return max(day for _, day, _ in full)
    years: list[int] = []
    for m in _R_YEAR_MENTION.finditer(s):
        before = s[max(0, m.start() - 1):m.start()]
        if before in _FUTURE_BEFORE or _FUTURE_AFTER.match(s, m.end()) or _FUTURE_CLAUSE.match(s, m.end()):
            continue  # 到2030年, 2030年前, 2028年洛杉矶奥运会将…: targets, not the present
        years.append(int(m.group("y")))
    if not years:
        return None
    year = max(years)
    month_days = []
    for m in _R_MONTH_DAY.finditer(s):
        dateline = bool(_DATELINE_AFTER.match(s, m.end())) or bool(
            _DATELINE_BEFORE.search(s, max(0, m.start() - 20), m.start()))
        month_days.append((not dateline, m.start(), int(m.group("m")), int(m.group("d"))))
    if not month_days:
        return None
    month_days.sort()
    is_not_dateline, pos, mo, d = month_days[0]
    if is_not_dateline and pos > 300:
        return None
    try:
        return _dt.date(year, mo, d)
    except ValueError:
        return None
