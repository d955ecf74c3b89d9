import React, { useRef, useState } from 'react';
import { Send, Square, Paperclip, X } from 'lucide-react';
import TextareaAutosize from 'react-textarea-autosize';
export function ChatInput({ onSend, onStop, streaming, disabled, supportsImages }: Props) {
