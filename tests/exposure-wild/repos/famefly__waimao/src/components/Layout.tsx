import React, { useState, useRef, useEffect } from 'react';
import {
} from 'lucide-react';
import { useStore, Notification } from '../store/useStore';
export const Layout: React.FC<LayoutProps> = ({ children, currentPage, onNavigate }) => {
