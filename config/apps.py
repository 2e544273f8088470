"""App configurations the project overrides."""

from axes.apps import AppConfig as AxesAppConfig
from django.utils.translation import gettext_lazy as _


class LoginLockoutConfig(AxesAppConfig):
    """django-axes under a name staff read in their language (its own is "Axes", untranslated)."""

    verbose_name = _("Login lockout")
