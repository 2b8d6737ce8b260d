"""Quiz banks as files for learning platforms: Moodle's GIFT and Aiken formats.

Engine-free: the writers read validated ``Bank`` values (``sosialisasi.quiz``) and
return text; ``sosialisasi export`` picks the banks and the language. A trainer
imports the file into Moodle's question bank (or any platform reading GIFT/Aiken),
so the site's banks become graded quizzes without being typed in again.
"""

from sosialisasi.export.aiken import AikenExport, export_aiken
from sosialisasi.export.context import ExportContext, Skipped
from sosialisasi.export.gift import export_gift, gift_escape

__all__ = [
    "AikenExport",
    "ExportContext",
    "Skipped",
    "export_aiken",
    "export_gift",
    "gift_escape",
]
