"""PDF reports built with reportlab: fonts, tables, charts, page numbers."""
