"""The brede intake screens: editors per question type, the form of one section, the summary."""
