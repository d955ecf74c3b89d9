import React from 'react';
import { Message } from '../types';
export default function MessageManagement({
