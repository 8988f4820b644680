"""The files of a store directory. Kept free of imports so the lock screen can look for a store without loading
the cryptography or the database layer."""
DB_FILE = "koers.db"
KEY_FILE = "koers.key"
BACKUP_DIR = "backups"
LOCK_FILE = "koers.lock"          # held (OS lock) by the one process that has this store open
KEY_CHANGE_FILE = "koers.key.nieuw"   # exists only while a passphrase change is under way
