import { createBrowserRouter, Outlet, Navigate } from "react-router-dom"
import { MainLayout } from "@/components/layout/MainLayout"
import { ChatWindow } from "@/components/chat/ChatWindow"
import { useAuthStore } from "@/stores/authStore"

import { lazy, Suspense } from "react"
import { Skeleton } from "@/components/ui/skeleton"

const TripDetailPage = lazy(() => import("@/pages/TripDetailPage"))
const SettingsPage   = lazy(() => import("@/pages/SettingsPage"))
const DashboardPage  = lazy(() => import("@/pages/DashboardPage"))
const LoginPage      = lazy(() => import("@/pages/LoginPage"))
const RegisterPage   = lazy(() => import("@/pages/RegisterPage"))

function PageFallback() {
  return (
    <div className="flex h-full items-center justify-center p-8">
      <div className="w-full max-w-md space-y-4">
        <Skeleton className="h-8 w-3/4" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-2/3" />
        <Skeleton className="h-32 w-full" />
      </div>
    </div>
  )
}

/** Redirect to /login if not authenticated. */
function RequireAuth() {
  const isAuthenticated = useAuthStore((s) => s.isAuthenticated())
  if (!isAuthenticated) return <Navigate to="/login" replace />
  return (
    <Suspense fallback={<PageFallback />}>
      <Outlet />
    </Suspense>
  )
}

/** Redirect to / if already authenticated (for login / register pages). */
function RedirectIfAuth() {
  const isAuthenticated = useAuthStore((s) => s.isAuthenticated())
  if (isAuthenticated) return <Navigate to="/" replace />
  return (
    <Suspense fallback={<PageFallback />}>
      <Outlet />
    </Suspense>
  )
}

export const router = createBrowserRouter([
  // ── Public auth pages (no MainLayout) ──────────────────────────────────────
  {
    element: <RedirectIfAuth />,
    children: [
      { path: "/login",    element: <LoginPage /> },
      { path: "/register", element: <RegisterPage /> },
    ],
  },

  // ── Protected app pages ────────────────────────────────────────────────────
  {
    path: "/",
    element: <MainLayout />,
    children: [
      {
        element: <RequireAuth />,
        children: [
          { index: true,        element: <ChatWindow /> },
          { path: "trip/:id",   element: <TripDetailPage /> },
          { path: "settings",   element: <SettingsPage /> },
          { path: "dashboard",  element: <DashboardPage /> },
        ],
      },
    ],
  },

  // ── Catch-all → login ──────────────────────────────────────────────────────
  { path: "*", element: <Navigate to="/login" replace /> },
])
