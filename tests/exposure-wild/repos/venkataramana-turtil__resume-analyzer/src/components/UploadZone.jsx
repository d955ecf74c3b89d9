import { useState, useRef, useCallback } from 'react'
import { MarketPicker } from './MarketPicker.jsx'
import { RoleInput } from './RoleInput.jsx'
export const UploadZone = ({ onFile, market, setMarket }) => {
            Powered by GLM-4.7 · your resume never leaves your browser
