import Router from '@koa/router'
import { authMiddleware } from '../middleware/auth'
import pool from '../db'
export default router
