"use client";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { useEffect, useState } from "react";
import { Calendar } from "./Calendar";
import { StartMenu } from "./StartMenu";
export function Taskbar({
