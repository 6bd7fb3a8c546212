"""Plugins shared by all of CareLink's tests."""

pytest_plugins = ["tests.helpers.mail_servers", "tests.helpers.slow_proxy"]
