"use client";
import { useState, useEffect, useRef, use } from "react";
import { useRouter } from "next/navigation";
import {
} from "lucide-react";
import Button from "@/components/ui/Button";
import NoteEditor from "@/components/editor/NoteEditor";
import FormulaPanel from "@/components/editor/FormulaPanel";
import MindmapView from "@/components/mindmap/MindmapView";
import MarkdownRenderer from "@/components/editor/MarkdownRenderer";
import { exportToWord, exportToPdf, downloadBlob } from "@/lib/export-utils";
import { getNoteImages, deleteNoteImages } from "@/lib/storage";
import toast from "react-hot-toast";
import styles from "./page.module.css";
export default function NoteDetailPage({ params }) {
