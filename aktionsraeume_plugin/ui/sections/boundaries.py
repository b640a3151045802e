"""Placeholder until the section is built."""

from __future__ import annotations

from .base import Section


class BoundariesSection(Section):
    def __init__(self, controller, parent=None):
        super().__init__(controller, "BoundariesSection", parent)
        self.setTitle(self.tr("Boundary check"))
