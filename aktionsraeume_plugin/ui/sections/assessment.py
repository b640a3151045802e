"""Placeholder until the section is built."""

from __future__ import annotations

from .base import Section


class AssessmentSection(Section):
    def __init__(self, controller, parent=None):
        super().__init__(controller, "AssessmentSection", parent)
        self.setTitle(self.tr("Assessment"))
