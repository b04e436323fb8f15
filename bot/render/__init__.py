"""Rendering helpers: dates and times, charts, calendar files, posters."""
