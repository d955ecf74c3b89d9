import React, { useState, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { Search, Activity, Moon } from 'lucide-react';
export default LandingOptimization;
