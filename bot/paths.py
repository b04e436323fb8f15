"""Where the project's data files live (locales and migrations sit beside the package)."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LOCALES_DIR = PROJECT_ROOT / "locales"
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
