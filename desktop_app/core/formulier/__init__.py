"""The form model: a definition (sections, questions, checks), its expression logic and its version migrations.
Pure: definitions come in as parsed data; reading files and the JSON schema belong to desktop_app.forms."""
