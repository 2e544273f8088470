"""Where settings come from: environment variables, or a `.env` file at the top of the project.

Every module of this package reads the environment through `env`, and no code outside it does:
the rest of the project reads `django.conf.settings`. README § Configuration lists the variables.
"""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A variable set in the environment wins over the same one in .env.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)
