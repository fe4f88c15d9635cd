"""Article writing: with and without the expert, with and without the SEO brief."""

from __future__ import annotations

import datetime as dt

import pytest

from bpdesk.services import Services
from tests.support.office import Office

INTERVIEW = "2026-03-05T15:00"


@pytest.fixture
def office(app: Services) -> Office:
    return Office(app)


def _start(office: Office, expert: bool, seo: bool) -> str:
    return office.start(
        "article-writing",
        "volkova",
        topic="Remote teams",
        brief="Tools and habits",
        author="lebedev",
        publisher="volkova",
        need_expert="yes" if expert else "no",
        need_seo="yes" if seo else "no",
    )


def _preparation(office: Office, instance: str, expert: bool, seo: bool) -> None:
    if expert or seo:
        assert office.stage(instance) == "Preparation"
    if expert:
        assert office.open_tasks(instance) == [("volkova", "Choose the expert for “Remote teams”")]
        office.do("volkova", instance, "done", expert="popov", interview_at=INTERVIEW)
        assert office.notified("popov") == ["You are the expert for “Remote teams”"]
    if seo:
        office.do("novikova", instance, "done")
        assert office.open_tasks(instance) == [("novikova", "SEO brief")]
        office.do("novikova", instance, "done", seo_brief="Keywords: remote, team, tools")
    assert office.stage(instance) == "Writing"


def _writing_to_end(office: Office, instance: str, expert: bool) -> None:
    app = office.app
    if expert:
        events = app.calendar_events()
        assert [(e["title"], e["start"], e["attendees"]) for e in events] == [
            ("Interview: Remote teams", dt.datetime(2026, 3, 5, 15, 0), ["lebedev", "popov"])
        ]
        office.do("lebedev", instance, "done")  # interview held
        office.do("lebedev", instance, "done", expert_comment="https://docs.example.com/interview")
    else:
        assert app.calendar_events() == []
    write = office.task("lebedev", instance)
    assert write.title == "Write the article “Remote teams”"
    shown = {f.key: f.text for f in write.show_fields}
    assert shown["brief"] == "Tools and habits"
    office.do("lebedev", instance, "done", article_url="https://docs.example.com/article")
    assert office.stage(instance) == "Design"
    office.do("fedorov", instance, "done", designer="kozlova")
    images = office.task("kozlova", instance)
    assert {f.key: f.value for f in images.show_fields}[
        "article_url"
    ] == "https://docs.example.com/article"
    assert app.instance(instance).roles["designer"] == "kozlova"
    office.do("kozlova", instance, "done", images_url="https://images.example.com/set-1")
    assert office.stage(instance) == "Publication"
    publish = office.task("volkova", instance)
    assert {f.key for f in publish.show_fields} == {"topic", "article_url", "images_url"}
    office.do("volkova", instance, "done", published_url="https://blog.example.com/remote-teams")
    view = app.instance(instance)
    assert view.status == "success"
    kept = {f.key: f.value for f in view.fields}
    assert kept["article_url"] == "https://docs.example.com/article"
    assert kept["images_url"] == "https://images.example.com/set-1"
    assert kept["published_url"] == "https://blog.example.com/remote-teams"


@pytest.mark.parametrize(
    ("expert", "seo"), [(True, True), (True, False), (False, True), (False, False)]
)
def test_article(office: Office, expert: bool, seo: bool) -> None:
    instance = _start(office, expert, seo)
    _preparation(office, instance, expert, seo)
    if seo:
        fields = {f.key: f.text for f in office.app.instance(instance).fields}
        assert fields["seo_brief"] == "Keywords: remote, team, tools"
    _writing_to_end(office, instance, expert)


def test_the_author_cannot_start_without_an_author(office: Office) -> None:
    from bpdesk.services import FormError

    with pytest.raises(FormError) as refused:
        office.start("article-writing", "lebedev", topic="X", publisher="volkova")
    assert refused.value.problems == {"author": "Author: fill this in"}


def test_a_designer_chosen_by_the_head_gets_the_task(office: Office) -> None:
    instance = _start(office, expert=False, seo=False)
    office.do("lebedev", instance, "done", article_url="https://docs.example.com/a")
    office.do("fedorov", instance, "done", designer="egorov")
    assert office.open_tasks(instance) == [("egorov", "Images for “Remote teams”")]
