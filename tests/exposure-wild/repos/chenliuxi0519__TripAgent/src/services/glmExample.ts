// This file has been deprecated and emptied.
// Example code should not exist in production source.
// This file can be safely deleted.
