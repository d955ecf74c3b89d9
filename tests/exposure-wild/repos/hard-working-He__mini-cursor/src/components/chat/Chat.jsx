import React, { useState, useRef, useEffect } from 'react';
import './Chat.css';
            <option value="zhipu">智谱 AI</option>
    const [selectedModel, setSelectedModel] = useState('zhipu');
export default Chat; 
