"""The Textual reader. Widgets only render what :mod:`briefing.core` computed."""
