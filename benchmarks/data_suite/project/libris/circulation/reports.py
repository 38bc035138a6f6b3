"""Circulation reports for branch managers.

Before 2019 these were run by hand against the reporting replica, e.g.::

    SELECT branch_code, sum(issues) FROM legacy_circ_stats GROUP BY branch_code;

They are now computed from the live tables on demand.
"""
import logging

from django.db import connection

from libris.circulation.models import Loan
from libris.members.models import Member

log = logging.getLogger(__name__)

OVERDUE_BY_BRANCH_SQL = """
    SELECT br.code, br.name, count(*) AS overdue
    FROM "circulation_loans" l
    JOIN "lib_copy" c ON c.id = l.copy_id
    JOIN "lib_branch" br ON br.id = c.branch_id
    WHERE l.returned_on IS NULL AND l.due_on < %s
    GROUP BY br.code, br.name
    ORDER BY overdue DESC
"""

# The pre-migration query, kept for the auditors' reconciliation notes.  Not used.
LEGACY_OVERDUE_SQL = "SELECT * FROM circ_overdue_view WHERE days_late > 0"


def overdue_by_branch(as_of):
    with connection.cursor() as cursor:
        cursor.execute(OVERDUE_BY_BRANCH_SQL, [as_of])
        return cursor.fetchall()


def top_borrowers(limit=10):
    return list(
        Member.objects.raw(
            "SELECT m.id, m.full_name, count(l.id) AS n "
            "FROM members_member m JOIN circulation_loans l ON l.member_id = m.id "
            "GROUP BY m.id, m.full_name ORDER BY n DESC LIMIT %s",
            [limit],
        )
    )


def loans_for_copy(barcode):
    return Loan.objects.raw(
        'SELECT l.* FROM circulation_loans l JOIN "lib_copy" c ON c.id = l.copy_id '
        "WHERE c.barcode = %s ORDER BY l.created_at",
        [barcode],
    )


def purge_history(cutoff):
    """GDPR: forget returned loans (and their settled fines) older than ``cutoff``."""
    log.warning(
        "purging loan history before %s; the DBA job still has to run "
        "INSERT INTO gdpr_purge_log SELECT * FROM purge_requests",
        cutoff,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM circulation_fine WHERE (paid_on IS NOT NULL OR waived) "
            "AND loan_id IN (SELECT id FROM circulation_loans WHERE returned_on < %s)",
            [cutoff],
        )
        cursor.execute("DELETE FROM circulation_loans WHERE returned_on < %s", [cutoff])
        return cursor.rowcount
