"""The staff workspace: sign-in, My tasks, start forms, the board, the instance card and lists."""
