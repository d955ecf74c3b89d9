import { Request, Response, NextFunction } from 'express'
import jwt from 'jsonwebtoken'
import { EnvironmentSecurity, ServerEnvironmentConfig } from './envConfig'
export interface AuthenticatedRequest extends Request {
export interface AuthOptions {
export class AuthMiddleware {
      if (process.env.NODE_ENV === 'production') {
        "connect-src 'self' https://api.openai.com https://open.bigmodel.cn",
    if (apiKey === process.env.SERVICE_API_KEY) {
export const requireAuth = AuthMiddleware.authenticate({ required: true })
export const optionalAuth = AuthMiddleware.authenticate({ required: false })
export const requireCin7Domain = AuthMiddleware.authenticate({
export const requireAdmin = AuthMiddleware.authenticate({
export const rateLimitStrict = AuthMiddleware.rateLimit({
export const rateLimitLoose = AuthMiddleware.rateLimit({
