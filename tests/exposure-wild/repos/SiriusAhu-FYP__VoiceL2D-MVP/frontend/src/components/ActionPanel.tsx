import React, { useState, useEffect } from 'react';
import { getActions, playAction, playExpression, playSound, type ResourcesData, type MotionInfo } from '../api/live2d-api';
import './ActionPanel.css';
export const ActionPanel: React.FC<ActionPanelProps> = ({
