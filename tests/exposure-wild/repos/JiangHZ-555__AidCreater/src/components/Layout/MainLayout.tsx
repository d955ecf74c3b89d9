import React from 'react';
import { Outlet } from 'react-router-dom';
import { Layout, Menu, Button, Space, Tooltip } from 'antd';
import {
} from '@ant-design/icons';
import { useAppStore } from '../../stores';
import { useNavigate, useLocation } from 'react-router-dom';
export default MainLayout;
