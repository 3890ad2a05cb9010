from django.core.management.base import BaseCommand
from django.db import connection


class Command(BaseCommand):
    help = "Create the PostgreSQL database named by DATABASE_URL when it does not exist yet."

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            return
        import psycopg
        from psycopg import sql

        params = connection.get_connection_params()
        name = connection.settings_dict["NAME"]
        params["dbname"] = "postgres"
        with psycopg.connect(**params, autocommit=True) as maintenance:
            exists = maintenance.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                maintenance.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                self.stdout.write(f"Base de données PostgreSQL « {name} » créée.")
