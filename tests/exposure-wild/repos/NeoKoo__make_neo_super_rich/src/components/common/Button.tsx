import { ReactNode, ButtonHTMLAttributes } from 'react';
export function Button({
