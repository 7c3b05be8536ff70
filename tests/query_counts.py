"""Shared by the query-count tests of every app (the same number of queries with 1 item and 3)."""


def warm(client, url):
    """A first request fills what is cached per process (content types, sessions, sites)."""
    assert client.get(url).status_code == 200
