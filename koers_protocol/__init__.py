"""What the desktop app and the central server share, and nothing else: the sync protocol (`sync`), the names both
sides agree on (`namen`) and how an unexpected error may be described (`foutmelding`). The server installs without Qt,
SQLCipher or ReportLab because it imports only this from the app's side."""
