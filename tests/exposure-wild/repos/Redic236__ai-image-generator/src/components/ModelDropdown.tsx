import { useEffect, useRef, useState } from 'react';
import { MODEL_OPTIONS } from '../lib/constants';
import { useSettings } from '../context/SettingsContext';
export function ModelDropdown() {
