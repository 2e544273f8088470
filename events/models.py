"""Articles, meetings, officials and export figures, each fact tied to the words it came from.

Invariants live in the database (unique ingestion keys, allowed choices, non-negative amounts),
so a bug in a service, a data migration or a raw SQL fix cannot store an impossible row.
Rules about *how* rows change (never overwrite staff edits, merging) live in `events/services/`.
"""

from __future__ import annotations

import datetime
import functools

from django.conf import settings
from django.contrib.gis.db import models
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db.models import Exists, F, OuterRef, Q
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from simple_history.manager import HistoryManager
from simple_history.models import HistoricalRecords

from regions.models import Region

# Dates before the 2015 regional division are not impossible (older archives), but nothing in
# the press corpus predates independence; later than 2100 is a typo.
EARLIEST_DATE = datetime.date(1956, 1, 1)
LATEST_DATE = datetime.date(2100, 12, 31)


class Origin(models.TextChoices):
    MACHINE = "machine", _("extracted by machine")
    STAFF = "staff", _("entered by staff")


class Language(models.TextChoices):
    ARABIC = "ar", _("Arabic")
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")
    OTHER = "other", _("other")


class RoleCode(models.TextChoices):
    """The roles of ../shared/gold/README.md, shared with the extraction engine."""

    MINISTER = "minister", _("minister")
    SECRETARY_OF_STATE = "secretary_of_state", _("secretary of state")
    WALI = "wali", _("wali")
    GOVERNOR = "governor", _("governor")
    REGION_COUNCIL_PRESIDENT = "region_council_president", _("region council president")
    REGION_COUNCIL_VICE_PRESIDENT = (
        "region_council_vice_president",
        _("region council vice-president"),
    )
    CHAMBER_PRESIDENT = "chamber_president", _("chamber president")
    CHAMBER_VICE_PRESIDENT = "chamber_vice_president", _("chamber vice-president")
    CGEM_PRESIDENT = "cgem_president", _("CGEM president")
    SECRETARY_GENERAL = "secretary_general", _("secretary general")
    DIRECTOR = "director", _("director")
    COMMUNE_PRESIDENT = "commune_president", _("commune president")
    PARLIAMENTARIAN = "parliamentarian", _("parliamentarian")
    OTHER = "other", _("other")


class CachedHistoryManager(HistoryManager):
    """simple_history builds its manager class anew (inspect.getmembers over QuerySet) each
    time `instance.history` is read, which it does on every save: ~1 ms per saved row. The
    class depends only on the queryset class, so it is built once."""

    @classmethod
    @functools.cache
    def from_queryset(cls, queryset_class, class_name=None):
        return super().from_queryset(queryset_class, class_name)


def history_records(**options) -> HistoricalRecords:
    """The change history kept for a model (django-simple-history), with the cached manager."""
    return HistoricalRecords(history_manager=CachedHistoryManager, **options)


class StaffEditable(models.Model):
    """A row that machines fill and people correct.

    `staff_edited_fields` names every field a person has set; ingestion never writes those.
    A row a person created has origin=staff, and machines never change any of its fields.
    """

    origin = models.CharField(
        _("origin"), max_length=10, choices=Origin.choices, default=Origin.MACHINE
    )
    staff_edited_fields = ArrayField(
        models.CharField(max_length=64),
        verbose_name=_("fields edited by staff"),
        default=list,
        blank=True,
    )
    confidence = models.FloatField(_("extraction confidence"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    def is_staff_owned(self, field: str) -> bool:
        """True when a machine must leave `field` alone."""
        return self.origin == Origin.STAFF or field in self.staff_edited_fields


def public_meeting(prefix: str = "") -> Q:
    """The one rule of what the public may see: a meeting that is published and was not merged
    into another. `prefix` reaches the meeting from a related row ("meeting__").

    Written as conditions on the meeting's own columns (not `meeting__in=…`), so a figure or a
    participation is joined to its meeting by primary key; migration 0003's partial index has
    the same predicate.
    """
    return Q(**{f"{prefix}status": MeetingStatus.PUBLISHED, f"{prefix}merged_into__isnull": True})


class MeetingQuerySet(models.QuerySet):
    def public(self) -> MeetingQuerySet:
        """Meetings anyone may read (pages, API, exports): see `public_meeting`."""
        return self.filter(public_meeting())

    def published(self) -> MeetingQuerySet:
        """The name staff services and their tests use for `public()`."""
        return self.public()

    def visible_to(self, user) -> MeetingQuerySet:
        if user is not None and user.is_authenticated and user.is_staff:
            return self.filter(merged_into__isnull=True)
        return self.public()


class OfficialQuerySet(models.QuerySet):
    def public(self) -> OfficialQuerySet:
        """People who took part in a public meeting; merged duplicates are hidden."""
        took_part = Participation.objects.public().filter(official=OuterRef("pk"))
        return self.filter(merged_into__isnull=True).filter(Exists(took_part))


class ParticipationQuerySet(models.QuerySet):
    def public(self) -> ParticipationQuerySet:
        """Participations in public meetings."""
        return self.filter(public_meeting("meeting__"))


class ExportFigureQuerySet(models.QuerySet):
    def public(self) -> ExportFigureQuerySet:
        """Figures quoted at a public meeting, or entered by staff without a meeting."""
        return self.filter(Q(meeting__isnull=True) | public_meeting("meeting__"))


class Source(models.Model):
    """An RSS/Atom feed polled by Celery beat for new articles."""

    name = models.CharField(_("name"), max_length=200)
    feed_url = models.URLField(_("feed URL"), max_length=2000, unique=True)
    language = models.CharField(
        _("language"), max_length=5, choices=Language.choices, default=Language.ARABIC
    )
    active = models.BooleanField(_("active"), default=True)
    poll_interval_minutes = models.PositiveIntegerField(_("poll every (minutes)"), default=60)
    # Conditional GET: the feed is not downloaded again when unchanged.
    etag = models.CharField(max_length=500, blank=True)
    modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(_("last polled"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("feed")
        verbose_name_plural = _("feeds")
        constraints = [
            models.CheckConstraint(
                condition=Q(poll_interval_minutes__gte=1), name="source_poll_interval_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class ArticleStatus(models.TextChoices):
    QUEUED = "queued", _("queued")
    PROCESSING = "processing", _("processing")
    DONE = "done", _("done")
    IRRELEVANT = "irrelevant", _("not relevant")
    DUPLICATE = "duplicate", _("duplicate")
    FAILED = "failed", _("failed")


class Article(models.Model):
    """One source text: a fetched page, a feed entry or an uploaded file."""

    Status = ArticleStatus

    url = models.URLField(_("URL"), max_length=2000, null=True, blank=True, unique=True)
    # The file name for an uploaded file, the URL for a fetched page: how a person finds it again.
    source_ref = models.CharField(_("source reference"), max_length=2000)
    feed = models.ForeignKey(
        Source,
        verbose_name=_("feed"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    # sha256 of the normalised text: the same text from two URLs is stored once.
    content_hash = models.CharField(
        _("content hash"), max_length=64, null=True, blank=True, unique=True
    )
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices, blank=True)
    title = models.TextField(_("title"), blank=True)
    published = models.DateField(_("published"), null=True, blank=True)
    retrieved_at = models.DateTimeField(_("retrieved"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ArticleStatus.choices, default=ArticleStatus.QUEUED
    )
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    # The extractor's full output for this text (facts, evidence offsets, warnings): the audit
    # trail a reviewer reads, and what re-ingestion compares against.
    extraction = models.JSONField(_("extraction"), null=True, blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    is_synthetic = models.BooleanField(_("synthetic demo data"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ArticleStatus.values), name="article_status_valid"
            ),
            models.CheckConstraint(condition=Q(source_ref__gt=""), name="article_has_source_ref"),
            models.CheckConstraint(
                condition=~Q(status="done") | Q(content_hash__isnull=False),
                name="article_done_has_text",
            ),
        ]
        indexes = [models.Index(fields=["status", "-created_at"], name="article_status_idx")]

    def __str__(self) -> str:
        return self.title or self.source_ref


class Official(StaffEditable):
    """A person, known under several spellings in Arabic and Latin script."""

    name_ar = models.CharField(_("name (Arabic script)"), max_length=200, blank=True)
    name_latin = models.CharField(_("name (Latin script)"), max_length=200, blank=True)
    needs_review = models.BooleanField(_("needs review"), default=True)
    # A merge keeps the merged person's row (and aliases) so that it can be undone.
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_officials",
    )
    is_synthetic = models.BooleanField(_("synthetic demo data"), default=False)
    history = history_records()

    objects = OfficialQuerySet.as_manager()

    class Meta:
        ordering = ["name_latin", "name_ar"]
        verbose_name = _("official")
        verbose_name_plural = _("officials")
        constraints = [
            models.CheckConstraint(
                condition=Q(name_ar__gt="") | Q(name_latin__gt=""), name="official_has_a_name"
            ),
            models.CheckConstraint(
                condition=Q(merged_into__isnull=True) | ~Q(merged_into=F("id")),
                name="official_not_merged_into_self",
            ),
        ]

    def __str__(self) -> str:
        if self.name_ar and self.name_latin:
            return f"{self.name_ar} ({self.name_latin})"
        return self.name_ar or self.name_latin


class OfficialAlias(models.Model):
    """One known spelling of an official's name; `normalized` is the matching key."""

    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("spelling"), max_length=200)
    normalized = models.CharField(_("normalised form"), max_length=200, db_index=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MACHINE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["alias"]
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        constraints = [
            models.UniqueConstraint(
                fields=["official", "normalized"], name="official_alias_unique"
            ),
            models.CheckConstraint(condition=Q(normalized__gt=""), name="alias_not_empty"),
        ]

    def __str__(self) -> str:
        return self.alias


class MeetingKind(models.TextChoices):
    CONSULTATION = "consultation", _("consultation")
    EVALUATION_FORUM = "evaluation_forum", _("evaluation forum")
    CARAVAN = "caravan", _("caravan stop")
    CHAMBER_MEETING = "chamber_meeting", _("chamber meeting")
    OTHER = "other", _("other")


class MeetingStatus(models.TextChoices):
    NEEDS_REVIEW = "needs_review", _("needs review")
    PUBLISHED = "published", _("published")
    REJECTED = "rejected", _("rejected")


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class Programme(models.TextChoices):
    """The programme families of `events.extraction.programmes.FAMILIES` (same keys)."""

    ROADMAP_CONSULTATIONS = (
        "roadmap_consultations",
        _("regional consultations on the foreign-trade roadmap"),
    )
    PROGRAMME_PRESENTATION = (
        "programme_presentation",
        _("tour presenting the foreign-trade development programme"),
    )
    REGIONS_EXPORT_LEVER = "regions_export_lever", _("forums “The regions, a lever for exports”")
    CHARTER_CARAVAN = (
        "charter_caravan",
        _("caravan of the foreign-trade and investment charters"),
    )
    EXPORT_CARAVAN = "export_caravan", _("export caravan")


class RoundStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    ONGOING = "ongoing", _("ongoing")
    DONE = "done", _("completed")


class RoundQuerySet(models.QuerySet):
    def public(self) -> RoundQuerySet:
        """Rounds anyone may read: every round but a machine's proposal staff have not confirmed."""
        return self.filter(is_proposal=False)


class Round(StaffEditable):
    """A tour of the regions for one programme: a minister's stops, one meeting per stop.

    A meeting belongs to at most one round (`Meeting.round`, staff-owned). A round the machine
    proposes from a cluster of meetings is `is_proposal` until staff confirm it.
    """

    Status = RoundStatus

    name_ar = models.CharField(_("name (Arabic)"), max_length=300, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=300, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=300, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    programme = models.CharField(
        _("programme"), max_length=40, choices=Programme.choices, blank=True
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=MeetingKind.choices, default=MeetingKind.OTHER
    )
    lead_official = models.ForeignKey(
        Official,
        verbose_name=_("lead official"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="rounds_led",
    )
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RoundStatus.choices, default=RoundStatus.PLANNED
    )
    # all 12 by default (services/rounds.py round_save): most tours mean to visit every region
    regions = models.ManyToManyField(
        Region, verbose_name=_("expected regions"), related_name="rounds", blank=True
    )
    is_proposal = models.BooleanField(_("proposed by the machine, not confirmed"), default=False)
    is_synthetic = models.BooleanField(_("synthetic demo data"), default=False)

    objects = RoundQuerySet.as_manager()

    class Meta:
        ordering = ["-start", "-id"]
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        constraints = [
            models.CheckConstraint(
                condition=Q(name_ar__gt="") | Q(name_fr__gt="") | Q(name_en__gt=""),
                name="round_has_a_name",
            ),
            models.CheckConstraint(
                condition=Q(programme="") | Q(programme__in=Programme.values),
                name="round_programme_valid",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=MeetingKind.values), name="round_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=RoundStatus.values), name="round_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(end__isnull=True) | Q(end__gte=F("start")),
                name="round_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.name_fr or self.name_en or self.name_ar

    def name_in(self, language: str) -> str:
        """The round's name in a page's language, else in another one."""
        own = {"ar": self.name_ar, "fr": self.name_fr, "en": self.name_en}.get(language)
        return own or self.name_fr or self.name_en or self.name_ar


class Meeting(StaffEditable):
    """A regional consultation, forum, caravan stop or chamber meeting."""

    Kind = MeetingKind

    Status = MeetingStatus

    DatePrecision = DatePrecision

    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    # False when the extractor inferred the year or corrected a press mistake: shown as "≈".
    date_certain = models.BooleanField(_("date certain"), default=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings",
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    location = models.PointField(_("location"), srid=4326, null=True, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=MeetingKind.choices, default=MeetingKind.OTHER
    )
    title = models.CharField(_("title"), max_length=500, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    programme = models.CharField(_("programme"), max_length=300, blank=True)
    # The round signals of its reports (services/rounds.py): the programme family, whether a
    # report calls it a stop of a tour, and the stop number as reported, with its words.
    programme_key = models.CharField(
        _("programme family"), max_length=40, choices=Programme.choices, blank=True
    )
    tour = models.BooleanField(_("stop of a tour"), default=False)
    stop_number = models.PositiveSmallIntegerField(
        _("stop number as reported"), null=True, blank=True
    )
    stop_last = models.BooleanField(_("reported as the last stop"), default=False)
    # {"article": 12, "text": "المحطة الثانية", "start": 40, "end": 55}
    stop_evidence = models.JSONField(_("stop number evidence"), default=dict, blank=True)
    round = models.ForeignKey(
        Round,
        verbose_name=_("round"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
    )
    status = models.CharField(
        _("review status"),
        max_length=12,
        choices=MeetingStatus.choices,
        default=MeetingStatus.NEEDS_REVIEW,
    )
    articles = models.ManyToManyField(
        Article, through="MeetingSource", related_name="meetings", verbose_name=_("sources")
    )
    # [{"code": "weekday_mismatch", "field": "meeting.date", "message": "...", "article": 12}]
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_meetings",
    )
    is_synthetic = models.BooleanField(_("synthetic demo data"), default=False)
    history = history_records(excluded_fields=["updated_at"])

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=MeetingKind.values), name="meeting_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=MeetingStatus.values), name="meeting_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(date_precision__in=DatePrecision.values),
                name="meeting_date_precision_valid",
            ),
            models.CheckConstraint(
                condition=Q(date__isnull=True) | Q(date__gte=EARLIEST_DATE, date__lte=LATEST_DATE),
                name="meeting_date_plausible",
            ),
            models.CheckConstraint(
                condition=Q(confidence__isnull=True) | Q(confidence__gte=0, confidence__lte=1),
                name="meeting_confidence_0_1",
            ),
            models.CheckConstraint(
                condition=Q(stop_number__isnull=True) | Q(stop_number__gte=1, stop_number__lte=99),
                name="meeting_stop_number_plausible",
            ),
            models.CheckConstraint(
                condition=Q(programme_key="") | Q(programme_key__in=Programme.values),
                name="meeting_programme_key_valid",
            ),
            models.CheckConstraint(
                condition=Q(merged_into__isnull=True) | ~Q(merged_into=F("id")),
                name="meeting_not_merged_into_self",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "region", "date"], name="meeting_status_region_date"),
            models.Index(fields=["status", "date"], name="meeting_status_date"),
            models.Index(fields=["status", "kind", "date"], name="meeting_status_kind_date"),
            # Free-text search (`q`) over titles: trigram index, extension made by migration 0001.
            GinIndex(fields=["title"], name="meeting_title_trgm", opclasses=["gin_trgm_ops"]),
        ]

    def __str__(self) -> str:
        when = self.date.isoformat() if self.date else "?"
        where = self.city or (self.region.code if self.region_id else "?")
        return f"{when} {where} ({self.get_kind_display()})"


class ProposalDecision(models.TextChoices):
    PENDING = "pending", _("to review")
    CONFIRMED = "confirmed", _("confirmed")
    REFUSED = "refused", _("refused")


class RoundProposal(models.Model):
    """The machine's proposal that a meeting is a stop of a round, and the staff's decision."""

    Decision = ProposalDecision

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="round_proposals"
    )
    round = models.ForeignKey(
        Round, verbose_name=_("round"), on_delete=models.CASCADE, related_name="proposals"
    )
    score = models.FloatField(_("score"), default=0)
    reason = models.CharField(_("why"), max_length=500, blank=True)
    decision = models.CharField(
        _("decision"), max_length=10, choices=ProposalDecision.choices, default="pending"
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("round proposal")
        verbose_name_plural = _("round proposals")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "round"], name="round_proposal_unique"),
            models.CheckConstraint(
                condition=Q(decision__in=ProposalDecision.values),
                name="round_proposal_decision_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.meeting} → {self.round}"


class MeetingSource(models.Model):
    """An article reporting a meeting, with that article's evidence for the meeting's fields."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="sources")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="meeting_links")
    # {"date": {"start": 120, "end": 141, "text": "يوم الثلاثاء 26 نونبر 2024"}, "region": …}
    evidence = models.JSONField(_("evidence"), default=dict, blank=True)
    # Why this article was attached to this meeting (new meeting, or the matching rule used).
    match_reason = models.CharField(_("match reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "article"], name="meeting_source_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.article} — {self.meeting}"


class Evidence(models.Model):
    """Where a fact came from: the article and the exact words (character offsets into its text)."""

    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    evidence_text = models.TextField(_("quoted words"), blank=True)
    evidence_start = models.PositiveIntegerField(null=True, blank=True)
    evidence_end = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        abstract = True


class Participation(StaffEditable, Evidence):
    """An official's part in a meeting, with the role as the text gave it."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    official = models.ForeignKey(
        Official,
        on_delete=models.PROTECT,
        related_name="participations",
        verbose_name=_("official"),
    )
    role = models.CharField(_("role as written"), max_length=500, blank=True)
    role_code = models.CharField(
        _("role"), max_length=40, choices=RoleCode.choices, default=RoleCode.OTHER
    )
    # Explainable person matching: the spelling in the text and the alias it matched.
    name_as_written = models.CharField(_("name as written"), max_length=200, blank=True)
    matched_alias = models.CharField(_("matched alias"), max_length=200, blank=True)
    history = history_records(excluded_fields=["updated_at"])

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "id"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "official"], name="participation_unique"),
            models.CheckConstraint(
                condition=Q(role_code__in=RoleCode.values),
                name="participation_role_code_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.official} — {self.get_role_code_display()}"


class Metric(models.TextChoices):
    EXPORTS = "exports", _("exports")
    IMPORTS = "imports", _("imports")
    PRODUCTION = "production", _("production")
    INVESTMENT = "investment", _("investment")
    OTHER = "other", _("other")


class Scope(models.TextChoices):
    REGION = "region", _("region")
    NATIONAL = "national", _("national")
    OTHER = "other", _("other")


class ExportFigure(StaffEditable, Evidence):
    """A dirham amount quoted about a region's (or the country's) trade, with its words."""

    Metric = Metric

    Scope = Scope

    amount_mad = models.DecimalField(_("amount (MAD)"), max_digits=20, decimal_places=2)
    metric = models.CharField(_("metric"), max_length=12, choices=Metric.choices)
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices)
    approximate = models.BooleanField(_("approximate"), default=False)
    year = models.PositiveSmallIntegerField(_("year referred to"), null=True, blank=True)
    period = models.CharField(_("period"), max_length=100, blank=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="figures",
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="figures",
    )
    text = models.CharField(_("text as written"), max_length=500, blank=True)
    is_synthetic = models.BooleanField(_("synthetic demo data"), default=False)
    history = history_records(excluded_fields=["updated_at"])

    objects = ExportFigureQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "-id"]
        verbose_name = _("export figure")
        verbose_name_plural = _("export figures")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_mad__gte=0), name="figure_amount_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(metric__in=Metric.values), name="figure_metric_valid"
            ),
            models.CheckConstraint(condition=Q(scope__in=Scope.values), name="figure_scope_valid"),
            models.CheckConstraint(
                condition=Q(year__isnull=True) | Q(year__gte=1956, year__lte=2100),
                name="figure_year_plausible",
            ),
            # Repeated across reports of one meeting, a figure is stored once.
            models.UniqueConstraint(
                fields=["meeting", "metric", "scope", "amount_mad"],
                condition=Q(meeting__isnull=False),
                name="figure_once_per_meeting",
            ),
        ]
        indexes = [
            models.Index(fields=["region", "metric", "year"], name="figure_region_metric_year"),
        ]

    def __str__(self) -> str:
        amount = number_format(self.amount_mad, decimal_pos=0, use_l10n=True, force_grouping=True)
        return f"{amount} MAD {self.get_metric_display()}"


__all__ = [
    "Article",
    "Evidence",
    "ExportFigure",
    "Language",
    "Meeting",
    "MeetingSource",
    "Official",
    "OfficialAlias",
    "Origin",
    "Participation",
    "Programme",
    "RoleCode",
    "Round",
    "RoundProposal",
    "Source",
]


# ------------------------------------------------------------------------------- proposals


class ProposalStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("rejected")


class MeetingProposal(models.Model):
    """What a later report would change on a published meeting, held until a reviewer decides.

    `facts` lists each proposed fact (events/services/proposals.py reads and applies them):
    ``{"key", "kind", "label", "current", "proposed", "values", "evidence", "confidence",
    "status"}``; `status` is the proposal's: pending while any fact is, then accepted when a
    reviewer accepted at least one, else rejected. Nothing here is public until accepted.
    """

    Status = ProposalStatus

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="proposals"
    )
    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="proposals"
    )
    facts = models.JSONField(_("proposed facts"), default=list, blank=True)
    # The report's own warnings and its disagreements with the meeting, for the reviewer.
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ProposalStatus.choices, default=ProposalStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        constraints = [
            # A redelivered store task proposes nothing twice.
            models.UniqueConstraint(fields=["meeting", "article"], name="proposal_once"),
            models.CheckConstraint(
                condition=Q(status__in=ProposalStatus.values), name="proposal_status_valid"
            ),
        ]
        indexes = [models.Index(fields=["status", "meeting"], name="proposal_status_meeting")]

    def __str__(self) -> str:
        return f"{self.meeting} ← {self.article}"
