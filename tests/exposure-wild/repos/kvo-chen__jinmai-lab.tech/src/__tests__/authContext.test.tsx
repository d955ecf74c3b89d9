import * as React from 'react';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import { BrowserRouter as Router } from 'react-router-dom';
import { AuthProvider, AuthContext } from '../contexts/authContext';
import '@testing-library/jest-dom';
    const { apiClient } = require('../lib/apiClient');
    const { apiClient } = require('../lib/apiClient');
    const { apiClient } = require('../lib/apiClient');
