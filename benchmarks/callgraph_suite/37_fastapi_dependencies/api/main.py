from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, validator

from .crud import create_todo, list_todos
from .deps import get_current_user, get_db

app = FastAPI(title="todos")


class TodoIn(BaseModel):
    title: str
    done: bool = False

    @validator("title")
    def title_not_blank(cls, value):
        if not value.strip():
            raise ValueError("title must not be blank")
        return value.strip()


@app.get("/todos")
def read_todos(db=Depends(get_db), user=Depends(get_current_user)):
    return list_todos(db, owner=user["id"])


@app.post("/todos", status_code=201)
def add_todo(todo: TodoIn, db=Depends(get_db), user=Depends(get_current_user)):
    if len(todo.title) > 200:
        raise HTTPException(status_code=422, detail="title too long")
    return create_todo(db, owner=user["id"], **todo.dict())
