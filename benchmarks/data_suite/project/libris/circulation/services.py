"""Checkout, return, renewal and holds.  Business rules live here, not in views."""
import logging
from datetime import date, timedelta

from django.db import transaction

from libris.catalog.models import Book, Branch, Copy
from libris.circulation.models import Fine, Hold, Loan
from libris.circulation.tasks import assess_fines
from libris.core.audit import AuditTrail
from libris.members.models import Member, MembershipCard

log = logging.getLogger(__name__)

LOAN_DAYS = 21
MAX_RENEWALS = 2


class CirculationError(Exception):
    pass


def checkout(card_number, barcode, today=None):
    today = today or date.today()
    member = Member.objects.get(card_number=card_number, is_active=True)
    card = MembershipCard.objects.filter(member=member).first()
    if card is None or not card.is_valid(today):
        raise CirculationError("card expired or blocked")
    with transaction.atomic():
        copy = Copy.objects.select_for_update().get(barcode=barcode)
        if copy.status not in (Copy.ON_SHELF, Copy.HOLD_SHELF):
            raise CirculationError(f"{barcode} is {copy.status}")
        loan = Loan(copy=copy, member=member, due_on=today + timedelta(days=LOAN_DAYS))
        loan.save()
        copy.mark(Copy.ON_LOAN)
        Hold.objects.filter(book_id=copy.book_id, member=member, status=Hold.READY).update(
            status=Hold.FULFILLED
        )
    audit = AuditTrail(source="desk")
    audit.add(card_number, "checkout", barcode)
    audit.flush()
    return loan


def return_copy(barcode, today=None):
    today = today or date.today()
    loan = Loan.objects.select_related("copy").get(
        copy__barcode=barcode, returned_on__isnull=True
    )
    loan.returned_on = today
    loan.save(update_fields=["returned_on", "updated_at"])
    if loan.days_late(today) > 0:
        assess_fines.apply_async(args=[loan.pk], countdown=30)
    copy = Copy.objects.get(pk=loan.copy_id)
    next_hold = (
        Hold.objects.filter(book_id=copy.book_id, status=Hold.WAITING)
        .order_by("position")
        .first()
    )
    if next_hold is not None:
        Hold.objects.filter(pk=next_hold.pk).update(status=Hold.READY)
        copy.mark(Copy.HOLD_SHELF)
    else:
        copy.mark(Copy.ON_SHELF)
    return loan


def renew(loan_id, today=None):
    today = today or date.today()
    loan = Loan.objects.get(pk=loan_id)
    if loan.renewals >= MAX_RENEWALS:
        raise CirculationError("renewal limit reached")
    if Hold.objects.filter(book_id=loan.copy.book_id, status=Hold.WAITING).exists():
        raise CirculationError("another member is waiting for this title")
    loan.due_on = max(loan.due_on, today) + timedelta(days=LOAN_DAYS)
    loan.renewals += 1
    loan.save()
    return loan


def place_hold(card_number, isbn, branch_code):
    member = Member.objects.get(card_number=card_number)
    book = Book.objects.by_isbn(isbn)
    if book is None:
        raise CirculationError(f"unknown ISBN {isbn}")
    branch = Branch.objects.get(code=branch_code)
    queue_length = Hold.objects.filter(book=book, status=Hold.WAITING).count()
    hold, created = Hold.objects.get_or_create(
        book=book,
        member=member,
        status=Hold.WAITING,
        defaults={"pickup_branch": branch, "position": queue_length + 1},
    )
    if not created:
        log.info("member %s already waiting for %s", card_number, isbn)
    return hold


def pay_fine(loan_id, amount_cents, today=None):
    fine = Fine.objects.get(loan_id=loan_id)
    if amount_cents < fine.outstanding:
        raise CirculationError("partial payments are taken at the desk")
    fine.paid_on = today or date.today()
    fine.save()
    return fine
