import { render, screen, waitFor } from '@testing-library/react';
import { BrowserRouter as Router } from 'react-router-dom';
import CulturalKnowledge from '../pages/CulturalKnowledge';
import '@testing-library/jest-dom';
// Mock apiClient to avoid import.meta.env issues
