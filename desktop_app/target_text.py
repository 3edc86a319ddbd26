"""Words for targets (年度目标), shared by the window, the reports and the command line: a target
as the document writes it, its goal, and what its progress and pace mean."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.figures import DASH, display_figure
from desktop_app.domain.indicators import Indicator, Temporal, unit_label
from desktop_app.domain.targets import PaceBasis, Target, TargetKind
from desktop_app.domain.values import format_number
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, translate

#: The kinds as a list or a combo box names them, in the order they are offered.
KIND_LABELS: dict[TargetKind, str] = {
    TargetKind.ABSOLUTE: QT_TRANSLATE_NOOP("Targets", "Figure"),
    TargetKind.GROWTH: QT_TRANSLATE_NOOP("Targets", "Growth over last year (%)"),
    TargetKind.NEW_UNITS: QT_TRANSLATE_NOOP("Targets", "New this year"),
    TargetKind.SHARE: QT_TRANSLATE_NOOP("Targets", "Share (%)"),
}


def kind_label(kind: TargetKind) -> str:
    return translate("Targets", KIND_LABELS[kind])


def _plain(number: Decimal) -> str:
    """A figure as written, without trailing zeros: 30, 2.5, 4,000."""
    normal = number.normalize()
    exponent = normal.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return format_number(number, places)


def figure_text(target: Target, indicator: Indicator) -> str:
    """The target as the document writes it: 1,000.00 / 增长 30% / 新增 4,000 个 / 60%."""
    unit = unit_label(indicator.unit, current_language() or "zh_CN")
    if target.kind is TargetKind.GROWTH:
        return translate("Targets", "{percent}% growth").format(percent=_plain(target.figure))
    if target.kind is TargetKind.NEW_UNITS:
        return translate("Targets", "{count} {unit} new").format(
            count=_plain(target.figure), unit=unit
        )
    if target.kind is TargetKind.SHARE:
        return f"{_plain(target.figure)}%"
    return display_figure(target.figure, indicator.scale)


def goal_text(goal: Decimal | None, indicator: Indicator) -> str:
    """The goal in the indicator's unit (a share: the rate with %); — when it is unknown."""
    if goal is None:
        return DASH
    if indicator.unit == "%":
        return f"{display_figure(goal, indicator.scale)}%"
    return display_figure(goal, indicator.scale)


def progress_tooltip(
    target: Target,
    indicator: Indicator,
    goal: Decimal | None,
    done: Decimal | None,
    progress: Decimal | None,
    pace: Decimal | None,
    basis: PaceBasis | None,
    behind: bool,
) -> str:
    """What the progress cell means, in a sentence or two."""
    lines: list[str] = []
    if goal is None:
        lines.append(
            translate(
                "Targets",
                "The goal rests on last year's figure, which is missing: key last year's "
                "figures to see progress.",
            )
        )
        return "\n".join(lines)
    if target.kind is TargetKind.SHARE:
        lines.append(
            translate("Targets", "Rate now {rate}%, target {target}%.").format(
                rate=DASH if done is None else display_figure(done, indicator.scale),
                target=_plain(target.figure),
            )
        )
        return "\n".join(lines)
    # a stock's new-units or growth target is measured on the units added since last year's end
    if (
        done is not None
        and target.kind in (TargetKind.NEW_UNITS, TargetKind.GROWTH)
        and indicator.temporal is Temporal.STOCK
    ):
        lines.append(
            translate("Targets", "{done} added since the end of last year.").format(
                done=display_figure(done, indicator.scale)
            )
        )
    if pace is not None:
        if basis is PaceBasis.SEASONAL:
            text = translate("Targets", "Expected by now: {pace}% (last year's pace)")
        else:
            text = translate("Targets", "Expected by now: {pace}% (months elapsed)")
        text = text.format(pace=f"{pace:.1f}")
        if behind and progress is not None:
            text += translate("Targets", "; behind by {gap} points.").format(
                gap=f"{pace - progress:.1f}"
            )
        lines.append(text)
    return "\n".join(lines)


__all__ = ["KIND_LABELS", "figure_text", "goal_text", "kind_label", "progress_tooltip"]
