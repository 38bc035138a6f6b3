_SERIALIZERS = {}


class SerializerNotFound(LookupError):
    pass


def register(content_type):
    def decorator(cls):
        _SERIALIZERS[content_type] = cls
        cls.content_type = content_type
        return cls

    return decorator


def get_serializer(content_type):
    try:
        cls = _SERIALIZERS[content_type]
    except KeyError:
        raise SerializerNotFound(content_type)
    return cls()


def singleton(cls):
    instances = {}

    def get_instance(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]

    return get_instance
