"""Roles and regions enforced by the services the window uses (issue 14), on both back-ends.

Staff log in through the bundle, as the window does; every refusal is checked to have written
nothing, and what a limited account may see is checked against the region list written here."""

from __future__ import annotations

from datetime import date

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.returns import ReturnStatus
from desktop_app.domain.users import Role
from desktop_app.i18n import issue_message, role_text
from desktop_app.persistence.models import (
    AuditRecord,
    RegisterEntryRecord,
    ReturnEventRecord,
    ReturnRecord,
    UserEventRecord,
    ValueRecord,
)
from desktop_app.persistence.repositories import IndicatorRepository
from desktop_app.services.bundle import ServiceBundle, build_bundle
from desktop_app.services.figures import FigureService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store
from desktop_app.services.users import UserService
from desktop_app.services.values import CellInput, ValueService
from tests.sql_statements import statements

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "correct horse 1"
TONGJIANG, NANJIANG, BAZHONG = "511921", "511922", "511900"  # 通江县, 南江县, 巴中市
TOWNSHIP, VILLAGE = "511921101", "511921101201"  # under 通江县
JAN, FEB = Period.month(2016, 1), Period.month(2016, 2)

#: The accounts: login → (name, role, regions).
STAFF = {
    "admin": ("王管理", Role.ADMIN, ()),
    "zhao": ("赵审核", Role.REVIEWER, ()),
    "li": ("李填报", Role.CLERK, (TONGJIANG,)),
}


@pytest.fixture
def staffed(store: Store) -> Store:
    """The database with its accounts, a township and a village under 通江县, and February's
    return of 通江县 complete (every figure keyed, its warnings explained): it can be submitted."""
    regions = RegionQueries(store.sessions)  # no account yet: the services allow everything
    regions.add(TOWNSHIP, "诺江镇", TONGJIANG)
    regions.add(VILLAGE, "金山村", TOWNSHIP)
    with store.sessions() as session:
        codes = [
            r.indicator.code
            for r in IndicatorRepository(session).active()
            if not r.indicator.is_computed
        ]
    stocks = {"A04": "10", "A04.1": "3", "A05": "8", "A06": "10"}
    cells = [CellInput(TONGJIANG, c, JAN, "12" if c == "A04" else "无") for c in codes]
    cells += [CellInput(TONGJIANG, c, FEB, stocks.get(c, "无")) for c in codes]
    _, refused = ValueService(store.sessions, "setup").set_many(cells, source="typed")
    assert refused == []
    returns = ReturnService(store.sessions, FigureService(store.sessions), "setup")
    for issue in returns.check(TONGJIANG, FEB).unexplained:
        indicator = str(issue.params["indicator"])
        returns.explain(TONGJIANG, FEB, indicator, issue.code, "撤并")
    users = UserService(store.sessions, lambda: "setup", hasher=CHEAP)
    for login, (name, role, limit) in STAFF.items():
        users.add(login, name, role, PASSWORD, limit)
    return store


def logged_in(store: Store, login: str) -> ServiceBundle:
    """A window's bundle (its settings name somebody else as 填表人) after `login` logged in."""
    bundle = build_bundle(store, "设置里的填表人")
    bundle.users.hasher = CHEAP  # the accounts were made with it: no rehash at login
    bundle.log_in(login, PASSWORD)
    return bundle


def count(store: Store, table: type) -> int:
    with store.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def refusal(call: object) -> DomainError:
    assert callable(call)
    with pytest.raises(DomainError) as refused:
        call()
    return refused.value


# --- roles -----------------------------------------------------------------------------------
def test_access_clerk_cannot_submit_or_reopen_and_nothing_is_written(staffed: Store) -> None:
    clerk = logged_in(staffed, "li")

    denied = refusal(lambda: clerk.returns.submit(TONGJIANG, FEB))

    assert denied.issue.code == "access_denied_action"
    assert denied.issue.params["person"] == "李填报"
    assert count(staffed, ReturnRecord) == count(staffed, ReturnEventRecord) == 0
    # the return screen's 报送 is refused the same way, and says so on the page
    view = clerk.screen.view(TONGJIANG, FEB)
    change = clerk.screen.submit(view)
    assert change.refusal is not None and change.refusal.code == "access_denied_action"
    assert count(staffed, ReturnEventRecord) == 0

    # Given the reviewer submitted it: the clerk can neither reopen it nor send it back
    reviewer = logged_in(staffed, "zhao")
    assert reviewer.returns.submit(TONGJIANG, FEB).status is ReturnStatus.SUBMITTED
    denied = refusal(lambda: clerk.returns.reopen(TONGJIANG, FEB, "数字有误"))
    assert denied.issue.code == "access_denied_action"
    assert clerk.returns.state(TONGJIANG, FEB).status is ReturnStatus.SUBMITTED

    state = reviewer.returns.reopen(TONGJIANG, FEB, "数字有误")

    assert state.status is ReturnStatus.REOPENED
    with staffed.sessions() as session:
        who = session.execute(
            select(ReturnEventRecord.action, ReturnEventRecord.who).order_by(ReturnEventRecord.id)
        ).all()
    assert [tuple(row) for row in who] == [("submit", "赵审核"), ("reopen", "赵审核")]


def test_access_clerk_keys_but_does_not_manage(staffed: Store) -> None:
    clerk = logged_in(staffed, "li")

    clerk.values.set_text(TONGJIANG, "A04", Period.month(2016, 3), "11")
    assert refusal(lambda: clerk.regions.add("511921102", "新镇", TONGJIANG)).issue.code == (
        "access_denied_action"
    )
    assert refusal(lambda: clerk.catalogue.remove("A04")).issue.code == "access_denied_action"
    assert refusal(lambda: clerk.users.set_role("li", Role.ADMIN)).issue.code == (
        "access_denied_action"
    )
    assert [p.code for p in clerk.regions.places(TONGJIANG)] == [TOWNSHIP, VILLAGE]  # as before

    admin = logged_in(staffed, "admin")
    admin.regions.add("511921102", "新镇", TONGJIANG)
    assert [p.code for p in admin.regions.places(TONGJIANG)] == [TOWNSHIP, VILLAGE, "511921102"]


def test_access_audit_names_the_logged_in_person(staffed: Store) -> None:
    clerk = logged_in(staffed, "li")
    assert clerk.person == "李填报"
    clerk.set_person("别人")  # the settings' 填表人 changed: the login still decides
    assert clerk.person == "李填报"

    clerk.values.set_text(TONGJIANG, "A04", Period.month(2016, 3), "11")
    clerk.registers.add("service_points", VILLAGE, _point("金山村服务点"))

    with staffed.sessions() as session:
        audit = session.scalars(select(AuditRecord.who).order_by(AuditRecord.id.desc())).first()
        row = session.scalars(select(RegisterEntryRecord.updated_by)).one()
        logins = session.execute(
            select(UserEventRecord.who, UserEventRecord.action).where(
                UserEventRecord.login == "li", UserEventRecord.action == "login"
            )
        ).all()
    assert audit == row == "李填报"
    assert [tuple(r) for r in logins] == [("李填报", "login")]


# --- regions ---------------------------------------------------------------------------------
def _point(name: str) -> dict[str, object]:
    return {"name": name, "level": "village", "opened": date(2016, 1, 5), "closed": None}


def test_access_limited_clerk_reads_and_writes_only_the_county_and_below(staffed: Store) -> None:
    clerk = logged_in(staffed, "li")
    march = Period.month(2016, 3)
    values_before = count(staffed, ValueRecord)

    # its county, a township and a village under it: read and written
    clerk.values.set_text(TONGJIANG, "A04", march, "11")
    clerk.values.set_text(TOWNSHIP, "A04", Period.month(2017, 3), "4")  # kept by townships then
    assert clerk.screen.view(TONGJIANG, FEB).region_code == TONGJIANG
    assert clerk.screen.view(TOWNSHIP, march).region_code == TOWNSHIP
    clerk.registers.add("service_points", VILLAGE, _point("金山村服务点"))
    assert [r.region_code for r in clerk.registers.rows("service_points", TONGJIANG)] == [VILLAGE]
    assert count(staffed, ValueRecord) == values_before + 2

    # the county beside it: neither read nor written
    for call in (
        lambda: clerk.values.set_text(NANJIANG, "A04", march, "11"),
        lambda: clerk.screen.view(NANJIANG, FEB),
        lambda: clerk.figures.figures(NANJIANG, FEB),
        lambda: clerk.returns.state(NANJIANG, FEB),
        lambda: clerk.registers.rows("service_points", NANJIANG),
        lambda: clerk.registers.add("service_points", NANJIANG, _point("南江点")),
        lambda: clerk.cells.history(NANJIANG, "A04", FEB),
        # and the prefecture above it, whose figures hold 南江县's
        lambda: clerk.figures.figures(BAZHONG, FEB),
        lambda: clerk.values.set_text(BAZHONG, "A04", march, "11"),
    ):
        denied = refusal(call)
        assert denied.issue.code == "access_denied_region"
        assert denied.issue.params["person"] == "李填报"
    assert count(staffed, ValueRecord) == values_before + 2
    assert count(staffed, RegisterEntryRecord) == 1
    # A paste over both counties keeps 通江县's cell and refuses 南江县's
    changes, refused = clerk.values.set_many(
        [CellInput(TONGJIANG, "A05", march, "9"), CellInput(NANJIANG, "A05", march, "9")],
        source="pasted",
    )
    assert [c.region_code for c in changes] == [TONGJIANG]
    assert [r.issue.code for r in refused] == ["access_denied_region"]

    message = issue_message(denied.issue)
    assert "李填报" in message and role_text("clerk") in message and "巴中市（511900）" in message


def test_access_region_tree_offers_the_way_down_and_what_is_covered(staffed: Store) -> None:
    clerk = logged_in(staffed, "li")
    everyone = logged_in(staffed, "zhao")

    assert [r.code for r in clerk.regions.children(None)] == ["510000"]
    assert [r.code for r in clerk.regions.children("510000")] == [BAZHONG]
    assert [r.code for r in clerk.regions.children(BAZHONG)] == [TONGJIANG]
    assert [r.code for r in clerk.regions.children(TONGJIANG)] == [TOWNSHIP]
    # the window's tree, read at once, lists the same
    assert [r.code for r in clerk.regions.tree(TONGJIANG)] == [
        "510000",
        BAZHONG,
        TONGJIANG,
        TOWNSHIP,
    ]
    # 巴中市's counties as the shipped list has them (巴州区, 恩阳区, 通江县, 南江县, 平昌县)
    assert [r.code for r in everyone.regions.children(BAZHONG)] == [
        "511902",
        "511903",
        TONGJIANG,
        NANJIANG,
        "511923",
    ]
    assert [clerk.regions.covers(c) for c in (BAZHONG, TONGJIANG, TOWNSHIP, VILLAGE)] == [
        False,
        True,
        True,
        True,
    ]
    assert clerk.regions.visible(BAZHONG) and not clerk.regions.visible(NANJIANG)


def test_access_region_tree_of_a_limited_clerk_in_three_statements(staffed: Store) -> None:
    # Given a clerk limited to 通江县, logged in (the tree of a server's or a staffed file's)
    clerk = logged_in(staffed, "li")
    # When the window's tree is read: the home region, the tree, and every listed region's
    # paths at once (it was one query per region for the visibility: ~200 in 四川省)
    sent = statements(staffed, lambda: clerk.regions.tree(TONGJIANG))
    assert len(sent) == 3, sent
    # Then the way down and what is covered, as the division-by-division reading listed them
    assert [r.code for r in clerk.regions.tree(TONGJIANG)] == [
        "510000",
        BAZHONG,
        TONGJIANG,
        TOWNSHIP,
    ]


# --- when the login is asked -----------------------------------------------------------------
def test_access_login_required_on_a_server_or_with_accounts(store: Store) -> None:
    bundle = build_bundle(store, "张三")
    assert bundle.login_required is store.on_server
    if not store.on_server:  # the single PC's one implicit user does everything
        bundle.values.set_text(TONGJIANG, "A04", FEB, "5")
        assert bundle.user is None and bundle.person == "张三"

    UserService(store.sessions, lambda: "张三", hasher=CHEAP).add(
        "admin", "王管理", Role.ADMIN, PASSWORD
    )
    later = build_bundle(store, "张三")

    assert later.login_required
    before = count(store, ValueRecord)
    assert refusal(lambda: later.values.set_text(TONGJIANG, "A04", FEB, "6")).issue.code == (
        "login_needed"
    )
    assert refusal(lambda: later.figures.figures(TONGJIANG, FEB)).issue.code == "login_needed"
    assert later.regions.children(None) == []
    assert count(store, ValueRecord) == before
    assert refusal(lambda: later.log_in("admin", "wrong password")).issue.code == "login_failed"
    later.users.hasher = CHEAP
    assert later.log_in("admin", PASSWORD).role is Role.ADMIN
    later.values.set_text(TONGJIANG, "A04", FEB, "6")
    assert later.person == "王管理"


def test_access_limited_clerk_evaluation_and_standards_only_its_county(staffed: Store) -> None:
    clerk = logged_in(staffed, "li")
    scheme = clerk.evaluation.schemes()[0].key

    assert clerk.evaluation.view(TONGJIANG, scheme).region_code == TONGJIANG
    assert clerk.standards.candidates(TONGJIANG) == []
    for call in (
        lambda: clerk.evaluation.view(NANJIANG, scheme),
        lambda: clerk.evaluation.set_claim(NANJIANG, scheme, "1.1", "1"),
        lambda: clerk.standards.candidates(NANJIANG),
        lambda: clerk.standards.add(NANJIANG, "county", "南江县"),
    ):
        assert refusal(call).issue.code == "access_denied_region"


def test_access_limited_clerk_lists_only_the_imports_within_its_regions(staffed: Store) -> None:
    # Given two imports, one of 通江县's figures and one of 南江县's (another county's file)
    from desktop_app.domain.values import parse_input

    values = ValueService(staffed.sessions, "导入")
    march = Period.month(2016, 3)
    values.set_all(
        [(TONGJIANG, "A05", march, parse_input("7"))],
        source="imported",
        detail="通江县_3月.xlsx (sc-county-monthly)",
        batch="20160401-090000-aaaa",
    )
    values.set_all(
        [(NANJIANG, "A05", march, parse_input("8"))],
        source="imported",
        detail="南江县_3月.xlsx (sc-county-monthly)",
        batch="20160401-090500-bbbb",
    )
    # Then the 管理员 sees both, the clerk limited to 通江县 only its own
    admin = logged_in(staffed, "admin")
    assert sorted(r.file for r in admin.imports.imports()) == [
        "南江县_3月.xlsx",
        "通江县_3月.xlsx",
    ]
    clerk = logged_in(staffed, "li")
    assert [r.file for r in clerk.imports.imports()] == ["通江县_3月.xlsx"]
    with pytest.raises(DomainError):
        clerk.imports.find("20160401-090500")


def test_access_refusal_names_a_region_the_window_tree_listed(staffed: Store) -> None:
    # Given a limited clerk whose window has read its tree (every listed region's paths at once)
    clerk = logged_in(staffed, "li")
    assert BAZHONG in [r.code for r in clerk.regions.tree(TONGJIANG)]
    # When a change to 巴中市, listed on the way down, is refused
    denied = refusal(lambda: clerk.values.set_text(BAZHONG, "A04", Period.month(2016, 3), "11"))
    # Then the sentence names it as a refusal before the tree was read does: name and code
    assert denied.issue.code == "access_denied_region"
    assert "巴中市（511900）" in issue_message(denied.issue)
