"""The facade the UI and the command line call: one unit of work per call, plain DTOs."""
