import React, { useState, useRef, useEffect } from 'react';
import { Send, Book, Paperclip, Bot, User, Trash2, FileText } from 'lucide-react';
import { ChatMessage } from '../types';
import { chatWithKnowledgeBase } from '../services/zhipuService';
import ReactMarkdown from 'react-markdown';
import * as XLSX from 'xlsx';
import mammoth from 'mammoth';
import * as pdfjsLib from 'pdfjs-dist';
// Handle PDF.js export structure differences (ESM vs CJS interop)
export const KnowledgeChat: React.FC = () => {
