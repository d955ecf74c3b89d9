import { useState, useEffect, useCallback, useRef } from "react";
import { configManager } from "@/core/config-manager";
import {
} from "lucide-react";
export const KnowledgePage = () => {
