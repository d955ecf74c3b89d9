import { Component } from "react"
import type { ReactNode } from "react"
import { AlertTriangle, RefreshCw, Home, Settings } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Card } from "@/components/ui/card"
import { reportError, getRecoveryActions, ErrorCode } from "@/services/errorService"
import { useT } from "@/i18n"
export class ErrorBoundaryClass extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
          {import.meta.env.DEV && error && (
// Export as default and named export
export { ErrorBoundary }
export default ErrorBoundaryClass
