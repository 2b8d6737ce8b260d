"""Sub-commands of the `sosialisasi` CLI, one module each with `register(subparsers)`."""
