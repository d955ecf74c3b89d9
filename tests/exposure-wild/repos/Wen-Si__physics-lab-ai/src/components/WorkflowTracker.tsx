'use client';
import React, { useEffect, useState } from 'react';
import type { ReActStep } from '../api/agent';
export type WorkflowNodeState = 'pending' | 'running' | 'completed' | 'error';
export interface WorkflowNodeStatus {
export default WorkflowTracker;
