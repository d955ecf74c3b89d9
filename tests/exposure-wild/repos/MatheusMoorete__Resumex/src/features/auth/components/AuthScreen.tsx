import { useState } from 'react';
import { authService } from '../services/authService';
export default function AuthScreen() {
