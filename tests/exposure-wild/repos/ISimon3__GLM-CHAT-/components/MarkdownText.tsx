import React from 'react';
export const MarkdownText: React.FC<{ content: string }> = ({ content }) => {
