import React from 'react';
import { KwaKwaState } from '../types';
export default KwaKwa;
