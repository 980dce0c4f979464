"""Command-line subcommands; each module adds its parsers and handlers."""
