import React from "react";
export function MarkdownRenderer({ content, className = "" }: MarkdownRendererProps) {
