"""The review workbench: player, timeline, coding pad, annotation list and editor around one recording."""
