import React, { useState, useEffect, useCallback, useMemo } from 'react';
import { QuickLink, AppState } from '../types';
import { syncToCloud } from '../services/supabaseService';
export default SidePanel;
