"""SQLite storage: typed models, the engine, migrations and backups."""
