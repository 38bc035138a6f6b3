"""FastAPI application for the newer services (ILL, events)."""
from fastapi import FastAPI

from libris.events.api import router as events_router
from libris.ill import api as ill_api

app = FastAPI(title="Libris services", version="4.12")

app.include_router(ill_api.router, prefix="/api")
app.include_router(events_router, prefix="/api/v2")


@app.get("/health")
def health():
    return {"status": "ok"}
