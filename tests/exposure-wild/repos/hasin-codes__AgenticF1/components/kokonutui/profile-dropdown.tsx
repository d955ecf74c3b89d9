"use client";
import * as React from "react";
import { cn } from "@/lib/utils";
import { Settings, CreditCard, FileText, LogOut, User } from "lucide-react";
import Image from "next/image";
import Link from "next/link";
import {
} from "@/components/ui/dropdown-menu";
import Gemini from "/public/vercel.svg";
export default function ProfileDropdown({
