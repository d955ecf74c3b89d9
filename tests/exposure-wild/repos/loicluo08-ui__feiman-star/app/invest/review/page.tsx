"use client";
import { FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { getTask, startTask, updateTaskProgress, type BackgroundTask } from "@/lib/background-task";
export default function ReviewPage() {
