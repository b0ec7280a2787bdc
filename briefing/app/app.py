"""The Textual app: compose the panes, bind keys, run slow work in workers.

Everything it shows comes from :mod:`briefing.core`; this module only wires widgets to
the core and to each other (widgets post messages up; the app pushes data down).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Footer, Header
from textual.worker import Worker, WorkerState

from briefing.core.briefing import Briefing, open_briefing
from briefing.core.convert import convert, convert_text
from briefing.core.entities.link import AliasBook, load_aliases
from briefing.core.entities.model import Entity, Mention
from briefing.core.entities.service import find_entities
from briefing.core.errors import BriefingError
from briefing.core.facts import Fact, FactSheet, fact_sheet
from briefing.core.model import Article, ScriptMode
from briefing.core.safe_text import visible
from briefing.resources import styles_dir
from briefing.app.palette import EntityCommands
from briefing.app.widgets.entity_sidebar import EntitySidebar, SidebarRow
from briefing.app.widgets.facts_view import FactRow, FactsView
from briefing.app.notes_actions import NotesActions
from briefing.app.widgets.notes_pane import NotesPane
from briefing.core.notes import Note, default_notes_path
from briefing.app.screens.help import HelpScreen
from briefing.app.screens.message import NothingToReadScreen
from briefing.app.widgets.article_list import ArticleList
from briefing.app.widgets.outline import OutlineList
from briefing.app.widgets.status_bar import StatusBar
from briefing.app.widgets.text_pane import PaneBlock, TextPane


def pane_blocks(article: Article, mode: ScriptMode) -> list[PaneBlock]:
    """The article's blocks in reading order, converted to ``mode``, with their section."""
    blocks: list[PaneBlock] = []
    for index, section in enumerate(article.sections):
        members = ([section.heading] if section.heading is not None else []) + list(section.blocks)
        blocks.extend(PaneBlock(b.kind.value, convert_text(b.text, mode), index) for b in members)
    return blocks


class BriefingApp(NotesActions, App[None]):
    """Read briefings: article list, outline and text, with a script-mode toggle."""

    TITLE = "briefing"
    CSS_PATH = [str(styles_dir() / "app.tcss")]
    COMMANDS = App.COMMANDS | {EntityCommands}

    BINDINGS = [
        Binding("right_square_bracket", "next_section", "Next section", key_display="]"),
        Binding("left_square_bracket", "previous_section", "Prev section", key_display="["),
        Binding("t", "cycle_script", "Script", key_display="t"),
        Binding("n", "next_mention", "Next mention", key_display="n"),
        Binding("N", "previous_mention", "Prev mention", key_display="N"),
        Binding("f", "toggle_facts", "Facts", key_display="f"),
        Binding("l", "next_linked_fact", "Next linked fact", key_display="l"),
        Binding("L", "previous_linked_fact", "Prev linked fact", key_display="L", show=False),
        Binding("o", "other_source", "Other source", key_display="o"),
        Binding("backspace", "jump_back", "Back", key_display="⌫"),
        Binding("right_parenthesis", "next_sentence", "Next sentence", key_display=")", show=False),
        Binding("left_parenthesis", "previous_sentence", "Prev sentence", key_display="(", show=False),
        Binding("h", "highlight_sentence", "Highlight", key_display="h"),
        Binding("H", "highlight_paragraph", "Highlight paragraph", key_display="H", show=False),
        Binding("a", "note_entity", "Note on entity", key_display="a", show=False),
        Binding("m", "next_note", "Next note", key_display="m"),
        Binding("M", "previous_note", "Prev note", key_display="M", show=False),
        Binding("E", "edit_note", "Edit note", key_display="E", show=False),
        Binding("D", "delete_note", "Delete note", key_display="D", show=False),
        Binding("e", "export", "Export", key_display="e"),
        Binding("tab", "focus_next", "Next pane", show=False),
        Binding("shift+tab", "focus_previous", "Prev pane", show=False),
        Binding("question_mark", "help", "Keys", key_display="?"),
        Binding("q", "quit", "Quit"),
    ]

    #: Bindings that live on widgets but belong in the key help.
    PANE_BINDINGS = [
        Binding("j", "", "Scroll down / next row", key_display="j ↓"),
        Binding("k", "", "Scroll up / previous row", key_display="k ↑"),
        Binding("enter", "", "Open the highlighted article, section or entity"),
        Binding("ctrl+p", "", "Command palette: find an entity by any name, either script"),
    ]

    mode: reactive[ScriptMode] = reactive(ScriptMode.ORIGINAL, init=False)

    def __init__(
        self,
        paths: list[Path],
        mode: ScriptMode = ScriptMode.ORIGINAL,
        aliases: AliasBook | None = None,
        use_cache: bool = True,
        notes_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.notes_path = notes_path or default_notes_path()
        self.store = None
        self.notes: list[Note] = []
        self.current_note: int | None = None
        self.cursor: tuple[int, int, int] | None = None
        self.paths = paths
        self.briefing = Briefing((), ())
        self.entities: tuple[Entity, ...] = ()
        self.alias_book = AliasBook()
        self.selected_entity: int | None = None
        self.mention_cursor = -1
        self.sheet = FactSheet((), ())
        self.current_fact: str | None = None
        # What the facts view follows: the current linked fact, the sentence cursor, or the entity.
        self.facts_focus = "article"
        self._other_source_turn = 0
        # Where the reader was before each jump: (article, fact id or None, scroll offset).
        self.jump_list: list[tuple[int, str | None, float]] = []
        self._aliases = aliases
        self._use_cache = use_cache
        self.article_index = 0
        self._initial_mode = mode
        self._busy = "loading…"

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            with Vertical(id="sidebar"):
                articles = ArticleList(id="articles")
                articles.border_title = "Articles"
                yield articles
                outline = OutlineList(id="outline")
                outline.border_title = "Outline"
                yield outline
                notes = NotesPane(id="notes")
                notes.border_title = "Notes"
                yield notes
            with Vertical(id="reader"):
                text = TextPane(id="text")
                text.border_title = "Text"
                yield text
                facts = FactsView(id="facts")
                facts.border_title = "Facts"
                yield facts
            sidebar = EntitySidebar(id="entities")
            sidebar.border_title = "Entities"
            yield sidebar
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(TextPane).focus()
        self.refresh_status()
        self.open_store()
        self.load_articles()

    # ----- loading -------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_articles(self) -> None:
        briefing = open_briefing(self.paths)
        self.call_from_thread(self._show_briefing, briefing)

    async def _show_briefing(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self._busy = ""
        for error in briefing.errors:
            self.notify(str(error), title="Could not open", severity="error", timeout=10)
        if not briefing.articles:
            await self.push_screen(NothingToReadScreen([str(e) for e in briefing.errors] or ["no files given"]))
            return
        self.query_one(ArticleList).show_articles([(a.title, a.script.value) for a in briefing.articles])
        self.set_reactive(BriefingApp.mode, self._initial_mode)
        await self.show_article(0)
        self.query_one(EntitySidebar).loading = True
        self.extract_entities()

    # ----- entities ----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="entities", exit_on_error=False)
    def extract_entities(self) -> None:
        try:
            aliases = self._aliases if self._aliases is not None else load_aliases()
        except BriefingError as exc:
            self.call_from_thread(self.notify, str(exc), title="Alias file ignored", severity="warning", timeout=10)
            aliases = AliasBook()

        def progress(done: int, total: int) -> None:
            self.call_from_thread(self._set_busy, f"entities {done}/{total}…")

        self.call_from_thread(self._set_busy, f"entities 0/{len(self.briefing.articles)}…")
        self.alias_book = aliases
        entities = find_entities(self.briefing.articles, aliases, use_cache=self._use_cache, progress=progress)
        self.call_from_thread(self._set_busy, "linking facts…")
        sheet = fact_sheet(self.briefing.articles, entities)
        self.call_from_thread(self._show_entities, entities, sheet)

    def _set_busy(self, message: str) -> None:
        self._busy = message
        self.refresh_status()

    def _show_entities(self, entities: tuple[Entity, ...], sheet: FactSheet | None = None) -> None:
        self.entities = entities
        self.sheet = sheet or FactSheet((), ())
        self.refresh_facts()
        self._busy = ""
        self.query_one(EntitySidebar).loading = False
        self.refresh_sidebar()
        self.refresh_status()

    def refresh_sidebar(self) -> None:
        """Rebuild the sidebar rows for the current article and script mode."""
        rows = [
            SidebarRow(i, convert_text(self._local_name(e), self.mode), e.type.value, e.count_in(self.article_index), len(e.mentions))
            for i, e in enumerate(self.entities)
        ]
        sidebar = self.query_one(EntitySidebar)
        sidebar.border_subtitle = f"{len(self.entities)} entities"
        sidebar.show_rows(rows, self.selected_entity)

    def _local_name(self, entity: Entity) -> str:
        """The entity's name as the current article writes it, when it names it at all."""
        here = Counter(m.text for m in entity.mentions if m.article == self.article_index)
        return here.most_common(1)[0][0] if here else entity.name

    @on(EntitySidebar.EntityChosen)
    def _entity_chosen(self, event: EntitySidebar.EntityChosen) -> None:
        self.select_entity(event.index)

    def select_entity(self, index: int) -> None:
        """Highlight every mention of entity ``index`` in the text."""
        if index != self.selected_entity:
            self.selected_entity = index
            self.mention_cursor = -1
        self.facts_focus = "entity"
        self.refresh_highlights()
        self.refresh_facts()
        self.refresh_status()

    # ----- facts -------------------------------------------------------------------------

    def _relation(self, fact_id: str) -> str:
        relations = {link.relation for link in self.sheet.links_of(fact_id)}
        return "differs" if "differs" in relations else ("corroborates" if relations else "")

    def _fact_span(self, fact: Fact) -> tuple[int, int]:
        if self.mode is ScriptMode.ORIGINAL:
            return fact.value.start, fact.value.end
        block = self.briefing.articles[fact.article].blocks[fact.block]
        return convert(block.text, self.mode).converted_span(fact.value.start, fact.value.end)

    def refresh_facts(self) -> None:
        """Mark linked values and notes in the text and fill the facts view."""
        self.refresh_marks()
        self.query_one(FactsView).show_rows(*self._fact_rows())

    def refresh_marks(self) -> None:
        """Style the text: notes and the sentence cursor (background), linked values (underline)."""
        marks: dict[int, list[tuple[int, int, str]]] = self.note_marks() if self.article is not None else {}
        for fact in self.sheet.facts:
            if fact.article != self.article_index:
                continue
            relation = self._relation(fact.id)
            if not relation:
                continue
            style = "underline bold green" if relation == "corroborates" else "underline bold red"
            if fact.id == self.current_fact:
                style += " reverse"
            marks.setdefault(fact.block, []).append((*self._fact_span(fact), style))
        self.query_one(TextPane).set_marks({b: tuple(m) for b, m in marks.items()})

    def _fact_rows(self) -> tuple[str, list[FactRow]]:
        by_id = self.sheet.by_id()
        current = by_id.get(self.current_fact or "")
        if self.facts_focus == "cursor" and self.cursor is not None:
            block, start, end = self.cursor
            chosen = [
                f for f in self.sheet.facts
                if f.article == self.article_index and f.block == block and f.sentence.start <= start < f.sentence.end
            ]
            linked = {i for f in chosen for link in self.sheet.links_of(f.id) for i in link.facts}
            chosen = [by_id[i] for i in sorted({f.id for f in chosen} | linked, key=lambda i: int(i[1:]))]
            title = "Facts: the sentence at the cursor, and other sources"
        elif current is not None and self.facts_focus == "fact":
            linked = {i for link in self.sheet.links_of(current.id) for i in link.facts}
            same_sentence = {f.id for f in self.sheet.facts if f.sentence == current.sentence}
            chosen = [by_id[i] for i in sorted(linked | same_sentence, key=lambda i: int(i[1:]))]
            title = "Facts: this sentence and the sources that report it"
        elif self.entity is not None and self.facts_focus == "entity":
            chosen = [f for f in self.sheet.facts if f.entity == self.selected_entity]
            title = f"Facts about {convert_text(self.entity.name, self.mode)}"
        else:
            chosen = [f for f in self.sheet.facts if f.article == self.article_index and self._relation(f.id)]
            title = "Linked facts in this article (l: next, o: other source)"
        rows = [
            FactRow(
                f.id,
                self._relation(f.id),
                convert_text(self.entities[f.entity].name, self.mode),
                convert_text(f.value.text, self.mode),
                f.value.normalized(),
                convert_text(self.briefing.articles[f.article].title, self.mode),
                convert_text(f.sentence.text, self.mode),
                f.id == self.current_fact,
            )
            for f in chosen
        ]
        return title, rows

    def action_toggle_facts(self) -> None:
        self.query_one(FactsView).toggle_class("-hidden")

    def _linked_in_order(self) -> list[Fact]:
        linked = {i for link in self.sheet.links for i in link.facts}
        return sorted((f for f in self.sheet.facts if f.id in linked), key=lambda f: (f.article, f.block, f.value.start))

    async def action_next_linked_fact(self) -> None:
        await self._step_linked_fact(+1)

    async def action_previous_linked_fact(self) -> None:
        await self._step_linked_fact(-1)

    async def _step_linked_fact(self, step: int) -> None:
        ordered = self._linked_in_order()
        if not ordered:
            self.notify("No fact here is reported by another source.", timeout=4)
            return
        ids = [f.id for f in ordered]
        if self.current_fact in ids:
            target = (ids.index(self.current_fact) + step) % len(ids)
        else:
            later = [i for i, f in enumerate(ordered) if f.article >= self.article_index]
            target = (later[0] if later else 0) if step > 0 else (later[0] - 1 if later else -1) % len(ids)
        await self.go_to_fact(ordered[target].id)

    async def action_other_source(self) -> None:
        if self.current_fact is None:
            self.notify("Go to a linked fact first (l).", timeout=4)
            return
        others = [i for link in self.sheet.links_of(self.current_fact) for i in link.facts if i != self.current_fact]
        if not others:
            self.notify("No other source reports this fact.", timeout=4)
            return
        others = list(dict.fromkeys(others))
        self._other_source_turn %= len(others)
        await self.go_to_fact(others[self._other_source_turn])
        self._other_source_turn += 1

    async def go_to_fact(self, fact_id: str, remember: bool = True) -> None:
        """Show fact ``fact_id`` in its article, remembering where the reader was."""
        fact = self.sheet.by_id().get(fact_id)
        if fact is None:
            return
        if remember:
            self.jump_list.append((self.article_index, self.current_fact, self.query_one(TextPane).scroll_y))
            self._other_source_turn = 0
        self.current_fact = fact_id
        self.facts_focus = "fact"
        if fact.article != self.article_index:
            await self.show_article(fact.article)
            self.query_one(ArticleList).mark_current(fact.article)
        self.refresh_facts()
        self.query_one(TextPane).scroll_to_block(fact.block)
        self.refresh_status()

    async def action_jump_back(self) -> None:
        if not self.jump_list:
            self.notify("Nothing to go back to.", timeout=3)
            return
        article, fact_id, scroll_y = self.jump_list.pop()
        if article != self.article_index:
            await self.show_article(article)
            self.query_one(ArticleList).mark_current(article)
        self.current_fact = fact_id
        self.refresh_facts()
        pane = self.query_one(TextPane)
        pane.scroll_to(y=scroll_y, animate=False)
        self.refresh_status()

    async def jump_to_entity(self, index: int) -> None:
        """Select entity ``index`` and go to its first mention (the palette's action)."""
        self.select_entity(index)
        self.refresh_sidebar()
        await self._go_to_mention(0)

    @property
    def entity(self) -> Entity | None:
        if self.selected_entity is None or not 0 <= self.selected_entity < len(self.entities):
            return None
        return self.entities[self.selected_entity]

    def _display_span(self, mention: Mention) -> tuple[int, int]:
        if self.mode is ScriptMode.ORIGINAL:
            return mention.start, mention.end
        block = self.briefing.articles[mention.article].blocks[mention.block]
        return convert(block.text, self.mode).converted_span(mention.start, mention.end)

    def refresh_highlights(self) -> None:
        entity = self.entity
        spans: dict[int, list[tuple[int, int]]] = {}
        current = None
        if entity is not None:
            for i, mention in enumerate(entity.mentions):
                if mention.article != self.article_index:
                    continue
                span = self._display_span(mention)
                spans.setdefault(mention.block, []).append(span)
                if i == self.mention_cursor:
                    current = (mention.block, *span)
        self.query_one(TextPane).set_highlights({b: tuple(s) for b, s in spans.items()}, current)

    async def action_next_mention(self) -> None:
        await self._step_mention(+1)

    async def action_previous_mention(self) -> None:
        await self._step_mention(-1)

    async def _step_mention(self, step: int) -> None:
        entity = self.entity
        if entity is None:
            self.notify("Choose an entity in the sidebar first (tab to it, or ctrl+p).", timeout=4)
            return
        if self.mention_cursor < 0:
            # Start from the first mention at or after the current article.
            after = [i for i, m in enumerate(entity.mentions) if m.article >= self.article_index]
            target = (after[0] if after else 0) if step > 0 else (after[0] - 1 if after else -1)
        else:
            target = self.mention_cursor + step
        await self._go_to_mention(target % len(entity.mentions))

    async def _go_to_mention(self, index: int) -> None:
        entity = self.entity
        if entity is None or not entity.mentions:
            return
        self.mention_cursor = index
        mention = entity.mentions[index]
        if mention.article != self.article_index:
            await self.show_article(mention.article)
            self.query_one(ArticleList).mark_current(mention.article)
        self.refresh_highlights()
        self.refresh_status()

    @property
    def article(self) -> Article | None:
        if 0 <= self.article_index < len(self.briefing.articles):
            return self.briefing.articles[self.article_index]
        return None

    async def show_article(self, index: int) -> None:
        """Show article ``index`` in the outline and text panes, in the current mode."""
        if index != self.article_index:
            self.cursor = None
        self.article_index = index
        article = self.article
        if article is None:
            return
        text_pane = self.query_one(TextPane)
        text_pane.border_title = visible(convert_text(article.title, self.mode))
        self.query_one(OutlineList).show_sections([convert_text(s.title, self.mode) for s in article.sections])
        await text_pane.show_blocks(pane_blocks(article, ScriptMode.ORIGINAL))
        self.query_one(OutlineList).mark_current(0)
        if self.mode is not ScriptMode.ORIGINAL:
            self.convert_article(index, self.mode)
        else:
            self.refresh_highlights()
            self.refresh_facts()
        if self.entities:
            self.refresh_sidebar()
        self.refresh_notes_pane()
        self.refresh_status()

    # ----- script mode -----------------------------------------------------------------

    def action_cycle_script(self) -> None:
        self.mode = self.mode.next()

    def watch_mode(self, mode: ScriptMode) -> None:
        if self.article is not None:
            self._busy = "converting…" if mode is not ScriptMode.ORIGINAL else ""
            self.convert_article(self.article_index, mode)
        self.refresh_status()

    @work(thread=True, exclusive=True, group="convert", exit_on_error=False)
    def convert_article(self, index: int, mode: ScriptMode) -> None:
        article = self.briefing.articles[index]
        texts = [b.text for b in pane_blocks(article, mode)]
        titles = [convert_text(s.title, mode) for s in article.sections]
        article_titles = [convert_text(a.title, mode) for a in self.briefing.articles]
        self.call_from_thread(self._apply_conversion, index, mode, texts, titles, article_titles)

    def _apply_conversion(
        self, index: int, mode: ScriptMode, texts: list[str], titles: list[str], article_titles: list[str]
    ) -> None:
        if index != self.article_index or mode is not self.mode:
            return  # the reader moved on while this ran
        text_pane = self.query_one(TextPane)
        text_pane.update_texts(texts)
        text_pane.border_title = visible(article_titles[index])
        self.query_one(ArticleList).show_articles(
            [(title, a.script.value) for title, a in zip(article_titles, self.briefing.articles)]
        )
        self.refresh_highlights()
        self.refresh_facts()
        if self.entities:
            self.refresh_sidebar()
        outline = self.query_one(OutlineList)
        current = outline.highlighted
        outline.show_sections(titles)
        outline.mark_current(current or 0)
        self._busy = ""
        self.refresh_status()

    # ----- navigation ------------------------------------------------------------------

    def action_next_section(self) -> None:
        self.query_one(TextPane).action_next_section()

    def action_previous_section(self) -> None:
        self.query_one(TextPane).action_previous_section()

    @on(TextPane.SectionChanged)
    def _section_changed(self, event: TextPane.SectionChanged) -> None:
        self.query_one(OutlineList).mark_current(event.index)
        self.refresh_status()

    @on(OutlineList.SectionChosen)
    def _section_chosen(self, event: OutlineList.SectionChosen) -> None:
        self.query_one(TextPane).jump_to_section(event.index)
        self.refresh_status()

    @on(ArticleList.ArticleChosen)
    async def _article_chosen(self, event: ArticleList.ArticleChosen) -> None:
        if event.index != self.article_index or not self.query_one(TextPane).block_views:
            await self.show_article(event.index)

    def action_help(self) -> None:
        self.push_screen(HelpScreen([*self.BINDINGS, *self.PANE_BINDINGS]))

    def refresh_status(self) -> None:
        article = self.article
        entity = self.entity
        mention = ""
        if entity is not None:
            position = f"{self.mention_cursor + 1}/{len(entity.mentions)}" if self.mention_cursor >= 0 else f"{len(entity.mentions)} mentions"
            mention = f"{convert_text(entity.name, self.mode)} {position}"
        self.query_one(StatusBar).show(
            article=self.article_index,
            articles=len(self.briefing.articles),
            section=self.query_one(TextPane).current_section,
            sections=len(article.sections) if article else 0,
            mode_label=self.mode.label,
            script=article.script.value if article else "",
            busy=self._busy,
            mention=mention,
        )
        self.sub_title = self.mode.label

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self._busy = ""
            self.notify(f"{event.worker.name} failed: {event.worker.error}", severity="error", timeout=15)
