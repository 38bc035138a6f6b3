import hashlib
import secrets


class User:
    def __init__(self, email, password_hash, is_staff=False):
        self.email = email
        self.password_hash = password_hash
        self.is_staff = is_staff

    @staticmethod
    def hash_password(password, salt=None):
        salt = salt or secrets.token_hex(8)
        digest = hashlib.sha256((salt + password).encode()).hexdigest()
        return f"{salt}${digest}"

    @classmethod
    def create(cls, email, password):
        return cls(email.lower(), cls.hash_password(password))

    @classmethod
    def create_staff(cls, email, password):
        user = cls.create(email, password)
        user.is_staff = True
        return user

    def check_password(self, password):
        salt, _ = self.password_hash.split("$", 1)
        return self.hash_password(password, salt) == self.password_hash
