"""Frozen result types: every fact carries its evidence in the original text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the ORIGINAL input text: text == original[start:end]."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"start": self.start, "end": self.end, "text": self.text}


def _ev(e: Evidence | None) -> dict[str, Any] | None:
    """Evidence as dict or None."""
    return e.to_dict() if e else None


@dataclass(frozen=True, slots=True)
class OtherStop:
    """A stop of the same tour that is not the meeting reported: an earlier or the next one."""

    number: int | None
    last: bool
    relation: str  # "previous" (an earlier stop, the tour's start) or "next"
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"number": self.number, "last": self.last, "relation": self.relation,
                "evidence": self.evidence.to_dict()}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Meeting:
    """Where, when and what kind of meeting the article reports."""

    date: date | None = None
    date_precision: str | None = None
    region: str | None = None
    city: str | None = None
    kind: str | None = "other"  # None only when the article reports no meeting
    programme: str | None = None
    date_evidence: Evidence | None = None
    region_evidence: Evidence | None = None
    city_evidence: Evidence | None = None
    kind_evidence: Evidence | None = None
    date_confidence: float = 0.0
    region_confidence: float = 0.0
    city_confidence: float = 0.0
    kind_confidence: float = 0.0
    # evidence kind of each fact: the row of the calibration table its confidence comes from
    date_basis: str | None = None
    region_basis: str | None = None
    city_basis: str | None = None
    kind_basis: str | None = None
    # the round signals (programmes.py, stops.py): which programme family, which stop of its tour
    programme_key: str | None = None  # a family key of programmes.FAMILIES
    programme_basis: str | None = None  # "words" (the family's own words) or "kind"
    programme_period: str | None = None  # the years the text gives the programme ("2025-2027")
    programme_evidence: Evidence | None = None  # the family's words, when they named it
    tour: bool = False  # the meeting is a stop of a tour (caravan, tournée, جولة, numbered stop)
    tour_evidence: Evidence | None = None
    stop_number: int | None = None  # the stop number as reported ("المحطة الثانية" -> 2)
    stop_last: bool = False  # the text calls it the tour's last stop (number may be None)
    stop_scope: str | None = None  # "tour", or "region": counted among one region's stops
    stop_evidence: Evidence | None = None
    stop_confidence: float = 0.0  # a rule's estimate, not calibrated (no gold for stops yet)
    other_stops: tuple[OtherStop, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "region": self.region,
            "city": self.city,
            "kind": self.kind,
            "programme": self.programme,
            "evidence": {
                "date": _ev(self.date_evidence),
                "region": _ev(self.region_evidence),
                "city": _ev(self.city_evidence),
                "kind": _ev(self.kind_evidence),
            },
            "confidence": {
                "date": self.date_confidence,
                "region": self.region_confidence,
                "city": self.city_confidence,
                "kind": self.kind_confidence,
            },
            "basis": {
                "date": self.date_basis,
                "region": self.region_basis,
                "city": self.city_basis,
                "kind": self.kind_basis,
            },
            "programme_key": self.programme_key,
            "programme_basis": self.programme_basis,
            "programme_period": self.programme_period,
            "programme_evidence": _ev(self.programme_evidence),
            "tour": self.tour,
            "tour_evidence": _ev(self.tour_evidence),
            "stop_number": self.stop_number,
            "stop_last": self.stop_last,
            "stop_scope": self.stop_scope,
            "stop_evidence": _ev(self.stop_evidence),
            "stop_confidence": self.stop_confidence,
            "other_stops": [o.to_dict() for o in self.other_stops],
        }


@dataclass(frozen=True, slots=True)
class Official:
    """A named official and the title the text gives them."""

    name: str
    role: str
    role_code: str
    evidence: Evidence
    confidence: float  # that this person is an official of the meeting
    role_confidence: float = 0.0  # that role_code is their role
    basis: str | None = None
    role_basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "role": self.role,
            "role_code": self.role_code,
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
            "role_confidence": self.role_confidence,
            "basis": {"name": self.basis, "role_code": self.role_basis},
        }


@dataclass(frozen=True, slots=True)
class Figure:
    """An amount in dirhams with what it measures."""

    amount_mad: int | float
    text: str
    metric: str
    scope: str
    approximate: bool
    year: int | None
    evidence: Evidence
    confidence: float  # that this is a dirham figure of the article (not furniture, not a price)
    metric_confidence: float = 0.0
    scope_confidence: float = 0.0
    basis: str | None = None
    metric_basis: str | None = None
    scope_basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "amount_mad": self.amount_mad,
            "text": self.text,
            "metric": self.metric,
            "scope": self.scope,
            "approximate": self.approximate,
            "year": self.year,
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
            "metric_confidence": self.metric_confidence,
            "scope_confidence": self.scope_confidence,
            "basis": {"amount": self.basis, "metric": self.metric_basis, "scope": self.scope_basis},
        }


@dataclass(frozen=True, slots=True)
class Warning:
    """Something a reviewer should check."""

    code: str
    field: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"code": self.code, "field": self.field, "message": self.message}


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    language: str
    published: date | None
    retrieved: date | None
    relevant: bool
    title: str | None
    meeting: Meeting
    officials: tuple[Official, ...] = ()
    figures: tuple[Figure, ...] = ()
    warnings: tuple[Warning, ...] = ()
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (gold schema plus evidence, confidence and warnings)."""
        return {
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "retrieved": self.retrieved.isoformat() if self.retrieved else None,
            "source_url": self.url,
            "relevant": self.relevant,
            "title": self.title,
            "meeting": self.meeting.to_dict(),
            "officials": [o.to_dict() for o in self.officials],
            "figures": [f.to_dict() for f in self.figures],
            "warnings": [w.to_dict() for w in self.warnings],
        }
