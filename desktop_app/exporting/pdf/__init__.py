"""PDF reports built with reportlab: fonts, tables, charts, maps, page numbers."""

from reportlab import rl_config

# reportlab writes every compressed stream (the pages, the embedded font's subsets) in ASCII85,
# a text encoding 25% larger than the bytes, in pure Python: ~10% of a monthly summary's time.
# PDF readers and printers take binary streams (the PDF standard's own form), so the reports'
# streams are written as they are.
rl_config.useA85 = 0
# reportlab.graphics (the map of the city and province reports) checks the type of every
# attribute set on a shape, a help while writing drawing code that cost a third of the time of
# the charts once drawn with it. The drawings here are fixed code, covered by the tests, so the
# checks are turned off before reportlab.graphics defines its classes (it reads the setting
# then; a shape class defined earlier keeps checking, which costs time only).
rl_config.shapeChecking = 0
