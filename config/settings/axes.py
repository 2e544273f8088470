"""Staff login: brute-force protection with django-axes, and who the client is behind proxies.

Failed logins are counted per (username, client IP); after AXES_FAILURE_LIMIT the pair is locked
out for AXES_COOLOFF_MINUTES (HTTP 429 with templates/admin/lockout.html), so a guesser is
stopped while the same person can still sign in from the office. A success resets the count.
Behind reverse proxies REMOTE_ADDR is the proxy's: set TRUSTED_PROXY_COUNT (the number of proxies
that append to X-Forwarded-For) so each client is counted on its own address. The app and its
middleware are listed in settings/core.py.
"""

import datetime

from .env import env

AUTHENTICATION_BACKENDS = [
    "events.services.staff.StaffLoginBackend",  # axes' lockout check, see its docstring
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# No "AXES: BEGIN version …" banner at every start (every management command printed it first).
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# The one "which address is this request from" rule: the login lockout and the API throttle
# (events/apis.py) both count this address.
AXES_CLIENT_IP_CALLABLE = "config.security.client_ip"
