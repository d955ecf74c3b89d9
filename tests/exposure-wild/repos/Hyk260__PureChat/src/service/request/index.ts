import Axios, {
} from "axios"
import { useAuthStore } from "@/stores/modules/auth"
import { localStg } from "@/utils/storage"
import type { LoginResult } from "@/stores/modules/user/type"
import type { PureHttpError, PureHttpResponse, RequestMethods, ApiResponse } from "./types"
  baseURL: import.meta.env.VITE_SERVICE_BASE_URL,
export const http = new PureChatHttp()
