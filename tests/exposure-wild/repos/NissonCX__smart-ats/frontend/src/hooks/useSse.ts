import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuthStore } from '../store/auth';
export function useSse({
