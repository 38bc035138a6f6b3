import sys

from .service import LibraryService


def main(argv=sys.argv[1:]):
    service = LibraryService()
    if argv[0] == "add":
        print(service.add_book(argv[1], argv[2]))
    else:
        for title in service.catalogue(argv[1]):
            print(title)
