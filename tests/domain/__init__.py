"""Pure domain rules, no database and no Qt."""
