import { useCallback, useEffect, useRef } from 'react';
export function useSpringSnap(
