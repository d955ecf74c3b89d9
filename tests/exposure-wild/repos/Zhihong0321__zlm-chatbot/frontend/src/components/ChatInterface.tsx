import React, { useState, useRef, useEffect, useCallback } from 'react';
import { useParams, useNavigate } from 'react-router-dom';
import { useAgents, useSessions, useCreateSession, useSessionHistory, useSendMessage, useUploadFile, useUpdateSession } from '../hooks/useApi';
import { Agent, Message } from '../types';
export default function ChatInterface() {
