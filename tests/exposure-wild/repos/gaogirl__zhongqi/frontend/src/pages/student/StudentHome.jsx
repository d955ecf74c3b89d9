import React, { useState, useEffect } from 'react';
import './Student.css';
import { translateRequest } from '../../services/ai';
import api from '../../services/api';
        model: 'glm-4.5',
export default StudentHome;
