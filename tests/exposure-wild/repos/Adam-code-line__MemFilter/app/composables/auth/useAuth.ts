import type { FormData, LoginConfig } from './types'
import { useAuthStore, AuthError } from '~~/stores/auth'
export const useAuth = () => {
