"use client"

import { MainLayout } from "@/components/main-layout"

export default function Home() {
  return <MainLayout />
}
