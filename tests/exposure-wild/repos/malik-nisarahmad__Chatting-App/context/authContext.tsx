import { createUserWithEmailAndPassword, onAuthStateChanged, signInWithEmailAndPassword, signOut, updateCurrentUser } from 'firebase/auth';
import { doc, getDoc, setDoc } from 'firebase/firestore';
import { getDownloadURL, getStorage, ref, uploadBytes } from 'firebase/storage';
import { createContext, useContext, useEffect, useState } from 'react';
import { auth, db } from "../firebaseConfig";
export const AuthContext = createContext<AuthContextType>({
export const AuthContextProvider = ({ children }: { children: React.ReactNode }) => {
export const useAuth = () => {
