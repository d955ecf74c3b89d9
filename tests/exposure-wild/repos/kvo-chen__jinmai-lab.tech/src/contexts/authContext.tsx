import { createContext, useState, ReactNode, useEffect } from "react";
import { supabase } from "@/lib/supabaseClient";
import securityService from "../services/securityService";
export interface User {
export const AuthContext = createContext<AuthContextType>({
export const AuthProvider = ({ children }: AuthProviderProps) => {
