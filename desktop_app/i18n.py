"""Translation: one catalogue per language, Simplified Chinese by default, English available.

Source strings are English; resources/translations/xianbao_<language>.ts (Qt Linguist's format)
makes them Chinese. This module reads that file itself, with what lrelease would keep of it, so
the CLI, the services and the PDF code translate without Qt. The window reads the same catalogue:
desktop_app/ui/language.py installs a QTranslator that asks this module, so a widget's self.tr()
and translate() here give the same words.
"""

from __future__ import annotations

import os
import re
import threading
import zlib
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from decimal import InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.values import format_number, plain_number, significant_places
from desktop_app.paths import resources_dir

if TYPE_CHECKING:
    from desktop_app.domain.registers import FieldSpec

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

#: The key of a message: context, source text, disambiguation comment ("" when none).
MessageKey = tuple[str, str, str]
#: A message a .ts keeps: its key and its translation's forms (one, or a numerus entry's).
Entry = tuple[str, str, str, tuple[str, ...]]
#: The layout of a catalogue kept in the cache folder (Catalogue.load); another is read again.
CACHE_FORMAT = 1


def _plural_form(language: str, n: int) -> int:
    """Which numerus form a count takes, as Qt's plural rules for the catalogue's language say:
    Chinese (and the other languages without plural) has one form, English-like ones two."""
    if language.split("_")[0] in ("zh", "ja", "ko", "vi", "th", "id", "ms", "lo", "my"):
        return 0
    return 0 if n == 1 else 1


@dataclass(frozen=True)
class Catalogue:
    """The translations lrelease would compile from one .ts file.

    Kept as lrelease keeps them: obsolete and vanished entries are left out, an empty
    translation is no translation (the source text shows), an unfinished one that has text is
    used; a numerus entry keeps its forms.
    """

    language: str
    messages: Mapping[MessageKey, tuple[str, ...]]
    _by_source: Mapping[tuple[str, str], tuple[str, ...]] = field(repr=False, compare=False)

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        return cls.of_entries(*_ts_entries(path.stem, path.read_bytes()))

    @classmethod
    def load(cls, path: Path, cache_folder: Path | None) -> Catalogue:
        """read(path), kept in `cache_folder` (None: none is kept) as JSON: ~1 ms to read
        where the .ts's XML takes ~10 (every start of the window reads one before its first
        frame). The kept copy serves while the .ts holds what it was read from (its size and
        CRC-32, ~0.2 ms to compute); a copy that is missing, stale or damaged is read again from
        the .ts and written anew. A folder that cannot be written only means the next start parses too."""
        if cache_folder is None:
            return cls.read(path)
        data = path.read_bytes()
        key = {"format": CACHE_FORMAT, "ts": str(path), "size": len(data)}
        key["crc32"] = zlib.crc32(data)
        kept = cache_folder / f"{path.stem}-{zlib.crc32(str(path).encode()):08x}.json"
        found = _kept_entries(kept, key)
        if found is not None:
            return cls.of_entries(*found)
        language, entries = _ts_entries(path.stem, data)
        _keep_entries(kept, key, language, entries)
        return cls.of_entries(language, entries)

    @classmethod
    def of_entries(cls, language: str, entries: Sequence[Entry]) -> Catalogue:
        """The catalogue of the entries a .ts keeps, in the file's order."""
        messages: dict[MessageKey, tuple[str, ...]] = {}
        by_source: dict[tuple[str, str], tuple[str, ...]] = {}
        for context, source, comment, forms in entries:
            messages[(context, source, comment)] = forms
            by_source.setdefault((context, source), forms)
        return cls(language, messages, by_source)

    def lookup(
        self, context: str, source: str, disambiguation: str = "", n: int = -1
    ) -> str | None:
        """The translation, or None where the catalogue has none.

        As QTranslator looks up a .qm: the entry with this disambiguation; failing that, the one
        without; failing that, one with the same source text whatever its comment.
        """
        forms = (
            self.messages.get((context, source, disambiguation))
            or self.messages.get((context, source, ""))
            or self._by_source.get((context, source))
        )
        if forms is None:
            return None
        if len(forms) > 1:
            at = _plural_form(self.language, n) if n >= 0 else 0
            return forms[min(at, len(forms) - 1)]
        return forms[0]


def _ts_entries(stem: str, data: bytes) -> tuple[str, list[Entry]]:
    """The language of a .ts (its file's name `stem` without the suffix says it when the file
    does not) and the messages lrelease would keep of it, in the file's order."""
    import xml.etree.ElementTree as ET  # ~2.5 ms to import; a kept catalogue needs none

    root = ET.fromstring(data)
    language = root.get("language") or stem.removeprefix("xianbao_")
    entries: list[Entry] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if not any(forms):
                continue  # lrelease leaves an untranslated entry out
            source = message.findtext("source") or ""
            entries.append((name, source, message.findtext("comment") or "", forms))
    return language, entries


def _kept_entries(kept: Path, key: Mapping[str, object]) -> tuple[str, list[Entry]] | None:
    """The language and entries kept in `kept` for the .ts `key` names; None when the file is
    missing, of another .ts or another state of it, or not as _keep_entries writes it."""
    import json

    try:
        data = json.loads(kept.read_bytes())
    except (OSError, ValueError):  # a JSONDecodeError and a UnicodeDecodeError are ValueErrors
        return None
    if not isinstance(data, dict) or any(data.get(k) != v for k, v in key.items()):
        return None
    language, entries = data.get("language"), data.get("entries")
    if not isinstance(language, str) or not isinstance(entries, list):
        return None
    if not all(_is_entry(entry) for entry in entries):
        return None
    return language, [(c, s, m, tuple(forms)) for c, s, m, forms in entries]


def _is_entry(item: object) -> bool:
    """Whether a kept entry is as _keep_entries writes one: three texts and a list of them."""
    if not isinstance(item, list) or len(item) != 4 or not isinstance(item[3], list):
        return False
    return all(isinstance(text, str) for text in (*item[:3], *item[3]))


def _keep_entries(
    kept: Path, key: Mapping[str, object], language: str, entries: Sequence[Entry]
) -> None:
    """Write what _kept_entries reads, whole or not at all (a temporary file renamed)."""
    import json

    data = {**key, "language": language, "entries": entries}
    partial = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, kept)
    except OSError:
        with suppress(OSError):
            partial.unlink(missing_ok=True)


def catalogue_path(language: str) -> Path:
    return resources_dir() / "translations" / f"xianbao_{language}.ts"


_lock = threading.Lock()
_catalogues: dict[str, Catalogue | None] = {}
_language: list[str | None] = [None]
#: Where catalogues are kept once read (Catalogue.load); None: each process parses its .ts.
_cache_folder: list[Path | None] = [None]


def keep_catalogues_in(folder: Path | None) -> None:
    """Keep the catalogues read from now on in `folder` (the window's cache folder), so the
    next start reads them without parsing the .ts; None: keep none."""
    _cache_folder[0] = folder


def set_language(language: str | None) -> bool:
    """Choose the catalogue translate() reads (read once, when first needed, then kept).

    False, and every text left in English (the source), when the language has no catalogue.
    Until a language is chosen (or after None) texts are the English sources, as under Qt
    without a translator.
    """
    _language[0] = language
    return language is not None and catalogue_path(language).is_file()


def current_language() -> str | None:
    """The language set_language chose, None before any choice."""
    return _language[0]


def catalogue(language: str | None = None) -> Catalogue | None:
    """The language's catalogue (by default the chosen one's), read from its .ts on first use."""
    language = _language[0] if language is None else language
    if language is None:
        return None
    found = _catalogues.get(language)
    if found is None and language not in _catalogues:
        with _lock:  # reports are built off the GUI thread; read the file once
            if language not in _catalogues:
                path = catalogue_path(language)
                kept_in = _cache_folder[0]
                _catalogues[language] = Catalogue.load(path, kept_in) if path.is_file() else None
            found = _catalogues[language]
    return found


def lookup(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
    """The chosen catalogue's translation of a text, None where it has none."""
    chosen = catalogue()
    if chosen is None:
        return None
    return chosen.lookup(context, text, disambiguation or "", n)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the chosen language (QCoreApplication.translate's arguments and result)."""
    found = lookup(context, text, disambiguation, n)
    result = text if found is None else found
    if n >= 0:
        result = result.replace("%n", str(n))
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a static text for lupdate; translated later with translate(context, text)."""
    return text


# Texts of the issue codes the domain and services raise. Placeholders are the issue's params.
ISSUE_TEXTS: dict[str, str] = {
    "target_share_not_rate": QT_TRANSLATE_NOOP(
        "Issues",
        "A share target is a rate (%); indicator {indicator} is kept in {unit}. Set an absolute, growth or new-units target instead.",
    ),
    "target_share_range": QT_TRANSLATE_NOOP(
        "Issues",
        "A share target is a percentage above 0 and at most 100 ({value}).",
    ),
    "target_rate_needs_share": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} is a rate (%): set its target as a share (the rate to reach).",
    ),
    "target_growth_below_minus_100": QT_TRANSLATE_NOOP(
        "Issues",
        "A growth target cannot be below −100% ({value}%): nothing falls by more than all of it.",
    ),
    "target_new_units_flow": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} is summed over months: a new-units target is only for end-of-period figures. Set an absolute or growth target instead.",
    ),
    "target_not_positive": QT_TRANSLATE_NOOP(
        "Issues",
        "The target of indicator {indicator} must be above zero ({value}).",
    ),
    "target_split_no_children": QT_TRANSLATE_NOOP(
        "Issues",
        "This region has no divisions below it to split the target among.",
    ),
    "target_split_weight_missing": QT_TRANSLATE_NOOP(
        "Issues",
        "Last year's figure is missing for {regions}: the target cannot be split in proportion to last year. Key last year's figures, or split equally or by hand.",
    ),
    "target_split_weights_zero": QT_TRANSLATE_NOOP(
        "Issues",
        "Last year's figures of the divisions add up to zero: split equally or by hand.",
    ),
    "target_split_whole": QT_TRANSLATE_NOOP(
        "Issues",
        "The target {value} cannot be split: it is negative or has more than {scale} decimal places.",
    ),
    "target_split_part": QT_TRANSLATE_NOOP(
        "Issues",
        "The part of {region} ({value}) must be zero or more, with no more decimal places than the indicator keeps.",
    ),
    "target_split_mismatch": QT_TRANSLATE_NOOP(
        "Issues",
        "The parts add up to {value}, not {whole_value} (a difference of {difference}). Change the parts until they add up; nothing was saved.",
    ),
    "target_split_no_target": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} has no target this year to split. Set it first.",
    ),
    "target_split_share": QT_TRANSLATE_NOOP(
        "Issues",
        "A share target (a rate) does not split into parts that add up: set the rate for each division.",
    ),
    "target_split_no_base": QT_TRANSLATE_NOOP(
        "Issues",
        "The growth target of {indicator} cannot be split: last year's figure is missing, so its goal is unknown. Key last year's figures first.",
    ),
    "target_split_part_missing": QT_TRANSLATE_NOOP(
        "Issues",
        "Type a part for {region} (a number; 0 for none).",
    ),
    "target_file_unreadable": QT_TRANSLATE_NOOP(
        "Issues",
        "The target file cannot be read ({detail}). Choose a UTF-8 TOML target file; nothing was loaded.",
    ),
    "target_sheet_header": QT_TRANSLATE_NOOP(
        "Issues",
        "The sheet has no header row naming the columns {columns} (and optionally 类型 and 说明). Add the header above the targets and import it again; nothing was imported.",
    ),
    "target_sheet_cell": QT_TRANSLATE_NOOP(
        "Issues",
        "The column {name} holds “{text}”, which cannot be read. Correct it; nothing was imported.",
    ),
    "target_sheet_duplicate": QT_TRANSLATE_NOOP(
        "Issues",
        "The same region, indicator and year stand on line {first} already: keep one of the two lines; nothing was imported.",
    ),
    "target_growth_too_large": QT_TRANSLATE_NOOP(
        "Issues",
        "A growth target of {value}% is more than {limit}%: check the figure (a growth rate, not an amount).",
    ),
    "target_growth_decimals": QT_TRANSLATE_NOOP(
        "Issues",
        "A growth target is written with at most {places} decimal places ({value}%).",
    ),
    "target_month": QT_TRANSLATE_NOOP(
        "Issues",
        "Month {month} is no month: give 1 to 12.",
    ),
    "target_file_entry": QT_TRANSLATE_NOOP(
        "Issues",
        "The target file is wrong at {entry}, field “{name}” (“{text}”). Correct the file and load it again; nothing was loaded.",
    ),
    "not_a_number": QT_TRANSLATE_NOOP(
        "Issues",
        "“{text}” is not a number. Type digits (full-width digits are fine), "
        "or 无 when the indicator does not apply.",
    ),
    "count_not_integer": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {indicator} counts whole units; {value} is not a whole number."
    ),
    "too_many_decimals": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {indicator} keeps {scale} decimal places; {value} has more."
    ),
    "negative_value": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {indicator} cannot be negative ({value})."
    ),
    "below_minimum": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {indicator} must be at least {minimum} ({value})."
    ),
    "above_maximum": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {indicator} must be at most {maximum} ({value})."
    ),
    "computed_indicator": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {indicator} is computed from its parts and cannot be typed."
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator}: {value} is too large to be kept; the largest number Xianbao "
        "accepts is {largest}. Check the figure and its unit.",
    ),
    "percent_not_ratio": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} is kept in {unit}, not as a percentage: type the figure in {unit}, "
        "without “%”.",
    ),
    "stock_has_no_ytd": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {indicator} is an end-of-period figure and has no year-to-date form."
    ),
    "entered_at_other_level": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} for this year is already kept at {name} ({region}); "
        "a branch keeps each figure at one level a year so that totals never count it twice.",
    ),
    "periods_missing": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} lacks {periods}: without them its year to date (and any "
        "period made of them) cannot be computed. Key them, or 无 where nothing happened.",
    ),
    "keyed_as_other_kind": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} is already kept for {year} in periods such as {existing}; "
        "{period} is another kind of period. A year is kept one way so that its figures "
        "cannot contradict each other: key periods like {existing}, or first clear the "
        "{count} value(s) of {year}.",
    ),
    "keyed_as_ytd_already": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} is already kept for {year} as year-to-date figures "
        "(1–N月累计, e.g. {existing}); key {period} as year to date too, or first clear the "
        "{count} value(s) of {year}.",
    ),
    "keyed_as_own_already": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} is already kept for {year} as each period's own figure "
        "(e.g. {existing}); key {period} as its own figure too, or first clear the "
        "{count} value(s) of {year}.",
    ),
    "unknown_region": QT_TRANSLATE_NOOP(
        "Issues", "No region has the code {code}. List them with: xianbao regions"
    ),
    "unknown_indicator": QT_TRANSLATE_NOOP(
        "Issues", "No indicator has the code {code}. List them with: xianbao indicators"
    ),
    # Indicators a bureau adds, edits and removes (services/catalogue_admin.py).
    "indicator_code_form": QT_TRANSLATE_NOOP(
        "Issues",
        "“{code}” is not an indicator code: begin with a letter, then letters and digits,"
        " parts joined by dots (e.g. G01 or G01.1), at most {length} characters.",
    ),
    "indicator_code_shipped": QT_TRANSLATE_NOOP(
        "Issues",
        "{code} is the code of a built-in indicator; give your own indicator another code.",
    ),
    "indicator_code_taken": QT_TRANSLATE_NOOP(
        "Issues", "The code {code} is already used by “{name}”; choose another code."
    ),
    "indicator_needs_name": QT_TRANSLATE_NOOP("Issues", "An indicator needs its Chinese name."),
    "indicator_text_too_long": QT_TRANSLATE_NOOP(
        "Issues", "This text is too long: at most {length} characters."
    ),
    "indicator_needs_unit": QT_TRANSLATE_NOOP(
        "Issues", "An indicator needs its unit (个, 人次, 万元…)."
    ),
    "indicator_unknown_group": QT_TRANSLATE_NOOP(
        "Issues", "There is no group {group}; choose one of the list."
    ),
    "indicator_count_scale": QT_TRANSLATE_NOOP(
        "Issues", "A count is a whole number: it keeps no decimal places."
    ),
    "indicator_scale_range": QT_TRANSLATE_NOOP(
        "Issues", "An indicator keeps at most {largest} decimal places."
    ),
    "indicator_stock_ytd": QT_TRANSLATE_NOOP(
        "Issues",
        "An end-of-period figure (stock) has no year-to-date form: choose flow, or key "
        "each period's own figure.",
    ),
    "indicator_bad_bound": QT_TRANSLATE_NOOP(
        "Issues",
        "“{text}” is not a bound: type a number (full-width digits are fine) or leave it empty.",
    ),
    "indicator_bounds_order": QT_TRANSLATE_NOOP(
        "Issues", "The lower bound {minimum} is above the upper bound {maximum}."
    ),
    "indicator_part_group": QT_TRANSLATE_NOOP(
        "Issues", "A 其中 item is in the group of the indicator it is part of ({parent})."
    ),
    "catalogue_code_twice": QT_TRANSLATE_NOOP("Issues", "The code {indicator} is used twice."),
    "catalogue_unknown_reference": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} refers to {ref}, which is no indicator shown in returns.",
    ),
    "catalogue_part_mismatch": QT_TRANSLATE_NOOP(
        "Issues",
        "A 其中 item has the unit, kind and flow/stock of the indicator it is part of "
        "({parent}, in {unit}).",
    ),
    "catalogue_cycle": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {indicator} would be part of itself (through {ref})."
    ),
    "indicator_shipped_fixed": QT_TRANSLATE_NOOP(
        "Issues",
        "{code} is a built-in indicator: it follows the shipped catalogue and is not "
        "edited here (the next upgrade would undo the edit). Add an indicator of your own"
        " instead, or hide this one.",
    ),
    "indicator_shape_has_values": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {code} holds {count} value(s): its kind, decimal places, flow/stock "
        "and unit stay as they are, since the figures were typed in them. Add a new "
        "indicator for the new definition.",
    ),
    "indicator_code_in_use": QT_TRANSLATE_NOOP(
        "Issues",
        "The code of {code} stays: values, targets, its history, a template or another "
        "indicator refer to it by that code.",
    ),
    "indicator_holds_values": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {code} holds {count} value(s) in {region_count} region(s) ({regions}),"
        " from {first_period} to {last_period}: it cannot be removed. Clear those values "
        "first, or keep the indicator.",
    ),
    "indicator_holds_targets": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {code} has {count} annual target(s): clear them first."
    ),
    "indicator_holds_explanations": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {code} has {count} explanation(s) (情况说明) kept with returns."
    ),
    "indicator_in_templates": QT_TRANSLATE_NOOP(
        "Issues",
        "The template(s) {templates} map indicator {code} to a cell: take it out of the "
        "template first.",
    ),
    "indicator_referenced": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator(s) {others} refer to {code} (其中, at most, or a rate's parts): change "
        "them first.",
    ),
    "indicator_not_hidden": QT_TRANSLATE_NOOP("Issues", "Indicator {code} is not hidden."),
    "indicator_parts_stay": QT_TRANSLATE_NOOP(
        "Issues", "Its 其中 item {part} is in its group: move the 其中 item first."
    ),
    "indicator_rate_parts": QT_TRANSLATE_NOOP(
        "Issues", "A computed rate needs both its numerator and its denominator."
    ),
    "indicator_parts_not_rate": QT_TRANSLATE_NOOP(
        "Issues", "Only a rate is computed from a numerator and a denominator."
    ),
    "indicator_rate_parts_same": QT_TRANSLATE_NOOP(
        "Issues", "A rate's numerator and denominator are two different indicators."
    ),
    "unknown_period": QT_TRANSLATE_NOOP(
        "Issues",
        "“{text}” is not a period. Write e.g. 2016-03, 2016年3月, 2016年1-3月 (the return for "
        "March), 2016Q1, 2016年第一季度, 2016H1, 2016年上半年 or 2016年度.",
    ),
    "period_year_out_of_range": QT_TRANSLATE_NOOP(
        "Issues", "The year {year} is outside the years Xianbao keeps."
    ),
    "period_index_out_of_range": QT_TRANSLATE_NOOP(
        "Issues", "There is no period number {index} of that kind in a year."
    ),
    "bad_region_code": QT_TRANSLATE_NOOP("Issues", "{code} is not a valid code for a {level}."),
    "bad_region_parent": QT_TRANSLATE_NOOP(
        "Issues", "{code} needs a parent region above the {level} level."
    ),
    "region_code_outside_parent": QT_TRANSLATE_NOOP(
        "Issues", "{code} does not begin with the code of its parent {parent}."
    ),
    "database_unreadable": QT_TRANSLATE_NOOP(
        "Issues",
        "{path} is not a Xianbao database or cannot be read ({detail}). It was left as it is.",
    ),
    "database_damaged": QT_TRANSLATE_NOOP(
        "Issues",
        "The database {path} is damaged ({detail}). Keep this file for the support desk.",
    ),
    "database_foreign": QT_TRANSLATE_NOOP(
        "Issues",
        "{path} is a database of another program, not of Xianbao. It was left as it is; "
        "choose another file for Xianbao.",
    ),
    "database_newer": QT_TRANSLATE_NOOP(
        "Issues",
        "{path} was made by a newer version of Xianbao (schema {revision}). It was left as it "
        "is; install that version of Xianbao to open it.",
    ),
    # --- the store or its disk said no (desktop_app/persistence/errors.py) ---
    "database_read_only": QT_TRANSLATE_NOOP(
        "Issues",
        "The database {path} is read-only, so nothing was saved. Copy it to a folder where you "
        "may write (e.g. Documents) and open the copy, or ask for write access to the file.",
    ),
    "database_folder_read_only": QT_TRANSLATE_NOOP(
        "Issues",
        "The database {path} is in a folder where you may not write, and Xianbao cannot open it "
        "there (it keeps working files beside the database). Copy it to a folder where you may "
        "write (e.g. Documents) and open the copy, or ask for write access to the folder.",
    ),
    "database_full": QT_TRANSLATE_NOOP(
        "Issues",
        "The disk holding the database {path} is full, so nothing was saved. Make room on it "
        "(empty the recycle bin, move old files away), then try again.",
    ),
    "database_io_error": QT_TRANSLATE_NOOP(
        "Issues",
        "The database {path} could not be read or written (a disk error), so nothing was saved. "
        "If it is on a USB stick or a shared folder, check that it is still connected and not "
        "full, then try again.",
    ),
    "database_cannot_open": QT_TRANSLATE_NOOP(
        "Issues",
        "The database {path} cannot be opened: its folder is missing or you may not use it. "
        "Check that the drive or shared folder is connected, or choose another file.",
    ),
    "database_in_use": QT_TRANSLATE_NOOP(
        "Issues",
        "The database {path} is busy in another program and did not become free, so nothing was "
        "done. Try again in a moment; if it stays busy, close the other Xianbao using it.",
    ),
    "database_missing": QT_TRANSLATE_NOOP(
        "Issues",
        "There is no database at {path}. Check the file name; to make a new database there, "
        'run: xianbao --db "{path}" init --region CODE',
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Issues",
        "The disk is full ({path}), so Xianbao stopped what it was doing. Make room on the disk, "
        "then try again.",
    ),
    "disk_full_somewhere": QT_TRANSLATE_NOOP(
        "Issues",
        "A disk is full, so Xianbao stopped what it was doing. Make room on the disk that holds "
        "the database or the file you chose, then try again.",
    ),
    "not_allowed_somewhere": QT_TRANSLATE_NOOP(
        "Issues",
        "The system did not allow Xianbao to write a file, so it stopped what it was doing. "
        "Check that you may write where the database or the file you chose is, then try again.",
    ),
    "system_error": QT_TRANSLATE_NOOP(
        "Issues",
        "The system refused an operation (it said: {detail}), so Xianbao stopped what it was "
        "doing. Check that the disks and shared folders are available, then try again.",
    ),
    "file_not_allowed": QT_TRANSLATE_NOOP(
        "Issues",
        "Xianbao was not allowed to use {path}. Check that you may read and write there and that "
        "no other program holds the file, then try again.",
    ),
    "file_system_error": QT_TRANSLATE_NOOP(
        "Issues",
        "Xianbao could not use {path} (the system said: {detail}). Check that the disk or "
        "shared folder is available, then try again.",
    ),
    "unexpected_error": QT_TRANSLATE_NOOP(
        "Issues",
        "Xianbao met an unexpected problem ({kind}) and stopped what it was doing; what was "
        "saved before is kept. Please send the log file to the support desk.",
    ),
    "database_error": QT_TRANSLATE_NOOP(
        "Issues",
        "The database {path} refused the operation ({detail}), so nothing was saved. Try again; "
        "if it happens again, keep the file and the log for the support desk.",
    ),
    "database_upgrade_failed": QT_TRANSLATE_NOOP(
        "Issues",
        "The database {path} could not be upgraded for this version of Xianbao ({detail}). "
        "It was left as it was; if the disk is full, make room on it, then start Xianbao again.",
    ),
    # --- a PostgreSQL server (persistence/server.py) ---
    "server_url_bad": QT_TRANSLATE_NOOP(
        "Issues",
        "“{url}” is not a server address Xianbao can use. Write it as "
        "postgresql://USER@HOST:5432/DATABASE.",
    ),
    "server_unreachable": QT_TRANSLATE_NOOP(
        "Issues",
        "The database server {url} did not answer ({detail}). Check that the computer is on the "
        "network and the server is running, or ask the bureau's IT helper.",
    ),
    "server_password": QT_TRANSLATE_NOOP(
        "Issues",
        "The database server {url} refused the password of {user}. Put the right password in "
        "the PostgreSQL password file (pgpass) of this computer, or ask the bureau's IT helper.",
    ),
    "server_no_database": QT_TRANSLATE_NOOP(
        "Issues",
        "There is no database {database} on the server {url}. The IT helper creates it first "
        "(createdb); Xianbao then makes its tables at the first start.",
    ),
    "server_lost": QT_TRANSLATE_NOOP(
        "Issues",
        "The connection to the database server {url} was lost, so nothing of the last change was "
        "saved. Check the network, then try again.",
    ),
    # --- staff accounts (services/users.py) ---
    "access_denied_action": QT_TRANSLATE_NOOP(
        "Issues",
        "{person} ({role}) may not {action}. Nothing was changed; ask a reviewer or an "
        "administrator.",
    ),
    "access_denied_region": QT_TRANSLATE_NOOP(
        "Issues",
        "{person} ({role}) works only on other regions and may not see or change {region}. "
        "An administrator can change which regions the account covers.",
    ),
    "password_empty": QT_TRANSLATE_NOOP("Issues", "Type a password."),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Issues", "The password is too short: use at least {minimum} characters."
    ),
    "password_is_login": QT_TRANSLATE_NOOP(
        "Issues", "The password cannot be the login name ({login}): choose another one."
    ),
    "user_login_bad": QT_TRANSLATE_NOOP(
        "Issues",
        "“{login}” cannot be a login name: use letters, digits, dots, hyphens or underscores, "
        "at most {maximum} characters.",
    ),
    "user_name_missing": QT_TRANSLATE_NOOP(
        "Issues", "Give the person's name: the audit and the returns name the person by it."
    ),
    "user_name_too_long": QT_TRANSLATE_NOOP(
        "Issues", "The name is too long: at most {maximum} characters."
    ),
    "user_role_bad": QT_TRANSLATE_NOOP(
        "Issues", "“{role}” is no role: use clerk (填报员), reviewer (审核员) or admin (管理员)."
    ),
    "user_first_admin": QT_TRANSLATE_NOOP(
        "Issues",
        "The first account of a database must be an administrator: it is the one that adds "
        "the others.",
    ),
    "user_exists": QT_TRANSLATE_NOOP(
        "Issues", "There is already an account {login}: choose another login name."
    ),
    "user_unknown": QT_TRANSLATE_NOOP("Issues", "There is no account {login}."),
    "user_last_admin": QT_TRANSLATE_NOOP(
        "Issues",
        "{person} ({login}) is the last active administrator: nobody could manage the accounts "
        "any more. Make another account an administrator first.",
    ),
    "user_region_unknown": QT_TRANSLATE_NOOP(
        "Issues", "There is no region with the code {code} in this database."
    ),
    "login_failed": QT_TRANSLATE_NOOP(
        "Issues",
        "The login name or the password is wrong. Check them (and the keyboard's Caps Lock) "
        "and try again.",
    ),
    "login_locked": QT_TRANSLATE_NOOP(
        "Issues",
        "The account {login} is locked after too many wrong passwords, until {until}. Wait, "
        "or ask an administrator to unlock it.",
    ),
    "login_inactive": QT_TRANSLATE_NOOP(
        "Issues",
        "The account {login} has been disabled. Ask an administrator if you should still use it.",
    ),
    "login_needed": QT_TRANSLATE_NOOP(
        "Issues", "This database asks who is working: log in first, then try again."
    ),
    "login_user_needed": QT_TRANSLATE_NOOP(
        "Issues",
        "This database asks who is working: give --user LOGIN (the password is asked, or read "
        "from $XIANBAO_PASSWORD).",
    ),
    "login_first_admin_needed": QT_TRANSLATE_NOOP(
        "Issues",
        "This database has no accounts yet and asks who is working. Add its first "
        "administrator: xianbao users add LOGIN --name NAME --role admin",
    ),
    "password_mismatch": QT_TRANSLATE_NOOP(
        "Issues", "The two passwords typed differ; nothing was changed. Type them again."
    ),
    "server_backup_cli": QT_TRANSLATE_NOOP(
        "Issues",
        "Backups and restores are for a database file. A server keeps its own: ask the "
        "bureau's IT helper (pg_dump).",
    ),
    # --- backups and restore (services/backups.py) ---
    "restore_advice_backup": QT_TRANSLATE_NOOP(
        "Issues",
        "The newest backup is from {made}: restore it with File ▸ Restore a backup…, or with the "
        'command xianbao restore "{backup}"',
    ),
    "restore_advice_none": QT_TRANSLATE_NOOP(
        "Issues",
        "There is no backup of this database in {folder}. If you have a copy elsewhere (a USB "
        "stick, another computer), restore it with the command xianbao restore PATH; otherwise "
        "start with another database file (--db PATH) and keep this one for the support desk.",
    ),
    "backup_missing": QT_TRANSLATE_NOOP(
        "Issues", "There is no file {path}. Nothing was restored; choose a backup that exists."
    ),
    "backup_not_a_file": QT_TRANSLATE_NOOP(
        "Issues", "{path} is a folder, not a backup file. Nothing was restored; choose a file."
    ),
    "backup_empty": QT_TRANSLATE_NOOP(
        "Issues", "{path} is empty and holds no backup. Nothing was restored; choose another file."
    ),
    "backup_unreadable": QT_TRANSLATE_NOOP(
        "Issues",
        "{path} is not a Xianbao backup or cannot be read ({detail}). Nothing was restored; "
        "choose another file.",
    ),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Issues",
        "The backup {path} is damaged ({detail}). Nothing was restored; choose an older backup.",
    ),
    "backup_foreign": QT_TRANSLATE_NOOP(
        "Issues",
        "{path} is not a Xianbao database (it is another program's, or empty). Nothing was "
        "restored; choose a Xianbao backup.",
    ),
    "backup_newer": QT_TRANSLATE_NOOP(
        "Issues",
        "{path} was made by a newer version of Xianbao (schema {revision}). Nothing was "
        "restored; install that version of Xianbao to use it.",
    ),
    "restore_same_file": QT_TRANSLATE_NOOP(
        "Issues", "{path} is the database itself, not a backup of it. Nothing was changed."
    ),
    "restore_busy": QT_TRANSLATE_NOOP(
        "Issues",
        "The database {path} is open in another Xianbao (or another program). Nothing was "
        "restored; close it there, then restore again.",
    ),
    "restore_failed": QT_TRANSLATE_NOOP(
        "Issues",
        "The backup could not be put in place of {path} ({detail}); the database was left as "
        "it was. If the disk is full, make room on it and try again.",
    ),
    "backup_no_database": QT_TRANSLATE_NOOP(
        "Issues", "There is no database at {path} yet, so there is nothing to back up."
    ),
    "backup_target_exists": QT_TRANSLATE_NOOP(
        "Issues", "{path} exists already; it was left as it is. Choose a new file name or a folder."
    ),
    "backup_source_unreadable": QT_TRANSLATE_NOOP(
        "Issues",
        "The database {path} cannot be read ({detail}), so no backup could be made of it.",
    ),
    "backup_failed": QT_TRANSLATE_NOOP(
        "Issues",
        "The backup could not be written to {path} ({detail}). Make room on the disk, or "
        "choose another folder.",
    ),
    "ytd_falls": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator}: the year-to-date figure for {month} is below that for {previous}.",
    ),
    "missing_value": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} has no value for this period. Enter a number, or 无 if it does not apply.",
    ),
    "part_exceeds_whole": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator}: the part ({part_value}) exceeds its whole {parent} ({whole_value}).",
    ),
    "exceeds_limit_indicator": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} ({value}) cannot exceed indicator {limit} ({limit_value}).",
    ),
    "numerator_exceeds_denominator": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} ({numerator_value}) exceeds {denominator} ({denominator_value}), "
        "so the rate {ratio} would be above 100%.",
    ),
    "ratio_out_of_bounds": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator}: the rate {value}% is outside the allowed range {minimum}%–{maximum}%.",
    ),
    "stock_dropped": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} fell to {value} from {previous} at the end of the previous period. "
        "Please explain why.",
    ),
    "far_from_usual": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator}: {value} is far from its usual level (median of the past 12 months: "
        "{median}; same period last year: {last_year}). Please explain why.",
    ),
    "return_has_errors": QT_TRANSLATE_NOOP(
        "Issues", "The return still has {count} errors; correct them before submitting."
    ),
    "explanations_missing": QT_TRANSLATE_NOOP(
        "Issues", "{count} warnings still need an explanation (情况说明) before submitting."
    ),
    "reopen_needs_reason": QT_TRANSLATE_NOOP(
        "Issues", "Say why the submitted return must change; the reason is kept with it."
    ),
    "return_not_submitted": QT_TRANSLATE_NOOP(
        "Issues", "The return of {region} has not been submitted, so there is nothing to reopen."
    ),
    "return_submitted_since": QT_TRANSLATE_NOOP(
        "Issues",
        "Nothing was changed: {who} submitted the return of {region} for {period} at {at}, "
        "after you read its state. Look at the return as it is now, then submit or reopen it "
        "again if it should be.",
    ),
    "return_reopened_since": QT_TRANSLATE_NOOP(
        "Issues",
        "Nothing was changed: {who} reopened the return of {region} for {period} at {at}, "
        "after you read its state (reason: {reason}). Look at the return as it is now, then "
        "submit or reopen it again if it should be.",
    ),
    "return_changed_since": QT_TRANSLATE_NOOP(
        "Issues",
        "Nothing was changed: the return of {region} for {period} changed after you read its "
        "state. Look at the return as it is now, then submit or reopen it again if it should be.",
    ),
    "return_locked": QT_TRANSLATE_NOOP(
        "Issues",
        "The return of {region} for {period} was submitted on {since} by {who} and is locked. "
        "Reopen it, with a reason, to change a figure.",
    ),
    "value_changed_since": QT_TRANSLATE_NOOP(
        "Issues",
        "Not saved: {who} changed {indicator} of {region} for {period} to {value} at {at}, "
        "after you read it. Your entry {mine} was not applied; the cell now shows {value}. "
        "Type your figure again if it should replace it.",
    ),
    "value_cleared_since": QT_TRANSLATE_NOOP(
        "Issues",
        "Not saved: {who} cleared {indicator} of {region} for {period} at {at}, after you "
        "read it. Your entry {mine} was not applied; the cell is now blank. "
        "Type your figure again if it should be kept.",
    ),
    "import_changed_since_preview": QT_TRANSLATE_NOOP(
        "Issues",
        "Nothing was imported from {file}: {who} changed {indicator} of {region} for {period} at "
        "{at}, after the file was previewed. Preview the file again to see what it would change "
        "now.",
    ),
    "database_busy": QT_TRANSLATE_NOOP(
        "Issues",
        "Not saved: another Xianbao has been writing to this database for {seconds} seconds. "
        "Nothing was changed; try again in a moment.",
    ),
    "database_busy_by": QT_TRANSLATE_NOOP(
        "Issues",
        "Not saved: the database is being written by {holders} and was still busy after "
        "{seconds} seconds. Nothing was changed; try again in a moment, or ask them to finish "
        "their import or save.",
    ),
    "database_wait_cancelled": QT_TRANSLATE_NOOP(
        "Issues",
        "Not saved: you stopped waiting for another Xianbao to finish writing to this database. "
        "Nothing was changed; try again when it is done.",
    ),
    "comment_needs_value": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {indicator} has no value to comment on; enter the figure or 无 first."
    ),
    "region_needs_name": QT_TRANSLATE_NOOP("Issues", "Region {code} needs a name."),
    "region_exists": QT_TRANSLATE_NOOP("Issues", "A region with the code {code} already exists."),
    "region_succeeded": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} ({code}) existed until {until}; {successor_name} ({successor}) succeeded it. "
        "Enter the figures for {period} under {successor}.",
    ),
    "region_ended": QT_TRANSLATE_NOOP(
        "Issues", "{name} ({code}) existed until {until}, so it takes no figures for {period}."
    ),
    "region_not_yet": QT_TRANSLATE_NOOP(
        "Issues", "{name} ({code}) exists from {since}, so it takes no figures for {period}."
    ),
    "region_not_yet_use_predecessor": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} ({code}) exists from {since}; enter the figures for {period} under "
        "{predecessor_name} ({predecessor}).",
    ),
    "region_former": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} ({code}) existed until {until}; today it is {successor_name} ({successor}).",
    ),
    "region_former_ended": QT_TRANSLATE_NOOP(
        "Issues", "{name} ({code}) existed until {until} and is no longer a region."
    ),
    # --- townships and villages the bureau keeps (services/regions.py, ui/places_dialog.py) ---
    "region_name_taken": QT_TRANSLATE_NOOP(
        "Issues", "{other} under the same region is already called {name}; choose another name."
    ),
    "region_rename_reference": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} ({code}) comes from the national list of divisions and is not changed here; "
        "only townships and villages added in Xianbao are.",
    ),
    "region_retire_before_start": QT_TRANSLATE_NOOP(
        "Issues", "{name} ({code}) began on {since}; its last day cannot be {day}."
    ),
    "region_retire_has_figures": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} ({code}) or one of its villages holds figures for {period}, after {day}. "
        "Choose a later last day, or clear those figures first.",
    ),
    "region_not_retired": QT_TRANSLATE_NOOP("Issues", "{name} ({code}) is not retired."),
    "region_reinstate_parent_first": QT_TRANSLATE_NOOP(
        "Issues", "The township {parent} of {name} ({code}) is retired; reinstate it first."
    ),
    "place_list_no_code": QT_TRANSLATE_NOOP("Issues", "{name} has no code."),
    "place_list_not_digits": QT_TRANSLATE_NOOP("Issues", "The code {code} is not all digits."),
    "place_list_bad_length": QT_TRANSLATE_NOOP(
        "Issues",
        "The code {code} has {length} digits; a township has 9 (or 12 ending in 000), "
        "a village 12.",
    ),
    "place_list_duplicate": QT_TRANSLATE_NOOP(
        "Issues", "The code {code} is listed already in row {first}."
    ),
    "place_list_code_retired": QT_TRANSLATE_NOOP(
        "Issues", "The code {code} belonged to {name}, retired after {until}; it is not used again."
    ),
    "place_list_no_township": QT_TRANSLATE_NOOP(
        "Issues",
        "The village {code} belongs to the township {township}, which is neither in the list "
        "nor in Xianbao.",
    ),
    "place_list_refused": QT_TRANSLATE_NOOP(
        "Issues",
        "{count} rows of the list are refused (the first in row {row}); nothing was imported. "
        "Correct them in the file and import it again.",
    ),
    "place_list_needs_county": QT_TRANSLATE_NOOP(
        "Issues", "{name} ({code}) is not a county; townships and villages are kept under a county."
    ),
    "place_list_no_header": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} has no header row naming a code column (统计用区划代码, 区划代码 or 代码) and a "
        "name column (名称) in its first rows.",
    ),
    # --- a register's row: its cells, its checks, keeping it (domain/registers.py) ---
    "register_bad_date": QT_TRANSLATE_NOOP(
        "Issues", "{field}: “{cell}” is not a date; write it as 2024-03-05 or 2024年3月5日."
    ),
    "register_bad_number": QT_TRANSLATE_NOOP(
        "Issues", "{field}: “{cell}” is not a number; type digits (full-width digits are fine)."
    ),
    "register_negative_number": QT_TRANSLATE_NOOP(
        "Issues", "{field}: “{cell}” is negative; a register keeps no negative figures."
    ),
    "register_not_whole": QT_TRANSLATE_NOOP("Issues", "{field}: “{cell}” is not a whole number."),
    "register_bad_year": QT_TRANSLATE_NOOP(
        "Issues", "{field}: “{cell}” is not a year between 1949 and 2100."
    ),
    "register_bad_flag": QT_TRANSLATE_NOOP("Issues", "{field}: write 是 or 否, not “{cell}”."),
    "register_bad_degrees": QT_TRANSLATE_NOOP(
        "Issues",
        "{field}: “{cell}” is not a number of degrees; write decimal degrees such as 107.2345 "
        "(not 107°14′).",
    ),
    "register_outside_china": QT_TRANSLATE_NOOP(
        "Issues",
        "{field}: “{cell}” lies outside China: longitudes run from 73 to 136 (east), latitudes "
        "from 3 to 54 (north). Were the two swapped?",
    ),
    "register_half_coordinates": QT_TRANSLATE_NOOP(
        "Issues", "{name}: give both the longitude and the latitude, or neither."
    ),
    "register_bad_choice": QT_TRANSLATE_NOOP(
        "Issues", "{field}: “{cell}” is none of the field's choices."
    ),
    "register_name_missing": QT_TRANSLATE_NOOP("Issues", "A row needs its {field}."),
    "register_field_missing": QT_TRANSLATE_NOOP("Issues", "{name}: {field} is required."),
    "register_ended_before_began": QT_TRANSLATE_NOOP(
        "Issues", "{name}: {field} must come after the day it began."
    ),
    "register_part_exceeds_whole": QT_TRANSLATE_NOOP(
        "Issues", "{name}: of whom poor ({part}) cannot exceed the attendees ({whole})."
    ),
    "register_point_region_level": QT_TRANSLATE_NOOP(
        "Issues",
        "{name}: a {level}-level service point sits in a {level}; {code} is a place of "
        "another level.",
    ),
    "register_place_level": QT_TRANSLATE_NOOP(
        "Issues", "{name} ({code}) is not a place this register keeps rows at."
    ),
    "register_row_gone": QT_TRANSLATE_NOOP(
        "Issues", "This row was removed meanwhile (by another clerk?); reopen the register."
    ),
    "register_row_changed_since": QT_TRANSLATE_NOOP(
        "Issues",
        "{who} changed “{name}” after you opened it; close this form, look at the row as it "
        "is now and make your change again.",
    ),
    "region_retire_has_rows": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} ({code}) cannot end on {day}: “{row}” of the register {register} still counts "
        "after that day. Close the row (or move it to another place) first.",
    ),
    "register_return_locked": QT_TRANSLATE_NOOP(
        "Issues",
        "“{name}” counts in the return of {region} for {period}, submitted on {since} by {who} "
        "and locked; the change would alter its figures, so nothing was saved. Reopen that "
        "return, with a reason, first.",
    ),
    "register_unknown": QT_TRANSLATE_NOOP("Issues", "There is no register {register}."),
    # --- importing a register's list (services/registers.py, exporting/excel/register_list.py) ---
    "register_place_missing": QT_TRANSLATE_NOOP(
        "Issues", "The row gives no place: fill in its township and village, or its code."
    ),
    "register_unknown_place": QT_TRANSLATE_NOOP(
        "Issues",
        "“{place}” is no current township or village of {county}. Correct it in the workbook, "
        "or first add the place under Data → Townships and villages.",
    ),
    "register_ambiguous_place": QT_TRANSLATE_NOOP(
        "Issues",
        "{count} places of the county are called “{place}”; give the township too, or the code.",
    ),
    "register_village_not_in_township": QT_TRANSLATE_NOOP(
        "Issues",
        "The township {township} has no village “{village}”. Correct the name in the workbook, "
        "or first add the village under Data → Townships and villages.",
    ),
    "register_duplicate_row": QT_TRANSLATE_NOOP(
        "Issues",
        "This row repeats line {line} of the list (same place, same name or topic and date).",
    ),
    "register_import_has_refusals": QT_TRANSLATE_NOOP(
        "Issues",
        "{count} row(s) of the list are refused; nothing was imported. Correct them in the "
        "workbook and preview it again.",
    ),
    "register_changed_since_preview": QT_TRANSLATE_NOOP(
        "Issues",
        "The register was changed (by another clerk?) after the list was previewed; nothing was "
        "imported. Preview the list again.",
    ),
    "register_keyed_figures": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} has {count} figure(s) keyed for {year}; it can be counted from "
        "the register only once they are cleared.",
    ),
    "register_derived_elsewhere": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator} is counted from the register at {region} for {year} already.",
    ),
    "indicator_not_derivable": QT_TRANSLATE_NOOP(
        "Issues", "Indicator {indicator} is not counted from any register."
    ),
    "list_too_long": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} holds more than {limit} rows; split the list and import each part.",
    ),
    "list_too_large": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is larger than {limit} MB, more than a list of a county's rows; check that it is "
        "the right file, or split the list and import each part.",
    ),
    "list_not_text": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} cannot be read as a CSV text file (UTF-8 or GB18030). Open it in Excel and save "
        "it as an .xlsx workbook or as CSV UTF-8.",
    ),
    "register_list_empty": QT_TRANSLATE_NOOP(
        "Issues", "{file}: the sheet {sheet} holds nothing. Choose the sheet that holds the list."
    ),
    "register_list_column_twice": QT_TRANSLATE_NOOP(
        "Issues", "Columns {first} and {second} both give {field}; choose one of them."
    ),
    "register_list_place_twice": QT_TRANSLATE_NOOP(
        "Issues", "Columns {first} and {second} both give the same part of the place; choose one."
    ),
    "register_list_no_place": QT_TRANSLATE_NOOP(
        "Issues",
        "No column gives the rows' place: choose the code column (统计用区划代码), or the "
        "township and village columns.",
    ),
    "register_list_field_unmapped": QT_TRANSLATE_NOOP(
        "Issues", "No column gives {field}, which every row needs; choose its column."
    ),
    # --- demonstration standards (domain/standards.py, services/standards.py) ---
    "standard_at_least_met": QT_TRANSLATE_NOOP(
        "Issues", "{name}: {value} {unit} ≥ {limit_value} {unit}."
    ),
    "standard_at_least_short": QT_TRANSLATE_NOOP(
        "Issues",
        "{name}: {value} {unit} < {limit_value} {unit}; at least {limit_value} {unit} is asked.",
    ),
    "standard_at_least_missing": QT_TRANSLATE_NOOP(
        "Issues", "{name}: no figure given; at least {limit_value} {unit} is asked."
    ),
    "standard_more_than_met": QT_TRANSLATE_NOOP(
        "Issues", "{name}: {value} {unit} > {limit_value} {unit}."
    ),
    "standard_more_than_short": QT_TRANSLATE_NOOP(
        "Issues",
        "{name}: {value} {unit} ≤ {limit_value} {unit}; more than {limit_value} {unit} is asked.",
    ),
    "standard_more_than_missing": QT_TRANSLATE_NOOP(
        "Issues", "{name}: no figure given; more than {limit_value} {unit} is asked."
    ),
    "standard_confirmed": QT_TRANSLATE_NOOP("Issues", "{name}: confirmed."),
    "standard_denied": QT_TRANSLATE_NOOP("Issues", "{name}: not met."),
    "standard_unconfirmed": QT_TRANSLATE_NOOP("Issues", "{name}: not confirmed yet."),
    "standard_any_met": QT_TRANSLATE_NOOP("Issues", "{name}: met by one of its alternatives."),
    "standard_any_short": QT_TRANSLATE_NOOP("Issues", "{name}: none of its alternatives is met."),
    "standard_any_missing": QT_TRANSLATE_NOOP(
        "Issues", "{name}: none of its alternatives is met yet, and some lack figures."
    ),
    "standard_all_met": QT_TRANSLATE_NOOP("Issues", "{name}: every part is met."),
    "standard_all_short": QT_TRANSLATE_NOOP("Issues", "{name}: a part is not met."),
    "standard_all_missing": QT_TRANSLATE_NOOP("Issues", "{name}: some parts lack figures."),
    "standard_unknown": QT_TRANSLATE_NOOP(
        "Issues",
        "The standards file has no standard “{standard}”; it may have been replaced. Choose another standard.",
    ),
    "standard_fact_not_yes_no": QT_TRANSLATE_NOOP(
        "Issues", "{name}: write 是 or 否, not “{text}”."
    ),
    "standard_fact_not_number": QT_TRANSLATE_NOOP(
        "Issues", "{name}: “{text}” is not a number. Type digits (full-width digits are fine)."
    ),
    "standard_fact_negative": QT_TRANSLATE_NOOP("Issues", "{name}: “{text}” is below zero."),
    "standards_file_bad": QT_TRANSLATE_NOOP(
        "Issues",
        "The demonstration standards file {file} cannot be read: {detail}. Correct it, or put the shipped file back.",
    ),
    "standards_none": QT_TRANSLATE_NOOP(
        "Issues",
        "There are no demonstration standards for the province of {code}. Put the province's standards file in the standards folder.",
    ),
    "standard_needs_name": QT_TRANSLATE_NOOP("Issues", "A candidate needs a name."),
    "standard_county_only": QT_TRANSLATE_NOOP(
        "Issues",
        "A candidate for “{standard}” is the county itself: choose the county, not a place in it.",
    ),
    "standard_needs_county": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} ({code}) is above county level; a candidate belongs to a county. Choose a county.",
    ),
    "standard_entry_gone": QT_TRANSLATE_NOOP(
        "Issues",
        "The register row is no longer there (another clerk may have removed it). Choose another.",
    ),
    "standard_candidate_gone": QT_TRANSLATE_NOOP(
        "Issues", "The candidate is no longer there (another clerk may have removed it)."
    ),
    "standard_fixed_once_recommended": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} is recommended or recognised already, so its standard and figures stay as "
        "they were judged. Withdraw the recommendation first.",
    ),
    "standard_not_a_candidate": QT_TRANSLATE_NOOP(
        "Issues", "{name} is not a candidate now (it is recommended, recognised or revoked)."
    ),
    "standard_recommend_fails": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} does not meet every criterion and cannot be recommended; the red lines say which.",
    ),
    "standard_recommend_incomplete": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} lacks data for some criteria and cannot be recommended yet; fill in the grey lines.",
    ),
    "standard_quota_full": QT_TRANSLATE_NOOP(
        "Issues",
        "{prefecture} has already recommended {quota} for {group} in {year}, the most the province allows; {name} is not recommended. Withdraw another recommendation first.",
    ),
    "standard_not_recommended": QT_TRANSLATE_NOOP(
        "Issues", "{name} is not recommended; there is nothing to withdraw."
    ),
    "standard_cannot_recognise": QT_TRANSLATE_NOOP(
        "Issues", "{name} is recognised or revoked already."
    ),
    "standard_not_recognised": QT_TRANSLATE_NOOP(
        "Issues", "{name} is not recognised; only a recognised unit is reviewed or revoked."
    ),
    "standard_day_before": QT_TRANSLATE_NOOP(
        "Issues", "{name}: {day} is before {before}; choose a later day."
    ),
    "standard_remove_refused": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} is recommended or recognised; withdraw the recommendation or revoke it before removing it.",
    ),
    "no_home_region": QT_TRANSLATE_NOOP(
        "Issues", "This database has no county yet. Create one with: xianbao init --region CODE"
    ),
    # --- province Excel templates (desktop_app/exporting/excel, services/excel_returns) ---
    "template_unknown": QT_TRANSLATE_NOOP(
        "Issues", "There is no Excel template “{template}”. List them with: xianbao templates"
    ),
    "template_workbook_missing": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file} names the workbook {workbook}, which is not in its folder. "
        "Put the province's workbook beside the mapping, or correct “workbook”.",
    ),
    "template_workbook_unreadable": QT_TRANSLATE_NOOP(
        "Issues",
        "Template {template}: its workbook {workbook} cannot be opened; it is damaged or not an "
        ".xlsx workbook. Put the province's blank form beside the mapping again.",
    ),
    "template_file_unreadable": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file} cannot be read. Check that the file is there and that you "
        "may open it.",
    ),
    "template_file_not_file": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file} is not an ordinary file (a folder, a device or a broken "
        "link) and was not read. Remove it from the templates folder.",
    ),
    "template_file_too_large": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file} is {size_kb} KB; a mapping is at most {limit_kb} KB, so it "
        "was not read. Check that it is the right file.",
    ),
    "template_not_utf8": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file} is not UTF-8 text (line {line}). Save it as UTF-8, for "
        "example in Notepad with “Save as” and the encoding UTF-8.",
    ),
    "template_key_too_long": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: the key at line {line} has more than {limit} parts "
        "separated by dots; a mapping needs at most 3. Correct that line.",
    ),
    "template_too_deep": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file} nests brackets more than {limit} deep at line {line}; a "
        "mapping needs far fewer. It was not read: correct the brackets on that line.",
    ),
    "template_toml_syntax": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file} is not valid TOML at line {line}, column {column}: “{text}”. "
        "Correct that line (docs/templates.md shows the format).",
    ),
    "template_format": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file} is written in mapping format {format}; this Xianbao reads "
        "format {supported}. Use a newer Xianbao, or ask for the mapping in format {supported}.",
    ),
    "template_key_unknown": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: “{key}” is not a key of a mapping. Allowed here: {allowed}.",
    ),
    "template_key_missing": QT_TRANSLATE_NOOP(
        "Issues", "The template mapping {file} lacks “{key}”, which is required."
    ),
    "template_key_not_text": QT_TRANSLATE_NOOP(
        "Issues", "The template mapping {file}: “{key}” must be text in quotes."
    ),
    "template_key_control": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: “{key}” contains a control character, which a workbook "
        "cannot hold. Remove it.",
    ),
    "template_number_format_long": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: “{key}” is longer than {limit} characters, the most Excel "
        "accepts for a number format.",
    ),
    "template_key_empty": QT_TRANSLATE_NOOP(
        "Issues", "The template mapping {file}: “{key}” must not be empty."
    ),
    "template_key_not_integer": QT_TRANSLATE_NOOP(
        "Issues", "The template mapping {file}: “{key}” must be a whole number without quotes."
    ),
    "template_key_not_flag": QT_TRANSLATE_NOOP(
        "Issues", "The template mapping {file}: “{key}” must be true or false."
    ),
    "template_key_not_list": QT_TRANSLATE_NOOP(
        "Issues", "The template mapping {file}: “{key}” must be a list of texts in square brackets."
    ),
    "template_key_not_table": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: “{key}” must be a table (keys in curly braces, or a section "
        "of its own).",
    ),
    "template_key_not_table_list": QT_TRANSLATE_NOOP(
        "Issues", "The template mapping {file}: “{key}” must be a list of tables."
    ),
    "template_key_choice": QT_TRANSLATE_NOOP(
        "Issues", "The template mapping {file}: “{key}” cannot be “{given}”. Use one of: {allowed}."
    ),
    "template_key_years": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: “{key}” must be two years, the first and the last, between "
        "{first} and {last}, such as [2024, 2026].",
    ),
    "template_key_rows": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: “{key}” gives the rows {first}–{last}; rows are numbered 1 "
        "to {most}, the first before the last.",
    ),
    "template_table_too_long": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: the table “{key}” has {rows} rows; a region table has at "
        "most {limit}.",
    ),
    "template_mapping_bad_id": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: “{id}” cannot be a template id; use at most 64 letters, "
        "digits, “-”, “_” and “.”, starting with a letter or digit.",
    ),
    "template_mapping_no_sheets": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file} maps no sheet, so it would match every workbook. Add at "
        "least one [[sheet]] with the sheet's name and its cells.",
    ),
    "template_sheet_twice": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file} maps the sheet “{sheet}” twice; merge the two [[sheet]] "
        "sections.",
    ),
    "template_workbook_name": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: workbook = “{workbook}” must be the name of a file in the "
        "mapping's own folder, without a folder, a drive or “..”.",
    ),
    "template_workbook_not_file": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: its workbook {workbook} is not an ordinary file (a folder, "
        "a device or a broken link). Put the province's workbook there.",
    ),
    "template_workbook_outside": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: its workbook {workbook} is a link to a file outside the "
        "templates folder. Copy the workbook itself beside the mapping.",
    ),
    "template_workbook_too_large": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: its workbook {workbook} is {size_mb} MB; a template "
        "workbook is at most {limit_mb} MB. Check that it is the province's blank form.",
    ),
    "template_file_name_empty": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: file_name is empty. Name the exported files with fields "
        "such as {example}.",
    ),
    "template_file_name_unknown": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: file_name uses the field “{field}”, which does not exist. "
        "Allowed fields: {allowed}.",
    ),
    "template_file_name_not_plain": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: file_name contains {field}; a field is one of {allowed}, "
        "written as it is, without “.”, “[”, “!” or “:”.",
    ),
    "template_file_name_brace": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file}: in file_name “{text}” the brace at character {position} has "
        "no partner. Write each field as a name in one pair of braces, such as {example}; "
        "allowed: {allowed}.",
    ),
    "template_too_many_sheets": QT_TRANSLATE_NOOP(
        "Issues",
        "The template mapping {file} maps {count} sheets; a mapping maps at most {limit}.",
    ),
    "template_bad_id": QT_TRANSLATE_NOOP(
        "Issues", "“{id}” cannot be a template id: use letters, digits, “-”, “_” and “.”."
    ),
    "template_bad_years": QT_TRANSLATE_NOOP(
        "Issues", "The template's years {first}–{last} are not a valid range."
    ),
    "template_no_sheets": QT_TRANSLATE_NOOP("Issues", "The mapping maps no sheet."),
    "template_sheet_missing": QT_TRANSLATE_NOOP(
        "Issues", "The workbook has no sheet “{sheet}”, which the mapping uses."
    ),
    "template_name_unknown": QT_TRANSLATE_NOOP(
        "Issues",
        "The workbook defines no name “{name}” that points at a single cell (sheet {sheet}).",
    ),
    "template_cell_outside": QT_TRANSLATE_NOOP(
        "Issues", "Cell {sheet}!{cell} lies outside the sheet's table."
    ),
    "template_cell_merged": QT_TRANSLATE_NOOP(
        "Issues",
        "Cell {sheet}!{cell} lies inside the merged cells {merged}; map their top-left cell.",
    ),
    "template_cell_formula": QT_TRANSLATE_NOOP(
        "Issues", "Cell {sheet}!{cell} holds a formula of the province's; it is never written."
    ),
    "template_cell_twice": QT_TRANSLATE_NOOP(
        "Issues", "Cell {sheet}!{cell} is mapped more than once."
    ),
    "template_anchor": QT_TRANSLATE_NOOP(
        "Issues",
        "Cell {sheet}!{cell} should read “{text}”: this is not the workbook the mapping was "
        "made for.",
    ),
    "template_table_missing": QT_TRANSLATE_NOOP(
        "Issues", "Sheet {sheet} is a region table but the mapping gives no table."
    ),
    "template_table_rows": QT_TRANSLATE_NOOP(
        "Issues", "Sheet {sheet}: the table's rows {first}–{last} are not a valid range."
    ),
    "template_total_inside": QT_TRANSLATE_NOOP(
        "Issues", "Sheet {sheet}: the total row {cell} lies inside the table's region rows."
    ),
    "template_table_no_keys": QT_TRANSLATE_NOOP(
        "Issues",
        "Sheet {sheet}: column {cell} holds no region codes or names to match the rows by.",
    ),
    "template_indicator_unknown": QT_TRANSLATE_NOOP(
        "Issues", "Cell {sheet}!{cell} is mapped to indicator {indicator}, which is not known."
    ),
    "template_wrong_period": QT_TRANSLATE_NOOP(
        "Issues",
        "Template {template} is not made for {period} (its kind of period, years {first}–{last}).",
    ),
    "template_wrong_province": QT_TRANSLATE_NOOP(
        "Issues", "Template {template} belongs to another province than {region} ({code})."
    ),
    "template_wrong_level": QT_TRANSLATE_NOOP(
        "Issues", "Template {template} is not made for a region at the level of {region}."
    ),
    "template_table_full": QT_TRANSLATE_NOOP(
        "Issues", "Sheet {sheet} has room for {rows} regions, but there are {regions}."
    ),
    "template_region_missing": QT_TRANSLATE_NOOP(
        "Issues", "Sheet {sheet} has no row for {region} ({code})."
    ),
    "export_write_failed": QT_TRANSLATE_NOOP(
        "Issues", "The return could not be written to {path}: {detail}"
    ),
    # --- files written (desktop_app/files.py): nothing is left half-written ---
    "file_disk_full": QT_TRANSLATE_NOOP(
        "Issues",
        "{path} was not written: the disk is full (or the file would be larger than the disk "
        "allows). Nothing was left behind. Make room on the disk or choose another folder, then "
        "try again.",
    ),
    "file_not_writable": QT_TRANSLATE_NOOP(
        "Issues",
        "{path} was not written: you may not write in that folder, or the file is open in "
        "another program (Excel, WPS, a PDF viewer). Close the file or choose another folder, "
        "then try again.",
    ),
    "file_bad_place": QT_TRANSLATE_NOOP(
        "Issues",
        "{path} was not written: its folder does not exist or the name is a folder. Choose "
        "another file name or folder.",
    ),
    "file_write_failed": QT_TRANSLATE_NOOP(
        "Issues",
        "{path} was not written ({detail}). Nothing was left behind. Check the disk or choose "
        "another folder, then try again.",
    ),
    "import_unreadable": QT_TRANSLATE_NOOP("Issues", "{file} cannot be read: {detail}"),
    "import_damaged": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is damaged or is not an Excel workbook (.xlsx). Open it in Excel or WPS and "
        "save it again. Nothing was imported.",
    ),
    "import_xls": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS, save it as "
        ".xlsx and import that. Nothing was imported.",
    ),
    "import_encrypted": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is protected by a password. Open it, remove the password (save without "
        "encryption) and import it again. Nothing was imported.",
    ),
    "import_too_large": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is far too large for a return ({size} MB unpacked). Nothing was imported.",
    ),
    "import_too_large_sheet": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} has a sheet of {cells} cells, far more than a return. Nothing was imported.",
    ),
    # --- what the bounded xlsx reader refuses (exporting/excel/xlsx.py) ---
    "import_packed_too_tightly": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} was refused: it unpacks to {ratio} times its packed size, where a workbook stays "
        "under {limit} times; such a file is made to exhaust the computer's memory. Nothing was "
        "imported.",
    ),
    "import_too_many_parts": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is made of {count} parts, far more than a workbook has (at most {limit}). "
        "Nothing was imported.",
    ),
    "import_bad_xml": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is damaged: its part “{part}” is cut off or garbled (line {line}). Open the file "
        "in Excel or WPS and save it again, or ask the sender for a new copy. Nothing was "
        "imported.",
    ),
    "import_xml_doctype": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} was refused: its part “{part}” contains a document type declaration, which "
        "Excel never writes and which can hide harmful content. Open the file in Excel or WPS "
        "and save it again. Nothing was imported.",
    ),
    "import_xml_token": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} was refused: its part “{part}” holds a single item (a comment, a tag or an "
        "attribute) of more than {size} MB, where Excel writes at most a few KB (limit {limit} "
        "MB). Open the file in Excel or WPS and save it again. Nothing was imported.",
    ),
    "import_bad_cell": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is damaged: cell {cell} of sheet “{sheet}” stores “{value}”, which is no value "
        "Excel writes. Open the file in Excel or WPS, correct the cell and save it again. "
        "Nothing was imported.",
    ),
    "import_bad_shared_string": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is damaged: cell {cell} of sheet “{sheet}” refers to text no. {index} of the "
        "workbook's shared text table, which the file does not hold. Open the file in Excel or "
        "WPS and save it again, or ask the sender for a new copy. Nothing was imported.",
    ),
    "import_bad_row": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is damaged: sheet “{sheet}” has a row numbered “{row}”, which no sheet can "
        "have. Open the file in Excel or WPS and save it again. Nothing was imported.",
    ),
    "import_skipped_not_excel": QT_TRANSLATE_NOOP(
        "Issues", "{file} is not an Excel workbook (.xlsx) and was left alone."
    ),
    "import_skipped_lock_file": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is the lock file Excel or WPS keeps while a workbook is open, and was left alone.",
    ),
    "import_skipped_folder": QT_TRANSLATE_NOOP(
        "Issues", "{file} is a folder; the files in it were not imported. Import it on its own."
    ),
    "import_failed": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} could not be imported: Xianbao met an unexpected problem ({kind}) with it. "
        "Nothing from this file was written; the other files were handled on their own. Please "
        "send the file to the support desk.",
    ),
    "import_no_template": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} matches none of the Excel templates (title, 表号 and sheets differ). Nothing "
        "was imported.",
    ),
    "import_other_template": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is not a copy of template {template} ({form_number}): {cells} differ. Nothing "
        "was imported.",
    ),
    "import_no_period": QT_TRANSLATE_NOOP(
        "Issues", "{file} says no 报告期; give the period. Nothing was imported."
    ),
    "import_wrong_period": QT_TRANSLATE_NOOP(
        "Issues", "{file} is the return for {found}, not for {expected}. Nothing was imported."
    ),
    "import_no_region": QT_TRANSLATE_NOOP(
        "Issues", "{file} says no region code; give the region. Nothing was imported."
    ),
    "import_wrong_region": QT_TRANSLATE_NOOP(
        "Issues", "{file} is the return of {found}, not of {expected}. Nothing was imported."
    ),
    "import_row_unknown": QT_TRANSLATE_NOOP(
        "Issues", "Row {row}: no region has the code or name “{key}”."
    ),
    "import_row_no_key": QT_TRANSLATE_NOOP("Issues", "Row {row} holds figures but no region code."),
    "import_differs_from_derived": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator}: the file says {file}, but the stored figures give {derived}.",
    ),
    "import_not_found": QT_TRANSLATE_NOOP(
        "Issues",
        "No import is listed as {batch}. Run `xianbao imports` (or open Reports ▸ Imports and "
        "undoing one… in the window) to see the imports and their numbers.",
    ),
    "import_ambiguous": QT_TRANSLATE_NOOP(
        "Issues",
        "{count} imports begin with {batch}. Type more of the number, as `xianbao imports` lists it.",
    ),
    "import_already_undone": QT_TRANSLATE_NOOP(
        "Issues",
        "The import of {file} was undone already, on {when} by {who}. Nothing was changed.",
    ),
    "import_changed_since": QT_TRANSLATE_NOOP(
        "Issues",
        "The import of {file} cannot be undone: {count} of its values were changed after it, "
        "e.g. {region} {indicator} {period} (imported {imported}, now {now}). Undoing it would "
        "lose that later work, so nothing was changed; correct those values by hand instead.",
    ),
    "import_has_conflicts": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} has {conflicts} conflicting values and {unmatched} refused rows; resolve them "
        "first. Nothing was imported.",
    ),
    "import_wrong_province": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is a {form_number} return of {province} (template {template}), and {region} "
        "({code}) is not in {province}. Import it for the region that filled it in. Nothing was "
        "imported.",
    ),
    "import_wrong_level": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is a {form_number} return (template {template}), which is not made for a region "
        "at the level of {region} ({code}). Import it for the region that filled it in. Nothing "
        "was imported.",
    ),
    "import_table_other_region": QT_TRANSLATE_NOOP(
        "Issues",
        "{file}: the {rows} regions in its table are under {parent_name} ({parent}), not under "
        "{region} ({code}). Import it for {parent_name}. Nothing was imported.",
    ),
    "import_row_not_under": QT_TRANSLATE_NOOP(
        "Issues",
        "Row {row}: {name} ({key}) is not under {region} ({code}) but under {parent_name}. "
        "Delete the row, or import it with {parent_name}'s return.",
    ),
    "import_row_twice": QT_TRANSLATE_NOOP(
        "Issues",
        "Row {row}: {name} ({key}) has a row already (row {first}). Keep one of the two rows.",
    ),
    "import_region_missing": QT_TRANSLATE_NOOP(
        "Issues", "{name} ({code}) has no row in sheet {sheet}: it has sent no figures."
    ),
    "import_region_empty": QT_TRANSLATE_NOOP(
        "Issues", "The row of {name} ({code}) (sheet {sheet}, row {row}) holds no figures."
    ),
    "import_not_read_derived": QT_TRANSLATE_NOOP(
        "Issues",
        "Not read: Xianbao derives this figure of {indicator} from the values it keeps, and "
        "reports a cell that disagrees with them.",
    ),
    "import_not_read_same": QT_TRANSLATE_NOOP(
        "Issues",
        "Not read: {indicator} is read from {cell}, which holds the same figure; the two must "
        "agree.",
    ),
    "import_not_read_rate": QT_TRANSLATE_NOOP(
        "Issues", "Not read: Xianbao computes growth rates and percentages itself."
    ),
    "import_not_read_computed": QT_TRANSLATE_NOOP(
        "Issues", "Not read: {indicator} is computed from its parts."
    ),
    "import_not_read_target": QT_TRANSLATE_NOOP(
        "Issues",
        "Not read: annual targets are set in Xianbao (xianbao target); the cell must agree with "
        "a stored target.",
    ),
    "import_not_read_unknown": QT_TRANSLATE_NOOP(
        "Issues", "Not read: no indicator has the code {indicator}."
    ),
    "import_formula_no_value": QT_TRANSLATE_NOOP(
        "Issues",
        "Not read: the formula in {sheet}!{cell} has no computed value (the file was saved by a "
        "program that does not calculate). Open the file in Excel or WPS, save it and import it "
        "again.",
    ),
    "import_contradicts": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator}: {sheet}!{cell} says {file}, but the stored and imported values "
        "give {derived}. Correct the cell, or the values it is made of, and import again.",
    ),
    "import_contradicts_target": QT_TRANSLATE_NOOP(
        "Issues",
        "Indicator {indicator}: {sheet}!{cell} gives the annual target as {file}, but {derived} "
        "is stored. Correct the cell or the stored target (xianbao target), then import again.",
    ),
    "bad_report_date": QT_TRANSLATE_NOOP(
        "Issues", "“{text}” is not a date; write it as 2025-04-08."
    ),
    "cancelled": QT_TRANSLATE_NOOP("Issues", "Cancelled."),
    "pdf_font_missing": QT_TRANSLATE_NOOP(
        "Issues",
        "No Chinese TrueType font was found, so no PDF was written. Install fonts-wqy-microhei "
        "(Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei) or choose a Chinese TrueType "
        "font such as Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) in Settings.",
    ),
    "pdf_font_cff": QT_TRANSLATE_NOOP(
        "Issues",
        "The font {path} has CFF outlines (OpenType/CFF, like Noto Sans CJK), which cannot be "
        "embedded in a PDF. Choose a TrueType font such as Microsoft YaHei (msyh.ttc), SimSun "
        "(simsun.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).",
    ),
    "pdf_font_no_chinese": QT_TRANSLATE_NOOP(
        "Issues",
        "The font {path} has no Chinese characters; a report printed with it would show boxes. "
        "Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei.",
    ),
    "pdf_font_unreadable": QT_TRANSLATE_NOOP(
        "Issues",
        "The font {path} cannot be read as a TrueType font. Choose a Chinese TrueType font such "
        "as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).",
    ),
    "report_needs_subregions": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} ({code}) has no regions under it, so this report has nothing to list. "
        "Choose a county with townships, a prefecture or a province.",
    ),
    "report_needs_city": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} ({code}) is not a prefecture or a province; the city report ranks the counties "
        "of a prefecture or a province. Use the monthly summary for a county.",
    ),
    "map_needs_city": QT_TRANSLATE_NOOP(
        "Issues",
        "{name} ({code}) is not a prefecture or a province; a map shows the counties of a "
        "prefecture or a province.",
    ),
    # --- 综合示范自评 (domain/evaluation.py, services/evaluation.py) ---
    "evaluation_unknown_item": QT_TRANSLATE_NOOP(
        "Issues", "The scheme {scheme} has no item {item}. Close the window and open it again."
    ),
    "evaluation_points_not_number": QT_TRANSLATE_NOOP(
        "Issues", "“{text}” is not a number of points. Type digits, e.g. 2 or 1.5."
    ),
    "evaluation_points_out_of_range": QT_TRANSLATE_NOOP(
        "Issues", "Item {item} scores 0 to {maximum} points; {points} is outside that."
    ),
    "evaluation_points_off_step": QT_TRANSLATE_NOOP(
        "Issues", "Item {item} is scored in steps of {step} points; {points} is not one of them."
    ),
    "evaluation_note_too_long": QT_TRANSLATE_NOOP(
        "Issues", "The note of item {item} is longer than {limit} characters; shorten it."
    ),
    "evaluation_scheme_invalid": QT_TRANSLATE_NOOP(
        "Issues",
        "The evaluation scheme {file} cannot be used ({detail}). Ask for a corrected file, or "
        "take it out of the evaluation folder.",
    ),
    "evaluation_scheme_twice": QT_TRANSLATE_NOOP(
        "Issues",
        "Two evaluation scheme files use the key {key}. Give each scheme its own key, or "
        "remove the older file.",
    ),
    "evaluation_scheme_unknown": QT_TRANSLATE_NOOP(
        "Issues", "There is no evaluation scheme {key}. Check the evaluation folder."
    ),
    "evaluation_evidence_twice": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is already attached to item {item} (as {kept}); the same file is kept once.",
    ),
    "evaluation_evidence_gone": QT_TRANSLATE_NOOP(
        "Issues", "That evidence file was removed meanwhile (perhaps by another clerk)."
    ),
    "evaluation_evidence_damaged": QT_TRANSLATE_NOOP(
        "Issues",
        "The kept copy of {file} no longer matches its SHA-256, so it was not saved. Attach "
        "the original file again.",
    ),
    "evaluation_evidence_unreadable": QT_TRANSLATE_NOOP(
        "Issues", "{file} could not be read ({detail}). Check the file, then try again."
    ),
    "evaluation_evidence_too_large": QT_TRANSLATE_NOOP(
        "Issues",
        "{file} is larger than {limit} MB, the most an evidence file may be. Attach a smaller "
        "file (a scan at a lower resolution, or split it).",
    ),
    "evaluation_evidence_empty": QT_TRANSLATE_NOOP(
        "Issues", "{file} is empty; attach the file that holds the evidence."
    ),
    "evaluation_pdf_cancelled": QT_TRANSLATE_NOOP("Issues", "Stopped; nothing was written."),
    # --- copying between databases (services/copying.py) ---
    "copy_same_database": QT_TRANSLATE_NOOP(
        "Issues", "{where} is both the source and the target; name two different databases."
    ),
    "copy_value_differs": QT_TRANSLATE_NOOP(
        "Issues",
        "{region} ({code}), {indicator}, {period}: {source} in the source, {target} in the target.",
    ),
    "copy_value_basis_differs": QT_TRANSLATE_NOOP(
        "Issues",
        "{region} ({code}), {indicator}, {period}: the same figure, kept as the period's own "
        "figure in one database and as the year-to-date figure in the other.",
    ),
    "copy_return_differs": QT_TRANSLATE_NOOP(
        "Issues",
        "{region} ({code}), the return for {period}: {source} in the source, {target} in the "
        "target.",
    ),
    "copy_region_differs": QT_TRANSLATE_NOOP(
        "Issues",
        "The region {name} ({code}) is recorded differently: its {what} is {source} in the "
        "source, {target} in the target.",
    ),
    "copy_indicator_differs": QT_TRANSLATE_NOOP(
        "Issues",
        "The indicator {indicator} is defined differently: its {what} is {source} in the "
        "source, {target} in the target. Make the two definitions the same first.",
    ),
    "copy_target_differs": QT_TRANSLATE_NOOP(
        "Issues",
        "{region} ({code}), {indicator}, the target for {year}: {source} in the source, "
        "{target} in the target.",
    ),
    "copy_explanation_differs": QT_TRANSLATE_NOOP(
        "Issues",
        "{region} ({code}), {indicator}, {period}: the explanation differs between the two.",
    ),
    "copy_register_row_differs": QT_TRANSLATE_NOOP(
        "Issues", "{region} ({code}), {register}: the row {name} differs between the two."
    ),
    "copy_candidate_differs": QT_TRANSLATE_NOOP(
        "Issues",
        "{region} ({code}): the demonstration candidate {name} differs between the two.",
    ),
    "copy_claim_differs": QT_TRANSLATE_NOOP(
        "Issues",
        "{region} ({code}), self-evaluation item {item}: the points or the note differ between "
        "the two.",
    ),
    "copy_value_locked": QT_TRANSLATE_NOOP(
        "Issues",
        "{region} ({code}), {indicator}, {period}: the target has the return of {locked} for "
        "this period submitted ({who}, {since}), and a new figure would change it. Reopen it "
        "there first.",
    ),
    "copy_explanation_locked": QT_TRANSLATE_NOOP(
        "Issues",
        "{region} ({code}), {indicator}, {period}: the target has the return of {locked} for "
        "this period submitted ({who}, {since}), and a new explanation would change it. Reopen "
        "it there first.",
    ),
    "copy_register_row_removed": QT_TRANSLATE_NOOP(
        "Issues",
        "{region} ({code}), {register}: the row {name} was removed in the source and is still in "
        "the target.",
    ),
    "copy_value_cleared": QT_TRANSLATE_NOOP(
        "Issues",
        "{region} ({code}), {indicator}, {period}: cleared in the source, {target} in the target.",
    ),
    "copy_needs_every_region": QT_TRANSLATE_NOOP(
        "Issues",
        "{person} may work on some regions only, and a copy without --region copies them all. "
        "Name the region to copy with --region, or ask for an administrator of every region.",
    ),
    "copy_setting_kept": QT_TRANSLATE_NOOP(
        "Issues",
        "The target keeps its own {setting} ({target}); the source's ({source}) was not copied.",
    ),
}


#: Issue parameters that hold a figure of the issue's indicator, shown as the return shows it.
FIGURE_PARAMS = frozenset(
    {
        "value",
        "mine",  # a clerk's entry refused because another clerk changed the cell since
        "minimum",
        "maximum",
        "largest",
        "previous",
        "median",
        "last_year",
        "part_value",
        "whole_value",
        "difference",
        "limit_value",
        "numerator_value",
        "denominator_value",
    }
)
#: Issues about the digits of a value as written: the extra digits are the point, never rounded.
_DIGITS_AS_WRITTEN = frozenset({"count_not_integer", "too_many_decimals"})


# What SQLAlchemy appends to the driver's message: the statement, its parameters and a link to
# its English documentation. None of it is for a clerk.
_LIBRARY_NOISE = re.compile(
    r"\s*\(Background on this error at: [^)]*\)|\s*\[SQL: .*?\](?=\s*(?:\[|\(|$))"
    r"|\s*\[parameters: .*?\](?=\s*(?:\(|$))|^\((?:sqlite3|pysqlite)\.\w+\)\s*",
    re.DOTALL,
)


def plain_detail(text: str) -> str:
    """A library's error text as a clerk may read it: the driver's own words only."""
    return _LIBRARY_NOISE.sub("", text).strip()


#: The region levels an issue's `level` names (RegionLevel values).
REGION_LEVELS = {
    "province": QT_TRANSLATE_NOOP("Issues", "province"),
    "prefecture": QT_TRANSLATE_NOOP("Issues", "prefecture"),
    "county": QT_TRANSLATE_NOOP("Issues", "county"),
    "township": QT_TRANSLATE_NOOP("Issues", "township"),
    "village": QT_TRANSLATE_NOOP("Issues", "village"),
}


#: Issue parameters that hold a period, as its storage code (2016-M03), or a list of them.
PERIOD_PARAMS = frozenset(
    {
        "period",
        "periods",
        "month",
        "previous",
        "existing",
        "found",
        "expected",
        "first_period",
        "last_period",
    }
)

#: The roles of staff accounts (domain/users.py Role) as people call them.
ROLE_TEXTS = {
    "clerk": QT_TRANSLATE_NOOP("Users", "clerk"),
    "reviewer": QT_TRANSLATE_NOOP("Users", "reviewer"),
    "admin": QT_TRANSLATE_NOOP("Users", "administrator"),
}

#: What a role may be refused (domain/users.py Action), as "{person} may not …" continues.
ACTION_TEXTS = {
    "key": QT_TRANSLATE_NOOP("Users", "key figures or register rows"),
    "import": QT_TRANSLATE_NOOP("Users", "import returns or lists"),
    "submit": QT_TRANSLATE_NOOP("Users", "submit returns"),
    "reopen": QT_TRANSLATE_NOOP("Users", "reopen or send back returns"),
    "manage_users": QT_TRANSLATE_NOOP("Users", "manage accounts"),
    "manage_regions": QT_TRANSLATE_NOOP("Users", "change townships, villages or regions"),
    "manage_indicators": QT_TRANSLATE_NOOP("Users", "change indicators"),
    "manage_templates": QT_TRANSLATE_NOOP("Users", "change templates"),
}


def role_text(role: str) -> str:
    """A role's name in the chosen language (填报员, 审核员, 管理员)."""
    return translate("Users", ROLE_TEXTS.get(role, role))


def period_label(period: Period, language: str | None = None) -> str:
    """A period as the language (by default the chosen one) writes it: 2016年3月, or Mar 2016."""
    language = current_language() if language is None else language
    return period.label_en if language == "en" else period.label_zh


def _period_text(value: object) -> str | None:
    """A period code (or a list of them) as the chosen language writes it; None for anything
    else (a figure named `previous`, a region named `found`, a label written already)."""
    items: list[object] = list(value) if isinstance(value, (tuple, list)) else [value]
    codes = [item for item in items if isinstance(item, str)]
    if not codes or len(codes) != len(items):
        return None
    try:
        periods = [Period.from_code(code) for code in codes]
    except DomainError:
        return None
    return translate("Issues", ", ").join(period_label(period) for period in periods)


def issue_params(issue: Issue) -> dict[str, Any]:
    """The issue's parameters as its sentence shows them.

    Issues carry raw figures (exact Decimal text such as "9000.0000", as the store gives it back)
    and, where the producer knows it, the indicator's `scale`. A figure is shown with thousands
    separators at that scale ("9,000"; an amount "1,234.50"), or without one at its significant
    digits; the value of count_not_integer and too_many_decimals keeps every digit written.
    Periods arrive as storage codes (a list of them for `periods`) and are written as the
    chosen language writes them. Other parameters that are no plain number ("—", codes) are
    left as they are.
    """
    params = dict(issue.params)
    for name in PERIOD_PARAMS.intersection(params):
        text = _period_text(params[name])
        if text is not None:
            params[name] = text
    if isinstance(params.get("level"), str):  # "township", or "county/township/village"
        params["level"] = "/".join(
            translate("Issues", REGION_LEVELS.get(part, part))
            for part in params["level"].split("/")
        )
    if isinstance(params.get("detail"), str):
        params["detail"] = plain_detail(params["detail"])
    if issue.code.startswith("access_denied_"):  # a staff account's role and what it may not do
        params["role"] = role_text(str(params.get("role", "")))
        if params.get("action") in ACTION_TEXTS:
            params["action"] = translate("Users", ACTION_TEXTS[params["action"]])
    if isinstance(params.get("field"), str):  # a register's field, by its key
        label = register_field_label(params["field"])
        if label is not None:
            params["field"] = label
    # The registers' declarations are read here, not at import: the window's frame needs none.
    from desktop_app.domain.registers import REGISTERS, FieldKind

    if isinstance(params.get("register"), str) and params["register"] in REGISTERS:
        spec = REGISTERS[params["register"]]
        named_by = spec.field(spec.name_field)
        if named_by.kind is FieldKind.CHOICE:
            # a row named by a choice (a designation) is called by the choice's label
            for key in ("name", "row"):
                if isinstance(params.get(key), str):
                    params[key] = register_value_text(named_by, params[key])
        params["register"] = translate("Registers", spec.title)
    scale = params.get("scale")
    for name in FIGURE_PARAMS.intersection(params):
        number = plain_number(params[name])
        if number is None:
            continue
        written = significant_places(number)
        places = scale if isinstance(scale, int) and not isinstance(scale, bool) else written
        if issue.code in _DIGITS_AS_WRITTEN and name == "value":
            places = max(places, written)
        try:
            params[name] = format_number(number, places)
        except InvalidOperation:  # more digits than a Decimal context holds: show it as it is
            continue
    return params


#: The registers' titles, headings and choices (domain/registers.py keeps the English sources);
#: listed here so that lupdate finds them (tests/unit/test_registers.py keeps the list whole).
REGISTER_TEXTS = (
    QT_TRANSLATE_NOOP("Registers", "Service points"),
    QT_TRANSLATE_NOOP("Registers", "Name"),
    QT_TRANSLATE_NOOP("Registers", "Level"),
    QT_TRANSLATE_NOOP("Registers", "County centre"),
    QT_TRANSLATE_NOOP("Registers", "Township station"),
    QT_TRANSLATE_NOOP("Registers", "Village point"),
    QT_TRANSLATE_NOOP("Registers", "Address"),
    QT_TRANSLATE_NOOP("Registers", "Operator"),
    QT_TRANSLATE_NOOP("Registers", "Phone"),
    QT_TRANSLATE_NOOP("Registers", "Opened"),
    QT_TRANSLATE_NOOP("Registers", "Closed"),
    QT_TRANSLATE_NOOP("Registers", "In a poor village"),
    QT_TRANSLATE_NOOP("Registers", "Project funds (10k yuan)"),
    QT_TRANSLATE_NOOP("Registers", "Project year"),
    QT_TRANSLATE_NOOP("Registers", "Longitude"),
    QT_TRANSLATE_NOOP("Registers", "Latitude"),
    QT_TRANSLATE_NOOP("Registers", "Training sessions"),
    QT_TRANSLATE_NOOP("Registers", "Topic"),
    QT_TRANSLATE_NOOP("Registers", "Started"),
    QT_TRANSLATE_NOOP("Registers", "Ended"),
    QT_TRANSLATE_NOOP("Registers", "Organiser"),
    QT_TRANSLATE_NOOP("Registers", "Hours"),
    QT_TRANSLATE_NOOP("Registers", "Attendees"),
    QT_TRANSLATE_NOOP("Registers", "Of whom poor"),
    QT_TRANSLATE_NOOP("Registers", "Subsidy claimed (10k yuan)"),
    QT_TRANSLATE_NOOP("Registers", "E-commerce villages and towns"),
    QT_TRANSLATE_NOOP("Registers", "Kind"),
    QT_TRANSLATE_NOOP("Registers", "E-commerce village"),
    QT_TRANSLATE_NOOP("Registers", "E-commerce town"),
    QT_TRANSLATE_NOOP("Registers", "Taobao village"),
    QT_TRANSLATE_NOOP("Registers", "Main products"),
    QT_TRANSLATE_NOOP("Registers", "Online sales (10k yuan)"),
    QT_TRANSLATE_NOOP("Registers", "Year recognised"),
    QT_TRANSLATE_NOOP("Registers", "Recognised by"),
    QT_TRANSLATE_NOOP("Registers", "Withdrawn"),
    QT_TRANSLATE_NOOP("Registers", "Enterprises and online shops"),
    QT_TRANSLATE_NOOP("Registers", "E-commerce enterprise"),
    QT_TRANSLATE_NOOP("Registers", "Online shop"),
    QT_TRANSLATE_NOOP("Registers", "Cross-border enterprise"),
    QT_TRANSLATE_NOOP("Registers", "Platform"),
    QT_TRANSLATE_NOOP("Registers", "Registered capital (10k yuan)"),
    QT_TRANSLATE_NOOP("Registers", "Revenue (10k yuan)"),
    QT_TRANSLATE_NOOP("Registers", "Employees"),
    QT_TRANSLATE_NOOP("Registers", "Key projects"),
    QT_TRANSLATE_NOOP("Registers", "Owner"),
    QT_TRANSLATE_NOOP("Registers", "Planned investment (10k yuan)"),
    QT_TRANSLATE_NOOP("Registers", "Invested so far (10k yuan)"),
    QT_TRANSLATE_NOOP("Registers", "Progress"),
    QT_TRANSLATE_NOOP("Registers", "Status"),
    QT_TRANSLATE_NOOP("Registers", "Planned"),
    QT_TRANSLATE_NOOP("Registers", "Under way"),
    QT_TRANSLATE_NOOP("Registers", "Completed"),
    QT_TRANSLATE_NOOP("Registers", "Stopped"),
    QT_TRANSLATE_NOOP("Registers", "Designations"),
    QT_TRANSLATE_NOOP("Registers", "Designation"),
    QT_TRANSLATE_NOOP("Registers", "Comprehensive demonstration county"),
    QT_TRANSLATE_NOOP("Registers", "E-commerce poverty-alleviation county"),
    QT_TRANSLATE_NOOP("Registers", "Poor county"),
    QT_TRANSLATE_NOOP("Registers", "Poor village"),
    QT_TRANSLATE_NOOP("Registers", "Batch"),
    QT_TRANSLATE_NOOP("Registers", "Year"),
    QT_TRANSLATE_NOOP("Registers", "Designated by"),
)


def register_field_label(key: str, register: str | None = None) -> str | None:
    """A register field's heading in the chosen language (of `register`, or the first register
    with a field of that key); None for a key no register has."""
    from desktop_app.domain.registers import REGISTERS

    specs = [REGISTERS[register]] if register in REGISTERS else list(REGISTERS.values())
    for spec in specs:
        for found in spec.fields:
            if found.key == key:
                return translate("Registers", found.label)
    return None


REGISTER_FLAG_TEXTS = (QT_TRANSLATE_NOOP("Registers", "Yes"), QT_TRANSLATE_NOOP("Registers", "No"))


def register_value_text(spec: FieldSpec, value: Any) -> str:
    """A register cell as the grid and the exported workbook show it: a choice by its translated
    label, a flag as Yes or No (是/否), a date ISO, an amount exact, blank as ""."""
    from desktop_app.domain.registers import FieldKind, display_value

    if value is None:
        return ""
    if spec.kind is FieldKind.FLAG:
        return translate("Registers", REGISTER_FLAG_TEXTS[0 if value else 1])
    if spec.kind is FieldKind.CHOICE:
        label = dict(spec.choices).get(str(value))
        return translate("Registers", label) if label is not None else str(value)
    return display_value(value)


def issue_message(issue: Issue) -> str:
    """The translated sentence for an issue, with its parameters filled in."""
    template = ISSUE_TEXTS.get(issue.code)
    if template is None:
        return f"{issue.code}: {issue.params}"
    return translate("Issues", template).format(**issue_params(issue))
