"""bpdesk: design and run small-office business processes on the desktop."""

__version__ = "0.1.0"
