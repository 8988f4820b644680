"""The files of a store directory. Kept free of imports so the lock screen can look for a store without loading
the cryptography or the database layer."""
DB_FILE = "koers.db"
KEY_FILE = "koers.key"
BACKUP_DIR = "backups"
