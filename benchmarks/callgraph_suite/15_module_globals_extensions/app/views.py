from app.metrics import track
from app.users import get_user, invalidate


def user_detail(request, user_id):
    watch = track(request.path)
    user = get_user(user_id)
    return {"user": user, "ms": watch.elapsed_ms()}


def user_refresh(request, user_id):
    invalidate(user_id)
    return user_detail(request, user_id)
