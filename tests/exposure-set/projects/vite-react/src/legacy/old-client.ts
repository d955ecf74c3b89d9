// not imported anywhere any more
export const OLD = '__ZAI_KEY_4__'
