"""Reads, one module per entity; every one starts from a `.public()` queryset.

- `meetings`: the filtered public meetings, their public JSON shape (list, exports), a meeting's
  page, the map's places, counts per region.
- `figures`: public figures, their rows, a region's export series, each region's latest.
- `officials`: public officials, their rows, an official's page, the filter's choices.
- `regions`: what the map and /api/regions/ show per region (counts, latest export, boundary),
  a region's timeline, /api/stats/.
- `keyset`: cursor pages and streamed exports over any of those rows.

HTTP code (events/views.py, events/apis.py) validates the query with a filter set
(events/filters.py) and passes the cleaned values as `filters=`; no filtering happens there.
Region boundaries and names come from `regions.selectors`, which knows nothing of meetings.
"""
