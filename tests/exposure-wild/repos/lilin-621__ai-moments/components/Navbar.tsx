'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
export default function Navbar({ user, onLoginClick }: NavbarProps) {
