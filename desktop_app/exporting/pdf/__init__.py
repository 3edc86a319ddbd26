"""PDF reports built with reportlab: fonts, tables, charts, page numbers."""

from reportlab import rl_config

# reportlab checks the type of every attribute set on a chart's shapes and widgets, a help
# while writing chart code: about a third of the time a report spends drawing its charts
# (the trend chart's ~140 shapes). The charts here are fixed code, covered by the tests, so the
# checks are turned off before reportlab.graphics defines its classes (it reads the setting
# then; a shape class defined earlier keeps checking, which costs time only).
rl_config.shapeChecking = 0
