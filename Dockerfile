# One image for web, worker and beat. Debian 12 (bookworm) gives the same GDAL/GEOS/PROJ
# as the development machines.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_PYTHON_DOWNLOADS=never \
    DJANGO_SETTINGS_MODULE=config.settings.production
RUN apt-get update \
 && apt-get install -y --no-install-recommends gdal-bin libgeos-c1v5 libproj25 \
 && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir uv==0.13.9 && useradd --create-home --uid 1000 jihat
WORKDIR /app
COPY requirements/base.lock requirements/base.lock
RUN uv pip sync --system requirements/base.lock
# The demo articles (events/samples) come with the code: the `samples` service of
# docker-compose.yml ingests them, so the first look at a new install is a filled map.
COPY . .
RUN test -n "$(ls events/samples/articles/*.html)" \
 && SECRET_KEY=build ALLOWED_HOSTS=localhost python manage.py collectstatic --no-input -v 0
USER jihat
EXPOSE 8000
CMD ["gunicorn", "config.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--threads", "4"]
