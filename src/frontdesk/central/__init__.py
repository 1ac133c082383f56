"""The optional central PostgreSQL database (``pip install "frontdesk[server]"``): push visits, report on many
centres. No Qt here, and psycopg is imported only when a connection is made, so the app runs without it."""
