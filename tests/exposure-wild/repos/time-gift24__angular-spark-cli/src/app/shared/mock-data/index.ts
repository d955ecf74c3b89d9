// Empty export
