"""File formats: the native ``*.bpd.json`` design file (BPMN 2.0 to follow)."""

from bpdesk.io.native import (
    FORMAT,
    SCHEMA_VERSION,
    DesignFileError,
    FileProblem,
    dump_design,
    load_design,
    loads_design,
    save_design,
)

__all__ = [
    "FORMAT",
    "SCHEMA_VERSION",
    "DesignFileError",
    "FileProblem",
    "dump_design",
    "load_design",
    "loads_design",
    "save_design",
]
