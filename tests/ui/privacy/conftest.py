"""The privacy widgets use the same offscreen Qt fixtures as tests/ui (isolated settings, leak guard)."""

from tests.ui.conftest import isolated_settings, no_leaks  # noqa: F401 - fixtures registered by import
