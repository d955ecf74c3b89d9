import React, { useState, useRef, useEffect } from 'react';
import { MODEL_IDS, Icons } from './constants';
import { Message, Role, ChatSession } from './types';
import { streamCompletion } from './services/zhipuService';
import { MarkdownText } from './components/MarkdownText';
export default App;
