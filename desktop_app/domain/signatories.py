"""The bureau and the people who sign a return (表尾): printed on reports, filled into templates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Signatories:
    bureau_name: str = ""  # 填报单位
    unit_head: str = ""  # 单位负责人
    statistics_head: str = ""  # 统计负责人
    preparer: str = ""  # 填表人
    phone: str = ""  # 联系电话
    report_date: date | None = None  # 报出日期; None = the day the return is produced
