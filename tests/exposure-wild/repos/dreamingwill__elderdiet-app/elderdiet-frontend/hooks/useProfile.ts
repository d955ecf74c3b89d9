import { useState, useEffect, useCallback } from 'react';
import { useUser } from '../contexts/UserContext';
import { profileAPI, ProfileData, ChronicConditionOption } from '../services/api';
export interface UseProfileResult {
export const useProfile = (): UseProfileResult => {
