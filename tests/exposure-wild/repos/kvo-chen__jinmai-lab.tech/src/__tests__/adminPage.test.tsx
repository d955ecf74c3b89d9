import React from 'react';
import { render, waitFor } from '@testing-library/react';
import { BrowserRouter as Router } from 'react-router-dom';
import Admin from '../pages/admin/Admin';
import { AuthContext } from '../contexts/authContext';
import '@testing-library/jest-dom';
