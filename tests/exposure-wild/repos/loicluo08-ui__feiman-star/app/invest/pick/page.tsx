"use client";
import { useEffect, useRef, useState } from "react";
import { toPng } from "html-to-image";
import { useRouter } from "next/navigation";
import { getTask, startTask, updateTaskProgress, type BackgroundTask } from "@/lib/background-task";
export default function PickPage() {
