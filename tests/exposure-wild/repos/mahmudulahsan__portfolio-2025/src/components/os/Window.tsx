"use client";
import { cn } from "@/lib/utils";
import { X } from "lucide-react";
import React, { useEffect, useRef, useState } from "react";
import Draggable from "react-draggable";
export function Window({
