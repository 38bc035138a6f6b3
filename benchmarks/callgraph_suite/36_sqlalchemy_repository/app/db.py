from sqlalchemy import create_engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
engine = create_engine("sqlite:///library.db", future=True)


def get_session():
    return Session(engine)
