"""Settings shared by every mode, one module per concern; `local`, `test` and `production`
start from these and change only what differs.

| module | holds |
|---|---|
| env.py | `BASE_DIR` and `env`: the one reader of environment variables and `.env` |
| core.py | Django itself: hosts, apps, middleware, templates, database, cache, i18n, logging |
| api.py | DRF, the OpenAPI schema, CORS, the anonymous API throttle rate |
| axes.py | admin login lockout (django-axes), trusted proxies, the client address rule |
| celery.py | broker, redelivery, connection reuse, the beat schedule |
| ingestion.py | input size limit, extraction cap, fetch policy, auto-publish, seeds folder |
| maps.py | Leaflet and the optional tile layer |
| security.py | the Content-Security-Policy and the form renderer it needs |

Each value can be overridden by an environment variable (README § Configuration); the defaults
work on a developer machine with PostgreSQL (trust auth) and Redis on 127.0.0.1.
"""

from .api import *  # noqa: F403
from .axes import *  # noqa: F403
from .celery import *  # noqa: F403
from .core import *  # noqa: F403
from .env import *  # noqa: F403
from .ingestion import *  # noqa: F403
from .maps import *  # noqa: F403
from .security import *  # noqa: F403
