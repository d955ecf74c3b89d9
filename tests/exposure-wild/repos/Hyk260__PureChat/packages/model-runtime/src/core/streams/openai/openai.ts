import OpenAI from "openai"
import { ChatMessageError } from "@pure/types"
import type { Stream } from "openai/streaming"
import {
} from "../protocol"
import type {
} from "@pure/types"
export interface OpenAIStreamOptions {
export const OpenAIStream = (
