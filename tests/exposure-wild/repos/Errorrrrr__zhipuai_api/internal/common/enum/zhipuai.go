package enum

const ApiKey = "__ZAI_KEY_15022__"

const (
	Invoke      = "invoke"
	AsyncInvoke = "async-invoke"
	SseInvoke   = "sse-invoke"
)

const (
	ChatglmTurbo = "chatglm_turbo"
)

const (
	User      = "user"
	Assistant = "assistant"
)
