"""Database access: the connection, migrations and one repository module per aggregate."""
