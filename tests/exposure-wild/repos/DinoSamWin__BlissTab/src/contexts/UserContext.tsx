import React, { createContext, useContext, useState, useEffect, useCallback } from 'react';
import { onAuthStateChanged, getRedirectResult, User as FirebaseUser } from 'firebase/auth';
import { auth } from '../services/firebaseService';
import { User } from '../types';
import { fetchSubscriptionState } from '../services/subscriptionService';
import { fetchUserMembership, fetchUserSettings } from '../services/redeemService';
import { firebaseUserToAppUser } from '../services/authService';
export const useUser = () => {
export const UserProvider: React.FC<{ children: React.ReactNode }> = ({ children }) => {
