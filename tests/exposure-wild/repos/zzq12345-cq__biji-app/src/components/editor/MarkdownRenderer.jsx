"use client";
import { useMemo } from "react";
import katex from "katex";
import DOMPurify from "dompurify";
import styles from "./MarkdownRenderer.module.css";
export default function MarkdownRenderer({ content, className = "" }) {
