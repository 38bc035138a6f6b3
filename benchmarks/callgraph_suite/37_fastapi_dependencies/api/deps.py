import os

import jwt
from fastapi import Header, HTTPException

from .database import SessionLocal

SECRET = os.getenv("JWT_SECRET", "dev-secret")


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def get_current_user(authorization: str = Header(...)):
    scheme, _, token = authorization.partition(" ")
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    return {"id": claims["sub"], "scopes": claims.get("scopes", [])}
