import React, { useState, useRef, useEffect } from 'react';
import { Agent } from '../types';
import EllipsisIcon from './icons/EllipsisIcon';
export default AgentCard;
