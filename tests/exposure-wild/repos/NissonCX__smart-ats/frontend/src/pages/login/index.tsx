import { useState } from 'react';
import { useNavigate, useLocation } from 'react-router-dom';
import { Form, Input, Button, message, Tabs, Select, Row, Col } from 'antd';
import {
} from '@ant-design/icons';
import { motion } from 'framer-motion';
import { authApi } from '../../api';
import { useAuthStore } from '../../store/auth';
import type { LoginRequest, RegisterRequest } from '../../types';
export default function LoginPage() {
