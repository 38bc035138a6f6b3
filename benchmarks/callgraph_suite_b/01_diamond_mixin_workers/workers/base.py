import logging

log = logging.getLogger("workers")


class Service:
    name = "service"

    def __init__(self, *, config):
        self.config = config
        self.running = False

    def start(self):
        self.running = True
        log.info("%s started", self.name)

    def stop(self):
        self.running = False
        log.info("%s stopped", self.name)

    def healthcheck(self):
        return {"name": self.name, "running": self.running}

    def restart(self):
        self.stop()
        self.start()
        return self.healthcheck()
