"""Rule families of `sosialisasi check`, one module each (see ``check.runner.RULE_MODULES``)."""
