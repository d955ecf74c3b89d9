import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { BrowserRouter as Router } from 'react-router-dom';
import { AuthProvider } from '../contexts/authContext';
import Community from '../pages/Community';
import '@testing-library/jest-dom';
// Mock apiClient to avoid import.meta.env issues
