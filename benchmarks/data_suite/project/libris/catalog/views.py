"""Staff-facing catalogue endpoints (JSON, consumed by the desk client)."""
import json

from django.http import Http404, JsonResponse
from django.views import View

from libris.catalog import services
from libris.catalog.models import Book, Copy


def _book_payload(book):
    return {
        "id": book.pk,
        "isbn": book.isbn,
        "title": book.title,
        "year": book.year,
    }


class BookListView(View):
    def get(self, request):
        branch = request.GET.get("branch")
        if branch:
            books = Book.objects.available_at(branch)[:50]
        else:
            books = Book.objects.all().order_by("title")[:50]
        return JsonResponse({"results": [_book_payload(b) for b in books]})

    def post(self, request):
        data = json.loads(request.body)
        book = services.catalogue_title(
            data["isbn"],
            data["title"],
            publisher_name=data.get("publisher"),
            year=data.get("year"),
            subjects=data.get("subjects", ()),
        )
        return JsonResponse(_book_payload(book), status=201)


class BookDetailView(View):
    def _load(self, pk):
        book = Book.objects.filter(pk=pk).first()
        if book is None:
            raise Http404("no such book")
        return book

    def get(self, request, pk):
        book = self._load(pk)
        copies = list(
            Copy.objects.filter(book_id=pk).values("barcode", "status", "branch__code")
        )
        return JsonResponse({**_book_payload(book), "copies": copies})

    def delete(self, request, pk):
        self._load(pk)
        Book.objects.filter(pk=pk).delete()
        return JsonResponse({}, status=204)


def search(request):
    q = request.GET.get("q", "").strip()
    books = Book.objects.filter(title__icontains=q).select_related("publisher")[:25]
    return JsonResponse({"q": q, "results": [_book_payload(b) for b in books]})


def by_isbn(request, isbn):
    book = Book.objects.by_isbn(isbn)
    if book is None:
        raise Http404(isbn)
    return JsonResponse(_book_payload(book))
