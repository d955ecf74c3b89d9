import React from 'react';
import { ArrowLeft, RefreshCw } from 'lucide-react';
import { useNavigate } from 'react-router-dom';
import './ErrorPages.css';
export interface GenericErrorViewProps {
export const GenericErrorView: React.FC<GenericErrorViewProps> = ({
export default GenericErrorView;
