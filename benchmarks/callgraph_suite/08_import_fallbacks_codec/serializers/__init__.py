from .codec import Codec

default_codec = Codec()
