"""PDF reports built with reportlab: fonts, tables, charts, page numbers."""

from reportlab import rl_config

# reportlab writes every compressed stream (the pages, the embedded font's subsets) in ASCII85,
# a text encoding 25% larger than the bytes, in pure Python: ~10% of a monthly summary's time.
# PDF readers and printers take binary streams (the PDF standard's own form), so the reports'
# streams are written as they are.
rl_config.useA85 = 0
