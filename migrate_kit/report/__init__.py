"""The HTML boundary report and its Markdown summary (design.md section 4)."""

from migrate_kit.report.render import render_report

__all__ = ["render_report"]
