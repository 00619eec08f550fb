"""The review of one recording as plain state and rules, without Qt: what is open, where the playhead is, the
marked span, the loop and the selection, and what each review key does to them. The Qt review view renders it."""
