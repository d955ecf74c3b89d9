"use client";
import { Window } from "@/components/os/Window";
import { Button } from "@/components/ui/button";
import { FileText } from "lucide-react";
import { useEffect, useState } from "react";
export function FileDownloadDialog({ isOpen, onClose, fileName, fileUrl }: FileDownloadDialogProps) {
