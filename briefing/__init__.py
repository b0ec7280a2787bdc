"""briefing: a terminal reader for Chinese-language news briefings."""

__version__ = "0.1.0"
