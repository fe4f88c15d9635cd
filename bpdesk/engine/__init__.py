"""Runtime: compiles published designs and runs instances token by token. No Qt, no SQLAlchemy."""
