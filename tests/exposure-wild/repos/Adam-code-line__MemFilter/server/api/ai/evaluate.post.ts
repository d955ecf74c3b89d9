import { readBody } from 'h3'
import {
} from '~~/server/utils/aiClient'
export default defineEventHandler(async (event) => {
