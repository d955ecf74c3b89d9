// This file has been deprecated and emptied.
// The MockAgentService has been replaced by MultiAgentService with real LLM integration.
// This file can be safely deleted.
