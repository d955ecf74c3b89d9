"use client"
import { Tabs as TabsPrimitive } from "@base-ui/react/tabs"
import { cva, type VariantProps } from "class-variance-authority"
import { cn } from "@/lib/utils"
export { Tabs, TabsList, TabsTrigger, TabsContent, tabsListVariants }
