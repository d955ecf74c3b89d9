import React, { useState } from 'react';
import { motion } from 'framer-motion';
import { Agent } from '../../types';
import AgentCard from '../AgentCard';
export default MultiAgentSelectPage;
