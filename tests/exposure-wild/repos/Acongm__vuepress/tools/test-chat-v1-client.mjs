import test from 'node:test'
import assert from 'node:assert/strict'
import {
} from '../docs/.vuepress/utils/chat-client.js'
import { getAiChatV1StreamUrl, parseSseStream } from '../docs/.vuepress/utils/chat-v1-stream.js'
import {
} from '../docs/.vuepress/utils/chat-v1-history.js'
import {
} from '../docs/.vuepress/utils/chat-v1-tags.js'
