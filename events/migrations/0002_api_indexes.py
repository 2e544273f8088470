"""Search for the API and the map: an accent- and Arabic-variant-insensitive text key, indexed.

`jihat_fold` must stay in step with `events.filters.fold` (tests/api/test_filters.py checks
both give the same key). The functions are IMMUTABLE so an expression index can use them; the
index makes `q` a trigram lookup instead of a scan of every meeting.
"""

from django.db import migrations

# Frozen copies of events.filters' constants at the time of this migration.
DROP_CLASS = "[\u064b-\u065f\u0670-\u0670\u0640-\u0640]"
FOLD_FROM = 'أإآٱىیةۀہھگکڭڤàâäéèêëîïôöùûüç'
FOLD_TO = 'ااااييههههكككفaaaeeeeiioouuuc'

CREATE = f"""
CREATE OR REPLACE FUNCTION jihat_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT translate(lower(regexp_replace(t, '{DROP_CLASS}', '', 'g')), '{FOLD_FROM}', '{FOLD_TO}')
$$;
CREATE OR REPLACE FUNCTION jihat_meeting_text(title text, summary text, city text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT jihat_fold(coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(city, ''))
$$;
CREATE OR REPLACE FUNCTION jihat_official_text(name_ar text, name_latin text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT jihat_fold(coalesce(name_ar, '') || ' ' || coalesce(name_latin, ''))
$$;
CREATE INDEX meeting_search_trgm ON events_meeting
  USING gin (jihat_meeting_text(title, summary, city) gin_trgm_ops);
"""

DROP = """
DROP INDEX IF EXISTS meeting_search_trgm;
DROP FUNCTION IF EXISTS jihat_official_text(text, text);
DROP FUNCTION IF EXISTS jihat_meeting_text(text, text, text);
DROP FUNCTION IF EXISTS jihat_fold(text);
"""


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]

    operations = [migrations.RunSQL(CREATE, DROP)]
