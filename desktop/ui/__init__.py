"""PySide6 widgets and Qt models over the core API. Nothing here opens SQLite or Whoosh."""
