"""The services of one open database, built once at start-up and handed to the window.

The composition root (app.py) builds one ServiceBundle from the Store; the window and its
dialogs take every service they use from it. The session factory stays here: no view builds a
service and no Session reaches the UI.

All services share one FigureService and one ValueService, so the person (填表人) set with
`set_person` is who the audit, the returns, the imports and the presence record name from then
on. The Excel and PDF services are built on first use: openpyxl and reportlab are not imported at
start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.services.catalogue_admin import CatalogueAdmin
from desktop_app.services.figures import FigureService
from desktop_app.services.presence import Presence, ServerPresence, Sharing
from desktop_app.services.regions import RegionQueries
from desktop_app.services.registers import RegisterService
from desktop_app.services.return_screen import ReturnScreenService
from desktop_app.services.returns import ReturnService
from desktop_app.services.users import Access, UserService
from desktop_app.services.values import CellQueries, ValueService, current_user

if TYPE_CHECKING:
    from desktop_app.domain.users import User
    from desktop_app.persistence.engine import LockWaiter
    from desktop_app.services.demo import DemoSummary
    from desktop_app.services.evaluation import EvaluationService
    from desktop_app.services.excel_returns import ExcelReturns
    from desktop_app.services.imports import ImportHistory
    from desktop_app.services.maps import MapService
    from desktop_app.services.reports import ReportService
    from desktop_app.services.standards import StandardService
    from desktop_app.services.store import Store
    from desktop_app.services.targets import TargetService


class ServiceBundle:
    """Every service the window uses, over one store."""

    def __init__(
        self,
        store: Store,
        person: str | None = None,
        *,
        language: str = "zh_CN",
        template_folders: Sequence[Path] = (),
    ) -> None:
        """`person`: the 填表人 (the OS login when None or empty); `language`: of the PDF
        reports; `template_folders`: the user's own Excel templates, after the shipped ones."""
        self._store = store
        self._sessions = store.sessions
        self.language = language
        self.template_folders = tuple(template_folders)
        self.database_path: Path | None = store.path  # None on a server
        #: The file's path or the server's address (password hidden), for the window to show.
        self.where = store.where
        who = person or current_user()
        self.regions = RegionQueries(self._sessions)
        self.figures = FigureService(self._sessions)
        self.values = ValueService(self._sessions, who)
        self.cells = CellQueries(self._sessions)
        self.returns = ReturnService(self._sessions, self.figures, who)
        #: The return screen's and 乡镇分列's views and mutations (services/return_screen.py).
        self.screen = ReturnScreenService(self._sessions, self.values, self.returns)
        #: The registers (台账): rows, imports, and the counts derived from them.
        self.registers = RegisterService(self._sessions, who)
        self.presence: Sharing | None = None
        #: 指标管理: the bureau's own indicators (services/catalogue_admin.py).
        self.catalogue = CatalogueAdmin(self._sessions, lambda: self.person, self._mapped)
        #: Staff accounts (services/users.py); changes are named as the person logged in.
        self.users = UserService(self._sessions, lambda: self.person, access=lambda: self.access)
        #: What the person logged in may do: everything on a single PC's database without
        #: accounts; nothing on a server or a database with accounts until `log_in`.
        self.access = Access.everything()
        self._give_access(Access.nobody() if self.login_required else Access.everything())

    # --- the person ----------------------------------------------------------------------------
    @property
    def person(self) -> str:
        """Who the audit, the locks and the presence record name."""
        return self.values.user

    def set_person(self, person: str | None) -> None:
        """The 填表人 from now on (the OS login when empty): values, returns, imports and the
        presence record name them at once. Once somebody has logged in, the audit names that
        person whatever is given."""
        user = self.access.user
        who = user.name if user is not None else (person or current_user())
        self.values.user = who  # shared by the Excel service and the import history
        self.returns.user = who
        self.registers.user = who
        if self.presence is not None:
            self.presence.rename(who)

    # --- staff accounts --------------------------------------------------------------------------
    @property
    def login_required(self) -> bool:
        """Whether the person must log in: always on a server, and on a file that has accounts
        (a single PC without any keeps its one implicit user, the 填表人 of the settings)."""
        return self._store.on_server or self.users.any_users()

    @property
    def user(self) -> User | None:
        """The person logged in, or None (nobody yet, or a database without accounts)."""
        return self.access.user

    def log_in(self, login: str, password: str) -> User:
        """Log in (services/users.py UserService.log_in: refusals as DomainError); from then on
        the audit, the returns and the registers name the user, and every service allows what
        the user's role and regions allow."""
        user = self.users.log_in(login, password)
        self._give_access(Access(user, self._sessions))
        self.set_person(user.name)
        return user

    def _give_access(self, access: Access) -> None:
        self.access = access
        for service in (
            self.regions,
            self.figures,
            self.values,
            self.cells,
            self.returns,
            self.registers,
            self.catalogue,
        ):
            service.access = access

    def _mapped(self) -> dict[str, list[str]]:
        """Indicator code → titles of the templates that map it (a removal is refused). A
        template of another province than the home region's is left out: no return of this
        database is made with it."""
        home = self.home_region() or ""
        mapped: dict[str, list[str]] = {}
        for template in self.excel.templates():
            province = template.mapping.province
            if province and home and not home.startswith(province):
                continue
            for code in template.mapping.indicator_codes():
                mapped.setdefault(code, []).append(template.mapping.title)
        return mapped

    # --- services made on first use --------------------------------------------------------------
    @cached_property
    def excel(self) -> ExcelReturns:
        from desktop_app.services.excel_returns import ExcelReturns

        return ExcelReturns(
            self._sessions,
            self.template_folders,
            figures=self.figures,
            values=self.values,
        )

    @cached_property
    def reports(self) -> ReportService:
        from desktop_app.services.reports import ReportService

        return ReportService(
            self._sessions, language=self.language, figures=self.figures, maps=self.maps
        )

    @cached_property
    def evaluation(self) -> EvaluationService:
        """综合示范自评: claims, evidence files and the 自评表 PDF (in the reports' font)."""
        from desktop_app.services.evaluation import EvaluationService

        return EvaluationService(
            self._sessions,
            lambda: self.person,
            font=lambda: self.reports.font(),
            access=lambda: self.access,
        )

    @cached_property
    def targets(self) -> TargetService:
        """年度目标: set, split, load a set; goal, progress and pace by kind."""
        from desktop_app.services.targets import TargetService

        return TargetService(self._sessions, self.figures)

    @cached_property
    def maps(self) -> MapService:
        """地图: a prefecture's or province's counties coloured by a figure (services/maps.py)."""
        from desktop_app.services.maps import MapService

        return MapService(self._sessions, self.figures, registers=self.registers)

    def reports_with_font(self, font_path: str | Path | None) -> ReportService:
        """The report service with the font the settings name now (None or "": found)."""
        service = self.reports
        service.font_path = font_path or None
        return service

    @cached_property
    def imports(self) -> ImportHistory:
        from desktop_app.services.imports import ImportHistory

        return ImportHistory(
            self._sessions,
            self.values,
            lambda: {t.id: t.mapping.title for t in self.excel.templates()},
            access=lambda: self.access,
        )

    @cached_property
    def standards(self) -> StandardService:
        """示范单位评定: candidates checked against the province's demonstration standards."""
        from desktop_app.services.standards import StandardService

        return StandardService(self._sessions, lambda: self.person, access=lambda: self.access)

    # --- the store -------------------------------------------------------------------------------
    def home_region(self) -> str | None:
        return self._store.home_region()

    def set_home_region(self, code: str, bureau_name: str | None = None) -> None:
        self._store.set_home_region(code, bureau_name)

    def fill_demo(self, progress: Callable[[int, int], object] | None = None) -> DemoSummary:
        """Two years of sample data for the demo county (see services/demo.py)."""
        from desktop_app.services.demo import fill_demo_county

        return fill_demo_county(self._sessions, progress=progress)

    # --- a database shared with other programs ---------------------------------------------------
    def share(self, waiter: LockWaiter | None) -> Sharing | None:
        """Record this program's presence on the database (named as the person) and let a
        write that finds the database locked tell `waiter`: the file's presence records, or on
        a server its connections' names (services/presence.py ServerPresence). The caller
        stops the presence when the window closes."""
        lock_wait = self._sessions.lock_wait
        if waiter is not None:
            lock_wait.waiter = waiter
        if self.presence is None and self._store.on_server:
            self.presence = ServerPresence(
                self._store.engine, self._sessions, self.person, login=current_user()
            )
        elif self.presence is None:
            if self.database_path is None:
                return None
            self.presence = Presence(self.database_path, self.person, login=current_user())
        self.presence.start()
        lock_wait.holders = self.presence.holders_text
        return self.presence


def build_bundle(
    store: Store,
    person: str | None = None,
    *,
    language: str = "zh_CN",
    template_folders: Sequence[Path] = (),
) -> ServiceBundle:
    """The one place the window's services are built (see the module's docstring)."""
    return ServiceBundle(store, person, language=language, template_folders=template_folders)
