import * as React from "react";
import type { ToastActionElement, ToastProps } from "@/components/ui/toast";
export const reducer = (state: State, action: Action): State => {
export { useToast, toast };
