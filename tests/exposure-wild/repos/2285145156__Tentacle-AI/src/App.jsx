import React, { useState, useRef } from 'react';
import { Layout } from './components/Layout';
import { Header } from './components/Header';
import { SourcePanel } from './components/SourcePanel';
import { CentralBrain } from './components/CentralBrain';
import { KnowledgePanel } from './components/KnowledgePanel';
import { searchTavily } from './lib/tavily';
import { generateConceptMap, chatFollowUp } from './lib/zhipu';
      const zhipuData = await generateConceptMap(query, searchData.results, config.searchDepth, config.searchTopic);
      if (zhipuData) {
        setConceptMap({ nodes: zhipuData.nodes, edges: zhipuData.edges });
        const initialAnswer = (config.includeAnswer && searchData.answer) ? searchData.answer : zhipuData.answer;
export default App;
