import { useCallback, useEffect, useState } from "react";
import { useGameStore } from "@/stores/gameStore";
import { apiFetch } from "@/lib/api";
export function useSmartQuestionBank(
          const { getDefaultSeed } = await import("@/lib/questionGenerator");
        const { getDefaultSeed } = require("@/lib/questionGenerator");
