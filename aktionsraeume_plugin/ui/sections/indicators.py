"""Placeholder until the section is built."""

from __future__ import annotations

from .base import Section


class IndicatorsSection(Section):
    def __init__(self, controller, parent=None):
        super().__init__(controller, "IndicatorsSection", parent)
        self.setTitle(self.tr("Indicators"))
