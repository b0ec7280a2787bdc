"""Entities of a set of articles: extraction per article (cached on disk by content hash
and extractor version), then linking across all of them.

The cache key covers the article text and everything that shapes the result: the
extractor version and the curated word lists. A corrupt entry is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from briefing.core import cache
from briefing.core.entities.extract import EXTRACTOR_VERSION, extract_article
from briefing.core.entities.lexicon import DATA_DIR
from briefing.core.entities.link import AliasBook, ArticleExtraction, link, load_aliases
from briefing.core.entities.model import Candidate, Entity, EntityType
from briefing.core.model import Article

_NAMESPACE = "entities"


@lru_cache(maxsize=1)
def _lexicon_fingerprint() -> str:
    """A hash of the word lists and of the extraction code, so editing either invalidates
    the cache even when nobody remembers to bump EXTRACTOR_VERSION."""
    digest = hashlib.sha256()
    code = Path(__file__).resolve().parent
    for path in sorted(DATA_DIR.glob("*.txt")) + sorted(code.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(article: Article) -> str:
    """Keyed by the blocks' text (not the file's bytes): offsets are into the blocks, so a
    change in how a file is reflowed into blocks must miss the cache too."""
    blocks = hashlib.sha256("\x00".join(block.text for block in article.blocks).encode("utf-8")).hexdigest()
    return f"{blocks[:32]}-v{EXTRACTOR_VERSION}-{_lexicon_fingerprint()}"


def _to_json(extraction: ArticleExtraction) -> dict:
    return {
        "candidates": [
            [c.block, c.start, c.end, c.form, c.type.value, c.rule, c.priority, c.strong, c.alias_of]
            for c in extraction.candidates
        ],
        "boundaries": [list(b) for b in extraction.boundaries],
    }


def _from_json(data: dict, article: Article) -> ArticleExtraction | None:
    try:
        candidates = tuple(
            Candidate(int(b), int(s), int(e), str(f), EntityType(t), str(r), int(p), bool(st), str(al))
            for b, s, e, f, t, r, p, st, al in data["candidates"]
        )
        boundaries = tuple(tuple(int(x) for x in b) for b in data["boundaries"])
    except (KeyError, TypeError, ValueError):
        return None
    blocks = article.blocks
    if len(boundaries) != len(blocks) or any(c.block >= len(blocks) or c.end > len(blocks[c.block].text) for c in candidates):
        return None
    return ArticleExtraction(candidates, boundaries)


def extraction_for(article: Article, use_cache: bool = True) -> ArticleExtraction:
    """The article's candidates, from the disk cache when a valid entry exists."""
    key = cache_key(article)
    if use_cache:
        data = cache.read(_NAMESPACE, key)
        if isinstance(data, dict):
            cached = _from_json(data, article)
            if cached is not None:
                return cached
    extraction = extract_article(article)
    if use_cache:
        cache.write(_NAMESPACE, key, _to_json(extraction))
    return extraction


def find_entities(
    articles: Sequence[Article],
    aliases: AliasBook | None = None,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Entity, ...]:
    """Extract (or load) each article's candidates, then link them into entities."""
    extractions = []
    for i, article in enumerate(articles):
        extractions.append(extraction_for(article, use_cache))
        if progress is not None:
            progress(i + 1, len(articles))
    return link(articles, extractions, aliases if aliases is not None else load_aliases())
