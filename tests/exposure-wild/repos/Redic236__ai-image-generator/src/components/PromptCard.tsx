import { useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import {
} from '../lib/constants';
import { useFavorites } from '../context/FavoritesContext';
import { CloseIcon, Spinner } from './icons';
import type { BatchCount, GenerateParams, ImageSize, ImageStyle } from '../types';
export function PromptCard({
