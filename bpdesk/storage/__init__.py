"""SQLAlchemy tables, repositories and migrations behind the engine. No Qt."""
