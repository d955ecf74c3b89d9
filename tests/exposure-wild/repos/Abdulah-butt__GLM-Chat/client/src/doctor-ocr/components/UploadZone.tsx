import { useRef, useState, type DragEvent } from 'react';
export const UploadZone = ({ onAnalyze, disabled }: UploadZoneProps): JSX.Element => {
