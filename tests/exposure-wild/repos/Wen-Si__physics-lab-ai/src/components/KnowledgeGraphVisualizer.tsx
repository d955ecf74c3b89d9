'use client';
import React, { useRef, useEffect, useState, useCallback, useMemo } from 'react';
import { KnowledgeGraph, KnowledgeNode, KnowledgeEdge } from '../knowledge/physics-graph';
export default function KnowledgeGraphVisualizer({
