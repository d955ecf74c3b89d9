import React, { useState, useEffect } from 'react';
import { Theme } from '../types';
import { renderGoogleButton } from '../services/authService';
export default PreferenceInputModal;
