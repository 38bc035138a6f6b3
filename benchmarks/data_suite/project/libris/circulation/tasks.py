"""Background jobs for circulation (run by the ``libris`` Celery worker)."""
import logging
from datetime import date, timedelta

from django.core.mail import send_mail
from django.db import connection
from django.utils import timezone

from libris.circulation.models import Fine, Hold, Loan
from libris.worker import app

log = logging.getLogger(__name__)

DAILY_FINE_CENTS = 25
HOLD_SHELF_DAYS = 7
LOST_AFTER_DAYS = 90


@app.task
def send_due_reminders():
    soon = date.today() + timedelta(days=2)
    loans = Loan.objects.filter(due_on=soon, returned_on__isnull=True).select_related(
        "member", "copy__book"
    )
    sent = 0
    for loan in loans:
        if not loan.member.email:
            continue
        send_mail(
            "Your library loan is due soon",
            f"'{loan.copy.book.title}' is due back on {loan.due_on:%d %B}.",
            None,
            [loan.member.email],
        )
        sent += 1
    return sent


@app.task(name="circulation.expire_holds")
def expire_holds():
    cutoff = timezone.now() - timedelta(days=HOLD_SHELF_DAYS)
    ids = list(
        Hold.objects.filter(status=Hold.READY, updated_at__lt=cutoff).values_list("pk", flat=True)
    )
    Hold.objects.filter(pk__in=ids).update(status=Hold.EXPIRED)
    log.info("expired %d holds", len(ids))
    return len(ids)


@app.task(bind=True, max_retries=3, default_retry_delay=300)
def assess_fines(self, loan_id):
    loan = Loan.objects.get(pk=loan_id)
    days = loan.days_late()
    if days == 0:
        return 0
    fine = Fine(loan=loan, amount_cents=days * DAILY_FINE_CENTS)
    fine.save()
    return fine.amount_cents


@app.task(name="circulation.mark_lost")
def mark_lost_copies():
    cutoff = date.today() - timedelta(days=LOST_AFTER_DAYS)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE lib_copy SET status = 'lost'
            FROM circulation_loans l
            WHERE l.copy_id = lib_copy.id
              AND l.returned_on IS NULL
              AND l.due_on < %s
            """,
            [cutoff],
        )
        return cursor.rowcount
