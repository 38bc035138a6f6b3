from etl.jobs.metrics import MetricsJob
from etl.jobs.users import AdminImportJob, UserImportJob
from etl.sinks import ListSource, SqliteSink


def main():
    sink = SqliteSink("warehouse.db")
    jobs = [
        UserImportJob("users.csv", sink),
        AdminImportJob("admins.csv", sink),
        MetricsJob(ListSource([[{"k": "signups", "v": 3}]]), sink),
    ]
    return {job.name: job.run() for job in jobs}
