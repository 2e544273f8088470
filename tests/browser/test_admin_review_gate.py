"""Issue 15 §§ 1 and 3 in a real browser, in French and Arabic.

A reviewer finds the proposal on a published meeting from the admin home, accepts one fact,
then the rest, and the public meeting page changes only at each acceptance. A staff member
pastes an article's text with its outlet, and sends a batch where an empty file sits beside a
good one: the empty file is named with its reason and the good one is queued.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from events.models import Article, Meeting, MeetingProposal
from events.services.staff import meeting_set_status
from tests.admin.conftest import PASSWORD, groups_ensure
from tests.browser.conftest import clean, screenshot
from tests.events.news_server import FIXTURES
from tests.events.proposal_data import NEW_FIGURE_KEY, NEW_OFFICIAL, SECOND_AR, UNDATED_AR, stored

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIGURE = {"fr": "1,2 milliard MAD", "ar": "1,2 مليار درهم"}
EMPTY = {"fr": "vide", "ar": "فارغ"}


@pytest.fixture
def reviewer(db):
    groups_ensure()
    user = get_user_model().objects.create_user(username="nadia", password=PASSWORD, is_staff=True)
    user.groups.set(Group.objects.filter(name__in=["editor", "reviewer"]))
    return user


def _public_text(page, url: str) -> str:
    page.goto(url)
    return page.locator("main").inner_text()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_reviewer_accepts_a_proposal_fact_by_fact_and_only_then_the_public_page_changes(
    make_page, regions, reviewer, language
):
    stored(UNDATED_AR, "undated.txt")
    meeting = meeting_set_status(meeting=Meeting.objects.get(), status="published", user=reviewer)
    stored(SECOND_AR, "second.txt")
    proposal = MeetingProposal.objects.get()

    watched = make_page(width=1366, height=900)
    page = watched.page
    public = watched.url(f"/{language}/meetings/{meeting.pk}/")
    before = _public_text(page, public)
    assert NEW_OFFICIAL not in before and FIGURE[language] not in before

    watched.sign_in(reviewer.username, language=language)
    page.goto(watched.url("/admin/"))
    with page.expect_navigation():
        page.locator("#staff-dashboard [data-key='proposals'] a").click()
    with page.expect_navigation():
        page.locator(f"a[href*='/meetingproposal/{proposal.pk}/change/']").first.click()
    page.wait_for_selector("input[name=fact]")
    assert page.locator("input[name=fact]").count() == len(proposal.facts)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366
    screenshot(watched, f"admin-proposal-review-{language}", full_page=True)

    page.check(f"input[name=fact][value='{NEW_FIGURE_KEY}']")
    with page.expect_navigation():
        page.click("button[value=accept]")
    after_one = _public_text(page, public)
    assert FIGURE[language] in after_one and NEW_OFFICIAL not in after_one

    page.goto(watched.url(f"/admin/events/meetingproposal/{proposal.pk}/change/"))
    with page.expect_navigation():
        page.click("button[value=accept_all]")
    assert NEW_OFFICIAL in _public_text(page, public)
    clean(watched)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_paste_a_text_and_a_batch_with_an_empty_file_keeps_the_good_one(
    make_page, regions, reviewer, language, tmp_path
):
    empty = tmp_path / "empty-file.txt"
    empty.write_bytes(b"")
    watched = make_page(width=1366, height=900)
    page = watched.page
    watched.sign_in(reviewer.username, language=language)
    page.goto(watched.url("/admin/events/article/add-articles/"))
    page.set_input_files("#id_files", [str(FIXTURES / "oriental_ar.txt"), str(empty)])
    with page.expect_navigation():
        page.click("input[type=submit]")
    errors = page.locator(".messagelist .error").all_inner_texts()
    assert any("empty-file.txt" in e.lower() and EMPTY[language] in e for e in errors), errors
    assert Article.objects.filter(source_ref="oriental_ar.txt").exists()  # queued all the same

    page.goto(watched.url("/admin/events/article/add-articles/"))
    page.fill("#id_text", SECOND_AR)
    page.fill("#id_text_outlet", "Hespress")
    with page.expect_navigation():
        page.click("input[type=submit]")
    page.locator("#articles-status").wait_for()
    pasted = Article.objects.get(outlet="Hespress")
    assert pasted.text.strip() == SECOND_AR.strip()
    screenshot(watched, f"admin-add-articles-pasted-{language}", full_page=True)
    clean(watched)
