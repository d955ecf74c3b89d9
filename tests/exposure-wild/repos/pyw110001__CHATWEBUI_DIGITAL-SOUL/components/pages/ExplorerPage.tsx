import React, { useState, useMemo, useRef, useEffect } from 'react';
import { motion, AnimatePresence } from 'framer-motion';
import { Agent } from '../../types';
import AgentCard from '../AgentCard';
import AppleLogoIcon from '../icons/AppleLogoIcon';
import SearchIcon from '../icons/SearchIcon';
import { createAgentProfile } from '../../services/chatglmService';
export default ExplorerPage;
