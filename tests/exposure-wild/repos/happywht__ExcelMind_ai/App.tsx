import React, { useState } from 'react';
import { Sidebar } from './components/Sidebar';
import { FormulaGen } from './components/FormulaGen';
import { SmartExcel } from './components/SmartExcel';
import { KnowledgeChat } from './components/KnowledgeChat';
import { AppView } from './types';
import { Activity, Zap, ShieldCheck } from 'lucide-react';
export default App;
