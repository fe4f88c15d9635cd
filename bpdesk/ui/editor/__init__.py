"""The designer: a node-graph editor for process designs.

The model emits, the scene follows: ``DesignDocument`` turns the model's plain
events into Qt signals; every gesture ends in a ``QUndoCommand`` on the
document's stack; items never change the model themselves.
"""
