import { Check, ChevronDown } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { cn } from "../../lib/cn";
export interface AppSelectOption<T extends string = string> {
export function AppSelect<T extends string = string>({
