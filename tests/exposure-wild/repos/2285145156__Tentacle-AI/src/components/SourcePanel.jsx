import React, { useState, useEffect } from 'react';
import {
} from 'lucide-react';
import { cn } from '../lib/utils';
export function SourcePanel({ onConfigChange }) {
