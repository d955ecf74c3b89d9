import { randomBytes, randomUUID } from 'node:crypto'
import type { RowDataPacket } from 'mysql2'
import { z } from 'zod'
import { createError } from 'h3'
import { useRuntimeConfig } from '#imports'
import type { AuthSession, LoginCredentials, SignupPayload } from '~/stores/auth'
import { ensureAuthSchema, useMysql } from '~~/server/utils/db'
import { usePasswordHash } from '../auth/usePasswordHash'
export const useAuthService = async () => {
