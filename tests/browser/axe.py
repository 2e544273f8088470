"""axe-core in a page under test: the accessibility rules a reader's tools apply.

`axe_violations(page)` runs the vendored axe-core (tests/browser/vendor/axe-core, from
scripts/vendor_js.sh) in the page and returns the violations at or above an impact, so any
browser test can assert `== []` on the map, region, meeting or official pages:

    from tests.browser.axe import assert_no_serious_violations
    assert_no_serious_violations(watched.page)

The script is evaluated through the DevTools protocol, not added as a <script>: the page's
Content-Security-Policy refuses inline scripts, and the test must not loosen it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

AXE_JS = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
IMPACTS = ("minor", "moderate", "serious", "critical")

RUN = """async (options) => {
  const result = await window.axe.run(document, options);
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary || ""}`),
  }));
}"""


@cache
def _source() -> str:
    return AXE_JS.read_text(encoding="utf-8")


def axe_violations(page, *, minimum: str = "serious", rules: list[str] | None = None) -> list[dict]:
    """The page's axe-core violations of impact `minimum` or worse (WCAG 2.x A/AA rules)."""
    if not page.evaluate("() => Boolean(window.axe)"):
        page.evaluate(_source() + "\n;true")
    options: dict = {"resultTypes": ["violations"]}
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    else:
        options["runOnly"] = {
            "type": "tag",
            "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
        }
    floor = IMPACTS.index(minimum)
    return [v for v in page.evaluate(RUN, options) if IMPACTS.index(v["impact"]) >= floor]


def assert_no_serious_violations(page) -> None:
    """Fails with every serious or critical violation printed (rule, help, first nodes)."""
    violations = axe_violations(page)
    for violation in violations:
        print(f"axe {violation['impact']}: {violation['id']}: {violation['help']}")
        for node in violation["nodes"]:
            print("   ", node)
    assert violations == [], [v["id"] for v in violations]
