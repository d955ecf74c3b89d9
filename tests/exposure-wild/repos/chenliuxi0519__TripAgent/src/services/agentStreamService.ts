// This file has been deprecated and emptied.
// AgentStreamService depended on the removed MockAgentService.
// This file can be safely deleted.
