import React from 'react';
import { Link } from 'react-router-dom';
import { getInternalUrl } from '../services/environmentService';
export default SemanticFooter;
