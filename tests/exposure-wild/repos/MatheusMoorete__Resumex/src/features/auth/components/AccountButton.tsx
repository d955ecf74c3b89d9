import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { BookOpen, CircleHelp, FolderArchive, LogOut, Menu, X } from 'lucide-react';
import type { AuthUser } from '../domain/auth';
import { authService } from '../services/authService';
export default function AccountButton({ user, onStudyCenter, onFichario, onHowItWorks }: AccountButtonProps) {
