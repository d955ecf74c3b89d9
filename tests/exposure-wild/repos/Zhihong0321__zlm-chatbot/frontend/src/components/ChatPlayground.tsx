import React, { useState, useEffect } from 'react';
import { useAgents, useCreateSession, useSendMessage } from '../hooks/useApi';
import { Agent } from '../types';
export default function ChatPlayground() {
