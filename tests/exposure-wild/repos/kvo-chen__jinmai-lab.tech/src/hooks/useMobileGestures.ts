import { useState, useEffect, useRef, useCallback } from 'react';
export default useMobileGestures;
