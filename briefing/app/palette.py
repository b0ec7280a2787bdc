"""Command-palette provider: find an entity by any of its names, in either script."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from briefing.core.convert import convert_text
from briefing.core.entities.link import AliasBook, entity_key
from briefing.core.model import ScriptMode
from briefing.core.safe_text import visible


class EntityCommands(Provider):
    """Every entity, searchable by each surface form and its Simplified/Traditional forms."""

    def _entries(self) -> list[tuple[str, str, int]]:
        app = self.app
        entries = []
        aliases: dict[str, set[str]] = {}
        for names, _kind in getattr(app, "alias_book", AliasBook()).groups:
            for name in names:
                aliases.setdefault(entity_key(name), set()).update(names)
        for index, entity in enumerate(getattr(app, "entities", ())):
            forms = {entity.name, *entity.forms}
            for form in list(forms):
                forms |= aliases.get(entity_key(form), set())  # 川普 finds 特朗普
            forms |= {convert_text(f, ScriptMode.SIMPLIFIED) for f in list(forms)}
            forms |= {convert_text(f, ScriptMode.TRADITIONAL) for f in list(forms)}
            for form in sorted(forms):
                entries.append((visible(form), entity.type.value, index))
        return entries

    async def discover(self) -> Hits:
        app = self.app
        for index, entity in enumerate(getattr(app, "entities", ())[:30]):
            yield DiscoveryHit(visible(entity.name), partial(app.jump_to_entity, index), help=entity.type.value)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        seen: set[int] = set()
        scored = []
        for form, kind, index in self._entries():
            score = matcher.match(form)
            if score > 0:
                scored.append((score, form, kind, index))
        for score, form, kind, index in sorted(scored, key=lambda s: -s[0]):
            if index in seen:
                continue
            seen.add(index)
            yield Hit(score, matcher.highlight(form), partial(self.app.jump_to_entity, index), help=f"{kind}: jump to its first mention")
