from .app import application
from .http import serve


def run_batch(incoming):
    return serve(application, incoming)
