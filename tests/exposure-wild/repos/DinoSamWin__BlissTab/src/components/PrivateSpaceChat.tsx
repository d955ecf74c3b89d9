import React, { useState, useEffect, useRef } from 'react';
import { streamPrivateChat } from '../services/geminiService';
import { X, Send, Sparkles, Shield, User, Bot, Clock } from 'lucide-react';
export const PrivateSpaceChat: React.FC<PrivateSpaceChatProps> = ({ initialContext, language, onClose }) => {
