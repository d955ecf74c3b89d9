import OpenAI from "openai"
export const transformResponseToStream = (data: OpenAI.ChatCompletion) => {
export const transformResponseAPIToStream = (data: OpenAI.Responses.Response) => {
