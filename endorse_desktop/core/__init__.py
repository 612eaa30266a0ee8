"""Domain logic and storage. Plain Python: nothing here may import Qt."""
