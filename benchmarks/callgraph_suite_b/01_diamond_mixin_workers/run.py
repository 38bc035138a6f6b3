from workers.concrete import Exporter, QueueWorker, Scheduler
from workers.metrics import registry


def build_all(config):
    return [
        QueueWorker(config=config, log_level="DEBUG"),
        Scheduler(config=config),
        Exporter(config=config),
    ]


def main():
    config = {"broker": "redis://localhost:6379/0"}
    services = build_all(config)
    for service in services:
        service.start()
    report = [service.healthcheck() for service in services]
    services[0].restart()
    exported = services[-1].export([{"id": 1}, {"id": 2}])
    print(report, exported, registry.flush())


if __name__ == "__main__":
    main()
