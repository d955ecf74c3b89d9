import {
} from 'lucide-react';
import { AppView } from '../types';
export const Sidebar: React.FC<SidebarProps> = ({ currentView, setView, isExpanded, setExpanded }) => {
import { Zap } from 'lucide-react';
