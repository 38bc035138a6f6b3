class Response:
    def __init__(self, status, body, headers=None):
        self.status = status
        self.body = body
        self.headers = dict(headers or {})


def serve(app, incoming):
    return [app(request) for request in incoming]
