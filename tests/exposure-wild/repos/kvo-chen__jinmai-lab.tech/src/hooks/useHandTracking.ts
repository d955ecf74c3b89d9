import { useState, useEffect, useRef, useCallback } from 'react';
export enum GestureType {
      const { Hands } = await import('@mediapipe/hands');
export default useHandTracking;
