import { useMemo, useState } from "react";
import type { Food } from "../types";
export default function SpinWheel({ foods, onResult }: SpinWheelProps) {
