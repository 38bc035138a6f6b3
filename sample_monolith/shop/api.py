"""FastAPI application for the public, read-heavy API."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from shop import __version__
from shop.catalog.api import router as catalog_router
from shop.core.errors import ShopError
from shop.reviews.api import router as reviews_router

app = FastAPI(title="Shop public API", version=__version__)
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"], allow_headers=["*"])

app.include_router(catalog_router)
app.include_router(reviews_router)


@app.exception_handler(ShopError)
async def shop_error_handler(request: Request, exc: ShopError) -> JSONResponse:
    return JSONResponse(status_code=exc.status_code, content=exc.to_dict())


@app.get("/health")
def health() -> dict:
    return {"status": "ok", "version": __version__}
