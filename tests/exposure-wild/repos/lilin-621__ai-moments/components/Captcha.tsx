'use client';
import { useState, useEffect, useCallback } from 'react';
export default function Captcha({ onVerify, refreshKey = 0 }: CaptchaProps) {
