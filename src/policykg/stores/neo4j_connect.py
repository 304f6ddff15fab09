"""The connection to Neo4j: the only module that imports the ``neo4j`` driver.

:func:`open_driver` opens a driver (``bolt://`` or ``neo4j://`` routing URIs) and checks that the
server answers; :class:`Neo4jConnection` runs statements over it in managed transactions, turning
driver errors into :class:`Neo4jStoreError` (or :class:`~policykg.errors.QueryError` for a rejected
statement) whose messages never contain the password.  :class:`policykg.stores.neo4j.Neo4jStore` is a
connection that holds the projection of the graph model; :func:`policykg.stores.neo4j.connect` opens one.

Examples
--------
>>> conn = Neo4jConnection(None, "bolt://nowhere", "neo4j", None, "s3cret", "5.26.0")
>>> conn.run_read("RETURN 1")
Traceback (most recent call last):
...
policykg.stores.neo4j_connect.Neo4jStoreError: the connection to bolt://nowhere is closed
"""
from __future__ import annotations

import logging
import os
from typing import Any, Callable, Mapping, Self

from neo4j import GraphDatabase
from neo4j import exceptions as drv

from policykg.errors import ConfigError, Neo4jError, QueryError, StoreError
from policykg.stores.neo4j_mapping import plain, scrub, version_tuple

__all__ = ["Neo4jConnection", "Neo4jStoreError", "open_driver", "DEFAULT_URI"]

log = logging.getLogger(__name__)

DEFAULT_URI = "bolt://127.0.0.1:7687"


class Neo4jStoreError(StoreError, Neo4jError):
    """Neo4j is unreachable, refused the credentials, or failed a write (a :class:`StoreError`)."""

    exit_code = Neo4jError.exit_code


class Neo4jConnection:
    """A driver bound to one database: statements in managed transactions, driver errors mapped.

    Close it with :meth:`close` or a ``with`` block.
    """

    def __init__(self, driver: Any, uri: str, user: str, database: str | None, secret: str | None,
                 version: str = "") -> None:
        self._driver = driver
        self.uri = uri
        self.user = user
        self.database = database
        self.version = version
        self._secret = secret  # only to scrub it from error messages; never shown
        #: whether the server knows ``CALL () {...}`` scope clauses (5.23+; the old form is deprecated there)
        self._scope = version_tuple(version) >= (5, 23)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the driver (idempotent)."""
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    # -- plumbing -----------------------------------------------------------------
    def _session(self) -> Any:
        if self._driver is None:
            raise Neo4jStoreError(f"the connection to {self.uri} is closed")
        return self._driver.session(database=self.database,
                                    bookmark_manager=self._driver.execute_query_bookmark_manager)

    def _error(self, exc: BaseException, what: str) -> Neo4jStoreError:
        detail = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        return Neo4jStoreError(scrub(f"{what} failed on Neo4j at {self.uri}: {detail}", self._secret))

    def _write(self, work: Callable[[Any], Any], what: str) -> Any:
        """Run ``work(tx)`` in one managed write transaction; driver errors become Neo4jStoreError."""
        try:
            with self._session() as session:
                return session.execute_write(work)
        except Neo4jStoreError as exc:
            raise Neo4jStoreError(f"{what} failed: {exc}") from None
        except (drv.Neo4jError, drv.DriverError, OSError) as exc:
            raise self._error(exc, what) from None

    def _auto(self, cypher: str, params: Mapping[str, Any] | None = None, what: str = "statement") -> list[dict]:
        """Run one auto-commit statement (schema changes, ``CALL {} IN TRANSACTIONS``)."""
        try:
            with self._session() as session:
                return [r.data() for r in session.run(cypher, dict(params or {}))]
        except (drv.Neo4jError, drv.DriverError, OSError) as exc:
            raise self._error(exc, what) from None

    # -- reading ----------------------------------------------------------------------
    def run_read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a read query in a managed read transaction: one dict per record, plain Python values.

        Raises
        ------
        QueryError
            The server rejected the statement (syntax, types, parameters).
        Neo4jStoreError
            The server could not be reached or failed.
        """
        return self._run(cypher, params, write=False)

    def run_write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one statement in its own managed write transaction (as :meth:`run_read`)."""
        return self._run(cypher, params, write=True)

    def _run(self, cypher: str, params: Mapping[str, Any] | None, *, write: bool) -> list[dict[str, Any]]:
        def work(tx: Any) -> list[dict[str, Any]]:
            return [plain(r.data()) for r in tx.run(cypher, dict(params or {}))]

        what, action = ("statement", "write") if write else ("query", "read query")
        try:
            with self._session() as session:
                return (session.execute_write if write else session.execute_read)(work)
        except drv.ClientError as exc:
            raise QueryError(scrub(f"Neo4j rejected the {what}: {exc.message or exc}", self._secret)) from None
        except (drv.Neo4jError, drv.DriverError, OSError) as exc:
            raise self._error(exc, action) from None


def open_driver(uri: str | None = None, user: str | None = None, password: str | None = None,
                database: str | None = None, *, retry_seconds: float = 30.0,
                timeout: float = 15.0) -> tuple[Any, str, str, str, str | None, str]:
    """Open a driver and check that the server answers (the parameters of :func:`policykg.stores.neo4j.connect`).

    Returns
    -------
    tuple
        ``(driver, uri, user, password, database, server version)``, the settings resolved from
        the environment where not given.

    Raises
    ------
    ConfigError
        No password, or an invalid URI.
    Neo4jStoreError
        The server cannot be reached or refused the credentials (the password is never shown).
    """
    uri = uri or os.environ.get("NEO4J_URI") or DEFAULT_URI
    user = user or os.environ.get("NEO4J_USER") or os.environ.get("NEO4J_USERNAME") or "neo4j"
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
    database = database or os.environ.get("NEO4J_DATABASE") or None
    if not password:
        raise ConfigError("no Neo4j password: set NEO4J_PASSWORD (for the local server: "
                          "eval \"$(scripts/neo4j-local env)\")")
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password), connection_timeout=timeout,
                                      max_transaction_retry_time=retry_seconds, user_agent="policykg")
    except (drv.ConfigurationError, ValueError) as exc:
        raise ConfigError(scrub(f"invalid Neo4j URI {uri!r}: {exc}", password)) from None
    try:
        records = driver.execute_query("CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                                       database_=database).records
    except drv.AuthError:
        driver.close()
        raise Neo4jStoreError(f"Neo4j at {uri} refused the credentials of user {user!r} "
                              "(check NEO4J_USER and NEO4J_PASSWORD)") from None
    except (drv.Neo4jError, drv.DriverError, OSError) as exc:
        driver.close()
        detail = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise Neo4jStoreError(scrub(f"cannot connect to Neo4j at {uri}: {detail} (is the server running? "
                                     "for the local one: scripts/neo4j-local start)", password)) from None
    log.info("connected to Neo4j at %s as %s", uri, user)
    version = str(records[0]["v"]) if records else ""
    return driver, uri, user, password, database, version
