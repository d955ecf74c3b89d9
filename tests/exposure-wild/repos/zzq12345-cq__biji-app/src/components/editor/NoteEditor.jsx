"use client";
import { useState, useRef, useCallback, useEffect, useMemo, forwardRef, useImperativeHandle } from "react";
import styles from "./NoteEditor.module.css";
import MarkdownRenderer from "./MarkdownRenderer";
import { Eye, Edit3, Save, ChevronLeft, ChevronRight } from "lucide-react";
import Button from "@/components/ui/Button";
export default NoteEditor;
