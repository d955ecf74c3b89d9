import React, { createContext, useState, useEffect, useContext } from 'react';
import { authAPI } from '../services/api';
export const useAuth = () => {
export const AuthProvider = ({ children }) => {
        const localMode = (import.meta?.env?.VITE_LOCAL_AUTH === 'true' || import.meta?.env?.VITE_LOCAL_AUTH === true);
    const flag = import.meta?.env?.VITE_LOCAL_AUTH;
