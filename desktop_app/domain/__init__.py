"""Pure domain model: regions, indicators, periods, values and their arithmetic.

Nothing here imports Qt, SQLAlchemy, openpyxl or reportlab.
"""
